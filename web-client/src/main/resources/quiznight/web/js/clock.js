// Server clock estimate. Every server message carries `sentAt` (server epoch ms). On receipt,
// sentAt - localNow = offset - networkDelay, so the largest recent sample is the best (least delayed)
// estimate of the offset. A window of recent samples follows a phone whose clock is corrected.
// Pure: the local clock is a parameter.

export function createClockSync({ window = 12, now = () => Date.now() } = {}) {
  const samples = [];
  let best = 0;
  return {
    /** Records one message: its server `sentAt` and the local time it arrived. */
    observe(sentAt, receivedAt = now()) {
      if (!Number.isFinite(sentAt) || !Number.isFinite(receivedAt)) return;
      samples.push(sentAt - receivedAt);
      if (samples.length > window) samples.shift();
      best = Math.max(...samples);
    },
    /** Estimated server time minus local time, in ms (0 before any message). */
    offset() {
      return best;
    },
    /** Estimated server epoch ms now. */
    serverNow(localNow = now()) {
      return localNow + best;
    },
    /** Ms left until a server `deadline` (never negative). */
    remaining(deadline, localNow = now()) {
      return Math.max(0, deadline - (localNow + best));
    },
    get samples() {
      return samples.length;
    },
  };
}
