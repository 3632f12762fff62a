package quiznight.net;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most N events per key (a client address) in a fixed one-minute window. Thread-safe; keys whose
 * window has ended are forgotten at most once a minute, on a later call.
 */
final class PerMinute {
    static final long WINDOW_MS = 60_000;

    private static final class Window {
        long start;
        int count;
    }

    private final int limit;
    private final Map<String, Window> byKey = new ConcurrentHashMap<>();
    private volatile long lastSweep;

    PerMinute(int limit) {
        this.limit = limit;
    }

    /** Counts one event; returns 0 when it is allowed, else how many milliseconds until the key may try again. */
    long acquire(String key, long now) {
        sweep(now);
        Window w = byKey.computeIfAbsent(key, k -> new Window());
        synchronized (w) {
            if (now - w.start >= WINDOW_MS) {
                w.start = now;
                w.count = 0;
            }
            if (w.count >= limit) {
                return Math.max(1, w.start + WINDOW_MS - now);
            }
            w.count++;
            return 0;
        }
    }

    private void sweep(long now) {
        if (now - lastSweep < WINDOW_MS) {
            return;
        }
        lastSweep = now;
        byKey.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return now - e.getValue().start >= WINDOW_MS;
            }
        });
    }
}
