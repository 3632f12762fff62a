package quiznight.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import quiznight.metrics.Metrics;
import quiznight.protocol.Codec;
import quiznight.room.RoomRegistry;
import quiznight.testing.ManualClock;

/** One connection spraying wrong room codes, on an EmbeddedChannel whose time the test moves. */
class WrongCodesPerConnectionTest {
    final ManualClock clock = new ManualClock(1_700_000_000_000L);
    final RoomRegistry noRooms = new RoomRegistry(null, null, null, code -> code, 10, null);
    final EmbeddedChannel ch = new EmbeddedChannel(new SessionHandler(new SessionConfig(new Codec(clock::millis), noRooms,
            clock, Metrics.NOOP, new CodeGuard(100, 30), AddressQuotas.unlimited(), 3_600_000, 1000, 1000, 15_000,
            java.util.Set.of())));

    @AfterEach
    void tearDown() {
        ch.finishAndReleaseAll();
    }

    /** Sends a join with a wrong code; returns what the connection wrote back at once (texts, or "close:STATUS"). */
    private List<String> join(int i) {
        ch.writeInbound(new TextWebSocketFrame("{\"type\":\"join\",\"code\":\"" + (100_000 + i) + "\",\"name\":\"G\"}"));
        return written();
    }

    private List<String> written() {
        List<String> out = new ArrayList<>();
        Object o;
        while ((o = ch.readOutbound()) != null) {
            if (o instanceof CloseWebSocketFrame c) {
                out.add("close:" + c.statusCode());
                c.release();
            } else if (o instanceof ByteBuf b) {
                out.add(b.toString(StandardCharsets.UTF_8));
                b.release();
            }
        }
        return out;
    }

    private List<String> after(long ms) {
        ch.advanceTimeBy(ms, TimeUnit.MILLISECONDS);
        ch.runScheduledPendingTasks();
        return written();
    }

    @Test
    void wrongCodes_threeAnsweredAtOnce_thenAfter1_2_4_8s_andAfterTheTenthTheConnectionIsClosed1008() {
        // Only the test moves time: unfrozen, the embedded loop's clock also runs on, and on a busy box a
        // refusal due in 1,000 ms could come due after the test moved 999.
        ch.freezeTime();
        ch.pipeline().fireUserEventTriggered(new WebSocketServerProtocolHandler.HandshakeComplete("/ws", null, null));
        written();
        for (int i = 1; i <= 3; i++) {
            assertThat(join(i)).singleElement().asString().contains("room-not-found");
        }
        long[] waits = {1_000, 2_000, 4_000, 8_000, 8_000, 8_000, 8_000};
        for (int i = 0; i < waits.length; i++) {
            assertThat(join(4 + i)).as("wrong code %d is not answered at once", 4 + i).isEmpty();
            assertThat(join(50)).as("nor may the connection guess meanwhile").singleElement().asString().contains("wrong-phase");
            assertThat(after(waits[i] - 1)).isEmpty();
            assertThat(after(1)).singleElement().asString().contains("room-not-found");
        }
        List<String> last = join(11);
        assertThat(last).hasSize(2);
        assertThat(last.get(0)).contains("rate-limited");
        assertThat(last.get(1)).isEqualTo("close:1008");
    }
}
