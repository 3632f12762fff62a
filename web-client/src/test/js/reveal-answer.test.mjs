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

test('the one-line answer a phone shows names the first spellings, not all ten', () => {
  const text = r.answerText({ kind: 'text' }, { correct: spellings });
  assert.equal(text, 'migrate / python manage.py migrate / python3 manage.py migrate and 7 other spellings');
  assert.equal(r.answerText({ kind: 'text' }, { correct: ['Paris', 'paris'] }), 'Paris / paris');
});
