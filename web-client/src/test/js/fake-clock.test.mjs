import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fakeClock } from './fake-clock.mjs';

test('the fake clock runs timers only when advanced, in order of their time, each at its own time', () => {
  const clock = fakeClock(1000);
  const ran = [];
  clock.setTimeout(() => ran.push(['b', clock.now()]), 20);
  clock.setTimeout(() => ran.push(['a', clock.now()]), 10);
  clock.setTimeout((x) => ran.push([x, clock.now()]), 10, 'a2');
  assert.deepEqual(ran, []);
  clock.advance(9);
  assert.deepEqual(ran, []);
  clock.advance(11);
  assert.deepEqual(ran, [['a', 1010], ['a2', 1010], ['b', 1020]]);
  assert.equal(clock.now(), 1020);
  assert.equal(clock.pending, 0);
});

test('the fake clock runs a timer set by a timer when it falls due within the same advance', () => {
  const clock = fakeClock(0);
  const ran = [];
  clock.setTimeout(() => {
    ran.push(clock.now());
    clock.setTimeout(() => ran.push(clock.now()), 5);
  }, 5);
  clock.advance(12);
  assert.deepEqual(ran, [5, 10]);
  assert.equal(clock.now(), 12);
});

test('a cleared fake timer never runs', () => {
  const clock = fakeClock(0);
  let ran = false;
  const id = clock.setTimeout(() => { ran = true; }, 5);
  clock.clearTimeout(id);
  clock.clearTimeout(undefined); // as clearTimeout(null) in a browser: nothing
  clock.advance(100);
  assert.equal(ran, false);
  assert.equal(clock.pending, 0);
});
