// The remote on the host's phone: where the game is (the phase, the current question's answer count and time
// left), and the host's buttons: Next, Pause / Resume, Lock, End, and Kick from the player list (in a big room the
// server lists only the players who joined last; `playersMore` counts the others). The laptop stays the projector;
// both drive the same room.
import { h, setText } from './dom.js';
import { icon } from './icons.js';
import { countdown } from './countdown.js';
import { Phase } from './protocol.js';
import { formatNumber, formatPin } from './format.js';
import { t } from './i18n.js';

/** What the Next button does in a phase, or null where it does nothing. Pure. */
export function nextLabel(state) {
  switch (state.phase) {
    case Phase.LOBBY: return t('lobby.start');
    case Phase.QUESTION: return t('hq.show-answer');
    case Phase.REVEAL: return t('auto.standings');
    case Phase.STANDINGS: {
      const total = state.quiz?.questions ?? state.question?.total ?? 0;
      return (state.standings?.index ?? 0) + 1 >= total ? t('auto.final') : t('auto.next');
    }
    default: return null;
  }
}

/** Where the game is, in words. Pure. */
export function phaseText(state) {
  const total = state.quiz?.questions ?? state.question?.total;
  const n = state.question ? state.question.index + 1 : 0;
  switch (state.phase) {
    case Phase.LOBBY: return t('rc.lobby', { count: state.count });
    case Phase.QUESTION: return t('question.n-of', { n, total });
    case Phase.REVEAL: return t('rc.reveal', { n });
    case Phase.STANDINGS: return t('rc.standings', { n: (state.standings?.index ?? 0) + 1 });
    case Phase.FINISHED: return t('rc.finished');
    default: return '';
  }
}

/** How many players the lobby counts but does not list (a big room lists those who joined last). Pure. */
export function notListed(state) {
  return Math.max(0, (state.count ?? 0) - (state.players ?? []).length);
}

/** The player list's heading and the line under it: `listed` names shown, `more` counted only. Pure. */
export function playersText(listed, more) {
  const total = listed + more;
  return {
    title: total ? t('rc.players', { n: total }) : t('rc.no-players'),
    more: more > 0 ? t('lobby.more', { count: more }) : '',
  };
}

export function remoteControls(state, { clock, onNext, onPause, onLock, onEnd, onKick }) {
  const q = state.phase === Phase.QUESTION ? state.question : null;
  const cd = q ? countdown({ clock, deadline: q.deadline, timeLimitMs: q.timeLimitMs, cls: 'cd-remote' }) : null;
  const phase = h('p', { class: 'rc-phase' });
  const answered = h('p', { class: 'rc-answered', role: 'status', 'aria-live': 'off' });
  const nextBtn = h('button', { type: 'button', class: 'btn btn-primary btn-xl btn-block rc-next', onclick: () => onNext() },
    h('span', { class: 'rc-next-label' }), icon('next'));
  const pauseLabel = h('span');
  const pauseBtn = h('button', { type: 'button', class: 'btn btn-secondary btn-lg rc-pause', 'aria-pressed': 'false', onclick: () => onPause() },
    icon('pause'), pauseLabel);
  const lockLabel = h('span');
  const lockIcon = h('span', { class: 'rc-lock-icon' });
  const lockBtn = h('button', { type: 'button', class: 'btn btn-secondary btn-lg rc-lock', 'aria-pressed': 'false', onclick: () => onLock() },
    lockIcon, lockLabel);
  const endBtn = h('button', { type: 'button', class: 'btn btn-ghost btn-lg rc-end', onclick: () => onEnd() }, icon('stop'), h('span', { text: t('host.end.confirm') }));
  const list = h('ul', { class: 'rc-players', 'aria-label': t('lobby.list') });
  const playersTitle = h('h2', { class: 'rc-players-title' });
  const more = h('p', { class: 'muted rc-players-more', hidden: true });

  const el = h('section', { class: 'remote-controls', 'aria-labelledby': 'rc-title' },
    h('div', { class: 'rc-room' },
      h('h1', { id: 'rc-title', class: 'rc-title', text: state.quiz?.title ?? t('rc.title') }),
      h('p', { class: 'rc-pin muted', text: t('player.resuming.text', { pin: formatPin(state.code) }) })),
    h('div', { class: 'rc-status card-dark' },
      h('div', { class: 'rc-status-text' }, phase, answered),
      cd ? cd.el : null),
    nextBtn,
    h('div', { class: 'rc-row' }, pauseBtn, lockBtn),
    endBtn,
    h('div', { class: 'rc-players-area' }, playersTitle, list, more));

  let shownPlayers = null;
  let shownMore = 0;
  return {
    el,
    update(s) {
      setText(phase, phaseText(s));
      cd?.sync({ paused: s.paused, remainingMs: s.pausedRemainingMs, deadline: s.question.deadline });
      if (q) {
        const p = s.progress && s.progress.index === q.index ? s.progress : { answered: 0, players: s.count };
        setText(answered, t('rc.answered', { count: p.players, answered: formatNumber(p.answered) }));
      } else if (s.phase === Phase.REVEAL && s.reveal) {
        setText(answered, t('rc.revealed', { answered: formatNumber(s.reveal.answered), right: formatNumber(s.reveal.correctCount) }));
      } else {
        setText(answered, '');
      }
      const label = nextLabel(s);
      nextBtn.hidden = label == null;
      setText(nextBtn.querySelector('.rc-next-label'), label ?? '');
      nextBtn.disabled = s.phase === Phase.LOBBY && s.count === 0;
      const over = s.phase === Phase.FINISHED;
      pauseBtn.hidden = over;
      lockBtn.hidden = over;
      endBtn.hidden = over || s.phase === Phase.LOBBY;
      setText(pauseLabel, s.paused ? t('topbar.resume') : t('topbar.pause'));
      pauseBtn.setAttribute('aria-pressed', String(!!s.paused));
      pauseBtn.classList.toggle('is-paused', !!s.paused);
      setText(lockLabel, s.locked ? t('rc.unlock') : t('lobby.lock'));
      lockIcon.replaceChildren(icon(s.locked ? 'lock' : 'unlock'));
      lockBtn.setAttribute('aria-pressed', String(!!s.locked));
      const players = s.players ?? [];
      const unlisted = s.playersMore ?? 0;
      if (players !== shownPlayers || unlisted !== shownMore) {
        shownPlayers = players;
        shownMore = unlisted;
        const text = playersText(players.length, unlisted);
        setText(playersTitle, text.title);
        more.hidden = !text.more;
        setText(more, text.more);
        list.replaceChildren(...players.map((p) => h('li', {},
          h('button', { type: 'button', class: 'btn btn-ghost rc-kick', 'aria-label': t('lobby.remove', { name: p.name }), onclick: () => onKick(p) },
            h('span', { class: 'player-name', text: p.name }), icon('cross')))));
      }
    },
    destroy() {
      cd?.stop();
    },
  };
}
