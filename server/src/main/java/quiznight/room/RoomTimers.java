package quiznight.room;

import quiznight.game.Game;
import quiznight.game.Phase;

/**
 * A room's timers other than its coalesced updates and journal flushes: the open question's deadline, how long a
 * room with nobody connected lives on, and how long a finished room stays resumable. Lives on the room's loop.
 */
final class RoomTimers {
    private final RoomLoop loop;
    private final Game game;
    private final RoomSettings settings;
    private RoomLoop.Cancellable deadline;
    private RoomLoop.Cancellable idle;
    private RoomLoop.Cancellable finished;

    RoomTimers(RoomLoop loop, Game game, RoomSettings settings) {
        this.loop = loop;
        this.game = game;
        this.settings = settings;
    }

    /** Runs {@code close} when the open question's time is up, unless it closed before. */
    void deadline(long leftMs, Runnable close) {
        int index = game.index();
        deadline = loop.schedule(() -> {
            if (game.phase() == Phase.QUESTION && game.index() == index) {
                close.run();
            }
        }, leftMs);
    }

    void cancelDeadline() {
        cancel(deadline);
        deadline = null;
    }

    /** Nobody is connected: {@code expired} runs once the room has been empty its retention time. */
    void nobodyConnected(Runnable expired) {
        if (idle == null) {
            idle(idleRetentionMs(), expired);
        }
    }

    void idle(long ms, Runnable expired) {
        idle = loop.schedule(() -> {
            idle = null;
            expired.run();
        }, ms);
    }

    /** Someone connected: the room is not empty any more. */
    void attached() {
        cancel(idle);
        idle = null;
    }

    /**
     * How long this room lives on with nobody connected: shorter while it never started and nobody joined it (its
     * host left it: nothing would be lost, and the server gets the room back sooner).
     */
    long idleRetentionMs() {
        return game.phase() == Phase.LOBBY && game.playerCount() == 0 ? settings.abandonedRetentionMs()
                : settings.emptyRetentionMs();
    }

    /** The game finished: {@code close} runs once the room has stayed resumable its retention time. */
    void finished(Runnable close) {
        finished = loop.schedule(close, settings.finishedRetentionMs());
    }

    void cancelAll() {
        cancelDeadline();
        attached();
        cancel(finished);
    }

    private static void cancel(RoomLoop.Cancellable c) {
        if (c != null) {
            c.cancel();
        }
    }
}
