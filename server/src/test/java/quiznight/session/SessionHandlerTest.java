package quiznight.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.nio.file.Path;
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
        return new SessionHandler(new SessionConfig(codec, null, Clock.SYSTEM, metrics, new CodeGuard(100, 30), AddressQuotas.unlimited(),
                60_000, 20, 40, 15_000, java.util.Set.of()));
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
