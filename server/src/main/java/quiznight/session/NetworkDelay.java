package quiznight.session;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;

/**
 * One connection's network delay and liveness: a ping with a random nonce at the upgrade and every interval after,
 * and only its echo times the round trip ({@link RoundTrips}). The same visits end a connection that sent nothing
 * for the idle timeout (a {@link IdleState#READER_IDLE} event through its pipeline), so a WebSocket needs no idle
 * handler (and timer) of its own. On the connection's event loop.
 *
 * <p>Every connection has one, so it is one object: the round trips are its superclass, and the pings are timed by
 * its loop's {@link LoopPings}, not a timer task of its own (a lambda, a separate {@link RoundTrips} and a timer task
 * were about 170 bytes a connection more).
 */
final class NetworkDelay extends RoundTrips implements Runnable {
    private Channel channel;
    /** The idle timeout taken over from the pipeline, in ns; 0: none. */
    private long idleNanos;
    /** The loop's timer this connection is placed in (null: none, or stopped), and where: bucket << 24 | index. */
    private LoopPings pings;
    private int slot;
    /** When the connection last sent a message ({@link #heard}), by its event loop's ticker (a test's moves it). */
    private long heardNanos;

    /**
     * Pings now, then every {@code intervalMs} until {@link #stop}. Takes over the pipeline's idle timeout (its
     * {@link IdleStateHandler} leaves): at a ping due when nothing was {@link #heard} for that long, fires a
     * {@link IdleStateEvent} of {@link IdleState#READER_IDLE} through the pipeline instead and stops. Without an idle
     * handler, no timeout. On the channel's event loop.
     */
    void start(Channel channel, long intervalMs) {
        this.channel = channel;
        heardNanos = now();
        idleNanos = TimeUnit.MILLISECONDS.toNanos(takeOverIdleTimeout(channel));
        ping();
        pings = LoopPings.of(channel.eventLoop(), intervalMs);
        pings.add(this);
    }

    /** Where {@link LoopPings} keeps this connection; it moves when another leaves. */
    void placed(int bucket, int index) {
        slot = bucket << 24 | index;
    }

    /** Its loop's visit: a ping, or the end of a connection silent past the idle timeout. */
    @Override
    public void run() {
        if (idleNanos > 0 && now() - heardNanos >= idleNanos) {
            stop();
            channel.pipeline().fireUserEventTriggered(IdleStateEvent.READER_IDLE_STATE_EVENT);
        } else {
            ping();
        }
    }

    /** The event loop's time, as its idle handler and timers read it. */
    private long now() {
        return channel.eventLoop().ticker().nanoTime();
    }

    /** The idle handler's timeout in ms, the handler removed; 0 when there is none. */
    private static long takeOverIdleTimeout(Channel channel) {
        IdleStateHandler idle = channel.pipeline().get(IdleStateHandler.class);
        if (idle == null) {
            return 0;
        }
        channel.pipeline().remove(idle);
        return idle.getReaderIdleTimeInMillis();
    }

    /** The connection sent a message (any frame): it is not idle. */
    void heard() {
        if (channel != null) {
            heardNanos = now();
        }
    }

    /** No more pings; on the channel's event loop. */
    void stop() {
        if (pings != null) {
            LoopPings p = pings;
            pings = null;
            p.remove(this, slot >>> 24, slot & 0xFF_FFFF);
        }
    }

    private void ping() {
        if (channel.isActive()) {
            long nonce;
            do {
                nonce = quiznight.room.Tokens.random().nextLong();
            } while (nonce == 0);
            sent(nonce, System.nanoTime());
            ByteBuf payload = channel.alloc().buffer(8).writeLong(nonce);
            channel.writeAndFlush(new PingWebSocketFrame(payload), channel.voidPromise());
        }
    }

    /** A pong's payload: the nonce of one of our pings, or anything else (ignored). */
    void pong(ByteBuf content) {
        if (content.readableBytes() == 8) {
            pong(content.getLong(content.readerIndex()), System.nanoTime());
        }
    }
}
