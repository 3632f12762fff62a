package quiznight.loadtest;

import java.time.Instant;

/**
 * Epoch time in fractional milliseconds, read the way the server stamps {@code sentAt} (see the server's
 * {@code Clock.SYSTEM.preciseMillis()}), so that "received − sentAt" compares two readings of the same clock:
 * the server and the load generator run on the same machine.
 */
public final class Now {
    private Now() {
    }

    public static double ms() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1000.0 + now.getNano() / 1_000_000.0;
    }
}
