import { test } from 'node:test';
import assert from 'node:assert/strict';
import { js } from './web.mjs';

const { CHOICE_STYLES, choiceStyle, choiceLetter, choiceForKey, gridClass } = await import(js('choices.js'));

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
