package quiznight.session;

import quiznight.game.Judging;

/**
 * A connection's network delay from ping/pong round trips, timed by the server alone: each ping carries a random
 * nonce, and its send time stays here, keyed by it (the last {@link #KEPT} pings). A pong counts once, and only if
 * it echoes a nonce in flight; anything else a client sends cannot change the delay but by its own lateness.
 * Time is given (nanoTime); used on the connection's event loop only. {@link NetworkDelay} extends it, so that a
 * connection keeps one object for its pings, not two.
 */
class RoundTrips {
    private static final double GAIN = 1.0 / 8;
    static final int KEPT = 4;

    /** Per ping kept: its nonce (0: none, or answered) and its send time; one array, as every connection has it. */
    private final long[] pings = new long[2 * KEPT];
    private int next;
    private double smoothedMs = -1;

    /** Remembers a ping with this nonce (not 0) sent at {@code nowNanos}, forgetting the oldest one. */
    final void sent(long nonce, long nowNanos) {
        pings[2 * next] = nonce;
        pings[2 * next + 1] = nowNanos;
        next = (next + 1) % KEPT;
    }

    /** A pong echoing {@code nonce} arrived at {@code nowNanos}. */
    final void pong(long nonce, long nowNanos) {
        if (nonce == 0) {
            return;
        }
        for (int i = 0; i < 2 * KEPT; i += 2) {
            if (pings[i] == nonce) {
                pings[i] = 0;
                double sample = (nowNanos - pings[i + 1]) / 1e6;
                if (sample >= 0 && sample <= 60_000) {
                    smoothedMs = smoothedMs < 0 ? sample : smoothedMs + GAIN * (sample - smoothedMs);
                }
                return;
            }
        }
    }

    /** Half the smoothed round trip, capped; 0 until the first pong. */
    final long latencyMs() {
        return smoothedMs < 0 ? 0 : Math.min(Math.round(smoothedMs / 2), Judging.MAX_LATENCY_COMPENSATION_MS);
    }
}
