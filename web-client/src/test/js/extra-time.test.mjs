import { test } from 'node:test';
import assert from 'node:assert/strict';
import { js } from './web.mjs';

const { nextFactor, factorText, extraTimeLabel } = await import(js('extra-time.js'));
const { msg } = await import(js('protocol.js'));

test('a press cycles none, x1.5, x2, none; anything unknown starts over at x1.5', () => {
  assert.equal(nextFactor(1), 1.5);
  assert.equal(nextFactor(1.5), 2);
  assert.equal(nextFactor(2), 1);
  assert.equal(nextFactor(undefined), 1);
  assert.equal(nextFactor(nextFactor(undefined)), 1.5);
});

test('the words: a factor, nothing for none, and a name that says what a press does', () => {
  assert.equal(factorText(1.5), '×1.5');
  assert.equal(factorText(1), '');
  assert.equal(factorText(undefined), '');
  assert.equal(extraTimeLabel('Ada', 1), 'Ada has the normal time. Press for ×1.5 time.');
  assert.equal(extraTimeLabel('Ada', 2), 'Ada has ×2 time. Press for the normal time.');
  assert.equal(extraTimeLabel('Ada', undefined), 'Ada has the normal time. Press for ×1.5 time.');
});

test('the host command on the wire', () => {
  assert.deepEqual(msg.extraTime('p3', 2), { type: 'extraTime', playerId: 'p3', factor: 2 });
});
