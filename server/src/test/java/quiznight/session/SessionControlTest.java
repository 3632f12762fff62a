package quiznight.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import quiznight.metrics.Metrics;
import quiznight.protocol.ClientMessage;
import quiznight.protocol.Codec;
import quiznight.protocol.ErrorCode;
import quiznight.protocol.ServerMessage;
import quiznight.room.Journal;
import quiznight.room.Peer;
import quiznight.room.Room;
import quiznight.room.RoomDirectory;
import quiznight.room.RoomRef;
import quiznight.room.RoomRegistry;
import quiznight.testing.ManualClock;

/** The connection handler on an EmbeddedChannel: ping nonces, control-frame budget, and when a request's answer goes out. */
class SessionControlTest {
    final Codec codec = new Codec(() -> 1.0);
    final ManualClock clock = new ManualClock(1_000_000);

    /** A room that answers a join only when the test says so: {@code reply} then {@code done}, as a room does. */
    static final class SlowRoom implements RoomRef {
        final List<Peer> peers = new ArrayList<>();
        final List<Runnable> dones = new ArrayList<>();

        public String code() {
            return "123456";
        }

        public void join(Peer peer, ClientMessage.Join join, String raw, long receivedAt, Runnable done) {
            peers.add(peer);
            dones.add(done);
        }

        public void resume(Peer peer, String token, long receivedAt, Runnable done) {
            join(peer, null, null, receivedAt, done);
        }

        public void command(Peer peer, ClientMessage message, String raw) {
        }

        public void answer(Peer peer, String memberId, ClientMessage.Answer answer, String raw, long receivedAt, long latencyMs) {
        }

        public void disconnected(Peer peer, String memberId) {
        }
    }

    private SessionHandler handler(RoomRegistry registry) {
        return new SessionHandler(new SessionConfig(codec, registry, clock, new Metrics.Noop(), new CodeGuard(100, 30), AddressQuotas.unlimited(),
                60_000, 20, 40, 15_000, Set.of()));
    }

    private static RoomRegistry registryWith(RoomRef room) {
        RoomRegistry registry = new RoomRegistry(null, null, null, code -> "", 10, null);
        registry.useDirectory(new RoomDirectory() {
            public CompletionStage<Boolean> claim(String code) {
                return CompletableFuture.completedFuture(false);
            }

            public CompletionStage<Optional<RoomRef>> elsewhere(String code) {
                return CompletableFuture.completedFuture(Optional.of(room));
            }

            public Journal journalFor(String code) {
                return null;
            }

            public void released(Room r) {
            }
        });
        return registry;
    }

    private static EmbeddedChannel upgraded(SessionHandler h) {
        EmbeddedChannel ch = new EmbeddedChannel(h);
        ch.pipeline().fireUserEventTriggered(new WebSocketServerProtocolHandler.HandshakeComplete("/ws", null, null));
        return ch;
    }

    /** Every frame written so far, released; text frames as their text, others by class name (close with its code). */
    private static List<String> drain(EmbeddedChannel ch) {
        List<String> out = new ArrayList<>();
        Object o;
        while ((o = ch.readOutbound()) != null) {
            if (o instanceof ByteBuf b) {
                out.add(b.toString(java.nio.charset.StandardCharsets.UTF_8));
            } else if (o instanceof TextWebSocketFrame t) {
                out.add(t.text());
            } else if (o instanceof CloseWebSocketFrame c) {
                out.add("close " + c.statusCode());
            } else {
                out.add(o.getClass().getSimpleName());
            }
            ReferenceCountUtil.release(o);
        }
        return out;
    }

    private static ByteBuf longPayload(long v) {
        return Unpooled.buffer(8).writeLong(v);
    }

    @Test
    void forgedPong_doesNotRaiseTheMeasuredDelay_onlyTheEchoOfTheServersOwnPingCounts() {
        SessionHandler h = handler(null);
        EmbeddedChannel ch = upgraded(h);
        PingWebSocketFrame ping = ch.readOutbound();
        long nonce = ping.content().getLong(0);
        ping.release();
        // The old trick: a pong claiming the ping left 600 ms ago (a send time), and one with a made-up nonce.
        ch.writeInbound(new PongWebSocketFrame(longPayload(System.nanoTime() - 600_000_000L)));
        ch.writeInbound(new PongWebSocketFrame(longPayload(nonce + 1)));
        assertThat(h.latencyMs()).isZero();
        ch.writeInbound(new PongWebSocketFrame(longPayload(nonce)));
        long measured = h.latencyMs();
        assertThat(measured).isLessThan(100);
        // Replaying the same pong later adds nothing.
        ch.writeInbound(new PongWebSocketFrame(longPayload(nonce)));
        assertThat(h.latencyMs()).isEqualTo(measured);
        ch.finishAndReleaseAll();
    }

    @Test
    void pingFlood_isAnsweredWithinTheMessageBudget_thenClosedWith1008() {
        EmbeddedChannel ch = upgraded(handler(null));
        drain(ch);
        for (int i = 0; i < 200 && ch.isActive(); i++) {
            ch.writeInbound(new PingWebSocketFrame(Unpooled.wrappedBuffer(new byte[] {1})));
        }
        List<String> out = drain(ch);
        assertThat(out.stream().filter(s -> s.equals("PongWebSocketFrame")).count()).isEqualTo(40);
        assertThat(out).contains("close 1008");
        ch.finishAndReleaseAll();
    }

    @Test
    void unsolicitedPongFlood_countsAgainstTheBudgetToo() {
        EmbeddedChannel ch = upgraded(handler(null));
        drain(ch);
        for (int i = 0; i < 200; i++) {
            ch.writeInbound(new PongWebSocketFrame(longPayload(i)));
        }
        assertThat(drain(ch)).containsExactly("close 1008");
        ch.finishAndReleaseAll();
    }

    @Test
    void pingsWithinTheBudget_areAnsweredWithTheirPayload() {
        EmbeddedChannel ch = upgraded(handler(null));
        drain(ch);
        ch.writeInbound(new PingWebSocketFrame(Unpooled.wrappedBuffer(new byte[] {7, 8})));
        PongWebSocketFrame pong = ch.readOutbound();
        assertThat(pong.content().readableBytes()).isEqualTo(2);
        assertThat(pong.content().getByte(1)).isEqualTo((byte) 8);
        pong.release();
        ch.finishAndReleaseAll();
    }

    @Test
    void theAnswerToAJoin_isNotWrittenBeforeTheSessionAcceptsTheNextRequest() {
        SlowRoom room = new SlowRoom();
        EmbeddedChannel ch = upgraded(handler(registryWith(room)));
        drain(ch);
        ch.writeInbound(new TextWebSocketFrame("{\"type\":\"join\",\"code\":\"123456\",\"name\":\"bad\"}"));
        assertThat(room.peers).hasSize(1);
        // The room refuses the name: its answer is sent, and only then does it say it is done with the request.
        room.peers.get(0).send(codec.encode(ServerMessage.Error.of(ErrorCode.BAD_NAME, "That name is not allowed.")));
        List<String> beforeDone = drain(ch);
        if (!beforeDone.isEmpty()) {
            // A client that read the answer now and sent its next join must have it accepted.
            ch.writeInbound(new TextWebSocketFrame("{\"type\":\"join\",\"code\":\"123456\",\"name\":\"Ada\"}"));
            assertThat(drain(ch)).noneMatch(s -> s.contains("wrong-phase"));
        }
        assertThat(beforeDone).isEmpty();
        room.dones.get(0).run();
        assertThat(drain(ch)).singleElement().asString().contains("bad-name");
        ch.writeInbound(new TextWebSocketFrame("{\"type\":\"join\",\"code\":\"123456\",\"name\":\"Ada\"}"));
        assertThat(drain(ch)).isEmpty();
        assertThat(room.peers).hasSize(2);
        ch.finishAndReleaseAll();
    }

    @Test
    void theSessionsOwnRefusal_whileARequestIsPending_goesOutAtOnce() {
        SlowRoom room = new SlowRoom();
        EmbeddedChannel ch = upgraded(handler(registryWith(room)));
        drain(ch);
        ch.writeInbound(new TextWebSocketFrame("{\"type\":\"join\",\"code\":\"123456\",\"name\":\"Ada\"}"));
        ch.writeInbound(new TextWebSocketFrame("{\"type\":\"join\",\"code\":\"123456\",\"name\":\"Bob\"}"));
        assertThat(drain(ch)).singleElement().asString().contains("wrong-phase");
        assertThat(room.peers).hasSize(1);
        ch.finishAndReleaseAll();
    }
}
