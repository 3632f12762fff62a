// Player: the slim bar on top: who you are, your score, and the connection indicator.
import { h, setText } from './dom.js';
import { formatNumber } from './format.js';

export function playerTopbar({ connection }) {
  const name = h('span', { class: 'pt-name' });
  const score = h('span', { class: 'pt-score' });
  const me = h('div', { class: 'pt-me', hidden: true }, name, score);
  const el = h('header', { class: 'topbar ptopbar' },
    h('div', { class: 'tb-brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }), h('span', { class: 'tb-brand-text', text: 'QuizNight' })),
    me,
    h('div', { class: 'tb-tools' }, connection.el, connection.live));
  return {
    el,
    update(state) {
      me.hidden = !state.me;
      setText(name, state.me?.name ?? '');
      setText(score, `${formatNumber(state.score)} pts`);
      score.setAttribute('aria-label', `${formatNumber(state.score)} points`);
    },
  };
}
