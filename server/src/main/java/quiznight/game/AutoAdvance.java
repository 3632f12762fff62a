package quiznight.game;

/**
 * The auto-advance schedule of a pub quiz room: a question closes on its deadline (the reveal comes by itself), the
 * standings follow the reveal after {@code delayMs}, and the next question (or, after the last, the end) follows the
 * standings after {@code delayMs}. A pause holds the countdown where it is; going on moves it on by the pause. Pure:
 * every method takes the time; the room turns {@link #dueAt()} into a timer and calls {@link Game#next} when it is due.
 * Not thread-safe: confined to its room's loop as the game is.
 */
public final class AutoAdvance {
    /** No countdown runs. */
    public static final long NONE = -1;

    private final long delayMs;
    private Phase from;
    private int index;
    private long dueAt = NONE;
    private long heldMs = NONE;

    /** @param delayMs how long the reveal and the standings stay up; 0 or less: no auto-advance (every method is a no-op) */
    public AutoAdvance(long delayMs) {
        this.delayMs = Math.max(0, delayMs);
    }

    public boolean enabled() {
        return delayMs > 0;
    }

    public long delayMs() {
        return delayMs;
    }

    /**
     * The game is now in {@code phase} at question {@code index}: a countdown starts from the reveal and the standings
     * (held from the start when the game is {@code paused}); in any other phase none runs.
     */
    public void entered(Phase phase, int index, long now, boolean paused) {
        if (!enabled() || (phase != Phase.REVEAL && phase != Phase.STANDINGS)) {
            cancel();
            return;
        }
        this.from = phase;
        this.index = index;
        if (paused) {
            dueAt = NONE;
            heldMs = delayMs;
        } else {
            dueAt = now + delayMs;
            heldMs = NONE;
        }
    }

    /** The game paused: the countdown stops with what it had left. */
    public void pause(long now) {
        if (dueAt != NONE) {
            heldMs = Math.max(0, dueAt - now);
            dueAt = NONE;
        }
    }

    /** The game went on: a held countdown runs again from what it had left. */
    public void resume(long now) {
        if (heldMs != NONE) {
            dueAt = now + heldMs;
            heldMs = NONE;
        }
    }

    /** No countdown any more (the host moved on, or the game finished). */
    public void cancel() {
        from = null;
        dueAt = NONE;
        heldMs = NONE;
    }

    /** True while a countdown exists, running or held. */
    public boolean active() {
        return from != null;
    }

    public boolean held() {
        return heldMs != NONE;
    }

    /** When the room moves on (server ms), or {@link #NONE} when no countdown runs (none, or held). */
    public long dueAt() {
        return dueAt;
    }

    /** The phase the countdown moves the game on from, or null when there is none. */
    public Phase from() {
        return from;
    }

    /** The question index of the phase the countdown moves on from. */
    public int index() {
        return index;
    }

    /** What the countdown has left at {@code now}: frozen while held; 0 when there is none. */
    public long remainingMs(long now) {
        if (heldMs != NONE) {
            return heldMs;
        }
        return dueAt == NONE ? 0 : Math.max(0, dueAt - now);
    }

    /** True when a running countdown has reached its time. */
    public boolean due(long now) {
        return dueAt != NONE && now >= dueAt;
    }
}
