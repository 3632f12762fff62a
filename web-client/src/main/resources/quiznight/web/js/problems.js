// The problems the server finds in a quiz, in the reader's language: the editor's validation, an imported file's
// warnings and refusal, the library's refusal of a whole quiz. Each carries a stable code and named parameters
// (docs/protocol.md, "Problem codes"); its sentence is the catalogue's problem.<code> with the parameters filled in,
// a field named by its label in the language, a question's kind by its name, and an imported file's line (or row) in
// front. A code this page does not know (a newer server's) keeps the server's English sentence. Pure.
import { t } from './i18n.js';

// Each code's sentence, looked up when shown (the language is chosen after modules load).
const TEXT = Object.freeze({
  'json.invalid': (p) => t('problem.json.invalid', p),
  'file.unreadable': (p) => t('problem.file.unreadable', p),
  'quiz.notObject': (p) => t('problem.quiz.notObject', p),
  'question.notObject': (p) => t('problem.question.notObject', p),
  'field.unknown': (p) => t('problem.field.unknown', p),
  'field.required': (p) => t('problem.field.required', p),
  'field.notString': (p) => t('problem.field.notString', p),
  'field.empty': (p) => t('problem.field.empty', p),
  'field.tooLong': (p) => t('problem.field.tooLong', p),
  'field.notWholeNumber': (p) => t('problem.field.notWholeNumber', p),
  'text.bidiControl': (p) => t('problem.text.bidiControl', p),
  'text.stackedMarks': (p) => t('problem.text.stackedMarks', p),
  'id.invalid': (p) => t('problem.id.invalid', p),
  'questions.empty': (p) => t('problem.questions.empty', p),
  'kind.unknown': (p) => t('problem.kind.unknown', p),
  'code.tooManyLines': (p) => t('problem.code.tooManyLines', p),
  'points.notScored': (p) => t('problem.points.notScored', p),
  'docs.notHttp': (p) => t('problem.docs.notHttp', p),
  'docs.invalid': (p) => t('problem.docs.invalid', p),
  'codeLanguage.withoutCode': (p) => t('problem.codeLanguage.withoutCode', p),
  'codeLanguage.unknown': (p) => t('problem.codeLanguage.unknown', p),
  'imageAlt.withoutImage': (p) => t('problem.imageAlt.withoutImage', p),
  'picture.path': (p) => t('problem.picture.path', p),
  'picture.notString': (p) => t('problem.picture.notString', p),
  'choices.notArray': (p) => t('problem.choices.notArray', p),
  'choices.countExact': (p) => t('problem.choices.countExact', p),
  'choices.count': (p) => t('problem.choices.count', p),
  'choices.emptyEntry': (p) => t('problem.choices.emptyEntry', p),
  'choices.entryTooLong': (p) => t('problem.choices.entryTooLong', p),
  'choices.duplicate': (p) => t('problem.choices.duplicate', p),
  'choices.notAllowed': (p) => t('problem.choices.notAllowed', p),
  'choiceImages.notArray': (p) => t('problem.choiceImages.notArray', p),
  'choiceImages.count': (p) => t('problem.choiceImages.count', p),
  'choiceImages.none': (p) => t('problem.choiceImages.none', p),
  'choiceImages.notAllowed': (p) => t('problem.choiceImages.notAllowed', p),
  'correct.notIndexes': (p) => t('problem.correct.notIndexes', p),
  'correct.indexRange': (p) => t('problem.correct.indexRange', p),
  'correct.indexTwice': (p) => t('problem.correct.indexTwice', p),
  'correct.notOne': (p) => t('problem.correct.notOne', p),
  'number.notObject': (p) => t('problem.number.notObject', p),
  'number.badTolerance': (p) => t('problem.number.badTolerance', p),
  'number.badValue': (p) => t('problem.number.badValue', p),
  'text.noAnswers': (p) => t('problem.text.noAnswers', p),
  'text.badAnswer': (p) => t('problem.text.badAnswer', p),
  'order.noCorrect': (p) => t('problem.order.noCorrect', p),
  'poll.noCorrect': (p) => t('problem.poll.noCorrect', p),
  'wordcloud.noCorrect': (p) => t('problem.wordcloud.noCorrect', p),
  'slider.notObject': (p) => t('problem.slider.notObject', p),
  'slider.needsNumber': (p) => t('problem.slider.needsNumber', p),
  'slider.minBelowMax': (p) => t('problem.slider.minBelowMax', p),
  'slider.step': (p) => t('problem.slider.step', p),
  'slider.tooManyPositions': (p) => t('problem.slider.tooManyPositions', p),
  'slider.maxOffStep': (p) => t('problem.slider.maxOffStep', p),
  'slider.valueOff': (p) => t('problem.slider.valueOff', p),
  'slider.negativeTolerance': (p) => t('problem.slider.negativeTolerance', p),
  'slider.badUnit': (p) => t('problem.slider.badUnit', p),
  'import.extension': (p) => t('problem.import.extension', p),
  'import.oldXls': (p) => t('problem.import.oldXls', p),
  'import.neitherGiftNorAiken': (p) => t('problem.import.neitherGiftNorAiken', p),
  'import.notUtf8': (p) => t('problem.import.notUtf8', p),
  'import.tooManyQuestions': (p) => t('problem.import.tooManyQuestions', p),
  'import.pictureNotFetched': (p) => t('problem.import.pictureNotFetched', p),
  'import.pictureNoAddress': (p) => t('problem.import.pictureNoAddress', p),
  'csv.unclosedQuote': (p) => t('problem.csv.unclosedQuote', p),
  'aiken.noQuestions': (p) => t('problem.aiken.noQuestions', p),
  'aiken.blankLine': (p) => t('problem.aiken.blankLine', p),
  'aiken.noText': (p) => t('problem.aiken.noText', p),
  'aiken.twoOptions': (p) => t('problem.aiken.twoOptions', p),
  'aiken.answerLetter': (p) => t('problem.aiken.answerLetter', p),
  'aiken.answerNoOption': (p) => t('problem.aiken.answerNoOption', p),
  'aiken.expectedOption': (p) => t('problem.aiken.expectedOption', p),
  'aiken.optionAFirst': (p) => t('problem.aiken.optionAFirst', p),
  'aiken.noAnswerLine': (p) => t('problem.aiken.noAnswerLine', p),
  'gift.noQuestions': (p) => t('problem.gift.noQuestions', p),
  'gift.privateUse': (p) => t('problem.gift.privateUse', p),
  'gift.titleUnclosed': (p) => t('problem.gift.titleUnclosed', p),
  'gift.strayClose': (p) => t('problem.gift.strayClose', p),
  'gift.unclosed': (p) => t('problem.gift.unclosed', p),
  'gift.secondBlock': (p) => t('problem.gift.secondBlock', p),
  'gift.noText': (p) => t('problem.gift.noText', p),
  'gift.onlyPicture': (p) => t('problem.gift.onlyPicture', p),
  'gift.descriptionSkipped': (p) => t('problem.gift.descriptionSkipped', p),
  'gift.essaySkipped': (p) => t('problem.gift.essaySkipped', p),
  'gift.matchingSkipped': (p) => t('problem.gift.matchingSkipped', p),
  'gift.badAnswerStart': (p) => t('problem.gift.badAnswerStart', p),
  'gift.badWeight': (p) => t('problem.gift.badWeight', p),
  'gift.twoEquals': (p) => t('problem.gift.twoEquals', p),
  'gift.emptyAnswer': (p) => t('problem.gift.emptyAnswer', p),
  'gift.noRightAnswer': (p) => t('problem.gift.noRightAnswer', p),
  'gift.emptyAccepted': (p) => t('problem.gift.emptyAccepted', p),
  'gift.partlyRight': (p) => t('problem.gift.partlyRight', p),
  'gift.noFullyRight': (p) => t('problem.gift.noFullyRight', p),
  'gift.noFullyRightNumber': (p) => t('problem.gift.noFullyRightNumber', p),
  'gift.firstNumberKept': (p) => t('problem.gift.firstNumberKept', p),
  'gift.badRange': (p) => t('problem.gift.badRange', p),
  'gift.badTolerance': (p) => t('problem.gift.badTolerance', p),
  'gift.badNumber': (p) => t('problem.gift.badNumber', p),
  'gift.notFinite': (p) => t('problem.gift.notFinite', p),
  'kahoot.noQuestions': (p) => t('problem.kahoot.noQuestions', p),
  'kahoot.csvNoQuestions': (p) => t('problem.kahoot.csvNoQuestions', p),
  'kahoot.noHeader': (p) => t('problem.kahoot.noHeader', p),
  'kahoot.csvNoHeader': (p) => t('problem.kahoot.csvNoHeader', p),
  'kahoot.unreadable': (p) => t('problem.kahoot.unreadable', p),
  'kahoot.notZip': (p) => t('problem.kahoot.notZip', p),
  'kahoot.oldXls': (p) => t('problem.kahoot.oldXls', p),
  'kahoot.tooManyParts': (p) => t('problem.kahoot.tooManyParts', p),
  'kahoot.tooBig': (p) => t('problem.kahoot.tooBig', p),
  'kahoot.bigCell': (p) => t('problem.kahoot.bigCell', p),
  'kahoot.tooManyTexts': (p) => t('problem.kahoot.tooManyTexts', p),
  'kahoot.tooManyRows': (p) => t('problem.kahoot.tooManyRows', p),
  'kahoot.noQuestion': (p) => t('problem.kahoot.noQuestion', p),
  'kahoot.twoAnswers': (p) => t('problem.kahoot.twoAnswers', p),
  'kahoot.noCorrect': (p) => t('problem.kahoot.noCorrect', p),
  'kahoot.badCorrect': (p) => t('problem.kahoot.badCorrect', p),
  'kahoot.emptyAnswer': (p) => t('problem.kahoot.emptyAnswer', p),
  'kahoot.badTime': (p) => t('problem.kahoot.badTime', p),
  'opentdb.noQuestions': (p) => t('problem.opentdb.noQuestions', p),
  'opentdb.responseCode': (p) => t('problem.opentdb.responseCode', p),
  'opentdb.noResults': (p) => t('problem.opentdb.noResults', p),
  'opentdb.notObject': (p) => t('problem.opentdb.notObject', p),
  'opentdb.badType': (p) => t('problem.opentdb.badType', p),
  'opentdb.encoded': (p) => t('problem.opentdb.encoded', p),
  'opentdb.noWrong': (p) => t('problem.opentdb.noWrong', p),
  'opentdb.wrongNotString': (p) => t('problem.opentdb.wrongNotString', p),
  'opentdb.badBoolean': (p) => t('problem.opentdb.badBoolean', p),
  'opentdb.emptyField': (p) => t('problem.opentdb.emptyField', p),
  'import.emptyFile': (p) => t('problem.import.emptyFile', p),
  'library.tooManyQuestions': (p) => t('problem.library.tooManyQuestions', p),
  'library.full': (p) => t('problem.library.full', p),
});

/** Whether this page can say a problem of `code` in the language. */
export function knownProblem(code) {
  return typeof code === 'string' && Object.hasOwn(TEXT, code);
}

/**
 * The sentence of a problem: a validation problem ({code, params, message}), an import's warning ({line, unit, code,
 * params, message}) or an HTTP refusal's body ({error, code, params, line, unit}). `label(field)` names a field in
 * the language and `kind(kind)` a question kind (both default to the name as sent).
 */
export function problemText(problem, { label = (f) => f, kind = (k) => k } = {}) {
  const p = problem ?? {};
  const english = String(p.message ?? p.error ?? '');
  if (!knownProblem(p.code)) return english;
  const params = {};
  for (const [name, v] of Object.entries(p.params ?? {})) params[name] = Array.isArray(v) ? v.join(', ') : v;
  if (params.field != null) params.field = label(String(params.field));
  if (params.part != null) params.part = label(`correct.${params.part}`); // a part of the right answer: "min"
  if (params.kind != null) params.kind = kind(String(params.kind));
  const text = TEXT[p.code](params);
  if (!Number.isInteger(p.line)) return text;
  return p.unit === 'row' ? t('problem.at-row', { line: p.line, text }) : t('problem.at-line', { line: p.line, text });
}
