// When a screen reader hears the time left on a question: at half the time (on questions of 30 s or more), at
// 10 s and at 5 s, and when time is up; never every second. Pure: it is fed the whole seconds left at each tick of
// the countdown and says which, if any, to announce now. A tick that jumps over a mark (a throttled tab) announces
// only the lowest mark it passed; a countdown that starts late (a reload) skips the marks already behind it.

/** The seconds at which the time is announced for a question of `limitSecs`, highest first (0: time is up). */
export function announcedSeconds(limitSecs) {
  const marks = [10, 5, 0];
  const half = Math.ceil(limitSecs / 2);
  if (limitSecs >= 30 && half > 10) marks.unshift(half);
  return marks.filter((s) => s < limitSecs);
}

/**
 * An announcer for one countdown of `limitMs`, starting with `startSecs` left: `at(secs)` returns the mark to
 * announce now (seconds left, 0 meaning time is up) or null.
 */
export function timeAnnouncer(limitMs, startSecs) {
  const marks = announcedSeconds(Math.ceil(limitMs / 1000));
  let next = marks.findIndex((m) => m <= startSecs);
  if (next >= 0 && marks[next] === startSecs && startSecs > 0) next += 1; // already there when it starts: nothing to say
  if (next < 0) next = marks.length;
  return {
    at(secs) {
      let said = null;
      while (next < marks.length && secs <= marks[next]) {
        said = marks[next];
        next += 1;
      }
      return said;
    },
  };
}
