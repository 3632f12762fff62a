package quiznight.organisers;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins allowed per client address and per organiser name: a budget of failures that refills evenly
 * over a window. Past either budget a sign-in is refused before its password is even checked (so a flood costs
 * no hashing), until the budget has refilled by one. Time is an input; thread-safe.
 */
public final class SignInLimits {
    public static final int PER_ADDRESS = 20;
    public static final int PER_NAME = 5;
    public static final long WINDOW_MS = 15 * 60_000L;
    private static final int MAX_TRACKED = 10_000;

    private static final class Budget {
        double failures;
        long at;
    }

    private final int perAddress;
    private final int perName;
    private final long windowMs;
    private final Map<String, Budget> budgets = new ConcurrentHashMap<>();

    public SignInLimits() {
        this(PER_ADDRESS, PER_NAME, WINDOW_MS);
    }

    SignInLimits(int perAddress, int perName, long windowMs) {
        this.perAddress = perAddress;
        this.perName = perName;
        this.windowMs = windowMs;
    }

    /** 0 when a sign-in from this address for this name (null for a key) may be tried, else ms until one may. */
    public long waitMs(String address, String name, long now) {
        long a = waitMs("a:" + address, perAddress, now);
        long n = name == null ? 0 : waitMs("n:" + OrganiserFile.key(name), perName, now);
        return Math.max(a, n);
    }

    /** Counts a failed sign-in against the address and the name. */
    public void failed(String address, String name, long now) {
        if (budgets.size() >= MAX_TRACKED) {
            budgets.entrySet().removeIf(e -> spent(e.getValue(), now, perAddress) <= 0);
        }
        fail("a:" + address, perAddress, now);
        if (name != null) {
            fail("n:" + OrganiserFile.key(name), perName, now);
        }
    }

    private long waitMs(String key, int limit, long now) {
        Budget b = budgets.get(key);
        if (b == null) {
            return 0;
        }
        synchronized (b) {
            double spent = spent(b, now, limit);
            if (spent + 1 <= limit) {
                return 0;
            }
            return (long) Math.ceil((spent + 1 - limit) * windowMs / limit);
        }
    }

    private void fail(String key, int limit, long now) {
        Budget b = budgets.computeIfAbsent(key, k -> new Budget());
        synchronized (b) {
            b.failures = spent(b, now, limit) + 1;
            b.at = now;
        }
    }

    /** Failures still counted at {@code now}: each one fades after {@code windowMs / limit}. */
    private double spent(Budget b, long now, int limit) {
        double faded = (double) Math.max(0, now - b.at) * limit / windowMs;
        return Math.max(0, b.failures - faded);
    }
}
