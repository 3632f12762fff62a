// The editor, past games, uploads, practice and homework in another language (issue 18): their sentences come from
// the catalogues, numbers and plurals through Intl, the server's English refusals translated by status where the
// status means one thing, and the kinds description's labels translated by their stable names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { js } from './web.mjs';
import { catalogue, inLanguage } from './languages.mjs';

const { refusalSentence, errorSentence } = await import(js('http.js'));
const { formatBytes, uploadErrorText, checkQuizFile, uploadSummary } = await import(js('upload.js'));
const { mediaErrorText } = await import(js('media-upload.js'));
const { gameFigures } = await import(js('past-games.js'));
const { feedbackTitle, homeworkError, introLine } = await import(js('homework-student.js'));
const { progressLine } = await import(js('homework-host.js'));
const { practiceError } = await import(js('practice-app.js'));
const { localDescription, kindLabel } = await import(js('studio/labels.js'));
const validation = await import(js('studio/validation.js'));
const { refusalText } = await import(js('studio/library-api.js'));

const fr = catalogue('fr');
const ar = catalogue('ar');

test('a refusal keeps the server\'s sentence in English and reads the status in another language', () => {
  assert.equal(refusalSentence(404, 'No such quiz.', { 404: () => 'gone' }), 'No such quiz.');
  inLanguage('fr', () => {
    assert.equal(refusalSentence(404, 'No such quiz.', { 404: () => 'parti' }), 'parti');
    assert.equal(refusalSentence(503, 'Busy.'), fr['http.busy']);
    assert.equal(refusalSentence(0, ''), fr['http.unreachable']);
    assert.equal(refusalSentence(400, 'Field x is wrong.'), 'Field x is wrong.', 'a 400 has no code: the server\'s sentence');
    const err = Object.assign(new Error('gone'), { status: 410, said: 'This homework closed at its deadline.' });
    assert.equal(homeworkError(err), fr['homework.error.closed']);
    const crowd = Object.assign(new Error('many'), { status: 429, said: 'Too many students joined this homework from one address.' });
    assert.equal(homeworkError(crowd), fr['homework.error.too-many'], 'the per-address quota on homework joins');
    assert.equal(practiceError(Object.assign(new Error('x'), { status: 404, said: 'x' })), fr['practice.error.gone']);
    assert.equal(errorSentence(new TypeError('Failed to fetch')), fr['http.unreachable'], 'no answer at all');
  });
});

test('upload and picture sentences: translated sizes, statuses, the file\'s own problem kept', () => {
  inLanguage('fr', () => {
    assert.equal(formatBytes(1536), '1,5 Ko');
    assert.equal(formatBytes(1), '1 octet');
    assert.equal(uploadErrorText(413, null), fr['upload.server-too-large'].replace('{max}', '1 Mo'));
    assert.equal(uploadErrorText(400, { error: 'quiz.gift: line 4: expected }' }), 'quiz.gift: line 4: expected }');
    assert.equal(uploadErrorText(429, { error: 'Too many uploads.' }, '12'), fr['upload.too-many'] + fr['http.again-in'].replace('{seconds}', '12'));
    assert.equal(mediaErrorText(507, { error: 'Full.' }), fr['media.full']);
    assert.match(checkQuizFile({ name: 'photo.png', size: 10 }), /^photo\.png : QuizNight lit les fichiers \.json, .*\.csv\.$/);
    assert.equal(uploadSummary({ id: 'x', questions: 2, sections: [{}, {}], format: 'Aiken' }).meta, '2 questions · 2 sections · Aiken');
  });
});

test('plural families on the pages follow the language\'s rules (Arabic: one, two, few, many)', () => {
  inLanguage('ar', () => {
    assert.equal(progressLine({ students: 2, finished: 1, averageScore: null }),
      `${ar['hwhost.students.two']} · ${ar['hwhost.finished-n.one']}`);
    assert.equal(validation.summaryText(3), ar['studio.problems-to-fix.few'].replace('{count}', '3'));
    assert.equal(validation.summaryText(11), ar['studio.problems-to-fix.many'].replace('{count}', '11'));
    assert.equal(feedbackTitle({ right: true, points: 1000, reveal: { judged: true } }), ar['homework.right.other'].replace('{count}', '1,000'));
    assert.match(introLine({ questions: 1, totalTimeMs: 120_000, deadline: Date.UTC(2030, 0, 1) }), new RegExp(`^${ar['homework.n-questions.one']} · `));
  });
  inLanguage('pl', () => {
    assert.equal(gameFigures({ ended: true, players: 5, accuracy: null }), '5 graczy');
  });
});

test('the kinds description is translated by kind and field name; anything newer keeps the server\'s words', () => {
  const description = {
    quizFields: [{ name: 'title', type: 'text', label: 'Title' }],
    questionFields: [{ name: 'points', type: 'enum', label: 'Points', options: [{ value: 0, label: 'No points' }, { value: 2, label: 'Double' }] }],
    kinds: [
      { kind: 'slider', label: 'Slider', hint: 'Slide to your answer', fields: [{ name: 'correct.min', type: 'number', label: 'Lowest' }] },
      { kind: 'hologram', label: 'Hologram', hint: 'Look', fields: [{ name: 'depth', type: 'number', label: 'Depth', help: 'How deep' }] },
    ],
  };
  inLanguage('fr', () => {
    const d = localDescription(description);
    assert.equal(d.quizFields[0].label, fr['studio.field.title']);
    assert.deepEqual(d.questionFields[0].options.map((o) => o.label), [fr['studio.points.none'], fr['studio.points.double']]);
    assert.equal(d.kinds[0].label, fr['studio.kind.slider']);
    assert.equal(d.kinds[0].hint, fr['kind.slider.hint']);
    assert.equal(d.kinds[0].fields[0].label, fr['studio.field.lowest']);
    assert.deepEqual(d.kinds[1], description.kinds[1], 'an unknown kind is shown as the server describes it');
    assert.equal(kindLabel('wordcloud', 'Word cloud'), fr['studio.kind.wordcloud']);
    assert.equal(refusalText({ status: 409, body: { error: 'Changed elsewhere.' } }), fr['studio.error.conflict']);
    assert.equal(refusalText({ status: 502, body: {} }, 'Ouvrir'), 'Ouvrir a échoué (HTTP 502).');
  });
  assert.equal(localDescription(description).kinds[0].label, 'Slider', 'English reads as the server wrote it');
});

test('a button\'s accessible name holds its visible text in every language (WCAG 2.5.3, axe label-content-name-mismatch)', () => {
  const pairs = [['past.report-of', 'past.report'], ['past.excel-of', 'past.excel'], ['studio.edit-of', 'studio.edit'],
    ['studio.host-of', 'studio.host'], ['studio.duplicate-of', 'studio.duplicate'], ['studio.delete-of', 'studio.delete'],
    ['studio.duplicate-to-edit-of', 'studio.duplicate-to-edit'], ['hwhost.open', 'hwhost.progress'],
    ['studio.restore-version', 'studio.restore']];
  for (const lang of ['en', 'de', 'fr', 'es', 'pt-BR', 'it', 'pl', 'uk', 'ja', 'ar']) {
    const c = catalogue(lang);
    for (const [name, visible] of pairs) {
      assert.ok(c[name].toLowerCase().includes(c[visible].toLowerCase()), `${lang}: "${c[name]}" lacks "${c[visible]}"`);
    }
  }
});
