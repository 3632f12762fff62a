// One answer tile: colour + shape + letter (+ the choice's picture and text). Used by the host's question and reveal screens
// and as the player's answer buttons.
import { h } from './dom.js';
import { choiceStyle } from './choices.js';
import { shape } from './icons.js';
import { renderRich } from './rich-text.js';
import { t } from './i18n.js';

/**
 * @param {number} i choice index
 * @param {string|null} text the choice's text, or null to show only shape and letter
 * @param {object} [o]
 * @param {string} [o.tag] 'div', 'li' or 'button'
 * @param {object} [o.props] more props for the element
 * @param {HTMLElement|null} [o.picture] the choice's picture (js/picture.js), shown between the mark and the text
 */
export function choiceTile(i, text, { tag = 'div', props = {}, extra = null, picture = null } = {}) {
  const st = choiceStyle(i);
  const cls = ['choice', st.cls, text == null ? 'choice-bare' : null, picture ? 'has-picture' : null, props.class];
  return h(tag, { ...props, class: cls, dataset: { index: String(i) } },
    h('span', { class: 'choice-mark', 'aria-hidden': 'true' },
      shape(st.shape, 'choice-shape'),
      h('span', { class: 'choice-letter', text: st.letter })),
    picture,
    text == null
      ? h('span', { class: 'sr-only', text: t('choice.bare', { letter: st.letter, shape: st.shapeName }) })
      : h('span', { class: 'choice-text' }, h('span', { class: 'sr-only', text: `${st.letter}: ` }), renderRich(h('span'), text)),
    extra);
}

/** A small inline mark (shape + letter) naming a choice, e.g. in "You picked ▲ A"; `hidden` when the text beside it names it. */
export function choiceBadge(i, hidden = false) {
  const st = choiceStyle(i);
  return h('span', { class: ['choice-badge', st.cls], 'aria-hidden': hidden ? 'true' : null },
    shape(st.shape, 'choice-shape'),
    h('span', { class: 'choice-letter', text: st.letter }));
}
