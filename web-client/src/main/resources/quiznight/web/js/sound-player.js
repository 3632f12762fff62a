// The projector's sounds, synthesised with the Web Audio API as they play (no audio files): a gentle lobby loop
// (soft pads, a plucked arpeggio and a round bass over Cmaj7 - Am7 - Fmaj7 - G6), a wooden tick, a bright reveal
// sting and a brassy podium fanfare. Everything goes through one master gain (mute and volume) and a compressor,
// with low-pass filters so nothing is shrill. No AudioContext exists before `unlock()`, which the page calls from a
// user gesture (autoplay rules). What plays when is sound-schedule.js's business.

const hz = (midi) => 440 * 2 ** ((midi - 69) / 12);

/** The loop's tempo and its four bars: pad chords (MIDI notes) and a bass root each. */
const BEAT = 60 / 88;
const BAR = 4 * BEAT;
const BARS = [
  { chord: [60, 64, 67, 71], bass: 36 }, // Cmaj7
  { chord: [57, 60, 64, 67], bass: 33 }, // Am7
  { chord: [53, 57, 60, 64], bass: 29 }, // Fmaj7
  { chord: [55, 59, 62, 64], bass: 31 }, // G6
];
const ARPEGGIO = [0, 2, 1, 3, 2, 1, 3, 2]; // chord tones, one per eighth note
const LOOKAHEAD_S = 1.2;
const SCHEDULE_EVERY_MS = 300;
const MAX_GAIN = 0.55;

/**
 * @param {object} [o]
 * @param {Function} [o.AudioContextCtor] the page's AudioContext (tests pass a fake)
 * @param {object} [o.env] setInterval/clearInterval for the loop's look-ahead scheduler
 */
export function createSoundPlayer({ AudioContextCtor = globalThis.AudioContext ?? globalThis.webkitAudioContext, env = globalThis } = {}) {
  let ctx = null;
  let master = null;
  let volume = 0.6;
  let muted = false;
  let looping = false;
  let loopBus = null;
  let loopTimer = null;
  let nextBarAt = 0;
  let barIndex = 0;

  function level() {
    return muted ? 0 : MAX_GAIN * volume * volume; // squared: the slider feels even
  }

  function applyLevel() {
    if (master) master.gain.setTargetAtTime(level(), ctx.currentTime, 0.05);
  }

  /** One note: an oscillator through an optional low-pass filter and an envelope into `out`. */
  function note(out, { freq, at, dur, type = 'triangle', gain = 0.1, attack = 0.01, cutoff = 2400, glideTo = null }) {
    const osc = ctx.createOscillator();
    osc.type = type;
    osc.frequency.setValueAtTime(freq, at);
    if (glideTo) osc.frequency.exponentialRampToValueAtTime(glideTo, at + dur);
    const filter = ctx.createBiquadFilter();
    filter.type = 'lowpass';
    filter.frequency.setValueAtTime(cutoff, at);
    const amp = ctx.createGain();
    amp.gain.setValueAtTime(0.0001, at);
    amp.gain.exponentialRampToValueAtTime(gain, at + attack);
    amp.gain.exponentialRampToValueAtTime(0.0001, at + dur);
    osc.connect(filter);
    filter.connect(amp);
    amp.connect(out);
    osc.start(at);
    osc.stop(at + dur + 0.05);
  }

  function scheduleBar(bar, at) {
    for (const m of bar.chord) {
      note(loopBus, { freq: hz(m), at, dur: BAR + 0.3, type: 'sine', gain: 0.035, attack: 0.5, cutoff: 1400 });
    }
    for (let i = 0; i < 8; i++) {
      const m = bar.chord[ARPEGGIO[i]] + 12;
      note(loopBus, { freq: hz(m), at: at + (i * BEAT) / 2, dur: 0.45, type: 'triangle', gain: 0.05, cutoff: 2200 });
    }
    for (const beat of [0, 2, 2.5]) {
      note(loopBus, { freq: hz(bar.bass), at: at + beat * BEAT, dur: 0.6, type: 'sine', gain: 0.16, attack: 0.02, cutoff: 600 });
    }
  }

  function scheduleAhead() {
    while (nextBarAt < ctx.currentTime + LOOKAHEAD_S) {
      scheduleBar(BARS[barIndex], nextBarAt);
      barIndex = (barIndex + 1) % BARS.length;
      nextBarAt += BAR;
    }
  }

  function startLoop() {
    if (!ctx || loopTimer != null) return;
    loopBus = ctx.createGain();
    loopBus.gain.setValueAtTime(0.0001, ctx.currentTime);
    loopBus.gain.exponentialRampToValueAtTime(1, ctx.currentTime + 1.5); // fades in
    loopBus.connect(master);
    nextBarAt = ctx.currentTime + 0.1;
    barIndex = 0;
    scheduleAhead();
    loopTimer = env.setInterval(scheduleAhead, SCHEDULE_EVERY_MS);
  }

  function stopLoop() {
    if (loopTimer == null) return;
    env.clearInterval(loopTimer);
    loopTimer = null;
    // What is already scheduled fades out, then the bus goes.
    const bus = loopBus;
    bus.gain.cancelScheduledValues(ctx.currentTime);
    bus.gain.setTargetAtTime(0.0001, ctx.currentTime, 0.15);
    env.setTimeout?.(() => bus.disconnect(), (LOOKAHEAD_S + BAR + 1) * 1000);
    loopBus = null;
  }

  const cues = {
    tick({ second = 5 } = {}) {
      const t = ctx.currentTime + 0.01;
      const last = second <= 1;
      note(master, { freq: hz(last ? 81 : 76), at: t, dur: 0.12, type: 'sine', gain: 0.3, attack: 0.003, cutoff: 3000 });
      note(master, { freq: hz(last ? 69 : 64), at: t, dur: 0.08, type: 'triangle', gain: 0.12, attack: 0.002, cutoff: 1800 });
    },
    reveal() {
      const t = ctx.currentTime + 0.02;
      [72, 76, 79, 84].forEach((m, i) => note(master, { freq: hz(m), at: t + i * 0.07, dur: 0.6, gain: 0.14, cutoff: 3200 }));
      for (const m of [60, 64, 67]) {
        note(master, { freq: hz(m), at: t + 0.28, dur: 1.2, type: 'sawtooth', gain: 0.05, attack: 0.03, cutoff: 1500 });
      }
      note(master, { freq: hz(48), at: t + 0.28, dur: 0.9, type: 'sine', gain: 0.2, attack: 0.01, cutoff: 500 });
    },
    fanfare() {
      const t = ctx.currentTime + 0.02;
      const brass = (m, at, dur, gain = 0.09) => note(master, { freq: hz(m), at, dur, type: 'sawtooth', gain, attack: 0.03, cutoff: 2000 });
      brass(67, t, 0.16);
      brass(67, t + 0.18, 0.16);
      brass(67, t + 0.36, 0.16);
      brass(72, t + 0.54, 0.7, 0.11);
      brass(71, t + 1.0, 0.2);
      brass(72, t + 1.2, 1.6, 0.11);
      for (const m of [48, 60, 64, 67]) brass(m, t + 1.2, 1.8, 0.05);
      note(master, { freq: hz(43), at: t + 0.54, dur: 0.5, type: 'sine', gain: 0.3, cutoff: 400, glideTo: hz(36) });
      note(master, { freq: hz(43), at: t + 1.2, dur: 0.9, type: 'sine', gain: 0.3, cutoff: 400, glideTo: hz(36) });
    },
  };

  return {
    /** From a user gesture: creates (or wakes) the audio context. False where the browser has no Web Audio. */
    unlock() {
      if (!AudioContextCtor) return false;
      if (!ctx) {
        ctx = new AudioContextCtor();
        master = ctx.createGain();
        master.gain.setValueAtTime(level(), ctx.currentTime);
        const comp = ctx.createDynamicsCompressor();
        master.connect(comp);
        comp.connect(ctx.destination);
      }
      if (ctx.state === 'suspended') ctx.resume();
      if (looping) startLoop();
      return true;
    },
    get unlocked() {
      return ctx != null;
    },
    /** The lobby loop on or off; it starts once unlocked if asked for before. */
    loop(on) {
      looping = !!on;
      if (looping) startLoop();
      else if (ctx) stopLoop();
    },
    /** Plays one cue (sound-schedule.js's Cue) now; nothing before the unlock or while muted. */
    play(cue, info) {
      if (!ctx || muted || !cues[cue]) return;
      cues[cue](info);
    },
    /** Volume 0..1. */
    setVolume(v) {
      volume = Math.min(1, Math.max(0, Number(v) || 0));
      applyLevel();
    },
    setMuted(m) {
      muted = !!m;
      applyLevel();
    },
  };
}
