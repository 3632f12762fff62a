package quiznight.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.timeout.IdleStateHandler;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import quiznight.game.Clock;
import quiznight.metrics.Metrics;
import quiznight.protocol.Codec;
import quiznight.protocol.Encoded;
import quiznight.protocol.ServerMessage;

/** The connection handler on an EmbeddedChannel: slow readers and droppable updates. */
class SessionHandlerTest {
    final Codec codec = new Codec(() -> 1.0);
    final int[] drops = {0};
    final int[] closes = {0};
    final Metrics metrics = new Metrics.Noop() {
        @Override
        public void droppedForSlowReader() {
            drops[0]++;
        }

        @Override
        public void slowReaderClosed() {
            closes[0]++;
        }
    };

    private EmbeddedChannel upgradedChannel(SessionHandler handler) {
        EmbeddedChannel ch = new EmbeddedChannel(handler);
        ch.freezeTime(); // only the test moves time: a 15 s timeout must not come due while it moves 14,999 ms
        ch.pipeline().fireUserEventTriggered(new WebSocketServerProtocolHandler.HandshakeComplete("/ws", null, null));
        ch.readOutbound();
        return ch;
    }

    private SessionHandler handler() {
        return handler(60_000);
    }

    private SessionHandler handler(long pingIntervalMs) {
        return new SessionHandler(new SessionConfig(codec, null, Clock.SYSTEM, metrics, new CodeGuard(100, 30), AddressQuotas.unlimited(),
                pingIntervalMs, 20, 40, 15_000, java.util.Set.of()));
    }

    /**
     * Moves the channel's time on by {@code ms} in steps of 100 ms, running what comes due; the frames written
     * meanwhile ("ping", "close 1008", ...), released.
     */
    private static List<String> after(EmbeddedChannel ch, long ms) {
        List<String> written = new java.util.ArrayList<>();
        for (long t = 0; t < ms; t += 100) {
            ch.advanceTimeBy(100, TimeUnit.MILLISECONDS);
            ch.runScheduledPendingTasks();
            ch.runPendingTasks();
            for (Object o = ch.readOutbound(); o != null; o = ch.readOutbound()) {
                written.add(o instanceof PingWebSocketFrame ? "ping"
                        : o instanceof CloseWebSocketFrame c ? "close " + c.statusCode() : o.getClass().getSimpleName());
                io.netty.util.ReferenceCountUtil.release(o);
            }
        }
        return written;
    }

    @Test
    void upgradedConnection_silentPastTheIdleTimeout_isClosedByItsPingTimer_andAnyFrameHeardPutsThatOff() {
        EmbeddedChannel ch = new EmbeddedChannel(new IdleStateHandler(1_200, 0, 0, TimeUnit.MILLISECONDS), handler(300));
        ch.freezeTime();
        ch.pipeline().fireUserEventTriggered(new WebSocketServerProtocolHandler.HandshakeComplete("/ws", null, null));
        assertThat(ch.pipeline().get(IdleStateHandler.class)).as("the session's ping timer took the timeout over").isNull();

        assertThat(after(ch, 1_000)).containsOnly("ping");
        ch.writeInbound(new PongWebSocketFrame()); // heard at 1,000 ms: silent from then on
        assertThat(after(ch, 1_100)).as("1,100 ms after the pong").containsOnly("ping");
        assertThat(after(ch, 400)).as("past 1,200 ms").containsExactly("close 1008");
        assertThat(after(ch, 600)).as("no more pings once closing").isEmpty();
        ch.finishAndReleaseAll();
    }

    @Test
    void connectionWithoutAnIdleHandler_isNotClosedForSilence() {
        EmbeddedChannel ch = new EmbeddedChannel(handler(300));
        ch.freezeTime();
        ch.pipeline().fireUserEventTriggered(new WebSocketServerProtocolHandler.HandshakeComplete("/ws", null, null));
        assertThat(after(ch, 5_000)).isNotEmpty().containsOnly("ping");
        assertThat(ch.isActive()).isTrue();
        ch.finishAndReleaseAll();
    }

    @Test
    void unwritableConnection_skipsDroppableUpdates_butNotPhaseChanges() {
        SessionHandler h = handler();
        EmbeddedChannel ch = upgradedChannel(h);
        ch.unsafe().outboundBuffer().setUserDefinedWritability(1, false);
        Encoded lobby = codec.encode(new ServerMessage.Lobby("123456", 1, false, null));
        Encoded question = codec.encode(new ServerMessage.Ack(0));
        h.send(lobby);
        h.send(question);
        ch.runPendingTasks();
        assertThat(drops[0]).isEqualTo(1);
        assertThat((Object) ch.readOutbound()).isNotNull();
        assertThat((Object) ch.readOutbound()).isNull();
        ch.finishAndReleaseAll();
    }

    @Test
    void connectionThatStopsReading_isClosedAfterTheTimeout_notBefore() {
        SessionHandler h = handler();
        EmbeddedChannel ch = upgradedChannel(h);
        ch.unsafe().outboundBuffer().setUserDefinedWritability(1, false);
        ch.runPendingTasks();
        ch.advanceTimeBy(14_999, TimeUnit.MILLISECONDS);
        ch.runScheduledPendingTasks();
        assertThat(ch.isActive()).isTrue();
        ch.advanceTimeBy(2, TimeUnit.MILLISECONDS);
        ch.runScheduledPendingTasks();
        assertThat(ch.isActive()).isFalse();
        assertThat(closes[0]).isEqualTo(1);
        ch.finishAndReleaseAll();
    }

    @Test
    void connectionThatCatchesUp_isKept() {
        SessionHandler h = handler();
        EmbeddedChannel ch = upgradedChannel(h);
        ch.unsafe().outboundBuffer().setUserDefinedWritability(1, false);
        ch.runPendingTasks();
        ch.advanceTimeBy(10_000, TimeUnit.MILLISECONDS);
        ch.runScheduledPendingTasks();
        ch.unsafe().outboundBuffer().setUserDefinedWritability(1, true);
        ch.runPendingTasks();
        ch.advanceTimeBy(60_000, TimeUnit.MILLISECONDS);
        ch.runScheduledPendingTasks();
        assertThat(ch.isActive()).isTrue();
        assertThat(closes[0]).isZero();
        ch.finishAndReleaseAll();
    }
}
