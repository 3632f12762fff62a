package quiznight.session;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One connection's network delay: a ping with a random nonce at the upgrade and every interval after, and only
 * its echo times the round trip ({@link RoundTrips}). On the connection's event loop.
 */
final class NetworkDelay {
    private final RoundTrips roundTrips = new RoundTrips();
    private ScheduledFuture<?> pinger;

    /** Pings now, then every {@code intervalMs} until {@link #stop}. */
    void start(Channel channel, long intervalMs) {
        ping(channel);
        pinger = channel.eventLoop().scheduleAtFixedRate(() -> ping(channel), intervalMs, intervalMs, TimeUnit.MILLISECONDS);
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
