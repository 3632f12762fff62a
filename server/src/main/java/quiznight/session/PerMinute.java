package quiznight.session;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most N events per key (a client address) in a fixed one-minute window: wrong room codes, uploads.
 * Thread-safe; keys whose window has ended are forgotten at most once a minute, on a later call.
 */
public final class PerMinute {
    static final long WINDOW_MS = 60_000;

    private static final class Window {
        long start;
        int count;
    }

    private final int limit;
    private final Map<String, Window> byKey = new ConcurrentHashMap<>();
    private volatile long lastSweep;

    public PerMinute(int limit) {
        this.limit = limit;
    }

    /** True when the key has used up its events for the current minute (nothing is counted). */
    public boolean blocked(String key, long now) {
        sweep(now);
        Window w = byKey.get(key);
        if (w == null) {
            return false;
        }
        synchronized (w) {
            return now - w.start < WINDOW_MS && w.count >= limit;
        }
    }

    /** Counts one event for the key. */
    public void record(String key, long now) {
        Window w = byKey.computeIfAbsent(key, k -> new Window());
        synchronized (w) {
            roll(w, now);
            w.count++;
        }
    }

    /** Counts one event if allowed: returns 0 then, else how many milliseconds until the key may try again. */
    public long acquire(String key, long now) {
        sweep(now);
        Window w = byKey.computeIfAbsent(key, k -> new Window());
        synchronized (w) {
            roll(w, now);
            if (w.count >= limit) {
                return Math.max(1, w.start + WINDOW_MS - now);
            }
            w.count++;
            return 0;
        }
    }

    /** Takes back one event counted in the current window (one that turned out not to count). */
    public void giveBack(String key, long now) {
        Window w = byKey.get(key);
        if (w != null) {
            synchronized (w) {
                roll(w, now);
                w.count = Math.max(0, w.count - 1);
            }
        }
    }

    private static void roll(Window w, long now) {
        if (now - w.start >= WINDOW_MS) {
            w.start = now;
            w.count = 0;
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
