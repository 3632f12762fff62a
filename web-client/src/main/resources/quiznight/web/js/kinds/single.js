// A single-choice question: pick one of 2 to 6 choices; one is right.
import { choiceInput, myChoices, hostChoices, revealChoices, rightChoices } from './choice-views.js';
import { scoredVerdict, scoredSummary } from './scored.js';
import { correctIndexes } from '../reveal-answer.js';
import { t } from '../i18n.js';

export default Object.freeze({
  name: 'single',
  get hint() { return t('kind.single.hint'); },
  scores: true,
  hasChoices: true,
  /** The `answer` message's kind field: the picked choice's index. */
  answer: (value) => ({ choice: value }),
  input: (q, ctx) => choiceInput(q, { ...ctx, multi: false }),
  get lockedTitle() { return t('kind.locked'); },
  mine: myChoices,
  hostQuestion: hostChoices,
  hostReveal: (q, r) => revealChoices(q, r, new Set(correctIndexes(r))),
  summary: scoredSummary,
  verdict: scoredVerdict,
  phoneReveal: (q, r) => rightChoices(q, correctIndexes(r)),
});
