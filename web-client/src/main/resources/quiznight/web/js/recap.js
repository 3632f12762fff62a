// A player's own recap ("My answers"): GET /api/rooms/{code}/recap with the player's token, ready once the game
// ended. Pure helpers: the URL, each question's outcome in words, and a recap answer in the shape the phone keeps
// for its own answer ({choices} or {value}), so the kind modules draw it as they draw "locked in".
import { kindOf } from './kinds/index.js';
import { fetchOk } from './http.js';
import { t } from './i18n.js';

export function recapUrl(code, base = globalThis.location.href) {
  return new URL(`api/rooms/${encodeURIComponent(code)}/recap`, base).href;
}

/** The recap, or an Error with the server's sentence (and `status`). */
export async function fetchRecap(code, token, { fetchImpl = globalThis.fetch, base } = {}) {
  const res = await fetchOk(recapUrl(code, base), { headers: { Authorization: `Bearer ${token}` }, cache: 'no-store' }, fetchImpl);
  return res.json();
}

/** A recap answer as the phone keeps its own: picked choices as {choices}, anything typed as {value}; null: none. */
export function asMine(item) {
  if (item.answer == null) return null;
  if (kindOf(item.kind).hasChoices) return { choices: Array.isArray(item.answer) ? item.answer : [item.answer] };
  return { value: Array.isArray(item.answer) ? item.answer.join(', ') : item.answer };
}

/**
 * A question's outcome: `cls` for the style, `mark` a symbol, `text` in words (colour is never the only sign).
 * A kind with no right answer says "answered" or "no answer".
 */
export function outcome(item) {
  if (item.answer == null) return { cls: 'is-none', mark: '–', text: t('kind.scored.none') };
  if (!item.judged) return { cls: 'is-answered', mark: '•', text: t('recap.answered') };
  if (item.right) return { cls: 'is-right', mark: '✓', text: t('recap.earned', { count: item.earned }) };
  return { cls: 'is-wrong', mark: '✗', text: t('recap.wrong') };
}

/** "3 of 5 right" over the questions that had a right answer. */
export function tally(recap) {
  const judged = recap.questions.filter((q) => q.judged);
  const right = judged.filter((q) => q.right).length;
  return { right, judged: judged.length };
}
