// Reconnect delays: exponential backoff with jitter. Pure: the random source is a parameter.

export const DEFAULT_BACKOFF = Object.freeze({
  baseMs: 500, // first retry after about half a second
  factor: 2, // each failure doubles the ceiling...
  maxMs: 15000, // ...up to 15 s, so a phone coming back from a tunnel retries soon enough
  jitter: 0.5, // the delay is drawn from [ceiling * (1 - jitter), ceiling]: a room full of phones does not retry in step
});

/**
 * The delay in ms before reconnect attempt number `attempt` (0 for the first retry).
 * @param {number} attempt
 * @param {Partial<typeof DEFAULT_BACKOFF>} [options]
 * @param {() => number} [random] returns a number in [0, 1)
 */
export function backoffDelay(attempt, options = {}, random = Math.random) {
  const { baseMs, factor, maxMs, jitter } = { ...DEFAULT_BACKOFF, ...options };
  const n = Number.isFinite(attempt) && attempt > 0 ? Math.floor(attempt) : 0;
  const ceiling = Math.min(maxMs, baseMs * Math.pow(factor, n));
  const spread = ceiling * Math.min(1, Math.max(0, jitter));
  const r = Math.min(1, Math.max(0, random()));
  return Math.round(ceiling - spread + r * spread);
}
