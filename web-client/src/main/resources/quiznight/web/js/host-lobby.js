// Host, lobby: the join code huge, the join URL and its QR code, the live player list (click a name to remove
// that player; the clock beside it grants extra time), lock and start. In team mode, the teams with their sizes, and
// each player's team swatch.
import { h, setText } from './dom.js';
import { icon } from './icons.js';
import { formatPin, formatNumber, shortUrl } from './format.js';
import { teamSwatch, teamBadge } from './team-views.js';
import { extraTimeButton } from './extra-time.js';
import { t, t as tr } from './i18n.js';

const MAX_CHIPS = 300;

export function lobbyScreen(state, { onStart, onKick, onLock, onExtraTime, remotePanel }) {
  const code = state.code;
  const url = state.joinUrl ?? '';
  const qr = h('img', {
    class: 'qr', src: `api/rooms/${encodeURIComponent(code)}/qr.svg`, width: 320, height: 320,
    alt: t('lobby.qr', { url }),
  });
  const countNum = h('span', { class: 'lobby-count-num', text: '0' });
  const countWord = h('span', { class: 'lobby-count-word', text: t('lobby.players-word', { count: 0 }) });
  const list = h('ul', { class: 'player-list', 'aria-label': t('lobby.list') });
  const more = h('p', { class: 'muted more', hidden: true });
  const empty = h('p', { class: 'lobby-empty' }, h('span', { class: 'dots', 'aria-hidden': 'true' }, h('span'), h('span'), h('span')),
    t('lobby.waiting'));
  const lockBtn = h('button', { type: 'button', class: 'btn btn-secondary btn-lg', 'aria-pressed': 'false', 'aria-keyshortcuts': 'L', onclick: () => onLock() });
  const startBtn = h('button', { type: 'button', class: 'btn btn-primary btn-xl', 'aria-keyshortcuts': 'Space', onclick: () => onStart() },
    h('span', { text: t('lobby.start') }), icon('next'));
  const live = h('p', { class: 'sr-only', 'aria-live': 'polite' });
  const teamsBar = h('ul', { class: 'lobby-teams', 'aria-label': t('finished.teams'), hidden: true });
  let teamsKey = null;

  const el = h('section', { class: 'lobby', 'aria-labelledby': 'lobby-title' },
    h('h1', { id: 'lobby-title', class: 'sr-only', text: state.quiz?.title ? t('lobby.title', { title: state.quiz.title }) : t('lobby.title-untitled') }),
    h('div', { class: 'join-panel card-dark' },
      h('div', { class: 'join-text' },
        h('p', { class: 'join-step' }, t('lobby.join-at'), h('strong', { class: 'join-url', text: shortUrl(url) })),
        h('p', { class: 'join-pin-label', text: t('join.pin') }),
        h('p', { class: 'join-pin', 'aria-label': t('player.resuming.text', { pin: String(code).split('').join(' ') }), text: formatPin(code) })),
      h('div', { class: 'qr-frame' }, qr),
      remotePanel?.el ?? null),
    h('div', { class: 'lobby-bar' },
      h('div', { class: 'lobby-count', 'aria-hidden': 'true' }, icon('users'), countNum, countWord),
      h('div', { class: 'lobby-quiz' },
        h('span', { class: 'lobby-quiz-title', text: state.quiz?.title ?? '' }),
        h('span', { class: 'muted', text: state.quiz ? t('lobby.questions', { count: state.quiz.questions }) : '' })),
      h('div', { class: 'lobby-actions' }, lockBtn, startBtn)),
    teamsBar,
    h('div', { class: 'players-area' }, empty, list, more),
    h('p', { class: 'shortcuts muted', 'aria-hidden': 'true' },
      h('kbd', { text: 'Space' }), t('lobby.keys.start'), h('kbd', { text: 'P' }), t('lobby.keys.pause'), h('kbd', { text: 'L' }), t('lobby.keys.lock'), h('kbd', { text: 'F' }), t('lobby.keys.full')),
    live);

  let shown = new Map(); // id -> li
  let lastCount = null;

  return {
    el,
    update(s) {
      if (s.count !== lastCount) {
        if (lastCount != null) setText(live, t('lobby.in-room', { count: s.count }));
        lastCount = s.count;
        setText(countNum, formatNumber(s.count));
        setText(countWord, t('lobby.players-word', { count: s.count }));
      }
      const players = (s.players ?? []).slice(0, MAX_CHIPS);
      const next = new Map();
      for (const p of players) {
        let li = shown.get(p.id);
        const teamOf = Number.isInteger(p.team) ? s.teams?.[p.team] : null;
        const extra = String(p.extraTime ?? 1);
        if (!li || li.dataset.name !== p.name || li.dataset.extra !== extra) {
          li = h('li', { class: 'player-chip-item', dataset: { name: p.name, extra } },
            h('button', {
              type: 'button', class: 'player-chip', title: t('lobby.remove', { name: p.name }), 'aria-label': t('lobby.remove', { name: p.name }),
              onclick: () => onKick(p),
            }, teamOf ? teamSwatch(teamOf) : null, h('span', { class: 'player-name', text: p.name }), icon('cross', 'icon chip-x')),
            onExtraTime ? extraTimeButton(p, onExtraTime) : null);
        }
        next.set(p.id, li);
      }
      // Players keep their join order: remove the chips of players who left, append the new ones (only those
      // play their entrance animation).
      for (const [id, li] of shown) {
        if (next.get(id) !== li) li.remove();
      }
      for (const li of next.values()) {
        if (li.parentNode !== list) list.append(li);
      }
      shown = next;
      const key = JSON.stringify(s.teams ?? null);
      if (key !== teamsKey) {
        teamsKey = key;
        teamsBar.hidden = !s.teams?.length;
        teamsBar.replaceChildren(...(s.teams ?? []).map((t) => h('li', { class: 'lobby-team' },
          teamBadge(t), h('span', { class: 'muted', text: tr('team.members', { count: t.members ?? 0 }) }))));
      }
      const notShown = (s.count ?? 0) - players.length;
      more.hidden = notShown <= 0;
      setText(more, notShown > 0 ? t('lobby.more', { count: notShown }) : '');
      empty.hidden = (s.count ?? 0) > 0;
      startBtn.disabled = (s.count ?? 0) === 0;
      startBtn.title = startBtn.disabled ? t('lobby.start-wait') : t('lobby.start-title');
      lockBtn.replaceChildren(icon(s.locked ? 'lock' : 'unlock'), h('span', { text: s.locked ? t('lobby.locked') : t('lobby.lock') }));
      lockBtn.setAttribute('aria-pressed', String(!!s.locked));
      lockBtn.title = s.locked ? t('lobby.locked-title') : t('lobby.lock-title');
    },
  };
}
