package quiznight.session;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One connection's network delay and liveness: a ping with a random nonce at the upgrade and every interval after,
 * and only its echo times the round trip ({@link RoundTrips}). The same timer ends a connection that sent nothing
 * for the idle timeout, so a WebSocket needs no idle handler (and timer) of its own. On the connection's event loop.
 *
 * <p>Every connection has one, so it is one object: the round trips are its superclass and it is its own timer task
 * (a lambda and a separate {@link RoundTrips} were about 90 bytes a connection more).
 */
final class NetworkDelay extends RoundTrips implements Runnable {
    private Channel channel;
    private Runnable silent;
    /** The idle timeout taken over from the pipeline, in ns; 0: none. */
    private long idleNanos;
    private ScheduledFuture<?> pinger;
    /** When the connection last sent a message ({@link #heard}), by its event loop's ticker (a test's moves it). */
    private long heardNanos;

    /**
     * Pings now, then every {@code intervalMs} until {@link #stop}. Takes over the pipeline's idle timeout (its
     * {@link IdleStateHandler} leaves): at a ping due when nothing was {@link #heard} for that long, runs
     * {@code silent} instead and stops. Without an idle handler, no timeout.
     */
    void start(Channel channel, long intervalMs, Runnable silent) {
        this.channel = channel;
        this.silent = silent;
        heardNanos = now();
        idleNanos = TimeUnit.MILLISECONDS.toNanos(takeOverIdleTimeout(channel));
        ping();
        pinger = channel.eventLoop().scheduleAtFixedRate(this, intervalMs, intervalMs, TimeUnit.MILLISECONDS);
    }

    /** The timer: a ping, or the end of a connection silent past the idle timeout. */
    @Override
    public void run() {
        if (idleNanos > 0 && now() - heardNanos >= idleNanos) {
            stop();
            silent.run();
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

    void stop() {
        if (pinger != null) {
            pinger.cancel(false);
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
