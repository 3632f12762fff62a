// The editor's draft, as plain data in the native quiz format (docs/quiz-format.md), and what /api/kinds says about
// it: which fields a question of a kind has, a blank question of a kind, a question moved to another kind, and the
// list operations (add, duplicate, delete, move). Pure: no DOM, no requests; every change returns a new draft.

/** The value at a dotted path ("correct.value"), or undefined. */
export function getPath(obj, path) {
  let at = obj;
  for (const part of path.split('.')) {
    if (at == null || typeof at !== 'object') return undefined;
    at = at[part];
  }
  return at;
}

/** A copy of obj with the dotted path set; `undefined` removes the field (and an object left empty). */
export function setPath(obj, path, value) {
  const [head, ...rest] = path.split('.');
  const copy = { ...(obj ?? {}) };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head];
    else copy[head] = value;
    return copy;
  }
  const inner = setPath(copy[head] && typeof copy[head] === 'object' ? copy[head] : {}, rest.join('.'), value);
  if (Object.keys(inner).length === 0) delete copy[head];
  else copy[head] = inner;
  return copy;
}

/** The kind's entry of the description, or null. */
export function kindInfo(description, kind) {
  return description?.kinds?.find((k) => k.kind === kind) ?? null;
}

/** The fields of a question of `kind`, in the form's order: the question text and code, the kind's own, then the rest. */
export function fieldsFor(description, kind) {
  const info = kindInfo(description, kind);
  const omit = new Set(info?.omit ?? []);
  const common = (description?.questionFields ?? []).filter((f) => !omit.has(f.name));
  const lead = common.filter((f) => f.name === 'text' || f.name === 'code' || f.name === 'codeLanguage');
  const rest = common.filter((f) => !lead.includes(f));
  return [...lead, ...(info?.fields ?? []), ...rest];
}

/** The field names (top level) a question of `kind` may have, with `kind` itself. */
function allowedNames(description, kind) {
  return new Set(['kind', ...fieldsFor(description, kind).map((f) => f.name.split('.')[0]),
    ...fieldsFor(description, kind).filter((f) => f.type === 'choices').map(() => 'correct')]);
}

/** A blank question of `kind`: its text empty, its kind's defaults (two empty choices, the first right …). */
export function blankQuestion(description, kind) {
  let q = { kind, text: '' };
  for (const f of kindInfo(description, kind)?.fields ?? []) {
    if (f.type === 'choices') {
      const n = Math.max(f.minItems ?? 2, Array.isArray(f.default) ? f.default.length : 0);
      q.choices = Array.from({ length: n }, (_, i) => (Array.isArray(f.default) ? f.default[i] ?? '' : ''));
      if (f.correct === 'one' || f.correct === 'many') q.correct = [0];
    } else if (f.type === 'texts') {
      q = setPath(q, f.name, ['']);
    } else if (f.required && f.default !== undefined) {
      q = setPath(q, f.name, f.default);
    }
  }
  return q;
}

/**
 * The question as a question of `kind`: the common fields it keeps; choices kept between kinds that have them
 * (cut to the new kind's most, the right marks kept where they fit); the rest of the new kind's fields blank.
 */
export function changeKind(description, q, kind) {
  const blank = blankQuestion(description, kind);
  const allowed = allowedNames(description, kind);
  const own = new Set((kindInfo(description, q.kind)?.fields ?? []).map((f) => f.name.split('.')[0]));
  const out = { ...blank };
  for (const [k, v] of Object.entries(q)) {
    if (k === 'kind' || own.has(k) || k === 'correct' || k === 'choices' || k === 'choiceImages') continue;
    if (allowed.has(k)) out[k] = v;
  }
  if (!('text' in out) || out.text === '') out.text = q.text ?? '';
  const spec = (kindInfo(description, kind)?.fields ?? []).find((f) => f.type === 'choices');
  if (spec && Array.isArray(q.choices) && q.choices.length && !Array.isArray(spec.default)) {
    const max = spec.maxItems ?? q.choices.length;
    out.choices = q.choices.slice(0, max);
    while (out.choices.length < (spec.minItems ?? 0)) out.choices.push('');
    if (spec.correct === 'one' || spec.correct === 'many') {
      const kept = (Array.isArray(q.correct) ? q.correct : []).filter((i) => Number.isInteger(i) && i < out.choices.length);
      out.correct = spec.correct === 'one' ? [kept[0] ?? 0] : (kept.length ? kept : [0]);
    }
  }
  return out;
}

/** The questions with `q` put at `index`. */
export function insertQuestion(draft, index, q) {
  const questions = [...(draft.questions ?? [])];
  questions.splice(index, 0, q);
  return { ...draft, questions };
}

export function duplicateQuestion(draft, index) {
  return insertQuestion(draft, index + 1, structuredClone(draft.questions[index]));
}

export function deleteQuestion(draft, index) {
  return { ...draft, questions: draft.questions.filter((_, i) => i !== index) };
}

/** The question at `from` moved to `to` (both 0-based; out-of-range moves change nothing). */
export function moveQuestion(draft, from, to) {
  const n = draft.questions?.length ?? 0;
  if (from < 0 || from >= n || to < 0 || to >= n || from === to) return draft;
  const questions = [...draft.questions];
  const [q] = questions.splice(from, 1);
  questions.splice(to, 0, q);
  return { ...draft, questions };
}

/** The question with field `name` set from the form (empty text and empty numbers remove an optional field). */
export function setField(q, spec, value) {
  const empty = value === '' || value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value));
  if (empty && !spec.required) return setPath(q, spec.name, undefined);
  return setPath(q, spec.name, empty ? (spec.type === 'text' ? '' : undefined) : value);
}
