// A typed answer: any of the accepted spellings counts (the server normalizes case, accents and spaces).
import { h } from '../dom.js';
import { typedInput, myTyped, typeOnPhone, rightTyped } from './typed-views.js';
import { scoredVerdict, scoredSummary } from './scored.js';
import { acceptedAnswers, moreSpellings } from '../reveal-answer.js';
import { t } from '../i18n.js';

/** The typed text as sent: trimmed; null when nothing is left. */
export function parseText(input) {
  const v = String(input ?? '').trim();
  return v ? v : null;
}

export default Object.freeze({
  name: 'text',
  get hint() { return t('kind.text.hint'); },
  scores: true,
  hasChoices: false,
  /** The `answer` message's kind field: the text. */
  answer: (value) => ({ text: String(value) }),
  input: (q, { send }) => typedInput({ number: false, parse: parseText, invalid: t('kind.text.invalid'), send }),
  get lockedTitle() { return t('kind.locked'); },
  mine: myTyped,
  hostQuestion: () => typeOnPhone('keyboard', t('kind.text.on-phone')),
  hostReveal(q, r) {
    const { shown, more } = acceptedAnswers(r.correct);
    return h('div', { class: 'accepted' },
      h('h2', { class: 'accepted-title', text: shown.length > 1 ? t('kind.text.accepted') : t('kind.answer-title') }),
      h('ul', { class: 'accepted-list' }, shown.map((a) => h('li', { text: a }))),
      more > 0 ? h('p', { class: 'accepted-more', text: moreSpellings(more) }) : null);
  },
  summary: scoredSummary,
  verdict: scoredVerdict,
  // A phone has room for the quiz's own answer; other accepted spellings are counted, not listed.
  phoneReveal(q, r) {
    const { shown, more } = acceptedAnswers(r.correct, 1);
    return rightTyped(shown[0], moreSpellings(more));
  },
});
