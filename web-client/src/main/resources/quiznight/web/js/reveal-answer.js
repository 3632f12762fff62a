// Reading a reveal's right answer, for the kinds (js/kinds/) and the host and player screens.
import { formatNumber } from './format.js';
import { t } from './i18n.js';

/** Indexes of the right choices a reveal names ([] for a typed answer, or a poll). */
export function correctIndexes(reveal) {
  return Array.isArray(reveal?.correct) ? reveal.correct.filter((i) => Number.isInteger(i)) : [];
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
  return more > 0 ? t('reveal.more-spellings', { count: more }) : '';
}

/** "3 of 5 got it right". */
export function correctSummary(reveal) {
  const answered = reveal?.answered ?? 0;
  const right = reveal?.correctCount ?? 0;
  return t('reveal.right-of', { count: answered, right: formatNumber(right) });
}

/**
 * The question a reveal is about: the open question's message (the server sends it before the reveal, after a
 * resume too). Should it be missing, a bare question of no kind, which the screens show as needing a newer page.
 */
export function revealQuestion(state) {
  const r = state.reveal;
  if (!r) return state.question;
  if (state.question && state.question.index === r.index) return state.question;
  return { index: r.index, total: state.quiz?.questions ?? r.index + 1, kind: null, text: '', choices: [], points: 1 };
}
