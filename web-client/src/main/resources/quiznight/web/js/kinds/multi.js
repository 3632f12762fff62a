// A multiple-response question: pick every right choice, then send them with one button.
import { choiceInput, myChoices, hostChoices, revealChoices, rightChoices } from './choice-views.js';
import { scoredVerdict, scoredSummary } from './scored.js';
import { correctIndexes } from '../reveal-answer.js';
import { t } from '../i18n.js';

export default Object.freeze({
  name: 'multi',
  get hint() { return t('kind.multi.hint'); },
  scores: true,
  hasChoices: true,
  /** The `answer` message's kind field: the picked indexes, ascending. */
  answer: (value) => ({ choices: [...value].sort((a, b) => a - b) }),
  input: (q, ctx) => choiceInput(q, { ...ctx, multi: true }),
  get lockedTitle() { return t('kind.locked'); },
  mine: myChoices,
  hostQuestion: hostChoices,
  hostReveal: (q, r) => revealChoices(q, r, new Set(correctIndexes(r))),
  summary: scoredSummary,
  verdict: scoredVerdict,
  phoneReveal: (q, r) => rightChoices(q, correctIndexes(r)),
});
