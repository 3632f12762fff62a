import { test } from 'node:test';
import assert from 'node:assert/strict';
import { js } from './web.mjs';

const { backoffDelay, DEFAULT_BACKOFF } = await import(js('backoff.js'));

test('the ceiling doubles from the base and stops at the maximum', () => {
  const top = () => 1 - Number.EPSILON; // the largest draw: the ceiling itself
  assert.equal(backoffDelay(0, {}, top), DEFAULT_BACKOFF.baseMs);
  assert.equal(backoffDelay(1, {}, top), DEFAULT_BACKOFF.baseMs * 2);
  assert.equal(backoffDelay(3, {}, top), DEFAULT_BACKOFF.baseMs * 8);
  assert.equal(backoffDelay(30, {}, top), DEFAULT_BACKOFF.maxMs);
  assert.equal(backoffDelay(10_000, {}, top), DEFAULT_BACKOFF.maxMs, 'no overflow to Infinity or NaN');
});

test('jitter spreads delays over [ceiling * (1 - jitter), ceiling]', () => {
  for (const attempt of [0, 1, 2, 5, 12]) {
    const ceiling = Math.min(DEFAULT_BACKOFF.maxMs, DEFAULT_BACKOFF.baseMs * 2 ** attempt);
    const low = backoffDelay(attempt, {}, () => 0);
    const high = backoffDelay(attempt, {}, () => 0.999999);
    assert.equal(low, Math.round(ceiling * (1 - DEFAULT_BACKOFF.jitter)));
    assert.ok(high <= ceiling && high >= ceiling - 1);
    for (let i = 0; i < 200; i++) {
      const d = backoffDelay(attempt);
      assert.ok(d >= low && d <= ceiling, `${d} within [${low}, ${ceiling}]`);
    }
  }
});

test('a room of phones does not retry in step', () => {
  const delays = new Set(Array.from({ length: 50 }, () => backoffDelay(4)));
  assert.ok(delays.size > 10, `got ${delays.size} distinct delays`);
});

test('bad attempt numbers count as the first attempt; options override the defaults', () => {
  assert.equal(backoffDelay(-3, {}, () => 0.999999), DEFAULT_BACKOFF.baseMs);
  assert.equal(backoffDelay(NaN, {}, () => 0.999999), DEFAULT_BACKOFF.baseMs);
  assert.equal(backoffDelay(2, { baseMs: 100, factor: 3, jitter: 0 }, () => 0.5), 900);
  assert.equal(backoffDelay(5, { baseMs: 100, maxMs: 1000, jitter: 0 }), 1000);
  assert.equal(backoffDelay(0, { jitter: 7 }, () => 0), 0, 'jitter is clamped to 1');
});
