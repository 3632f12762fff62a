package quiznight.room;

/**
 * Timings of a room's life.
 *
 * @param finishedRetentionMs how long a finished room stays resumable
 * @param emptyRetentionMs    how long a room with no host and no player connected lives on
 * @param coalesceMs          lobby and progress updates go out at most once per this interval
 * @param maxPlayers          players one room holds
 */
public record RoomSettings(long finishedRetentionMs, long emptyRetentionMs, long coalesceMs, int maxPlayers) {
    public static final RoomSettings DEFAULTS = new RoomSettings(10 * 60_000L, 10 * 60_000L, 100, 20_000);
}
