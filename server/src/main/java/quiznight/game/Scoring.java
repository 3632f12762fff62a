package quiznight.game;

/**
 * The scoring rules of the contract, as pure functions, and the per-game options that switch parts of them off
 * ({@link Options}: the speed bonus and the streak bonus).
 */
public final class Scoring {
    /**
     * How a game scores, chosen at create.
     *
     * @param speedBonus  a right answer is worth more the faster it came ({@link #basePoints}); off, every right
     *                    answer is worth its full points whatever the time ("accuracy only")
     * @param streakBonus consecutive right answers earn {@link #streakBonus}; off, streaks are still counted and
     *                    shown but add nothing
     */
    public record Options(boolean speedBonus, boolean streakBonus) {
        /** Today's scoring: both bonuses on. */
        public static final Options DEFAULT = new Options(true, true);
    }

    /** Response times under this score the full points. */
    public static final long FULL_POINTS_MS = 500;
    /** The streak bonus is 100 per consecutive correct answer after the first, capped here. */
    public static final int STREAK_BONUS_CAP = 500;

    private Scoring() {
    }

    /**
     * Points for a correct answer: {@code round(P * (1 - (t / T) / 2))}, full {@code P} under 500 ms.
     *
     * @param responseMs  the response time t, already less the player's network delay
     * @param timeLimitMs the time limit T
     * @param points      0, 1 or 2 (P = 1000 x points)
     */
    public static int basePoints(long responseMs, long timeLimitMs, int points) {
        int full = 1000 * points;
        if (responseMs < FULL_POINTS_MS) {
            return full;
        }
        double t = Math.min(responseMs, timeLimitMs);
        return (int) Math.round(full * (1 - (t / timeLimitMs) / 2));
    }

    /**
     * Whether a question's answers change scores and streaks: a kind that scores ({@code scored}), for 1 or 2
     * points. A question for no points is judged and revealed but, like a poll, neither scores, nor extends a
     * streak, nor breaks one (a wrong or missing answer leaves it as it was).
     */
    public static boolean counts(boolean scored, int points) {
        return scored && points > 0;
    }

    /**
     * The points of a right answer under {@code options}, bonus not included: {@link #basePoints} with the speed
     * bonus, the full {@code 1000 x points} without it.
     */
    public static int basePoints(Options options, long responseMs, long timeLimitMs, int points) {
        return options.speedBonus() ? basePoints(responseMs, timeLimitMs, points) : 1000 * points;
    }

    /** The streak bonus under {@code options}: {@link #streakBonus(int)}, or 0 with the streak bonus off. */
    public static int streakBonus(Options options, int streak) {
        return options.streakBonus() ? streakBonus(streak) : 0;
    }

    /** What one answer to a question that {@link #counts} scores, and the streak after it. */
    public record Award(int points, int bonus, int streak) {
    }

    /**
     * One answer of a question that {@link #counts}: a right one extends the streak and scores {@link #basePoints}
     * plus the {@link #streakBonus} (both under {@code options}); a wrong one scores nothing and ends the streak.
     * The rule of a live game, a practice run and homework alike.
     */
    public static Award award(Options options, boolean right, int streakBefore, long responseMs, long timeLimitMs,
                              int points) {
        if (!right) {
            return new Award(0, 0, 0);
        }
        int streak = streakBefore + 1;
        int bonus = streakBonus(options, streak);
        return new Award(basePoints(options, responseMs, timeLimitMs, points) + bonus, bonus, streak);
    }

    /** The bonus for a correct answer that makes the streak {@code streak} (1 for the first in a row). */
    public static int streakBonus(int streak) {
        return Math.min(100 * Math.max(streak - 1, 0), STREAK_BONUS_CAP);
    }
}
