package quiznight.cluster;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Executor;
import quiznight.room.Room;

/**
 * On a room's owner: the requests edges relayed for the room (answers, mostly), run on the room's loop in the
 * order they arrived, at most {@link #SLICE} per task. After each slice the loop runs what was queued
 * meanwhile (the next chunk of a broadcast to this server's own sockets, its own players' answers, the
 * publish of the acks just made) before the next slice, as {@code session/LoopOutbox} does for the writes of
 * a broadcast: a stadium's burst of relayed answers never holds the loop for a whole batch. Confined to the
 * room's loop once made.
 */
final class RelayedRequests {
    /** Requests run per task: a few milliseconds of answers. */
    static final int SLICE = 256;

    private final Room room;
    private final Executor loop;
    private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
    private final Runnable nextSlice = this::nextSlice;
    private boolean scheduled;
    private boolean running;

    RelayedRequests(Room room) {
        this(room, room::execute);
    }

    /** @param loop runs a task on the room's loop, after what it already holds */
    RelayedRequests(Room room, Executor loop) {
        this.room = room;
        this.loop = loop;
    }

    Room room() {
        return room;
    }

    /** On the room's loop: queues what one publish carried; when nothing was waiting, its first slice runs now. */
    void add(List<Runnable> requests) {
        waiting.addAll(requests);
        if (!scheduled && !running) {
            runSlice();
        }
    }

    /** Requests not yet run; for tests. */
    int waiting() {
        return waiting.size();
    }

    private void nextSlice() {
        scheduled = false;
        runSlice();
    }

    private void runSlice() {
        running = true;
        try {
            for (int n = 0; n < SLICE && !waiting.isEmpty(); n++) {
                waiting.poll().run();
            }
        } finally {
            running = false;
            // Also after a request that threw: the rest still run, in order.
            if (!waiting.isEmpty() && !scheduled) {
                scheduled = true;
                loop.execute(nextSlice);
            }
        }
    }
}
