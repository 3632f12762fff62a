package quiznight.room;

import java.util.function.BooleanSupplier;
import quiznight.game.Clock;
import quiznight.game.Game;
import quiznight.game.Phase;

/**
 * The lobby (players joining, lock), progress (answers so far) and word-cloud updates, which change with every
 * request but go out at most once per interval (the cloud at most every {@value #CLOUD_INTERVAL_MS} ms): the first
 * change after an update schedules the next one. Lives on the room's loop.
 */
final class CoalescedUpdates {
    /** A word cloud goes to the projector at most this often: it is re-laid out on every update. */
    static final long CLOUD_INTERVAL_MS = 250;

    private final Game game;
    private final RoomLoop loop;
    private final Clock clock;
    private final long intervalMs;
    private final BooleanSupplier closed;
    private final RoomMessages messages;
    private final RoomPeers peers;

    private RoomLoop.Cancellable lobbyFlush;
    private RoomLoop.Cancellable progressFlush;
    private RoomLoop.Cancellable cloudFlush;
    private boolean cloudDirty;
    private long lastCloudFlush = Long.MIN_VALUE / 2;
    private boolean lobbyDirty;
    private boolean progressDirty;
    private long lastLobbyFlush = Long.MIN_VALUE / 2;
    private long lastProgressFlush = Long.MIN_VALUE / 2;

    CoalescedUpdates(Game game, RoomLoop loop, Clock clock, long intervalMs, BooleanSupplier closed,
                     RoomMessages messages, RoomPeers peers) {
        this.game = game;
        this.loop = loop;
        this.clock = clock;
        this.intervalMs = intervalMs;
        this.closed = closed;
        this.messages = messages;
        this.peers = peers;
    }

    void lobbyChanged() {
        if (game.phase() != Phase.LOBBY || closed.getAsBoolean()) {
            return;
        }
        lobbyDirty = true;
        if (lobbyFlush == null) {
            long delay = Math.max(0, lastLobbyFlush + lobbyInterval() - clock.millis());
            lobbyFlush = loop.schedule(this::flushLobby, delay);
        }
    }

    /**
     * How often the lobby goes out: every 100 ms for a classroom, slower as the room grows (a lobby update is
     * a broadcast to every player), up to once a second from 10,000 players.
     */
    private long lobbyInterval() {
        return Math.max(intervalMs, Math.min(1_000, game.playerCount() / 10));
    }

    private void flushLobby() {
        lobbyFlush = null;
        if (!lobbyDirty || game.phase() != Phase.LOBBY || closed.getAsBoolean()) {
            return;
        }
        lobbyDirty = false;
        lastLobbyFlush = clock.millis();
        // The laptop gets every player, a remote phone the last ones (each encoded only when one is connected).
        peers.toHosts(() -> messages.encode(messages.lobby(true)), () -> messages.encode(messages.remoteLobby()));
        peers.broadcastToPlayers(messages.encode(messages.lobby(false)));
    }

    void progressChanged() {
        if (game.phase() != Phase.QUESTION || closed.getAsBoolean()) {
            return;
        }
        if (game.hasCloud()) {
            cloudChanged();
        }
        progressDirty = true;
        if (progressFlush == null) {
            long delay = Math.max(0, lastProgressFlush + intervalMs - clock.millis());
            progressFlush = loop.schedule(this::flushProgress, delay);
        }
    }

    /** Sends the progress now if it changed since the last one went out (the question is closing). */
    void flushProgress() {
        cancel(progressFlush);
        progressFlush = null;
        if (!progressDirty) {
            return;
        }
        progressDirty = false;
        lastProgressFlush = clock.millis();
        if (peers.hasHost()) {
            peers.toHosts(messages.encode(messages.progress()));
        }
    }

    /** An answer added words to the open question's cloud. */
    private void cloudChanged() {
        cloudDirty = true;
        if (cloudFlush == null) {
            long delay = Math.max(0, lastCloudFlush + Math.max(intervalMs, CLOUD_INTERVAL_MS) - clock.millis());
            cloudFlush = loop.schedule(this::flushCloud, delay);
        }
    }

    private void flushCloud() {
        cloudFlush = null;
        if (!cloudDirty || game.phase() != Phase.QUESTION || !game.hasCloud() || closed.getAsBoolean()) {
            return;
        }
        cloudDirty = false;
        lastCloudFlush = clock.millis();
        peers.toHosts(messages.encode(messages.words()));
    }

    /** No update goes out any more (the game finished or the room closed). */
    void cancel() {
        cancel(lobbyFlush);
        cancel(progressFlush);
        cancel(cloudFlush);
    }

    private static void cancel(RoomLoop.Cancellable c) {
        if (c != null) {
            c.cancel();
        }
    }
}
