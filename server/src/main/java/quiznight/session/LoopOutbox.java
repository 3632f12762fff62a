package quiznight.session;

import io.netty.buffer.ByteBuf;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.FastThreadLocal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import quiznight.protocol.Encoded;

/**
 * One event loop's writes from rooms to its connections, in the order they were handed over, written at most
 * {@link #CHUNK} connections per task: after each chunk the loop runs what was queued meanwhile (answers, resumes,
 * host commands, reads) before the next chunk, so a 10,000-socket broadcast does not hold an answer's ack for its
 * whole length. Per connection the order is kept: a later broadcast queues behind an earlier one still in
 * flight, and a single message to a connection that still has writes waiting here queues behind them
 * ({@link FrameSink#queuedInOutbox()}); a connection with nothing waiting is written at once. Confined to its
 * loop: one per loop thread.
 */
final class LoopOutbox {
    /** Connections written per task. */
    static final int CHUNK = 512;

    private static final FastThreadLocal<LoopOutbox> HERE = new FastThreadLocal<>() {
        @Override
        protected LoopOutbox initialValue() {
            return new LoopOutbox();
        }
    };

    private final ArrayDeque<Job> jobs = new ArrayDeque<>();
    private final List<FrameSink> written = new ArrayList<>(CHUNK);
    private final Runnable nextChunk = this::nextChunk;
    private EventLoop loop;
    private boolean scheduled;
    private boolean draining;

    private LoopOutbox() {
    }

    /** Hands {@code job} to {@code loop}'s outbox: at once when called on that loop, else as a task on it. */
    static void handOff(EventLoop loop, Job job) {
        if (loop.inEventLoop()) {
            here(loop).add(job);
        } else {
            loop.execute(() -> here(loop).add(job));
        }
    }

    /** The outbox of the loop this thread runs ({@code loop}). */
    static LoopOutbox here(EventLoop loop) {
        LoopOutbox o = HERE.get();
        if (o.jobs.isEmpty()) {
            o.loop = loop;
        }
        return o;
    }

    /**
     * A room's message for one connection, on its loop: written now when nothing waits for it here, else queued
     * behind what does. True when written (the caller flushes).
     */
    static boolean writeOrQueue(FrameSink sink, ByteBuf frame) {
        if (sink.queuedInOutbox() > 0) {
            // An earlier broadcast has not reached this connection yet: this message goes after it.
            here(sink.eventLoop()).add(Job.single(sink, frame));
            return false;
        }
        sink.writeFrame(frame);
        return true;
    }

    /**
     * One message per connection of this loop, each as if sent alone ({@link #writeOrQueue}), flushed together:
     * the acks of a batch are not held behind other connections' broadcast, and take one task, not one each.
     */
    static void sendEach(List<? extends FrameSink> sinks, List<Encoded> messages) {
        List<FrameSink> written = new ArrayList<>(sinks.size());
        for (int i = 0; i < sinks.size(); i++) {
            FrameSink s = sinks.get(i);
            if (writeOrQueue(s, NettyFanout.textFrame(messages.get(i).bytes()))) {
                written.add(s);
            }
        }
        for (FrameSink s : written) {
            s.flush();
        }
    }

    /** Queues a job; when nothing was waiting, its first chunk is written now. */
    void add(Job job) {
        if (job.sinks.isEmpty()) {
            job.release();
            return;
        }
        for (FrameSink s : job.sinks) {
            s.queuedInOutbox(s.queuedInOutbox() + 1);
        }
        jobs.add(job);
        if (!scheduled && !draining) {
            drain();
        }
    }

    /** Jobs waiting (the one being written included); for tests. */
    int waiting() {
        return jobs.size();
    }

    private void nextChunk() {
        scheduled = false;
        drain();
    }

    private void drain() {
        draining = true;
        try {
            int budget = CHUNK;
            while (budget > 0 && !jobs.isEmpty()) {
                Job j = jobs.peek();
                budget -= j.writeSome(budget, written);
                if (j.done()) {
                    jobs.poll();
                }
            }
            for (FrameSink s : written) {
                s.flush();
            }
        } finally {
            written.clear();
            draining = false;
        }
        if (!jobs.isEmpty()) {
            scheduled = true;
            loop.execute(nextChunk);
        }
    }

    /**
     * Writes for some connections of one loop: the same frame to each ({@code shared}), each its own message
     * ({@code personal}, parallel to {@code sinks}), both (shared first), or, for one connection, an action that
     * must wait for its earlier writes (a close).
     */
    static final class Job {
        final List<? extends FrameSink> sinks;
        private final ByteBuf shared;
        private final List<Encoded> personal;
        private final Runnable action;
        private int next;

        /** @param shared retained for this job (released once written), or null */
        Job(List<? extends FrameSink> sinks, ByteBuf shared, List<Encoded> personal) {
            this(sinks, shared, personal, null);
        }

        private Job(List<? extends FrameSink> sinks, ByteBuf shared, List<Encoded> personal, Runnable action) {
            this.sinks = sinks;
            this.shared = shared;
            this.personal = personal;
            this.action = action;
        }

        static Job single(FrameSink sink, ByteBuf frame) {
            return new Job(List.of(sink), frame, null);
        }

        static Job action(FrameSink sink, Runnable action) {
            return new Job(List.of(sink), null, null, action);
        }

        void release() {
            if (shared != null) {
                shared.release();
            }
        }

        boolean done() {
            return next == sinks.size();
        }

        /** Writes up to {@code budget} connections, adding them to {@code written} for the flush; how many. */
        int writeSome(int budget, List<FrameSink> written) {
            int end = Math.min(sinks.size(), next + budget);
            for (int i = next; i < end; i++) {
                FrameSink s = sinks.get(i);
                s.queuedInOutbox(s.queuedInOutbox() - 1);
                if (action != null) {
                    action.run();
                    continue;
                }
                if (shared != null) {
                    s.writeFrame(end == sinks.size() && i == end - 1 ? shared : shared.retainedDuplicate());
                }
                if (personal != null) {
                    s.writeFrame(NettyFanout.textFrame(personal.get(i).bytes()));
                }
                written.add(s);
            }
            int n = end - next;
            next = end;
            return n;
        }
    }
}
