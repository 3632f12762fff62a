import { test } from 'node:test';
import assert from 'node:assert/strict';
import { js } from './web.mjs';

const r = await import(js('reveal-answer.js'));

const spellings = ['migrate', 'python manage.py migrate', 'python3 manage.py migrate', 'py manage.py migrate',
  'manage.py migrate', './manage.py migrate', 'django-admin migrate', 'python -m django migrate',
  'python3 -m django migrate', 'py -m django migrate'];

test('a text answer with many spellings shows the first three and counts the rest', () => {
  assert.deepEqual(r.acceptedAnswers(spellings), { shown: spellings.slice(0, 3), more: 7 });
  assert.equal(r.moreSpellings(7), 'and 7 other spellings');
  assert.equal(r.moreSpellings(1), 'and 1 other spelling');
  assert.equal(r.moreSpellings(0), '');
});

test('a text answer with few spellings shows them all', () => {
  assert.deepEqual(r.acceptedAnswers(['Paris']), { shown: ['Paris'], more: 0 });
  assert.deepEqual(r.acceptedAnswers(['a', 'b', 'c']), { shown: ['a', 'b', 'c'], more: 0 });
  assert.deepEqual(r.acceptedAnswers(undefined), { shown: [], more: 0 });
});

test('a reveal names its right choices by index, and none for a typed answer or a poll', () => {
  assert.deepEqual(r.correctIndexes({ correct: [0, 2] }), [0, 2]);
  assert.deepEqual(r.correctIndexes({ correct: ['migrate'] }), []);
  assert.deepEqual(r.correctIndexes({ correct: { value: 8, tolerance: 0 } }), []);
  assert.deepEqual(r.correctIndexes({ correct: [] }), []);
  assert.deepEqual(r.correctIndexes(null), []);
});

test('a number answer shows its tolerance, and the summary counts right answers', () => {
  assert.equal(r.numberAnswer({ value: 8, tolerance: 0 }), '8');
  assert.equal(r.numberAnswer({ value: 3.14, tolerance: 0.01 }), '3.14 (± 0.01)');
  assert.equal(r.correctSummary({ answered: 5, correctCount: 3 }), '3 of 5 answers right');
  assert.equal(r.correctSummary({ answered: 1, correctCount: 0 }), '0 of 1 answer right');
});

test('a reveal is about the open question (the server sends it first, after a resume too)', () => {
  const own = { index: 4, kind: 'single', choices: ['a', 'b'] };
  assert.equal(r.revealQuestion({ question: own, reveal: { index: 4, correct: [0], counts: [1, 1] } }), own);
  assert.equal(r.revealQuestion({ question: own, reveal: null }), own);
});

test('a reveal without its question guesses no kind: a bare question the screens show as needing a reload', () => {
  const q = r.revealQuestion({ question: null, quiz: { questions: 5 }, reveal: { index: 2, correct: [0, 3], counts: [4, 0, 1, 2] } });
  assert.deepEqual(q, { index: 2, total: 5, kind: null, text: '', choices: [], points: 1 });
});
