// The Web Audio player against a recording fake AudioContext: nothing exists before the user's gesture, mute and
// volume reach the master gain, the lobby loop is scheduled ahead and fades when stopped, and cues stay gentle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { js } from './web.mjs';

const { createSoundPlayer } = await import(js('sound-player.js'));

function param(value = 0) {
  const p = { value, events: [] };
  for (const m of ['setValueAtTime', 'exponentialRampToValueAtTime', 'linearRampToValueAtTime', 'setTargetAtTime', 'cancelScheduledValues']) {
    p[m] = (...args) => {
      p.events.push([m, ...args]);
      if (m !== 'cancelScheduledValues') p.value = args[0];
    };
  }
  return p;
}

function fakeAudio() {
  const made = { contexts: [], oscillators: [], gains: [], filters: [] };
  class Ctx {
    constructor() {
      this.currentTime = 0;
      this.state = 'suspended';
      this.destination = { kind: 'destination' };
      made.contexts.push(this);
    }
    resume() { this.state = 'running'; }
    node(extra) {
      return { connect: (n) => n, disconnect() { this.gone = true; }, ...extra };
    }
    createGain() { const g = this.node({ gain: param(1) }); made.gains.push(g); return g; }
    createBiquadFilter() { const f = this.node({ type: '', frequency: param(350) }); made.filters.push(f); return f; }
    createDynamicsCompressor() { return this.node({}); }
    createOscillator() {
      const o = this.node({ type: 'sine', frequency: param(440), starts: [], start(t) { o.starts.push(t); }, stop() {} });
      made.oscillators.push(o);
      return o;
    }
  }
  return { Ctx, made };
}

function intervals() {
  const live = new Map();
  let id = 0;
  return {
    setInterval: (fn) => { live.set(++id, fn); return id; },
    clearInterval: (i) => live.delete(i),
    setTimeout: () => 0,
    run: () => [...live.values()].forEach((fn) => fn()),
    get count() { return live.size; },
  };
}

test('no audio context before the unlock (autoplay rules), and no sound played before it', () => {
  const { Ctx, made } = fakeAudio();
  const p = createSoundPlayer({ AudioContextCtor: Ctx, env: intervals() });
  p.loop(true);
  p.play('reveal');
  assert.equal(made.contexts.length, 0);
  assert.equal(p.unlocked, false);
  assert.equal(p.unlock(), true);
  assert.equal(made.contexts[0].state, 'running');
  assert.ok(made.oscillators.length > 0, 'the loop asked for before the unlock starts with it');
});

test('without Web Audio, unlock says so and nothing breaks', () => {
  const p = createSoundPlayer({ AudioContextCtor: undefined, env: intervals() });
  assert.equal(p.unlock(), false);
  p.loop(true);
  p.play('tick', { second: 3 });
});

test('mute and volume set the master gain: squared volume, at most 0.55, 0 when muted; muted cues make no note', () => {
  const { Ctx, made } = fakeAudio();
  const p = createSoundPlayer({ AudioContextCtor: Ctx, env: intervals() });
  p.setVolume(0.5);
  p.unlock();
  const master = made.gains[0];
  assert.equal(master.gain.value, 0.55 * 0.25);
  p.setMuted(true);
  assert.equal(master.gain.value, 0);
  const before = made.oscillators.length;
  p.play('fanfare');
  assert.equal(made.oscillators.length, before);
  p.setMuted(false);
  p.setVolume(7);
  assert.equal(master.gain.value, 0.55);
});

test('the lobby loop schedules bars ahead as time passes, and stops scheduling (fading out) when stopped', () => {
  const { Ctx, made } = fakeAudio();
  const env = intervals();
  const p = createSoundPlayer({ AudioContextCtor: Ctx, env });
  p.unlock();
  p.loop(true);
  assert.equal(env.count, 1);
  const first = made.oscillators.length;
  made.contexts[0].currentTime = 10;
  env.run();
  assert.ok(made.oscillators.length > first, 'more bars once time moved on');
  const starts = made.oscillators.flatMap((o) => o.starts);
  assert.ok(Math.max(...starts) < 10 + 1.2 + 2.8, 'never more than the look-ahead and a bar in advance');
  p.loop(false);
  assert.equal(env.count, 0);
  const bus = made.gains[1];
  assert.deepEqual(bus.gain.events.at(-1).slice(0, 1), ['setTargetAtTime']);
  assert.ok(bus.gain.value < 0.001, 'the loop fades to silence');
});

test('every cue plays; nothing is shrill: each oscillator goes through a low-pass at most 3.2 kHz, notes under 1.5 kHz', () => {
  const { Ctx, made } = fakeAudio();
  const p = createSoundPlayer({ AudioContextCtor: Ctx, env: intervals() });
  p.unlock();
  for (const [cue, info] of [['tick', { second: 5 }], ['tick', { second: 1 }], ['reveal'], ['fanfare']]) {
    const before = made.oscillators.length;
    p.play(cue, info);
    assert.ok(made.oscillators.length > before, `${cue} plays`);
  }
  assert.equal(made.filters.length, made.oscillators.length);
  for (const f of made.filters) assert.ok(f.frequency.value <= 3200, `cutoff ${f.frequency.value}`);
  for (const o of made.oscillators) assert.ok(o.frequency.events[0][1] < 1500, `note ${o.frequency.events[0][1]} Hz`);
});
