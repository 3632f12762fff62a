import { test } from 'node:test';
import assert from 'node:assert/strict';
import { js } from './web.mjs';
import { fakeClock } from './fake-clock.mjs';

const { createSoundSchedule, ticksFor, Cue } = await import(js('sound-schedule.js'));

function setup() {
  const clock = fakeClock();
  const heard = [];
  const player = {
    loop: (on) => heard.push({ at: clock.now(), loop: on }),
    play: (cue, info = {}) => heard.push({ at: clock.now(), cue, ...info }),
  };
  const schedule = createSoundSchedule({ player, remaining: (d) => Math.max(0, d - clock.now()), env: clock.env });
  return { clock, heard, schedule };
}

const question = (index, deadline) => ({ phase: 'question', question: { index, deadline } });

test('ticks: one at each of the last five seconds, none already past', () => {
  assert.deepEqual(ticksFor(20_000).map((t) => [t.inMs, t.second]), [[15_000, 5], [16_000, 4], [17_000, 3], [18_000, 2], [19_000, 1]]);
  assert.deepEqual(ticksFor(3_500).map((t) => [t.inMs, t.second]), [[500, 3], [1_500, 2], [2_500, 1]]);
  assert.deepEqual(ticksFor(0), []);
  assert.deepEqual(ticksFor(NaN), []);
});

test('the lobby loops; the question stops the loop and ticks in its last five seconds, on time', () => {
  const { clock, heard, schedule } = setup();
  const t0 = clock.now();
  schedule.update({ phase: 'lobby' });
  schedule.update({ phase: 'lobby' }); // a lobby update: nothing new
  schedule.update(question(0, t0 + 20_000));
  clock.advance(20_000);
  assert.deepEqual(heard, [
    { at: t0, loop: true },
    { at: t0, loop: false },
    { at: t0 + 15_000, cue: Cue.TICK, second: 5 },
    { at: t0 + 16_000, cue: Cue.TICK, second: 4 },
    { at: t0 + 17_000, cue: Cue.TICK, second: 3 },
    { at: t0 + 18_000, cue: Cue.TICK, second: 2 },
    { at: t0 + 19_000, cue: Cue.TICK, second: 1 },
  ]);
  assert.equal(clock.pending, 0);
});

test('a question closed early (everyone answered) stops its ticks and plays the reveal sting once', () => {
  const { clock, heard, schedule } = setup();
  const t0 = clock.now();
  schedule.update(question(0, t0 + 10_000));
  clock.advance(5_500); // the 5 s tick only
  const reveal = { phase: 'reveal', question: { index: 0, deadline: t0 + 10_000 } };
  schedule.update(reveal);
  schedule.update(reveal); // the player's result or a progress: no second sting
  clock.advance(10_000);
  assert.deepEqual(heard.map((e) => e.cue ?? `loop:${e.loop}`), [Cue.TICK, Cue.REVEAL]);
  assert.equal(clock.pending, 0);
});

test('progress updates during a question do not schedule the ticks again', () => {
  const { clock, heard, schedule } = setup();
  const t0 = clock.now();
  schedule.update(question(0, t0 + 8_000));
  clock.advance(1_000);
  schedule.update({ ...question(0, t0 + 8_000), progress: { answered: 1 } });
  clock.advance(10_000);
  assert.equal(heard.filter((e) => e.cue === Cue.TICK).length, 5);
});

test('the next question ticks on its own deadline; standings are quiet; the podium plays the fanfare', () => {
  const { clock, heard, schedule } = setup();
  const t0 = clock.now();
  schedule.update(question(0, t0 + 6_000));
  schedule.update({ phase: 'standings' });
  schedule.update(question(1, t0 + 7_000));
  clock.advance(7_000);
  schedule.update({ phase: 'finished' });
  const ticks = heard.filter((e) => e.cue === Cue.TICK).map((e) => e.at - t0);
  assert.deepEqual(ticks, [2_000, 3_000, 4_000, 5_000, 6_000]);
  assert.equal(heard.at(-1).cue, Cue.FANFARE);
});

test('a question resumed with 2.5 s left ticks only at 2 and 1', () => {
  const { clock, heard, schedule } = setup();
  schedule.update(question(3, clock.now() + 2_500));
  clock.advance(3_000);
  assert.deepEqual(heard.filter((e) => e.cue).map((e) => e.second), [2, 1]);
});

test('stop silences everything: no tick left waiting, the loop off', () => {
  const { clock, heard, schedule } = setup();
  schedule.update({ phase: 'lobby' });
  schedule.stop();
  schedule.update(question(0, clock.now() + 9_000));
  schedule.stop();
  assert.equal(clock.pending, 0);
  clock.advance(10_000);
  assert.deepEqual(heard.map((e) => e.loop), [true, false]);
});
