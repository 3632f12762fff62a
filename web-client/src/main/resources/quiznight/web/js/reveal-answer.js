// The right answer of a question in words, for any kind: shared by host and player screens.
import { isChoiceKind } from './protocol.js';
import { choiceLetter } from './choices.js';
import { formatNumber } from './format.js';

/** Indexes of the right choices (choice kinds), else []. */
export function correctIndexes(question, reveal) {
  return isChoiceKind(question?.kind) && Array.isArray(reveal?.correct)
    ? reveal.correct.filter((i) => Number.isInteger(i)) : [];
}

/** "8", "8 (± 0.5)". */
export function numberAnswer(correct) {
  if (!correct || typeof correct !== 'object' || !Number.isFinite(correct.value)) return '';
  const v = String(correct.value);
  return correct.tolerance > 0 ? `${v} (± ${correct.tolerance})` : v;
}

/** How many accepted spellings of a text answer a reveal shows; the rest are counted, not listed. */
export const ACCEPTED_SHOWN = 3;

/**
 * The accepted answers of a text question as a reveal shows them: the first few in the quiz's order (the first is
 * the quiz's own answer), and how many more spellings are accepted. A command question of the Django pack accepts
 * ten spellings ("migrate", "python manage.py migrate", "py -m django migrate", …): listing all of them would crowd
 * the projector and bury the answer.
 */
export function acceptedAnswers(correct, max = ACCEPTED_SHOWN) {
  const all = Array.isArray(correct) ? correct.map(String) : [];
  const shown = all.slice(0, Math.max(1, max));
  return { shown, more: all.length - shown.length };
}

/** "and 7 other spellings", or '' when none are left out. */
export function moreSpellings(more) {
  return more > 0 ? `and ${formatNumber(more)} other ${more === 1 ? 'spelling' : 'spellings'}` : '';
}

/** The right answer in one line: "B: 8000", "A and C", "migrate", "8". */
export function answerText(question, reveal) {
  if (!question || !reveal) return '';
  if (isChoiceKind(question.kind)) {
    const idx = correctIndexes(question, reveal);
    return idx.map((i) => `${choiceLetter(i)}: ${question.choices[i] ?? ''}`).join(', ');
  }
  if (question.kind === 'number') return numberAnswer(reveal.correct);
  if (Array.isArray(reveal.correct)) {
    const { shown, more } = acceptedAnswers(reveal.correct);
    return [shown.join(' / '), moreSpellings(more)].filter(Boolean).join(' ');
  }
  return '';
}

/** "3 of 5 got it right". */
export function correctSummary(reveal) {
  const answered = reveal?.answered ?? 0;
  const right = reveal?.correctCount ?? 0;
  return `${formatNumber(right)} of ${formatNumber(answered)} ${answered === 1 ? 'answer' : 'answers'} right`;
}

/**
 * The question a reveal is about. After a reload during a reveal the server sends the reveal without its
 * question: then this rebuilds what the reveal itself tells (kind, number of choices) with no texts.
 */
export function revealQuestion(state) {
  const r = state.reveal;
  if (!r) return state.question;
  if (state.question && state.question.index === r.index) return state.question;
  const counts = Array.isArray(r.counts) ? r.counts : [];
  let kind = 'text';
  if (r.correct && typeof r.correct === 'object' && !Array.isArray(r.correct)) kind = 'number';
  else if (counts.length > 0) kind = Array.isArray(r.correct) && r.correct.length > 1 ? 'multi' : 'single';
  return {
    index: r.index, total: state.quiz?.questions ?? r.index + 1, kind, text: '', choices: counts.map(() => null),
    points: 1, partial: true,
  };
}
