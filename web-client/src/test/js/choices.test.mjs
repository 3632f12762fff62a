import { test } from 'node:test';
import assert from 'node:assert/strict';
import { js } from './web.mjs';

const { CHOICE_STYLES, choiceStyle, choiceLetter, choiceForKey, gridClass } = await import(js('choices.js'));
const rev = await import(js('reveal-answer.js'));

test('each of the six choices has its own colour, shape and letter', () => {
  assert.equal(CHOICE_STYLES.length, 6);
  for (const key of ['letter', 'shape', 'cls']) {
    assert.equal(new Set(CHOICE_STYLES.map((c) => c[key])).size, 6, `distinct ${key}`);
  }
  assert.deepEqual(CHOICE_STYLES.map((c) => c.letter), ['A', 'B', 'C', 'D', 'E', 'F']);
  assert.equal(choiceLetter(2), 'C');
  assert.equal(choiceStyle(7).letter, 'B');
  assert.equal(choiceStyle(-1).letter, 'F');
});

test('keys pick choices: letters and digits', () => {
  assert.equal(choiceForKey('a', 4), 0);
  assert.equal(choiceForKey('D', 4), 3);
  assert.equal(choiceForKey('1', 4), 0);
  assert.equal(choiceForKey('4', 4), 3);
  assert.equal(choiceForKey('5', 4), -1);
  assert.equal(choiceForKey('e', 4), -1);
  assert.equal(choiceForKey('Enter', 4), -1);
  assert.equal(choiceForKey('0', 4), -1);
});

test('grid layouts', () => {
  assert.equal(gridClass(2), 'grid-2');
  assert.equal(gridClass(3), 'grid-3');
  assert.equal(gridClass(4), 'grid-4');
  assert.equal(gridClass(5), 'grid-6');
  assert.equal(gridClass(6), 'grid-6');
});

test('the right answer in words, by kind', () => {
  const single = { kind: 'single', choices: ['80', '8000', '8080'] };
  assert.equal(rev.answerText(single, { correct: [1] }), 'B: 8000');
  const multi = { kind: 'multi', choices: ['GET', 'FETCH', 'POST'] };
  assert.equal(rev.answerText(multi, { correct: [0, 2] }), 'A: GET, C: POST');
  assert.equal(rev.answerText({ kind: 'text' }, { correct: ['migrate', 'python manage.py migrate'] }), 'migrate / python manage.py migrate');
  assert.equal(rev.answerText({ kind: 'number' }, { correct: { value: 8, tolerance: 0 } }), '8');
  assert.equal(rev.numberAnswer({ value: 3.14, tolerance: 0.01 }), '3.14 (± 0.01)');
  assert.equal(rev.correctSummary({ answered: 5, correctCount: 3 }), '3 of 5 answers right');
  assert.equal(rev.correctSummary({ answered: 1, correctCount: 0 }), '0 of 1 answer right');
});

test('a reveal without its question (after a reload) still describes itself', () => {
  const q = rev.revealQuestion({ question: null, quiz: { questions: 5 }, reveal: { index: 2, correct: [0, 3], counts: [4, 0, 1, 2] } });
  assert.equal(q.kind, 'multi');
  assert.equal(q.total, 5);
  assert.equal(q.choices.length, 4);
  assert.equal(rev.revealQuestion({ reveal: { index: 0, correct: [1], counts: [1, 2] } }).kind, 'single');
  assert.equal(rev.revealQuestion({ reveal: { index: 0, correct: { value: 8, tolerance: 0 }, counts: [] } }).kind, 'number');
  assert.equal(rev.revealQuestion({ reveal: { index: 0, correct: ['x'], counts: [] } }).kind, 'text');
  const own = { index: 4, kind: 'single', choices: ['a', 'b'] };
  assert.equal(rev.revealQuestion({ question: own, reveal: { index: 4, correct: [0], counts: [1, 1] } }), own);
});
