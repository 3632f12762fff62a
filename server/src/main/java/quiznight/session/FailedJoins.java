package quiznight.session;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts joins to unknown room codes per client address, so that guessing codes is refused with
 * {@code rate-limited} long before it finds one. A fixed one-minute window per address; thread-safe;
 * addresses idle for a window are forgotten on the next sweep.
 */
public final class FailedJoins {
    static final long WINDOW_MS = 60_000;

    private static final class Window {
        long start;
        int count;
    }

    private final int perMinute;
    private final Map<String, Window> byAddress = new ConcurrentHashMap<>();

    public FailedJoins(int perMinute) {
        this.perMinute = perMinute;
    }

    /** True when this address has used up its failed joins for the current minute. */
    public boolean blocked(String address, long now) {
        Window w = byAddress.get(address);
        if (w == null) {
            return false;
        }
        synchronized (w) {
            return now - w.start < WINDOW_MS && w.count >= perMinute;
        }
    }

    public void failed(String address, long now) {
        Window w = byAddress.computeIfAbsent(address, a -> new Window());
        synchronized (w) {
            if (now - w.start >= WINDOW_MS) {
                w.start = now;
                w.count = 0;
            }
            w.count++;
        }
    }

    /** Forgets addresses whose window has ended. */
    public void sweep(long now) {
        byAddress.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return now - e.getValue().start >= WINDOW_MS;
            }
        });
    }

    int tracked() {
        return byAddress.size();
    }
}
