// Quiz problems in the reader's language (issue 18): each is said from its stable code and parameters, its field by
// the editor's label, an imported file's line in front; an unknown code keeps the server's English sentence. And
// what a page says without JavaScript, in every shipped language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { WEB, js } from './web.mjs';
import { catalogue, inLanguage } from './languages.mjs';

const { LANGUAGES } = await import(js('i18n.js'));
const { problemText, knownProblem } = await import(js('problems.js'));
const validation = await import(js('studio/validation.js'));
const { refusalText } = await import(js('studio/library-api.js'));
const { localDescription } = await import(js('studio/labels.js'));
const { uploadErrorText, uploadSummary } = await import(js('upload.js'));

const fr = catalogue('fr');
const en = catalogue('en');

const tooLong = { question: 0, field: 'text', message: 'text is longer than 1000 characters', code: 'field.tooLong',
  params: { field: 'text', max: 1000 } };

test('a problem is said from its code: the field by its label, numbers in the language\'s way', () => {
  inLanguage('fr', () => {
    assert.equal(validation.problemSentence(tooLong, 'single'),
      fr['problem.field.tooLong'].replace('{field}', fr['studio.field.text']).replace('{max}', '1\u202f000'));
    const limit = { question: null, field: 'timeLimitSec', code: 'field.notWholeNumber', message: 'x',
      params: { field: 'timeLimitSec', min: 5, max: 600, got: '3' } };
    assert.equal(validation.problemSentence(limit), `${fr['studio.field.quiz-time']} doit être un nombre entier de 5 à 600 (reçu : 3).`);
    const noPoints = { question: 2, field: 'points', code: 'points.notScored', message: 'x', params: { field: 'points', kind: 'poll' } };
    assert.ok(validation.problemSentence(noPoints, 'poll').includes(`« ${fr['studio.kind.poll']} »`), 'the kind by its name');
    const part = { question: 0, field: 'correct', code: 'slider.needsNumber', message: 'x', params: { field: 'correct', part: 'value' } };
    assert.equal(validation.problemSentence(part, 'slider'), fr['problem.slider.needsNumber']
      .replace('{field}', fr['studio.kind.slider']).replace('{part}', fr['studio.field.right-value']));
  });
  assert.equal(validation.problemSentence(tooLong, 'single'), 'Question is too long: at most 1,000 characters.');
});

test('a code this page does not know, or none, keeps the server\'s English sentence', () => {
  inLanguage('fr', () => {
    assert.equal(problemText({ code: 'field.fromTheFuture', params: { field: 'text' }, message: 'text is odd' }), 'text is odd');
    assert.equal(problemText({ message: 'no code at all' }), 'no code at all');
    assert.equal(problemText({ error: 'quiz.gift: line 4: refused', code: 'nope' }), 'quiz.gift: line 4: refused');
    assert.equal(knownProblem('gift.titleUnclosed'), true);
    assert.equal(knownProblem('toString'), false);
  });
});

test('problems are placed by field, each named as the form names it for its question\'s kind', () => {
  const problems = [
    { question: 1, field: 'correct', code: 'number.badValue', message: 'correct has a value that is not a finite number', params: { field: 'correct' } },
    { question: null, field: 'questions', code: 'questions.empty', message: 'questions must be a non-empty array of questions', params: { field: 'questions' } },
  ];
  inLanguage('fr', () => {
    const g = validation.groupProblems(problems, (i) => (i === 1 ? 'number' : null));
    assert.deepEqual(validation.problemsAt(g, 1, 'correct.value'),
      [fr['problem.number.badValue'].replace('{field}', fr['studio.field.right-number'])]);
    assert.deepEqual(validation.problemsAt(g, null, 'questions'),
      [fr['problem.questions.empty'].replace('{field}', fr['studio.field.questions'])]);
  });
});

test('an imported file\'s problems: its line or row in front, in the language; the editor\'s refusal and the upload\'s', () => {
  const refused = { error: 'quiz.gift: line 4: expected \'::\' closing the question title', code: 'gift.titleUnclosed',
    params: {}, line: 4, unit: 'line' };
  const row = { line: 7, unit: 'row', code: 'kahoot.noQuestion', params: { column: 'Question' }, message: 'x' };
  const skipped = { line: 40, unit: 'line', code: 'gift.matchingSkipped', params: {}, message: 'q.gift: line 40: matching question skipped' };
  inLanguage('fr', () => {
    const said = fr['problem.at-line'].replace('{line}', '4').replace('{text}', fr['problem.gift.titleUnclosed']);
    assert.equal(refusalText({ status: 400, body: refused }), said);
    assert.equal(uploadErrorText(400, refused), said);
    assert.equal(problemText(row), fr['problem.at-row'].replace('{line}', '7')
      .replace('{text}', fr['problem.kahoot.noQuestion'].replace('{column}', 'Question')));
    assert.deepEqual(uploadSummary({ id: 'q', warnings: ['English'], warningDetails: [skipped] }).warnings,
      [fr['problem.at-line'].replace('{line}', '40').replace('{text}', fr['problem.gift.matchingSkipped'])]);
  });
  assert.equal(uploadErrorText(400, refused), `Line 4: ${en['problem.gift.titleUnclosed']}`);
  assert.deepEqual(uploadSummary({ id: 'q', warnings: ['as sent'] }).warnings, ['as sent'], 'an older server: its strings');
});

test('a new true/false question starts with True and False in the organiser\'s language', () => {
  const description = { quizFields: [], questionFields: [], kinds: [{ kind: 'truefalse', label: 'True or false',
    fields: [{ name: 'choices', type: 'choices', label: 'Answers', default: ['True', 'False'] }] }] };
  inLanguage('de', () => {
    assert.deepEqual(localDescription(description).kinds[0].fields[0].default, [catalogue('de')['studio.true'], catalogue('de')['studio.false']]);
  });
  assert.deepEqual(localDescription(description).kinds[0].fields[0].default, ['True', 'False']);
});

test('every page says it needs JavaScript in every shipped language, each line in its own language and direction', () => {
  const pages = fs.readdirSync(WEB).filter((f) => f.endsWith('.html'));
  assert.ok(pages.length >= 5);
  for (const page of pages) {
    const html = fs.readFileSync(path.join(WEB, page), 'utf8');
    const noscript = html.match(/<noscript>([\s\S]*?)<\/noscript>/)?.[1];
    assert.ok(noscript, `${page}: no <noscript>`);
    const lines = [...noscript.matchAll(/<p lang="([^"]+)"( dir="rtl")?>([^<]+)<\/p>/g)];
    assert.deepEqual(lines.map((m) => m[1]), [...LANGUAGES], `${page}: one line per language, in the switcher's order`);
    assert.deepEqual(lines.filter((m) => m[2]).map((m) => m[1]), ['ar'], `${page}: Arabic right to left`);
    const texts = lines.map((m) => m[3]);
    assert.equal(new Set(texts).size, texts.length, `${page}: no language left as a copy of another`);
  }
});
