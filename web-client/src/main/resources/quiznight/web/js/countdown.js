// A countdown to a server deadline: a ring draining and the seconds left. It reads the server clock estimate,
// so it is right even when this device's clock is off. Screen readers hear half time, 10 s, 5 s and time up
// (time-announcer.js), not every tick.
// While the host pauses the game it stands still at the time that was left (`sync`), and runs to the moved
// deadline when the game goes on.
import { h, svg, setText } from './dom.js';
import { secondsLeft } from './format.js';
import { timeAnnouncer } from './time-announcer.js';
import { t } from './i18n.js';

const R = 45;
const CIRCUMFERENCE = 2 * Math.PI * R;

export function countdown({ clock, deadline: initialDeadline, timeLimitMs, cls = '' }) {
  let deadline = initialDeadline;
  let heldMs = null; // paused: the time left, frozen
  const progress = svg('circle', { class: 'cd-progress', cx: 50, cy: 50, r: R, 'stroke-dasharray': CIRCUMFERENCE.toFixed(2) });
  const ring = svg('svg', { class: 'cd-ring', viewBox: '0 0 100 100', 'aria-hidden': 'true', focusable: 'false' },
    svg('circle', { class: 'cd-track', cx: 50, cy: 50, r: R }), progress);
  const number = h('span', { class: 'cd-number', 'aria-hidden': 'true' });
  const live = h('span', { class: 'sr-only', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const el = h('div', { class: ['countdown', cls], role: 'timer', 'aria-label': t('countdown.label') }, ring, number, live);
  const announcer = timeAnnouncer(timeLimitMs, secondsLeft(clock.remaining(initialDeadline)));
  let timer = null;

  function tick() {
    const left = heldMs ?? clock.remaining(deadline);
    const secs = secondsLeft(left);
    setText(number, String(secs));
    const frac = timeLimitMs > 0 ? Math.min(1, Math.max(0, left / timeLimitMs)) : 0;
    progress.style.strokeDashoffset = (CIRCUMFERENCE * (1 - frac)).toFixed(2);
    el.classList.toggle('urgent', secs <= 5 && secs > 0);
    el.classList.toggle('done', secs === 0);
    el.classList.toggle('paused', heldMs != null);
    el.setAttribute('aria-label', heldMs != null ? t('countdown.paused', { count: secs }) : secs === 0 ? t('countdown.up') : t('countdown.left', { count: secs }));
    const mark = announcer.at(secs);
    if (mark != null) {
      const announce = mark === 0 ? t('countdown.up') : t('countdown.left', { count: mark });
      setText(live, announce);
    }
    if (secs === 0 || heldMs != null) stop();
  }

  function stop() {
    clearInterval(timer);
    timer = null;
  }

  function start() {
    tick();
    if (heldMs == null && timer == null && secondsLeft(clock.remaining(deadline)) > 0) timer = setInterval(tick, 200);
  }

  /**
   * Follows the host's pause: `paused` with `remainingMs` left stands still; not paused runs to `deadline` (the
   * question's, moved on by the pause).
   */
  function sync({ paused, remainingMs, deadline: next }) {
    const held = paused ? (Number.isFinite(remainingMs) ? remainingMs : heldMs ?? clock.remaining(deadline)) : null;
    if (held === heldMs && (paused || next === deadline)) return;
    heldMs = held;
    if (!paused && Number.isFinite(next)) deadline = next;
    stop();
    start();
  }

  start();
  return { el, stop, sync, secondsLeft: () => secondsLeft(heldMs ?? clock.remaining(deadline)) };
}
