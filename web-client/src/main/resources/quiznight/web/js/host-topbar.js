// Host: the bar across the top of every screen once a room exists: how to join (so late comers can), the player
// count, lock, pause, the projector's sound, full screen, end game, and the connection indicator.
import { h, setText } from './dom.js';
import { icon } from './icons.js';
import { formatPin, formatNumber, shortUrl } from './format.js';
import { Phase } from './protocol.js';

export function hostTopbar({ connection, sound = null, onLock, onPause = () => {}, onFullscreen, onEnd }) {
  const pin = h('strong', { class: 'tb-pin' });
  const url = h('span', { class: 'tb-url' });
  const join = h('div', { class: 'tb-join', hidden: true },
    h('span', { class: 'tb-join-label', text: 'Join at' }), url, h('span', { class: 'tb-join-label', text: 'PIN' }), pin);
  const countNum = h('span', { class: 'tb-count-num' });
  const count = h('div', { class: 'tb-count', hidden: true, title: 'Players' }, icon('users'), countNum, h('span', { class: 'sr-only', text: 'players' }));
  const lockLabel = h('span', { class: 'tb-lock-label' });
  const lockIcon = h('span', { class: 'tb-lock-icon' });
  const lock = h('button', { type: 'button', class: 'btn btn-bar', hidden: true, 'aria-pressed': 'false', 'aria-keyshortcuts': 'L', onclick: () => onLock() },
    lockIcon, lockLabel);
  const pauseLabel = h('span', { class: 'tb-pause-label', text: 'Pause' });
  const pause = h('button', { type: 'button', class: 'btn btn-bar', hidden: true, 'aria-pressed': 'false', 'aria-keyshortcuts': 'P', onclick: () => onPause() },
    icon('pause'), pauseLabel);
  const full = h('button', { type: 'button', class: 'btn btn-bar', title: 'Full screen (F)', 'aria-keyshortcuts': 'F', onclick: () => onFullscreen() },
    icon('fullscreen'), h('span', { class: 'sr-only', text: 'Full screen' }));
  const end = h('button', { type: 'button', class: 'btn btn-bar btn-bar-danger', hidden: true, onclick: () => onEnd() },
    icon('stop'), h('span', { text: 'End game' }));
  const el = h('header', { class: 'topbar' },
    h('div', { class: 'tb-brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }), h('span', { text: 'QuizNight' })),
    join,
    h('div', { class: 'tb-tools' }, count, lock, pause, sound, full, end, connection.el, connection.live));

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
      count.title = `${formatNumber(state.count)} players`;
      lock.hidden = !inRoom || state.phase === Phase.FINISHED;
      pause.hidden = !inRoom || state.phase === Phase.FINISHED;
      pause.setAttribute('aria-pressed', String(!!state.paused));
      pause.classList.toggle('is-paused', !!state.paused);
      setText(pauseLabel, state.paused ? 'Resume' : 'Pause');
      pause.title = state.paused ? 'The game is paused. Press to go on (P).' : 'Pause the game: the clock stops for everybody (P).';
      end.hidden = !inRoom || state.phase === Phase.FINISHED || state.phase === Phase.LOBBY;
      if (state.locked !== lastLocked) {
        lastLocked = state.locked;
        lock.setAttribute('aria-pressed', String(!!state.locked));
        lock.classList.toggle('is-locked', !!state.locked);
        lockIcon.replaceChildren(icon(state.locked ? 'lock' : 'unlock'));
        setText(lockLabel, state.locked ? 'Locked' : 'Open');
        lock.title = state.locked ? 'The room is locked: nobody new can join. Press to unlock (L).'
          : 'Anyone with the PIN can join. Press to lock (L).';
      }
    },
  };
}
