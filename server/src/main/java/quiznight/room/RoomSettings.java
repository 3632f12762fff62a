package quiznight.room;

/**
 * Timings of a room's life.
 *
 * @param finishedRetentionMs how long a finished room stays resumable
 * @param emptyRetentionMs    how long a room with no host and no player connected lives on
 * @param coalesceMs          lobby and progress updates go out at most once per this interval
 * @param maxPlayers          players one room holds
 * @param abandonedRetentionMs how long a room that never started lives on with no host and no player connected
 *                            (its host left it in the lobby: nothing is lost, and its code goes back sooner)
 */
public record RoomSettings(long finishedRetentionMs, long emptyRetentionMs, long coalesceMs, int maxPlayers,
                           long abandonedRetentionMs) {
    public static final long ABANDONED_RETENTION_MS = 2 * 60_000L;
    public static final RoomSettings DEFAULTS = new RoomSettings(10 * 60_000L, 10 * 60_000L, 100, 20_000);

    public RoomSettings(long finishedRetentionMs, long emptyRetentionMs, long coalesceMs, int maxPlayers) {
        this(finishedRetentionMs, emptyRetentionMs, coalesceMs, maxPlayers, ABANDONED_RETENTION_MS);
    }
}
