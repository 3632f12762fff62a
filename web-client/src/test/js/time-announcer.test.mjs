// Which seconds a screen reader hears on a question's countdown (issue 18): half time, 10 s, 5 s and time up, never
// every second; driven on a fake clock the way countdown.js ticks (every 200 ms, or slower in a throttled tab).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fakeClock } from './fake-clock.mjs';
import { announcedSeconds, timeAnnouncer } from '../../main/resources/quiznight/web/js/time-announcer.js';

/** Runs a countdown of `limitMs` ticking every `tickMs`, from `startLeftMs` left, and returns what it announced, with when. */
function play(limitMs, { tickMs = 200, startLeftMs = limitMs } = {}) {
  const clock = fakeClock();
  const deadline = clock.now() + startLeftMs;
  const secsLeft = () => Math.max(0, Math.ceil((deadline - clock.now()) / 1000));
  const announcer = timeAnnouncer(limitMs, secsLeft());
  const heard = [];
  const tick = () => {
    const secs = secsLeft();
    const mark = announcer.at(secs);
    if (mark != null) heard.push({ mark, atMsLeft: deadline - clock.now() });
    if (secs > 0) clock.setTimeout(tick, tickMs);
  };
  tick();
  clock.advance(startLeftMs + 5_000);
  return heard;
}

test('a 60 second question is announced at 30, 10 and 5 seconds left and when time is up, nothing else', () => {
  const heard = play(60_000);
  assert.deepEqual(heard.map((h) => h.mark), [30, 10, 5, 0]);
  // Each as its second begins on the display (the display shows 30 from 30.0 s down to 29.001 s).
  assert.deepEqual(heard.map((h) => h.atMsLeft), [30_000, 10_000, 5_000, 0]);
});

test('the marks depend on the time limit: half time only on questions of 30 s or more, and never above the limit', () => {
  assert.deepEqual(announcedSeconds(60), [30, 10, 5, 0]);
  assert.deepEqual(announcedSeconds(90), [45, 10, 5, 0]);
  assert.deepEqual(announcedSeconds(31), [16, 10, 5, 0]);
  assert.deepEqual(announcedSeconds(30), [15, 10, 5, 0]);
  assert.deepEqual(announcedSeconds(20), [10, 5, 0], 'half of 20 is the 10 s mark already');
  assert.deepEqual(announcedSeconds(10), [5, 0], 'a 10 s question does not start by saying 10 s');
  assert.deepEqual(announcedSeconds(4), [0]);
});

test('extra time: a player with twice 20 seconds hears 20, 10, 5 and time up', () => {
  assert.deepEqual(play(40_000).map((h) => h.mark), [20, 10, 5, 0]);
});

test('a throttled tab that ticks every 3 s still announces each mark once, late rather than never', () => {
  const heard = play(60_000, { tickMs: 3_000 });
  assert.deepEqual(heard.map((h) => h.mark), [30, 10, 5, 0]);
  for (const h of heard) assert.ok(h.atMsLeft <= h.mark * 1000 && h.atMsLeft > h.mark * 1000 - 3_000, JSON.stringify(h));
});

test('a tick that jumps over two marks at once says only the lower one', () => {
  const a = timeAnnouncer(60_000, 60);
  assert.equal(a.at(40), null);
  assert.equal(a.at(4), 5, 'passed 30 and 10 and 5: only 5 is said');
  assert.equal(a.at(3), null);
  assert.equal(a.at(0), 0);
  assert.equal(a.at(0), null, 'time up is said once');
});

test('a countdown that starts late (a reload at 8 s left) skips the marks behind it', () => {
  assert.deepEqual(play(60_000, { startLeftMs: 8_000 }).map((h) => h.mark), [5, 0]);
  assert.deepEqual(play(60_000, { startLeftMs: 10_000 }).map((h) => h.mark), [5, 0], 'starting on a mark does not say it');
  assert.deepEqual(play(60_000, { startLeftMs: 0 }).map((h) => h.mark), [0], 'already over: time is up, once');
});

test('a paused countdown holding the same second says nothing more', () => {
  const a = timeAnnouncer(60_000, 60);
  assert.equal(a.at(30), 30);
  for (let i = 0; i < 50; i++) assert.equal(a.at(30), null);
  assert.equal(a.at(29), null);
});
