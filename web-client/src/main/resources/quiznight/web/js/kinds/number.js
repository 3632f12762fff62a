// A number, right within the quiz's tolerance.
import { h } from '../dom.js';
import { typedInput, myTyped, typeOnPhone, rightTyped } from './typed-views.js';
import { scoredVerdict, scoredSummary } from './scored.js';
import { numberAnswer } from '../reveal-answer.js';
import { parseNumberInput } from '../format.js';

export default Object.freeze({
  name: 'number',
  hint: 'Type a number',
  scores: true,
  hasChoices: false,
  /** The `answer` message's kind field: the number. */
  answer: (value) => ({ value: Number(value) }),
  input: (q, { send }) => typedInput({ number: true, parse: parseNumberInput, invalid: 'Type a number, like 42 or 3.5.', send }),
  lockedTitle: 'Answer locked in',
  mine: myTyped,
  hostQuestion: () => typeOnPhone('hash', 'Type a number on your phone'),
  hostReveal: (q, r) => h('div', { class: 'accepted' },
    h('h2', { class: 'accepted-title', text: 'The answer' }),
    h('p', { class: 'accepted-big', text: numberAnswer(r.correct) })),
  summary: scoredSummary,
  verdict: scoredVerdict,
  phoneReveal: (q, r) => rightTyped(numberAnswer(r.correct), ''),
});
