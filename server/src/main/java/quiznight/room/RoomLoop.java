package quiznight.room;

import java.util.concurrent.Executor;

/**
 * The one thread a room's state is confined to, and its timers. In production a Netty event loop; in tests a
 * manual loop driven by a manual clock.
 */
public interface RoomLoop extends Executor {
    /** Runs {@code task} on this loop after {@code delayMs}; the handle cancels it. */
    Cancellable schedule(Runnable task, long delayMs);

    /** True when called from this loop's thread. */
    boolean inLoop();

    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
