package quiznight.session;

import io.netty.buffer.ByteBuf;
import io.netty.channel.EventLoop;

/**
 * A connection as the fan-out writes to it ({@link SessionHandler}; a recording fake in tests). Every method but
 * {@link #eventLoop()} and {@link #writable()} runs on that event loop only.
 */
interface FrameSink {
    EventLoop eventLoop();

    /** False while the peer is not reading fast enough: a droppable update skips it. */
    boolean writable();

    /** Writes (or holds, see {@link SessionHandler#writeFrame}) a ready-made WebSocket frame; takes ownership. */
    void writeFrame(ByteBuf frame);

    void flush();

    /** How many writes for this connection wait in its loop's {@link LoopOutbox}; changed by the outbox only. */
    int queuedInOutbox();

    void queuedInOutbox(int n);
}
