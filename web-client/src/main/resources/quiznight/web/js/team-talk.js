// Team talk on a phone: before answers open, the question is shown with "Talk with your team" and a countdown to
// the moment answers open (the server refuses answers until then). Calls onOver once it is over.
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
  const cd = countdown({ clock, deadline: q.answersOpenAt, timeLimitMs: clock.remaining(q.answersOpenAt), cls: 'cd-talk' });
  const el = h('div', { class: 'team-talk', role: 'status', 'aria-live': 'polite' },
    icon('users'),
    h('p', { class: 'team-talk-title', text: t('team.talk') }),
    cd.el,
    h('p', { class: 'team-talk-sub', text: t('team.talk-sub') }));
  const timer = setInterval(() => {
    if (!talking(clock, q)) {
      stop();
      onOver();
    }
  }, 200);
  function stop() {
    clearInterval(timer);
    cd.stop();
  }
  return { el, stop };
}
