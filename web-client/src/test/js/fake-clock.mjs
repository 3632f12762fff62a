// A manual clock for the web client's tests: setTimeout, clearTimeout and Date.now that only move when the test
// says so (advance). Modules take them through their `env` seam, so no test waits on real time and a failing test
// leaves no live timer behind that could keep Node running.
export function fakeClock(start = 1_700_000_000_000) {
  let now = start;
  let lastId = 0;
  const timers = new Map(); // id -> {at, fn, args}

  function next(until) {
    let found = null;
    for (const [id, t] of timers) {
      if (t.at <= until && (found == null || t.at < found[1].at)) found = [id, t]; // ties: the earlier id (Map order)
    }
    return found;
  }

  const clock = {
    now: () => now,
    setTimeout(fn, ms = 0, ...args) {
      const id = ++lastId;
      timers.set(id, { at: now + Math.max(0, Number(ms) || 0), fn, args });
      return id;
    },
    clearTimeout(id) {
      timers.delete(id);
    },
    /** Moves time on by ms, running each timer that falls due, in order, at its own time. */
    advance(ms) {
      const until = now + ms;
      for (let due = next(until); due; due = next(until)) {
        const [id, t] = due;
        timers.delete(id);
        now = t.at;
        t.fn(...t.args);
      }
      now = until;
    },
    /** How many timers are waiting. */
    get pending() {
      return timers.size;
    },
    /** The fields an `env` needs for time: spread or assign them into it. */
    get env() {
      return { setTimeout: clock.setTimeout, clearTimeout: clock.clearTimeout, Date: { now: clock.now } };
    },
  };
  return clock;
}
