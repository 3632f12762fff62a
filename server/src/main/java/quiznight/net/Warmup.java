package quiznight.net;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocket08FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocket08FrameEncoder;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import quiznight.game.Clock;
import quiznight.game.NameFilter;
import quiznight.metrics.Metrics;
import quiznight.protocol.Codec;
import quiznight.quiz.Question;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizCatalog;
import quiznight.results.ResultsStore;
import quiznight.room.Room;
import quiznight.room.RoomRegistry;
import quiznight.room.RoomSettings;
import quiznight.session.AddressQuotas;
import quiznight.session.CodeGuard;
import quiznight.session.NettyFanout;
import quiznight.session.SessionConfig;

/**
 * A fresh server's first question would be its slowest: the JIT has not compiled the paths a game runs. Before the
 * port is bound, this plays one short game off-line through the real pipeline: {@value #PLAYERS} players and a
 * host on embedded channels (the HTTP upgrade, masked client frames, the WebSocket codec, the sessions), a room of
 * its own registry (no journal, no results: the game is not finished, the registry is dropped), the real codec and
 * fan-out: create, join, {@value #QUESTIONS} questions answered, reveals, results and standings. Nothing of it is
 * visible to the server's rooms, metrics or files. Takes a few hundred milliseconds.
 */
final class Warmup {
    static final int PLAYERS = 256;
    static final int QUESTIONS = 3;
    private static final int MAX_ROUNDS = 1_000;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final Codec codec;
    /** The quiz the warm-up game plays: the default one. */
    private final Quiz quiz;
    private final BiConsumer<ChannelPipeline, SessionConfig> pipeline;
    private final SessionConfig sessions;
    private final EmbeddedChannel roomLoop = new EmbeddedChannel();
    private final EmbeddedChannel masker = new EmbeddedChannel(new WebSocket08FrameEncoder(true));
    private final List<Client> clients = new ArrayList<>();

    /**
     * @param pipeline adds the server's handlers to a channel, its sessions speaking through the given config
     */
    private Warmup(BiConsumer<ChannelPipeline, SessionConfig> pipeline, QuizCatalog catalog, Codec codec, Clock clock,
                   RoomSettings rooms, NameFilter names, ResultsStore results) {
        this.codec = codec;
        this.quiz = catalog.defaultQuiz();
        this.pipeline = pipeline;
        Room.Services services = new Room.Services(clock, codec, Metrics.NOOP, results, rooms,
                new NettyFanout(Metrics.NOOP), names);
        RoomRegistry registry = new RoomRegistry(catalog, services, () -> new NettyRoomLoop(roomLoop.eventLoop()),
                code -> "http://warmup.invalid/play?code=" + code, 1, null);
        this.sessions = new SessionConfig(codec, registry, clock, Metrics.NOOP, new CodeGuard(1_000, 1_000_000),
                AddressQuotas.unlimited(), 3_600_000, 1_000_000, 1_000_000, 3_600_000, java.util.Set.of());
    }

    /** Plays the game; returns the rounds it took, or throws when it could not finish (a bug, not load). */
    static int run(BiConsumer<ChannelPipeline, SessionConfig> pipeline, QuizCatalog catalog, Codec codec, Clock clock,
                   RoomSettings rooms, NameFilter names, ResultsStore results) {
        Warmup w = new Warmup(pipeline, catalog, codec, clock, rooms, names, results);
        try {
            return w.play();
        } finally {
            w.close();
        }
    }

    private int play() {
        Client host = new Client();
        host.send("{\"type\":\"create\",\"quiz\":\"" + quiz.id() + "\",\"options\":{\"questions\":" + QUESTIONS
                + ",\"shuffle\":false}}");
        int rounds = pump(() -> host.got("created") == 1);
        String code = host.last.get("created").get("code").asText();
        List<Client> players = new ArrayList<>(PLAYERS);
        for (int i = 0; i < PLAYERS; i++) {
            Client c = new Client();
            c.send("{\"type\":\"join\",\"code\":\"" + code + "\",\"name\":\"Warm " + i + "\"}");
            players.add(c);
        }
        rounds += pump(() -> players.stream().allMatch(c -> c.got("joined") == 1));
        host.send("{\"type\":\"start\"}");
        for (int q = 0; q < QUESTIONS; q++) {
            int n = q + 1;
            rounds += pump(() -> players.stream().allMatch(c -> c.got("question") == n));
            String answer = answer(q, players.get(0).last.get("question"), quiz.questions().get(q));
            players.forEach(c -> c.send(answer));
            rounds += pump(() -> players.stream().allMatch(c -> c.got("result") == n));
            host.send("{\"type\":\"next\"}");
            rounds += pump(() -> players.stream().allMatch(c -> c.got("standings") == n));
            if (q + 1 < QUESTIONS) {
                host.send("{\"type\":\"next\"}");
            }
        }
        return rounds;
    }

    /**
     * An answer that fits the question's kind, from the kind's rules (right or wrong does not matter here): the
     * room plays the quiz's first questions in order, so {@code played} is the question {@code sent} shows.
     */
    private static String answer(int index, JsonNode sent, Question played) {
        if (!played.kind().wire().equals(sent.path("kind").asText())) {
            throw new IllegalStateException("the warm-up room sent another question than the quiz's " + (index + 1) + ".");
        }
        ObjectNode answer = JSON.createObjectNode().put("type", "answer").put("index", index);
        answer.setAll(played.kind().rules().sampleAnswer(played));
        return answer.toString();
    }

    /** Runs every loop's tasks until {@code done}, at most {@link #MAX_ROUNDS} times; the rounds it took. */
    private int pump(BooleanSupplier done) {
        for (int round = 1; round <= MAX_ROUNDS; round++) {
            roomLoop.runPendingTasks();
            for (Client c : clients) {
                c.channel.runPendingTasks();
                c.read();
            }
            if (done.getAsBoolean()) {
                return round;
            }
        }
        throw new IllegalStateException("the warm-up game did not progress");
    }

    private void close() {
        for (Client c : clients) {
            c.channel.finishAndReleaseAll();
            c.decoder.finishAndReleaseAll();
        }
        masker.finishAndReleaseAll();
        roomLoop.finishAndReleaseAll();
    }

    /** One connection: the server's pipeline on one side, a client's frame decoder reading what it writes. */
    private final class Client {
        final EmbeddedChannel channel = new EmbeddedChannel();
        final EmbeddedChannel decoder = new EmbeddedChannel(new WebSocket08FrameDecoder(false, false, 1 << 20));
        final Map<String, Integer> counts = new HashMap<>();
        final Map<String, JsonNode> last = new HashMap<>();

        Client() {
            pipeline.accept(channel.pipeline(), sessions);
            clients.add(this);
            channel.writeInbound(Unpooled.copiedBuffer("GET /ws HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Version: 13\r\n\r\n", StandardCharsets.US_ASCII));
        }

        int got(String type) {
            return counts.getOrDefault(type, 0);
        }

        void send(String json) {
            masker.writeOutbound(new TextWebSocketFrame(json));
            ByteBuf masked = masker.readOutbound();
            channel.writeInbound(masked);
        }

        /** Takes what the server wrote: the upgrade's HTTP answer is skipped, every frame decoded. */
        void read() {
            for (Object out; (out = channel.readOutbound()) != null; ) {
                ByteBuf b = (ByteBuf) out;
                if (!b.isReadable() || b.getByte(b.readerIndex()) == 'H') { // "HTTP/1.1 101": a frame starts 0x81 or 0x89
                    b.release();
                } else {
                    decoder.writeInbound(b);
                }
            }
            for (WebSocketFrame f; (f = decoder.readInbound()) != null; ) {
                try {
                    if (f instanceof TextWebSocketFrame text) {
                        String json = text.text(); // {"type":"…",…: every server message starts so
                        String type = json.substring(9, json.indexOf('"', 9));
                        counts.merge(type, 1, Integer::sum);
                        if (type.equals("created") || type.equals("question")) {
                            last.put(type, JSON.readTree(json));
                        }
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("the warm-up read a frame that is not JSON", e);
                } finally {
                    f.release();
                }
            }
        }
    }
}
