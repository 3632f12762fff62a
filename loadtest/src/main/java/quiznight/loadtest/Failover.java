package quiznight.loadtest;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Reconnecting after a cluster node went away ({@code cluster-failover}): which node to dial next, how long to wait
 * first, and one connection's attempts. Used by the player bots and the host bot alike.
 *
 * <p>A connection that closes without a WebSocket close frame (the process died: FIN or RST) or that cannot be opened
 * marks its node down for the whole process ({@link Nodes}); one closed with a close frame (1012: the room moved) does
 * not. A reconnect goes round-robin over the nodes that are neither the one it just lost nor marked down, so a client
 * never relies on a dead node once this process has seen it fail.
 */
final class Failover {
    /** Connection attempts per outage before a client gives up (it then counts as "not back"). */
    static final int MAX_ATTEMPTS = 10;
    /** The first attempt waits a uniformly random 0..this; each later one doubles the range, up to {@link #BACKOFF_CAP_MS}. */
    static final long BACKOFF_MS = 1000;
    static final long BACKOFF_CAP_MS = 5000;

    private Failover() {
    }

    /**
     * The node to dial for attempt {@code attempt} (0-based) after losing node {@code from}: round-robin, from the
     * client's {@code seed}, over the nodes that are not {@code from} and not down; if every other node is down, over
     * the nodes that are not {@code from}; with one node, that node.
     */
    static int node(int from, boolean[] down, int attempt, int seed) {
        int n = down.length;
        if (n <= 1) {
            return 0;
        }
        int up = 0;
        for (int i = 0; i < n; i++) {
            if (i != from && !down[i]) {
                up++;
            }
        }
        boolean anyOther = up == 0;
        int k = Math.floorMod(seed + attempt, anyOther ? n - 1 : up);
        for (int i = 0; i < n; i++) {
            if (i != from && (anyOther || !down[i]) && k-- == 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** The largest wait before attempt {@code attempt} (0-based): 1 s, 2 s, 4 s, then 5 s. */
    static long backoffBoundMs(int attempt) {
        return Math.min(BACKOFF_CAP_MS, BACKOFF_MS << Math.min(attempt, 16));
    }

    /** A uniformly random wait in 0..{@link #backoffBoundMs} before attempt {@code attempt}. */
    static long backoffMs(int attempt) {
        return ThreadLocalRandom.current().nextLong(backoffBoundMs(attempt) + 1);
    }

    /** The nodes this process has seen fail (connection dropped without a close frame, or refused). */
    static final class Nodes {
        private final AtomicIntegerArray down;

        Nodes(int nodes) {
            down = new AtomicIntegerArray(Math.max(1, nodes));
        }

        void markDown(int node) {
            down.set(node, 1);
        }

        boolean[] down() {
            boolean[] d = new boolean[down.length()];
            for (int i = 0; i < d.length; i++) {
                d[i] = down.get(i) != 0;
            }
            return d;
        }
    }

    /** Dials a node after a delay (the bot's own event loop): the new connection's events go to the same bot. */
    interface Dialer {
        void dial(int node, long delayMs);
    }

    /**
     * One client's outages: the node it is on, the attempts of the current outage, and when the outage was seen. Not
     * thread-safe: used on the client's event loop.
     */
    static final class Link {
        private final Nodes nodes;
        private final int seed;
        private final Dialer dialer;
        private int node;
        private int attempt;
        private double since = Double.NaN;

        Link(Nodes nodes, int node, int seed, Dialer dialer) {
            this.nodes = nodes;
            this.node = node;
            this.seed = seed;
            this.dialer = dialer;
        }

        /** Whether an outage is under way (lost, not yet resumed). */
        boolean away() {
            return !Double.isNaN(since);
        }

        /**
         * The connection (or the attempt to open one) was lost; {@code dead}: without a close frame, or refused, so
         * the node is marked down. Dials the next node after a backoff and returns true, or returns false once
         * {@link #MAX_ATTEMPTS} of this outage are spent.
         */
        boolean lost(boolean dead) {
            if (dead) {
                nodes.markDown(node);
            }
            if (!away()) {
                since = Now.ms();
            }
            if (attempt >= MAX_ATTEMPTS) {
                return false;
            }
            node = node(node, nodes.down(), attempt, seed);
            dialer.dial(node, backoffMs(attempt));
            attempt++;
            return true;
        }

        /** Resumed at {@code at}: the outage is over; returns its length (ms from when the loss was seen). */
        double back(double at) {
            double d = at - since;
            since = Double.NaN;
            attempt = 0;
            return d;
        }

        int attempts() {
            return attempt;
        }
    }
}
