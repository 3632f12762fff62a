package quiznight.game;

import java.util.List;

/**
 * The extra-time accommodation, as pure arithmetic: the host may grant a player ×1.5 or ×2 the time of every
 * question (×1 takes it back). The player's own window is the question's limit times the factor; their own
 * deadline is the question's deadline plus the extra; their speed is scored against their own window.
 */
public final class ExtraTime {
    /** The factors a host may grant: 1 (none), 1.5 and 2. */
    public static final List<Double> FACTORS = List.of(1.0, 1.5, 2.0);

    private ExtraTime() {
    }

    public static boolean allowed(double factor) {
        return FACTORS.contains(factor);
    }

    /** The milliseconds added to a question of {@code timeLimitMs} for a player granted {@code factor}. */
    public static long extraMs(long timeLimitMs, double factor) {
        return Math.round(timeLimitMs * factor) - timeLimitMs;
    }
}
