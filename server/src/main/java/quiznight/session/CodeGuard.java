package quiznight.session;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The defence against guessing room codes, per client address (an IPv6 address counts by its /64, the block a
 * single home or school network gets).
 *
 * <p>Each address has a budget of unknown codes: a token bucket of {@code burst} (a class's typos) that refills
 * slowly ({@code perHour}). Looking a code up takes one token; when the code turns out to exist the token is given
 * back and the code is remembered as <em>known</em> to the address (so are the rooms created from it). Once the
 * budget is spent, the address may still look up the codes it knows, and every other code is refused without
 * being looked up, right or wrong alike: past the budget there is no answer that tells a live code from a dead
 * one. A classroom behind one address therefore keeps joining the room its teacher created (or a classmate
 * joined) while a classmate sprays wrong codes.
 *
 * <p>Per connection (counted by the caller): the first {@link #FREE_PER_CONNECTION} wrong codes are answered at
 * once, later ones after {@link #delayMs} (1 s, doubling, at most 8 s), and after {@link #MAX_PER_CONNECTION} the
 * connection is closed.
 *
 * <p>Pure (time is an argument) and thread-safe: one guard per server, shared by every event loop; each address's
 * state is guarded by its own lock. Addresses whose budget is full again and that know no code are forgotten at
 * most once a minute, on a later call.
 */
public final class CodeGuard {
    /** Wrong codes one connection may send before its answers slow down. */
    public static final int FREE_PER_CONNECTION = 3;
    /** Wrong codes after which a connection's joins are refused and it is closed. */
    public static final int MAX_PER_CONNECTION = 10;
    /** How long an address keeps knowing a code it created or found (refreshed on each use). */
    static final long KNOWN_FOR_MS = 6 * 3_600_000L;
    /** Codes remembered per address (a school with many classes at once); the least recently used go first. */
    static final int MAX_KNOWN = 256;
    private static final long SWEEP_MS = 60_000;

    /** The answer to {@link #admit}. */
    public enum Pass {
        /** Under budget: look the code up; one token is spent until {@link #found} gives it back. */
        SPENT,
        /** Over budget but the code is known to the address: look it up, nothing is spent. */
        KNOWN,
        /** Over budget and the code is new to the address: refuse it as {@code rate-limited}, do not look it up. */
        REFUSED
    }

    private static final class Entry {
        double tokens;
        long at;
        final LinkedHashMap<String, Long> known = new LinkedHashMap<>(16, 0.75f, true);
    }

    private final double burst;
    private final double perMs;
    private final int freePerConnection;
    private final int maxPerConnection;
    private final Map<String, Entry> byKey = new ConcurrentHashMap<>();
    private volatile long lastSweep;

    /**
     * @param burst   unknown codes an address may look up at once
     * @param perHour unknown codes its budget regains per hour
     */
    public CodeGuard(int burst, double perHour) {
        this(burst, perHour, FREE_PER_CONNECTION, MAX_PER_CONNECTION);
    }

    CodeGuard(int burst, double perHour, int freePerConnection, int maxPerConnection) {
        if (burst < 1 || perHour <= 0) {
            throw new IllegalArgumentException("burst must be at least 1 and perHour above 0");
        }
        this.burst = burst;
        this.perMs = perHour / 3_600_000.0;
        this.freePerConnection = freePerConnection;
        this.maxPerConnection = maxPerConnection;
    }

    /** Out of the way (tests about something else, such as the frame fuzzer). */
    public static CodeGuard relaxed() {
        return new CodeGuard(Integer.MAX_VALUE / 2, 1e12, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    /** Whether a connection that sent {@code wrongSoFar} wrong codes may send no more joins (then it is closed). */
    public boolean connectionSpent(int wrongSoFar) {
        return wrongSoFar >= maxPerConnection;
    }

    /** Whether {@code address} may have {@code code} looked up now; {@link Pass#SPENT} takes one token. */
    public Pass admit(String address, String code, long now) {
        sweep(now);
        Entry e = byKey.computeIfAbsent(key(address), k -> fresh(now));
        synchronized (e) {
            refill(e, now);
            if (e.tokens >= 1) {
                e.tokens -= 1;
                return Pass.SPENT;
            }
            Long seen = code == null ? null : e.known.get(code);
            if (seen != null && now - seen < KNOWN_FOR_MS) {
                e.known.put(code, now);
                return Pass.KNOWN;
            }
            return Pass.REFUSED;
        }
    }

    /** The code looked up under {@code pass} exists and the address was told so: the token comes back, the code is known. */
    public void found(String address, String code, Pass pass, long now) {
        Entry e = byKey.computeIfAbsent(key(address), k -> fresh(now));
        synchronized (e) {
            refill(e, now);
            if (pass == Pass.SPENT) {
                e.tokens = Math.min(burst, e.tokens + 1);
            }
            remember(e, code, now);
        }
    }

    /** The address created (or otherwise legitimately learned) this code: it may always look it up. */
    public void remember(String address, String code, long now) {
        Entry e = byKey.computeIfAbsent(key(address), k -> fresh(now));
        synchronized (e) {
            remember(e, code, now);
        }
    }

    /** Milliseconds until the address may look up one more unknown code (0: now). */
    public long retryAfterMs(String address, long now) {
        Entry e = byKey.get(key(address));
        if (e == null) {
            return 0;
        }
        synchronized (e) {
            refill(e, now);
            return e.tokens >= 1 ? 0 : (long) Math.ceil((1 - e.tokens) / perMs);
        }
    }

    /** How long a connection's answer to its {@code wrongSoFar}-th wrong code waits: 0, then 1 s doubling to 8 s. */
    public long delayMs(int wrongSoFar) {
        if (wrongSoFar <= freePerConnection) {
            return 0;
        }
        return 1000L << Math.min(3, wrongSoFar - freePerConnection - 1);
    }

    /** Addresses tracked now (for tests and metrics). */
    int tracked() {
        return byKey.size();
    }

    /** The budget's key for an address: itself for IPv4, the /64 prefix for IPv6 (one network's block). */
    static String key(String address) {
        if (address == null || address.indexOf(':') < 0 || !address.matches("[0-9a-fA-F:.]+")) {
            return String.valueOf(address);
        }
        try {
            byte[] b = InetAddress.getByName(address).getAddress(); // a literal: no lookup happens
            if (b.length != 16) {
                return address;
            }
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                s.append(Integer.toHexString(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff))).append(':');
            }
            return s.append(":/64").toString();
        } catch (UnknownHostException e) {
            return address;
        }
    }

    private Entry fresh(long now) {
        Entry e = new Entry();
        e.tokens = burst;
        e.at = now;
        return e;
    }

    private void refill(Entry e, long now) {
        if (now > e.at) {
            e.tokens = Math.min(burst, e.tokens + (now - e.at) * perMs);
            e.at = now;
        }
    }

    private static void remember(Entry e, String code, long now) {
        if (code == null) {
            return;
        }
        e.known.put(code, now);
        if (e.known.size() > MAX_KNOWN) {
            Iterator<String> eldest = e.known.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
    }

    private void sweep(long now) {
        if (now - lastSweep < SWEEP_MS) {
            return;
        }
        lastSweep = now;
        byKey.values().removeIf(e -> {
            synchronized (e) {
                refill(e, now);
                e.known.values().removeIf(seen -> now - seen >= KNOWN_FOR_MS);
                return e.tokens >= burst && e.known.isEmpty();
            }
        });
    }
}
