package quiznight.game;

/**
 * The open question's time: when it opened, when answers open (after the team talk), its shared deadline, the
 * longest extra time anyone in it has, and a pause, which stops the clock and, on going on, moves the opening
 * and the deadline on by its length. Pure: its owner ({@link Game}) passes the time in, on one thread.
 */
final class QuestionClock {
    private final long talkMs;
    private long openedAt;
    private long deadline;
    private long longestExtraMs;
    private boolean paused;
    private long pausedAt;

    QuestionClock(long talkMs) {
        this.talkMs = talkMs;
    }

    /** A question opens at {@code now}: the team talk, then {@code timeLimitMs} to answer. */
    void open(long now, long timeLimitMs) {
        openedAt = now;
        deadline = now + talkMs + timeLimitMs;
        longestExtraMs = 0;
    }

    /** Somebody in the open question has {@code extraMs} more than the shared deadline. */
    void extra(long extraMs) {
        longestExtraMs = Math.max(longestExtraMs, extraMs);
    }

    /** The longest extra time, counted again (after the player who had it left). */
    void longestExtra(long extraMs) {
        longestExtraMs = extraMs;
    }

    void pause(long now) {
        paused = true;
        pausedAt = now;
    }

    /**
     * Ends the pause. In a question ({@code inQuestion}) the opening and the deadline move on by its length.
     *
     * @return how long the pause held a question's clock; 0 outside a question
     */
    long resume(long now, boolean inQuestion) {
        paused = false;
        long length = Math.max(0, now - pausedAt);
        if (!inQuestion || length == 0) {
            return 0;
        }
        deadline += length;
        openedAt += length;
        return length;
    }

    boolean paused() {
        return paused;
    }

    /** When the last pause began. */
    long pausedAt() {
        return pausedAt;
    }

    long openedAt() {
        return openedAt;
    }

    /** When answers are taken: the opening, after the team talk. */
    long answersOpenAt() {
        return openedAt + talkMs;
    }

    /** Everyone's deadline but a player's with extra time. */
    long deadline() {
        return deadline;
    }

    /** When the question closes by itself: the latest deadline of anyone in it. */
    long closesAt() {
        return deadline + longestExtraMs;
    }

    /** Time left before the shared deadline: frozen while paused. */
    long remainingMs(long now) {
        return Math.max(0, deadline - (paused ? pausedAt : now));
    }
}
