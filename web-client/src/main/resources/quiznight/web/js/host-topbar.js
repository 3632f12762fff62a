// Host: the bar across the top of every screen once a room exists: how to join (so late comers can), the player
// count, lock, pause, the projector's sound, full screen, end game, and the connection indicator.
import { h, setText } from './dom.js';
import { icon } from './icons.js';
import { formatPin, formatNumber, shortUrl } from './format.js';
import { Phase } from './protocol.js';
import { t } from './i18n.js';
import { languagePicker } from './language-picker.js';

export function hostTopbar({ connection, sound = null, onLock, onPause = () => {}, onFullscreen, onEnd }) {
  const pin = h('strong', { class: 'tb-pin' });
  const url = h('span', { class: 'tb-url' });
  const join = h('div', { class: 'tb-join', hidden: true },
    h('span', { class: 'tb-join-label', text: t('topbar.join-at') }), url, h('span', { class: 'tb-join-label', text: t('topbar.pin') }), pin);
  const countNum = h('span', { class: 'tb-count-num' });
  const count = h('div', { class: 'tb-count', hidden: true, title: t('topbar.players') }, icon('users'), countNum, h('span', { class: 'sr-only', text: t('lobby.players-word', { count: 2 }) }));
  const lockLabel = h('span', { class: 'tb-lock-label' });
  const lockIcon = h('span', { class: 'tb-lock-icon' });
  const lock = h('button', { type: 'button', class: 'btn btn-bar', hidden: true, 'aria-pressed': 'false', 'aria-keyshortcuts': 'L', onclick: () => onLock() },
    lockIcon, lockLabel);
  const pauseLabel = h('span', { class: 'tb-pause-label', text: t('topbar.pause') });
  const pause = h('button', { type: 'button', class: 'btn btn-bar', hidden: true, 'aria-pressed': 'false', 'aria-keyshortcuts': 'P', onclick: () => onPause() },
    icon('pause'), pauseLabel);
  const full = h('button', { type: 'button', class: 'btn btn-bar', title: t('topbar.full-title'), 'aria-keyshortcuts': 'F', onclick: () => onFullscreen() },
    icon('fullscreen'), h('span', { class: 'sr-only', text: t('topbar.full') }));
  const end = h('button', { type: 'button', class: 'btn btn-bar btn-bar-danger', hidden: true, onclick: () => onEnd() },
    icon('stop'), h('span', { text: t('host.end.confirm') }));
  const el = h('header', { class: 'topbar' },
    h('div', { class: 'tb-brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }), h('span', { text: 'QuizNight' })),
    join,
    h('div', { class: 'tb-tools' }, count, lock, pause, sound, languagePicker({ cls: 'tb-lang', compact: true }), full, end, connection.el, connection.live));

  let lastLocked = null;
  return {
    el,
    update(state) {
      const inRoom = state.role === 'host' && state.code != null;
      join.hidden = !inRoom || state.phase === Phase.LOBBY || state.phase === Phase.FINISHED;
      setText(pin, formatPin(state.code));
      setText(url, shortUrl(state.joinUrl ?? ''));
      count.hidden = !inRoom;
      setText(countNum, formatNumber(state.count));
      count.title = t('team.members', { count: state.count });
      lock.hidden = !inRoom || state.phase === Phase.FINISHED;
      pause.hidden = !inRoom || state.phase === Phase.FINISHED;
      pause.setAttribute('aria-pressed', String(!!state.paused));
      pause.classList.toggle('is-paused', !!state.paused);
      setText(pauseLabel, state.paused ? t('topbar.resume') : t('topbar.pause'));
      pause.title = state.paused ? t('topbar.resume-title') : t('topbar.pause-title');
      end.hidden = !inRoom || state.phase === Phase.FINISHED || state.phase === Phase.LOBBY;
      if (state.locked !== lastLocked) {
        lastLocked = state.locked;
        lock.setAttribute('aria-pressed', String(!!state.locked));
        lock.classList.toggle('is-locked', !!state.locked);
        lockIcon.replaceChildren(icon(state.locked ? 'lock' : 'unlock'));
        setText(lockLabel, state.locked ? t('lobby.locked') : t('topbar.open'));
        lock.title = state.locked ? t('topbar.locked-title')
          : t('topbar.open-title');
      }
    },
  };
}
