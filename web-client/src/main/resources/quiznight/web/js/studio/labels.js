// The words of GET api/kinds in the reader's language. The server describes the form in English (its labels, help
// lines and option names next to its rules); the client translates them by their stable names: a kind by its wire
// name, a field by its scope and name ("quiz:title", "question:points", "slider:correct.min"), an option by its
// value; the answers a new true/false question starts with. Anything it has no translation for (a kind or field newer
// than this page) keeps the server's English.
import { t } from '../i18n.js';
import { kindOf } from '../kinds/index.js';

const KIND_LABEL = Object.freeze({
  single: () => t('studio.kind.single'),
  multi: () => t('studio.kind.multi'),
  truefalse: () => t('studio.kind.truefalse'),
  text: () => t('studio.kind.text'),
  number: () => t('studio.kind.number'),
  slider: () => t('studio.kind.slider'),
  order: () => t('studio.kind.order'),
  poll: () => t('studio.kind.poll'),
  wordcloud: () => t('studio.kind.wordcloud'),
});

const LABEL = Object.freeze({
  'quiz:title': () => t('studio.field.title'),
  'quiz:description': () => t('studio.field.description'),
  'quiz:timeLimitSec': () => t('studio.field.quiz-time'),
  'question:text': () => t('studio.field.text'),
  'question:code': () => t('studio.field.code'),
  'question:codeLanguage': () => t('studio.field.code-language'),
  'question:image': () => t('studio.field.image'),
  'question:imageAlt': () => t('studio.field.image-alt'),
  'question:timeLimitSec': () => t('studio.field.question-time'),
  'question:points': () => t('studio.field.points'),
  'question:explanation': () => t('studio.field.explanation'),
  'question:docs': () => t('studio.field.docs'),
  'question:section': () => t('studio.field.section'),
  'single:choices': () => t('studio.field.answers'),
  'multi:choices': () => t('studio.field.answers'),
  'truefalse:choices': () => t('studio.field.answers'),
  'order:choices': () => t('studio.field.order-items'),
  'poll:choices': () => t('studio.field.options'),
  'text:correct': () => t('studio.field.accepted'),
  'number:correct.value': () => t('studio.field.right-number'),
  'number:correct.tolerance': () => t('studio.field.tolerance'),
  'slider:correct.min': () => t('studio.field.lowest'),
  'slider:correct.max': () => t('studio.field.highest'),
  'slider:correct.step': () => t('studio.field.step'),
  'slider:correct.unit': () => t('studio.field.unit'),
  'slider:correct.value': () => t('studio.field.right-value'),
  'slider:correct.tolerance': () => t('studio.field.tolerance'),
});

const HELP = Object.freeze({
  'question:text': () => t('studio.help.text'),
  'question:codeLanguage': () => t('studio.help.code-language'),
  'question:timeLimitSec': () => t('studio.help.question-time'),
  'question:explanation': () => t('studio.help.explanation'),
  'single:choices': () => t('studio.help.single'),
  'multi:choices': () => t('studio.help.multi'),
  'truefalse:choices': () => t('studio.help.truefalse'),
  'order:choices': () => t('studio.help.order'),
  'poll:choices': () => t('studio.help.poll'),
  'text:correct': () => t('studio.help.accepted'),
  'number:correct.tolerance': () => t('studio.help.number-tolerance'),
  'slider:correct.unit': () => t('studio.help.unit'),
  'slider:correct.tolerance': () => t('studio.help.slider-tolerance'),
});

/** The names of fields a problem may name that the form shows under another field's label, or not at all. */
const OTHER = Object.freeze({
  questions: () => t('studio.field.questions'),
  kind: () => t('studio.kind-of-question'),
  choices: () => t('studio.field.answers'),
  choiceImages: () => t('studio.field.choice-pictures'),
  correct: () => t('studio.field.answers'),
});

/** What the right answer of a kind is called where `correct` is one object rather than marks on the answers. */
const CORRECT = Object.freeze({
  number: () => t('studio.field.right-number'),
  slider: () => t('studio.kind.slider'),
});

/** A kind's defaults in the language: the answers of a new true/false question. */
const DEFAULT = Object.freeze({
  'truefalse:choices': () => [t('studio.true'), t('studio.false')],
});

const OPTION = Object.freeze({
  'question:points:0': () => t('studio.points.none'),
  'question:points:1': () => t('studio.points.standard'),
  'question:points:2': () => t('studio.points.double'),
});

/**
 * A field's name as a problem names it ("timeLimitSec", "correct"), in the language: `scope` is "quiz" for the
 * quiz's own fields, else the question's kind (or "question" when it is not known). A field with no label keeps its
 * name.
 */
export function fieldLabel(scope, name) {
  const field = String(name ?? '');
  if (scope === 'quiz') return LABEL[`quiz:${field}`]?.() ?? OTHER[field]?.() ?? field;
  return LABEL[`${scope}:${field}`]?.() ?? LABEL[`question:${field}`]?.()
    ?? (field === 'correct' ? CORRECT[scope]?.() : null) ?? (field === 'choices' ? LABEL[`${scope}:choices`]?.() : null)
    ?? OTHER[field]?.() ?? LABEL[`quiz:${field}`]?.() ?? field;
}

/** A kind's name in the editor ("Single choice"), else the server's. */
export function kindLabel(kind, serverLabel) {
  return KIND_LABEL[kind]?.() ?? serverLabel ?? kind;
}

/** A kind's hint ("Pick one answer"): the phone's own words for a kind this page knows, else the server's. */
export function kindHint(kind, serverHint) {
  return KIND_LABEL[kind] ? kindOf(kind).hint : serverHint ?? '';
}

/**
 * The field's spec with its label, help and option names in the language. `scope`: "quiz" for the quiz's own
 * fields, the kind's wire name for its own fields, "question" for the fields every question has.
 */
export function localField(spec, scope) {
  const key = `${scope}:${spec.name}`;
  const out = { ...spec, label: LABEL[key]?.() ?? spec.label };
  if (spec.help != null) out.help = HELP[key]?.() ?? spec.help;
  if (spec.default !== undefined && DEFAULT[key]) out.default = DEFAULT[key]();
  if (Array.isArray(spec.options)) {
    out.options = spec.options.map((o) => ({ ...o, label: OPTION[`${key}:${o.value}`]?.() ?? o.label }));
  }
  return out;
}

/** GET api/kinds's answer with every label, help line, option name and kind name in the language. */
export function localDescription(d) {
  return {
    ...d,
    quizFields: (d.quizFields ?? []).map((f) => localField(f, 'quiz')),
    questionFields: (d.questionFields ?? []).map((f) => localField(f, 'question')),
    kinds: (d.kinds ?? []).map((k) => ({
      ...k,
      label: kindLabel(k.kind, k.label),
      hint: kindHint(k.kind, k.hint),
      fields: (k.fields ?? []).map((f) => localField(f, k.kind)),
    })),
  };
}
