package quiznight.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.channel.DefaultEventLoop;
import io.netty.channel.EventLoop;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import quiznight.game.Clock;
import quiznight.metrics.Metrics;
import quiznight.protocol.Codec;
import quiznight.protocol.Encoded;
import quiznight.room.Peer;
import quiznight.room.RoomRef;

/** Broadcasts in chunks: other tasks of a loop run between them, and each connection keeps its order. */
class LoopOutboxTest {
    private final NettyFanout fanout = new NettyFanout(Metrics.NOOP);
    private final DefaultEventLoop loop = new DefaultEventLoop();
    /** Frames written to any fake connection so far (on the loop). */
    private final AtomicInteger written = new AtomicInteger();

    @AfterEach
    void stop() {
        loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @Test
    void anAnswerTaskQueuedDuringA10000SocketBroadcast_runsBeforeItsLastChunk() throws Exception {
        List<Peer> peers = sinks(10_000, loop);
        CompletableFuture<Integer> seenByAnswer = new CompletableFuture<>();
        CompletableFuture<Integer> afterBroadcast = new CompletableFuture<>();
        loop.execute(() -> {
            fanout.broadcast(peers, message("question"));
            // The room's next task: an answer that arrived while the broadcast was being written.
            loop.execute(() -> seenByAnswer.complete(written.get()));
        });
        loop.execute(() -> awaitIdle(afterBroadcast));
        assertThat(afterBroadcast.get(10, TimeUnit.SECONDS)).isEqualTo(10_000);
        int seen = seenByAnswer.get();
        assertThat(seen).isLessThan(10_000).isGreaterThanOrEqualTo(LoopOutbox.CHUNK);
        assertThat(peers).allSatisfy(p -> assertThat(((Sink) p).received).containsExactly("question"));
    }

    @Test
    void aLaterBroadcastQueuesBehindAnEarlierOneStillInFlight_eachConnectionGetsThemInOrder() throws Exception {
        List<Peer> peers = sinks(3 * LoopOutbox.CHUNK + 7, loop);
        List<Encoded> results = new ArrayList<>();
        for (int i = 0; i < peers.size(); i++) {
            results.add(message("result" + i));
        }
        CompletableFuture<Integer> waitingAfterCalls = new CompletableFuture<>();
        CompletableFuture<Integer> done = new CompletableFuture<>();
        loop.execute(() -> {
            fanout.broadcast(peers, message("question"));
            fanout.broadcastThenEach(peers, message("reveal"), results);
            fanout.broadcast(peers.subList(0, 10), message("standings"));
            waitingAfterCalls.complete(LoopOutbox.here(loop).waiting());
            awaitIdle(done);
        });
        assertThat(done.get(10, TimeUnit.SECONDS)).isEqualTo(peers.size() * 3 + 10);
        assertThat(waitingAfterCalls.get()).isEqualTo(3);
        for (int i = 0; i < peers.size(); i++) {
            List<String> expected = new ArrayList<>(List.of("question", "reveal", "result" + i));
            if (i < 10) {
                expected.add("standings");
            }
            assertThat(((Sink) peers.get(i)).received).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void broadcastsFromAnotherThread_keepTheirOrderOnTheConnectionsLoop() throws Exception {
        List<Peer> peers = sinks(2 * LoopOutbox.CHUNK + 1, loop);
        fanout.broadcast(peers, message("a"));
        fanout.broadcast(peers, message("b"));
        CompletableFuture<Integer> done = new CompletableFuture<>();
        loop.execute(() -> awaitIdle(done));
        assertThat(done.get(10, TimeUnit.SECONDS)).isEqualTo(peers.size() * 2);
        assertThat(peers).allSatisfy(p -> assertThat(((Sink) p).received).containsExactly("a", "b"));
    }

    @Test
    void acksSentEachDuringABroadcast_reachAConnectionTheBroadcastHasReachedAtOnce_andTheOthersAfterIt() throws Exception {
        List<Peer> peers = sinks(2 * LoopOutbox.CHUNK + 1, loop);
        Sink reached = (Sink) peers.get(0);
        Sink waiting = (Sink) peers.get(peers.size() - 1);
        CompletableFuture<List<String>> reachedThen = new CompletableFuture<>();
        CompletableFuture<List<String>> waitingThen = new CompletableFuture<>();
        CompletableFuture<Integer> done = new CompletableFuture<>();
        loop.execute(() -> {
            fanout.broadcast(peers, message("question"));
            // The relay's next task: the owner's acks for a player who has the question and one who has not yet.
            loop.execute(() -> {
                fanout.sendEach(List.of(reached, waiting), List.of(message("ack"), message("ack")));
                reachedThen.complete(List.copyOf(reached.received));
                waitingThen.complete(List.copyOf(waiting.received));
                awaitIdle(done);
            });
        });
        assertThat(done.get(10, TimeUnit.SECONDS)).isEqualTo(peers.size() + 2);
        assertThat(reachedThen.get()).as("written in the same task, not behind the broadcast").containsExactly("question", "ack");
        assertThat(waitingThen.get()).isEmpty();
        assertThat(waiting.received).containsExactly("question", "ack");
    }

    @Test
    void aSingleMessageOrACloseForAConnectionStillWaitingForABroadcast_goesOutAfterIt() {
        SessionHandler h = new SessionHandler(new SessionConfig(new Codec(() -> 1.0), null, Clock.SYSTEM, Metrics.NOOP,
                new CodeGuard(100, 30), AddressQuotas.unlimited(), 60_000, 20, 40, 15_000, java.util.Set.of()));
        EmbeddedChannel ch = new EmbeddedChannel(h);
        ch.pipeline().fireUserEventTriggered(new WebSocketServerProtocolHandler.HandshakeComplete("/ws", null, null));
        ch.releaseOutbound(); // the first ping
        List<Peer> peers = new ArrayList<>(sinks(LoopOutbox.CHUNK + 3, ch.eventLoop()));
        peers.add(h); // past the first chunk, which is written at once (the embedded loop is this thread)

        fanout.broadcast(peers, message("question"));
        h.send(message("ack"));
        h.close(1000, "bye");
        assertThat((Object) ch.readOutbound()).as("nothing before the broadcast's chunk").isNull();

        ch.runPendingTasks();
        assertThat(text(ch.readOutbound())).contains("\"type\":\"question\"");
        assertThat(text(ch.readOutbound())).contains("\"type\":\"ack\"");
        Object close = ch.readOutbound();
        assertThat(close).isInstanceOf(CloseWebSocketFrame.class);
        ((CloseWebSocketFrame) close).release();
        ch.finishAndReleaseAll();
    }

    // ---- fakes ---------------------------------------------------------------------------------

    private static Encoded message(String type) {
        return new Encoded(type, ("{\"type\":\"" + type + "\"}").getBytes(StandardCharsets.UTF_8), false);
    }

    private static String text(Object frame) {
        ByteBuf b = (ByteBuf) frame;
        try {
            return b.toString(StandardCharsets.UTF_8);
        } finally {
            b.release();
        }
    }

    /** Completes {@code done} with the frames written once the loop's outbox has nothing left. */
    private void awaitIdle(CompletableFuture<Integer> done) {
        if (LoopOutbox.here(loop).waiting() == 0) {
            done.complete(written.get());
        } else {
            loop.execute(() -> awaitIdle(done));
        }
    }

    private List<Peer> sinks(int n, EventLoop on) {
        List<Peer> peers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            peers.add(new Sink(on));
        }
        return peers;
    }

    /** A connection that records the type of each frame written to it. */
    private final class Sink implements FrameSink, Peer {
        final EventLoop loop;
        final List<String> received = new ArrayList<>(4);
        int queued;

        Sink(EventLoop loop) {
            this.loop = loop;
        }

        @Override
        public EventLoop eventLoop() {
            return loop;
        }

        @Override
        public boolean writable() {
            return true;
        }

        @Override
        public void writeFrame(ByteBuf frame) {
            assertThat(loop.inEventLoop()).isTrue();
            String s = frame.toString(frame.readerIndex() + 2, frame.readableBytes() - 2, StandardCharsets.UTF_8);
            frame.release();
            received.add(s.substring(s.indexOf(":\"") + 2, s.lastIndexOf('"')));
            written.incrementAndGet();
        }

        @Override
        public void flush() {
        }

        @Override
        public int queuedInOutbox() {
            return queued;
        }

        @Override
        public void queuedInOutbox(int n) {
            queued = n;
        }

        @Override
        public void send(Encoded message) {
            throw new UnsupportedOperationException("the fan-out writes frames");
        }

        @Override
        public void close(int status, String reason) {
        }

        @Override
        public void bind(RoomRef room, Role role, String memberId) {
        }
    }
}
