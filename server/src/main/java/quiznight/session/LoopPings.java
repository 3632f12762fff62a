package quiznight.session;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.FastThreadLocal;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One ping timer for all the connections of an event loop, instead of a timer task each: a connection kept alive
 * for a whole game held a scheduled task, its queue slot and a callback, about 80 bytes, and a stadium has 10,000.
 *
 * <p>The connections are spread over {@link #BUCKETS} buckets; the timer ticks every interval / {@code BUCKETS} and
 * visits one bucket a tick, so each connection is visited once an interval (at most one tick early the first time),
 * and a loop's pings go out an eighth at a time rather than all at once. A new connection joins the bucket just
 * visited. Visiting is {@link NetworkDelay#run}: a ping, or the end of a connection silent past its idle timeout.
 *
 * <p>Confined to its loop. A thread keeps one per (loop, interval) while it has connections (an embedded test
 * channel has a loop of its own on the test's thread); the last connection to leave stops the timer and the
 * entry goes, so nothing is kept for a loop without connections.
 */
final class LoopPings implements Runnable {
    static final int BUCKETS = 8;

    private static final FastThreadLocal<List<LoopPings>> HERE = new FastThreadLocal<>() {
        @Override
        protected List<LoopPings> initialValue() {
            return new ArrayList<>(1);
        }
    };

    private final EventLoop loop;
    private final long intervalMs;
    private final NetworkDelay[][] buckets = new NetworkDelay[BUCKETS][];
    private final int[] sizes = new int[BUCKETS];
    /** The bucket the next tick visits. */
    private int turn;
    /** Running while the loop has connections here. */
    private ScheduledFuture<?> timer;

    private LoopPings(EventLoop loop, long intervalMs) {
        this.loop = loop;
        this.intervalMs = intervalMs;
        Arrays.fill(buckets, new NetworkDelay[0]);
    }

    /** The timer of {@code loop} (this thread's) for connections pinged every {@code intervalMs}. */
    static LoopPings of(EventLoop loop, long intervalMs) {
        List<LoopPings> here = HERE.get();
        for (LoopPings p : here) {
            if (p.loop == loop && p.intervalMs == intervalMs) {
                return p;
            }
        }
        LoopPings p = new LoopPings(loop, intervalMs);
        here.add(p);
        return p;
    }

    /** Adds a connection, first visited about one interval from now; starts the timer for the first one. */
    void add(NetworkDelay d) {
        int b = (turn + BUCKETS - 1) % BUCKETS;
        NetworkDelay[] bucket = buckets[b];
        if (sizes[b] == bucket.length) {
            bucket = buckets[b] = Arrays.copyOf(bucket, Math.max(4, bucket.length + (bucket.length >> 1)));
        }
        bucket[sizes[b]] = d;
        d.placed(b, sizes[b]++);
        if (timer == null) {
            long tick = Math.max(1, intervalMs / BUCKETS);
            timer = loop.scheduleAtFixedRate(this, tick, tick, TimeUnit.MILLISECONDS);
        }
    }

    /** Removes a connection that {@link #add} placed at {@code index} of {@code bucket}. */
    void remove(NetworkDelay d, int bucket, int index) {
        NetworkDelay[] in = buckets[bucket];
        if (index >= sizes[bucket] || in[index] != d) {
            return;
        }
        int last = --sizes[bucket];
        if (index != last) {
            in[index] = in[last];
            in[index].placed(bucket, index);
        }
        in[last] = null;
        if (sizes[bucket] < in.length / 4 && in.length > 16) {
            buckets[bucket] = Arrays.copyOf(in, in.length / 2);
        }
        if (connections() == 0) {
            timer.cancel(false);
            timer = null;
            turn = 0;
            HERE.get().remove(this);
        }
    }

    /** The tick: visits one bucket. A visit may remove its connection (a silent one ends), so it runs from the end. */
    @Override
    public void run() {
        int b = turn;
        turn = (turn + 1) % BUCKETS;
        for (int i = sizes[b] - 1; i >= 0; i--) {
            if (i < sizes[b]) {
                buckets[b][i].run();
            }
        }
    }

    /** Connections placed here. */
    int connections() {
        int n = 0;
        for (int size : sizes) {
            n += size;
        }
        return n;
    }
}
