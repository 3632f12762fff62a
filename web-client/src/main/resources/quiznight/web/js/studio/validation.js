// Inline validation: the server's problems (POST /api/library/validate, from the loader's own rules) asked for a
// moment after the organiser stops typing, the latest answer winning, and placed next to their question and field.
// Pure apart from the `validate` call it is given; time comes through `env`. Each problem is said in the reader's
// language from its code and parameters (problems.js), its field by its label in the form; a problem whose code this
// page does not know keeps the server's English sentence.
import { t } from '../i18n.js';
import { problemText } from '../problems.js';
import { fieldLabel, kindLabel } from './labels.js';

/** The key of a field's place: the quiz's own fields as "quiz:title", a question's as "3:choices" (0-based). */
export function placeKey(question, field) {
  return `${question == null ? 'quiz' : question}:${field ?? ''}`;
}

/** The field a problem belongs to in the form: "correct.value" shows under the number's fields as "correct". */
export function fieldOf(name) {
  return String(name ?? '').split('.')[0];
}

/**
 * A problem's sentence in the language. `scope` names its fields as the form does: the kind of its question, or
 * "question" for a question of a kind not known; by default "quiz" for a problem of no question.
 */
export function problemSentence(p, scope = null) {
  scope ??= p?.question == null ? 'quiz' : 'question';
  return problemText(p, { label: (f) => fieldLabel(scope, f), kind: (k) => kindLabel(k, k) });
}

/**
 * The problems grouped: byPlace (placeKey -> sentences), byQuestion (index -> count), total. `kindOf(index)` is
 * the kind of question `index` (its fields are named as the form names them).
 */
export function groupProblems(problems, kindOf = () => null) {
  const byPlace = new Map();
  const byQuestion = new Map();
  for (const p of problems ?? []) {
    const key = placeKey(p.question, p.field == null ? null : fieldOf(p.field));
    byPlace.set(key, [...(byPlace.get(key) ?? []), problemSentence(p, p.question == null ? null : kindOf(p.question))]);
    if (p.question != null) byQuestion.set(p.question, (byQuestion.get(p.question) ?? 0) + 1);
  }
  return { byPlace, byQuestion, total: problems?.length ?? 0 };
}

/** The sentences of a field of the quiz (`question` null) or of a question. */
export function problemsAt(groups, question, field) {
  return groups.byPlace.get(placeKey(question, fieldOf(field))) ?? [];
}

/** The sentences no field of the form shows (a question's problem naming no field, the quiz's "questions"). */
export function unplaced(groups, shownKeys) {
  const out = [];
  for (const [key, messages] of groups.byPlace) if (!shownKeys.has(key)) out.push(...messages);
  return out;
}

/** The summary line: "No problems", "1 problem", "3 problems". */
export function summaryText(total) {
  if (!total) return t('studio.no-problems');
  return t('studio.problems-to-fix', { count: total });
}

/** Why "Host this quiz" is disabled, or null when it may be hosted. */
export function hostBlockReason(total, { saving = false } = {}) {
  if (total > 0) return t('studio.fix-first', { count: total });
  if (saving) return t('studio.save.saving');
  return null;
}

/**
 * Asks `validate(draft)` `delayMs` after the last change; an answer to an older draft is dropped.
 * @param {object} o
 * @param {(draft: object) => Promise<{status: number, body: object}>} o.validate
 * @param {(problems: object[]) => void} o.onProblems
 */
export function createValidator({ validate, onProblems, delayMs = 400, env = globalThis }) {
  let seq = 0;
  let timer = null;
  async function check(draft, mine) {
    let r;
    try {
      r = await validate(draft);
    } catch {
      return;
    }
    if (mine !== seq || r.status !== 200 || !Array.isArray(r.body?.problems)) return;
    onProblems(r.body.problems);
  }
  return {
    changed(draft) {
      const mine = ++seq;
      if (timer != null) env.clearTimeout(timer);
      timer = env.setTimeout(() => {
        timer = null;
        check(draft, mine);
      }, delayMs);
    },
    /** Problems known another way (a save's answer) for the latest draft. */
    known(problems) {
      if (timer == null && Array.isArray(problems)) onProblems(problems);
    },
    stop() {
      seq++;
      if (timer != null) env.clearTimeout(timer);
      timer = null;
    },
  };
}
