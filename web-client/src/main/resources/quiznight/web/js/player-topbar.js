// Player: the slim bar on top: who you are, your score, and the connection indicator.
import { h, setText } from './dom.js';
import { formatNumber } from './format.js';
import { t } from './i18n.js';
import { languagePicker } from './language-picker.js';

export function playerTopbar({ connection }) {
  const name = h('span', { class: 'pt-name' });
  const score = h('span', { class: 'pt-score' });
  const me = h('div', { class: 'pt-me', hidden: true }, name, score);
  const el = h('header', { class: 'topbar ptopbar' },
    h('div', { class: 'tb-brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }), h('span', { class: 'tb-brand-text', text: 'QuizNight' })),
    me,
    h('div', { class: 'tb-tools' }, languagePicker({ cls: 'tb-lang', compact: true }), connection.el, connection.live));
  return {
    el,
    update(state) {
      me.hidden = !state.me;
      setText(name, state.me?.name ?? '');
      setText(score, t('topbar.pts', { count: state.score }));
      score.setAttribute('aria-label', t('topbar.points', { count: state.score }));
    },
  };
}
