import { test } from 'node:test';
import assert from 'node:assert/strict';
import { js } from './web.mjs';

const { createClockSync } = await import(js('clock.js'));

test('before any message the offset is zero', () => {
  const c = createClockSync({ now: () => 1000 });
  assert.equal(c.offset(), 0);
  assert.equal(c.serverNow(), 1000);
  assert.equal(c.remaining(6000), 5000);
});

test('a phone clock 30 s slow still counts down to the server deadline', () => {
  // server = local + 30 000; messages take 40..120 ms to arrive
  let local = 1_000_000;
  const c = createClockSync({ now: () => local });
  for (const delay of [120, 40, 80, 95]) {
    const sentAt = local + 30_000;
    local += delay;
    c.observe(sentAt, local);
  }
  assert.equal(c.offset(), 30_000 - 40, 'the least delayed sample wins');
  const deadline = local + 30_000 + 20_000; // 20 s from now on the server
  assert.ok(Math.abs(c.remaining(deadline) - 20_000) <= 40);
  assert.equal(c.remaining(deadline - 60_000), 0, 'never negative');
});

test('a clock that jumps is followed once the window has moved on', () => {
  let local = 0;
  const c = createClockSync({ window: 4, now: () => local });
  for (let i = 0; i < 4; i++) c.observe(local + 5000, (local += 10));
  assert.equal(c.offset(), 4990);
  local += 100_000; // the phone's clock was corrected forward: now it agrees with the server
  for (let i = 0; i < 4; i++) {
    const sentAt = local;
    c.observe(sentAt, (local += 10));
  }
  assert.equal(c.offset(), -10);
});

test('garbage sentAt values are ignored', () => {
  const c = createClockSync({ now: () => 0 });
  c.observe(undefined, 5);
  c.observe(NaN, 5);
  c.observe('12', 5);
  assert.equal(c.samples, 0);
  assert.equal(c.offset(), 0);
});

test('fractional sentAt (microseconds) is fine', () => {
  const c = createClockSync({ now: () => 0 });
  c.observe(1764017741123.456, 1764017741100);
  assert.ok(Math.abs(c.offset() - 23.456) < 1e-3);
});
