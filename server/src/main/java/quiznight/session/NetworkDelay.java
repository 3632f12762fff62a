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
 */
final class NetworkDelay {
    private final RoundTrips roundTrips = new RoundTrips();
    private ScheduledFuture<?> pinger;
    /** The event loop's time, as its idle handler and timers read it (a test's EmbeddedChannel moves it). */
    private io.netty.util.concurrent.Ticker ticker;
    /** When the connection last sent a message ({@link #heard}), by {@link #ticker}. */
    private long heardNanos;

    /**
     * Pings now, then every {@code intervalMs} until {@link #stop}. Takes over the pipeline's idle timeout (its
     * {@link IdleStateHandler} leaves): at a ping due when nothing was {@link #heard} for that long, runs
     * {@code silent} instead and stops. Without an idle handler, no timeout.
     */
    void start(Channel channel, long intervalMs, Runnable silent) {
        ticker = channel.eventLoop().ticker();
        heardNanos = ticker.nanoTime();
        long idleNanos = TimeUnit.MILLISECONDS.toNanos(takeOverIdleTimeout(channel));
        ping(channel);
        pinger = channel.eventLoop().scheduleAtFixedRate(() -> {
            if (idleNanos > 0 && ticker.nanoTime() - heardNanos >= idleNanos) {
                stop();
                silent.run();
            } else {
                ping(channel);
            }
        }, intervalMs, intervalMs, TimeUnit.MILLISECONDS);
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
        if (ticker != null) {
            heardNanos = ticker.nanoTime();
        }
    }

    void stop() {
        if (pinger != null) {
            pinger.cancel(false);
        }
    }

    private void ping(Channel channel) {
        if (channel.isActive()) {
            long nonce;
            do {
                nonce = quiznight.room.Tokens.random().nextLong();
            } while (nonce == 0);
            roundTrips.sent(nonce, System.nanoTime());
            ByteBuf payload = channel.alloc().buffer(8).writeLong(nonce);
            channel.writeAndFlush(new PingWebSocketFrame(payload), channel.voidPromise());
        }
    }

    /** A pong's payload: the nonce of one of our pings, or anything else (ignored). */
    void pong(ByteBuf content) {
        if (content.readableBytes() == 8) {
            roundTrips.pong(content.getLong(content.readerIndex()), System.nanoTime());
        }
    }

    /** Half the smoothed round trip, capped; 0 until the first pong. */
    long latencyMs() {
        return roundTrips.latencyMs();
    }
}
