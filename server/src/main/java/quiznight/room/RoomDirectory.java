package quiznight.room;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import quiznight.results.GameResult;

/**
 * Where rooms are found beyond this server. A single server has none ({@link #NONE}): room codes only need to
 * be unique here and every room is local. In cluster mode ({@code quiznight.cluster.Cluster}) codes are claimed
 * cluster-wide, rooms held by other servers are reached through a relay, and journals live where any server
 * can read them.
 */
public interface RoomDirectory {
    /** Claims a fresh room code for a room this server will hold; completes false when another holds it. */
    CompletionStage<Boolean> claim(String code);

    /**
     * A room this server does not hold: a relay to the server that does, or, when none does but its journal
     * survives, the room taken over here. Empty when no server knows the code.
     */
    CompletionStage<Optional<RoomRef>> elsewhere(String code);

    /** The journal of a room created here, or null for the registry's own (file or none). */
    Journal journalFor(String code);

    /** A room held here closed: its code is free again. */
    void released(Room room);

    /**
     * A room held here is being handed off (this server stops, or lost the room): other servers are told at
     * once, before its connections are closed, so the next one a client reaches takes it over.
     */
    default void handingOff(Room room) {
    }

    /** A game held here finished: its results are made available to the other servers. */
    default void finished(Room room, GameResult result) {
    }

    /** The results of a game finished on another server, while its room is kept; empty when there are none. */
    default CompletionStage<Optional<SharedResults>> resultsElsewhere(String code) {
        return CompletableFuture.completedFuture(Optional.empty());
    }

    /** True when another server holds a room with this code. */
    default CompletionStage<Boolean> heldElsewhere(String code) {
        return CompletableFuture.completedFuture(false);
    }

    /**
     * A finished game's results as another server serves them.
     *
     * @param hostTokenDigest the host token's {@link Tokens#digest}: the results are the host's only
     * @param json            the results as {@code GET /api/rooms/CODE/results} answers them
     * @param csv             the same as CSV
     * @param playerTokens    each player's token digest and id, for a player's own recap (empty when not shared)
     */
    record SharedResults(String hostTokenDigest, byte[] json, String csv, Map<String, String> playerTokens) {
        public SharedResults {
            playerTokens = playerTokens == null ? Map.of() : Map.copyOf(playerTokens);
        }
    }

    RoomDirectory NONE = new RoomDirectory() {
        @Override
        public CompletionStage<Boolean> claim(String code) {
            return CompletableFuture.completedFuture(true);
        }

        @Override
        public CompletionStage<Optional<RoomRef>> elsewhere(String code) {
            return CompletableFuture.completedFuture(Optional.empty());
        }

        @Override
        public Journal journalFor(String code) {
            return null;
        }

        @Override
        public void released(Room room) {
        }
    };
}
