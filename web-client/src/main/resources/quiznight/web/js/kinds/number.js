// A number, right within the quiz's tolerance.
import { h } from '../dom.js';
import { typedInput, myTyped, typeOnPhone, rightTyped } from './typed-views.js';
import { scoredVerdict, scoredSummary } from './scored.js';
import { numberAnswer } from '../reveal-answer.js';
import { parseNumberInput } from '../format.js';
import { t } from '../i18n.js';

export default Object.freeze({
  name: 'number',
  get hint() { return t('kind.number.hint'); },
  scores: true,
  hasChoices: false,
  /** The `answer` message's kind field: the number. */
  answer: (value) => ({ value: Number(value) }),
  input: (q, { send }) => typedInput({ number: true, parse: parseNumberInput, invalid: t('kind.number.invalid'), send }),
  get lockedTitle() { return t('kind.locked'); },
  mine: myTyped,
  hostQuestion: () => typeOnPhone('hash', t('kind.number.on-phone')),
  hostReveal: (q, r) => h('div', { class: 'accepted' },
    h('h2', { class: 'accepted-title', text: t('kind.answer-title') }),
    h('p', { class: 'accepted-big', text: numberAnswer(r.correct) })),
  summary: scoredSummary,
  verdict: scoredVerdict,
  phoneReveal: (q, r) => rightTyped(numberAnswer(r.correct), ''),
});
