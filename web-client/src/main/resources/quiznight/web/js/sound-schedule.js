// What the projector plays when, from the host's state and the time left: the lobby loop while in the lobby, a tick
// at each of the last 5 seconds of a question, a sting at the reveal and a fanfare at the podium. Pure of sound: no
// AudioContext here. It tells a `player` ({loop(on), play(cue, info)}, sound-player.js) what to do, and times the
// ticks through `env` timers (setTimeout/clearTimeout), so tests drive it on a fake clock.
import { Phase } from './protocol.js';

export const Cue = Object.freeze({ TICK: 'tick', REVEAL: 'reveal', FANFARE: 'fanfare' });

/** Ticks in the last this many seconds of a question. */
export const TICK_SECONDS = 5;

/**
 * The ticks still to come for a question with `leftMs` to go: one as the countdown shows each of 5, 4, 3, 2, 1
 * (at leftMs = second × 1000), as {inMs, second}, soonest first. A tick whose moment has passed is left out.
 */
export function ticksFor(leftMs) {
  const ticks = [];
  if (!(leftMs > 0)) return ticks;
  for (let second = TICK_SECONDS; second >= 1; second--) {
    const inMs = leftMs - second * 1000;
    if (inMs >= 0) ticks.push({ inMs, second });
  }
  return ticks;
}

/**
 * @param {object} o
 * @param {{loop: function(boolean), play: function(string, object=)}} o.player
 * @param {function(number): number} o.remaining ms left until a server deadline (clock.js's remaining)
 * @param {{setTimeout: Function, clearTimeout: Function}} [o.env] timers (the page's by default)
 */
export function createSoundSchedule({ player, remaining, env = globalThis }) {
  let key = null;
  let timers = [];
  let looping = false;

  function clearTicks() {
    for (const t of timers) env.clearTimeout(t);
    timers = [];
  }

  function loop(on) {
    if (on === looping) return;
    looping = on;
    player.loop(on);
  }

  return {
    /** Called on every render with the host's state; acts only when the phase (or question) changes. */
    update(state) {
      const phase = state?.phase;
      const q = state?.question;
      const next = phase === Phase.QUESTION || phase === Phase.REVEAL ? `${phase}:${q?.index}` : String(phase);
      if (next === key) return;
      key = next;
      clearTicks();
      loop(phase === Phase.LOBBY);
      if (phase === Phase.QUESTION && q && Number.isFinite(q.deadline)) {
        for (const { inMs, second } of ticksFor(remaining(q.deadline))) {
          timers.push(env.setTimeout(() => player.play(Cue.TICK, { second }), inMs));
        }
      } else if (phase === Phase.REVEAL) {
        player.play(Cue.REVEAL);
      } else if (phase === Phase.FINISHED) {
        player.play(Cue.FANFARE);
      }
    },
    /** Stops everything (a new game, or the page going away). */
    stop() {
      key = null;
      clearTicks();
      loop(false);
    },
  };
}
