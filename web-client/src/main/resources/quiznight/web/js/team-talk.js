// Team talk on a phone: before answers open, the question is shown with "Talk with your team" and a countdown to
// the moment answers open (the server refuses answers until then). Calls onOver once it is over. A pause holds the
// talk (`sync` with the frozen talk left); on going on the server moves the moment answers open, and so does this.
import { h } from './dom.js';
import { icon } from './icons.js';
import { countdown } from './countdown.js';
import { t } from './i18n.js';

/** True while the question's team talk is still on (answersOpenAt is in the future on the server's clock). */
export function talking(clock, q) {
  return Number.isFinite(q?.answersOpenAt) && clock.remaining(q.answersOpenAt) > 0;
}

export function teamTalkPanel({ clock, q, onOver }) {
  if (!talking(clock, q)) return null;
  let openAt = q.answersOpenAt;
  let heldMs = null; // paused: the talk left, frozen
  const cd = countdown({ clock, deadline: openAt, timeLimitMs: clock.remaining(openAt), cls: 'cd-talk' });
  const el = h('div', { class: 'team-talk', role: 'status', 'aria-live': 'polite' },
    icon('users'),
    h('p', { class: 'team-talk-title', text: t('team.talk') }),
    cd.el,
    h('p', { class: 'team-talk-sub', text: t('team.talk-sub') }));
  let over = false;
  const on = () => !over && (heldMs != null ? heldMs > 0 : clock.remaining(openAt) > 0);
  const timer = setInterval(() => {
    if (!on() && !over) {
      over = true;
      stop();
      onOver();
    }
  }, 200);
  function stop() {
    clearInterval(timer);
    cd.stop();
  }
  /**
   * Follows the host's pause: while `paused`, `talkRemainingMs` (the server's frozen talk left) holds the countdown;
   * on going on, `answersOpenAt` (moved on by the pause) is the new end of the talk.
   */
  function sync({ paused, talkRemainingMs, answersOpenAt }) {
    if (over) return;
    if (paused) {
      heldMs = Number.isFinite(talkRemainingMs) ? talkRemainingMs : heldMs ?? clock.remaining(openAt);
    } else {
      if (Number.isFinite(answersOpenAt)) openAt = answersOpenAt;
      heldMs = null;
    }
    cd.sync({ paused, remainingMs: heldMs, deadline: openAt });
  }
  return { el, stop, sync, on };
}
