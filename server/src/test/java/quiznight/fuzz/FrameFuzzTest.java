package quiznight.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.game.NameFilter;
import quiznight.metrics.Metrics;
import quiznight.protocol.Codec;
import quiznight.quiz.QuizCatalog;
import quiznight.quiz.QuizLoader;
import quiznight.results.ResultsStore;
import quiznight.room.Fanout;
import quiznight.room.Room;
import quiznight.room.RoomRegistry;
import quiznight.room.RoomSettings;
import quiznight.session.AddressQuotas;
import quiznight.session.CodeGuard;
import quiznight.session.NettyFanout;
import quiznight.session.SessionConfig;
import quiznight.session.SessionHandler;
import quiznight.testing.ManualClock;
import quiznight.testing.ManualLoop;
import quiznight.testing.TestServer;

/**
 * Fuzzes the path from raw frame text to room state: generated and mutated frames go through the real
 * SessionHandler (on EmbeddedChannels), the real codec and a real room. After every frame: no exception
 * escaped, every reply is a JSON object with a type, and a frame answered with an error changed nothing.
 *
 * <p>The build runs {@value #DEFAULT_INPUTS} inputs; {@code -Dfuzz.inputs=1000000 -Dfuzz.seed=N} runs a long
 * campaign (see docs/security.md).
 */
class FrameFuzzTest {
    static final int DEFAULT_INPUTS = 20_000;
    static final ObjectMapper JSON = new ObjectMapper();
    static final String[] TYPES = {"create", "join", "resume", "start", "start", "next", "next", "next", "end", "kick",
            "lock", "answer", "answer", "answer", "answer", "answer", "answer", "dance", ""};
    static final String[] FIELDS = {"type", "code", "name", "token", "quiz", "options", "index", "choice", "choices", "text",
            "value", "playerId", "locked", "questions", "shuffle", "timeLimitSec", "sections", "hideText"};

    @TempDir
    Path dir;
    ResultsStore store;

    @AfterEach
    void tearDown() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void randomAndMutatedFrames_neverCrash_neverBreakTheContract_andRefusalsChangeNothing() throws Exception {
        long seed = Long.getLong("fuzz.seed", 20261124L);
        int inputs = Integer.getInteger("fuzz.inputs", DEFAULT_INPUTS);
        Random rnd = new Random(seed);
        ManualClock clock = new ManualClock(1_700_000_000_000L);
        ManualLoop loop = new ManualLoop(clock);
        store = new ResultsStore(dir);
        Codec codec = new Codec(clock::millis);
        QuizCatalog catalog = new QuizCatalog(List.of(QuizLoader.forChecking().load(
                java.nio.file.Files.newInputStream(TestServer.testQuizzes().resolve("mixed.json")), "mixed.json", "mixed")));
        Room.Services services = new Room.Services(clock, codec, Metrics.NOOP, store, RoomSettings.DEFAULTS,
                new NettyFanout(Metrics.NOOP), NameFilter.load(null));
        RoomRegistry registry = new RoomRegistry(catalog, services, () -> loop, c -> "http://x/play?code=" + c, 100_000, null);
        SessionConfig config = new SessionConfig(codec, registry, clock, Metrics.NOOP, CodeGuard.relaxed(), AddressQuotas.unlimited(),
                3_600_000, 1e9, 1_000_000, 3_600_000, java.util.Set.of());

        List<EmbeddedChannel> conns = new ArrayList<>();
        List<String> codes = new ArrayList<>(List.of("123456"));
        List<String> tokens = new ArrayList<>(List.of("x"));
        for (int i = 0; i < 8; i++) {
            conns.add(connect(config));
        }
        Room room = freshRoom(config, registry, conns, codes, tokens);
        int errors = 0;
        java.util.Set<String> phases = new java.util.TreeSet<>();
        java.util.Set<String> replyTypes = new java.util.TreeSet<>();
        for (int n = 0; n < inputs; n++) {
            String frame = frame(rnd, codes, tokens);
            EmbeddedChannel ch = conns.get(rnd.nextInt(conns.size()));
            if (!ch.isActive()) {
                ch.finishAndReleaseAll();
                ch = connect(config);
                conns.set(conns.indexOf(conns.stream().filter(c -> !c.isActive()).findFirst().orElseThrow()), ch);
            }
            String before = room.isClosed() ? "" : room.stateDigest();
            List<JsonNode> replies = send(ch, frame, codes, tokens);
            replies.forEach(r -> replyTypes.add(r.get("type").asText() + (r.has("code") && r.get("type").asText().equals("error")
                    ? ":" + r.get("code").asText() : "")));
            if (!room.isClosed()) {
                phases.add(room.stateDigest().substring(0, room.stateDigest().indexOf('/')));
            }
            boolean refused = replies.size() == 1 && replies.get(0).get("type").asText().equals("error");
            if (refused) {
                errors++;
                if (!room.isClosed()) {
                    assertThat(room.stateDigest()).as("state after refused frame %s", frame).isEqualTo(before);
                }
            }
            if (rnd.nextInt(50) == 0) {
                loop.advance(rnd.nextInt(30_000));
            }
            if (room.isClosed() || room.stateDigest().startsWith("FINISHED")) {
                room = freshRoom(config, registry, conns, codes, tokens);
            }
        }
        assertThat(errors).isPositive();
        // The inputs reach deep: every phase of the game and most replies and error codes were seen.
        assertThat(phases).contains("LOBBY", "QUESTION", "REVEAL", "STANDINGS");
        assertThat(replyTypes).contains("ack", "created", "joined", "error:bad-json", "error:bad-message",
                "error:not-host", "error:wrong-phase", "error:room-not-found");
        System.out.printf("fuzz: %d inputs (seed %d): %d refused; phases %s; replies %s%n", inputs, seed, errors, phases, replyTypes);
        for (EmbeddedChannel c : conns) {
            c.finishAndReleaseAll();
        }
    }

    /** A host and four players in a new room on fresh connections 0 to 4, so frames meet every phase. */
    private static Room freshRoom(SessionConfig config, RoomRegistry registry, List<EmbeddedChannel> conns, List<String> codes,
                                  List<String> tokens) throws Exception {
        for (int i = 0; i < 5; i++) {
            conns.get(i).finishAndReleaseAll();
            conns.set(i, connect(config));
        }
        List<JsonNode> created = send(conns.get(0), "{\"type\":\"create\",\"quiz\":\"mixed\"}", codes, tokens);
        String code = created.get(0).get("code").asText();
        for (int i = 1; i < 5; i++) {
            send(conns.get(i), "{\"type\":\"join\",\"code\":\"" + code + "\",\"name\":\"P" + i + "\"}", codes, tokens);
        }
        return registry.find(code).orElseThrow();
    }

    private static EmbeddedChannel connect(SessionConfig config) {
        EmbeddedChannel ch = new EmbeddedChannel(new SessionHandler(config));
        ch.pipeline().fireUserEventTriggered(new WebSocketServerProtocolHandler.HandshakeComplete("/ws", null, null));
        drain(ch);
        return ch;
    }

    /** Sends a frame; returns the replies to this connection, remembering codes and tokens it learns. */
    private static List<JsonNode> send(EmbeddedChannel ch, String text, List<String> codes, List<String> tokens) throws Exception {
        ch.writeInbound(new TextWebSocketFrame(text));
        ch.checkException();
        List<JsonNode> replies = new ArrayList<>();
        for (String payload : drain(ch)) {
            JsonNode n = JSON.readTree(payload);
            assertThat(n.isObject()).as("reply to %s", text).isTrue();
            assertThat(n.path("type").isTextual()).as("reply to %s: %s", text, payload).isTrue();
            assertThat(n.has("sentAt")).isTrue();
            if (n.has("code") && n.get("code").asText().matches("\\d{6}")) {
                codes.add(n.get("code").asText());
            }
            for (String f : new String[] {"token", "hostToken"}) {
                if (n.has(f)) {
                    tokens.add(n.get(f).asText());
                }
            }
            if (n.get("type").asText().equals("question") || n.get("type").asText().equals("lobby")) {
                assertThat(n.has("correct")).isFalse();
            }
            replies.add(n);
        }
        return replies;
    }

    private static List<String> drain(EmbeddedChannel ch) {
        List<String> out = new ArrayList<>();
        Object o;
        while ((o = ch.readOutbound()) != null) {
            if (o instanceof io.netty.handler.codec.http.websocketx.CloseWebSocketFrame) {
                ch.close();
            } else if (o instanceof ByteBuf b) {
                int len = b.getUnsignedByte(1) & 0x7F;
                int offset = len < 126 ? 2 : len == 126 ? 4 : 10;
                out.add(b.toString(offset, b.readableBytes() - offset, StandardCharsets.UTF_8));
            }
            io.netty.util.ReferenceCountUtil.release(o);
        }
        return out;
    }

    // ---- inputs ----------------------------------------------------------------------------------

    private static String frame(Random rnd, List<String> codes, List<String> tokens) {
        return switch (rnd.nextInt(10)) {
            case 0 -> garbage(rnd);
            case 1, 2 -> mutate(rnd, rnd.nextBoolean() ? wellFormed(rnd, codes, tokens) : valid(rnd, codes, tokens));
            case 3, 4, 5 -> wellFormed(rnd, codes, tokens);
            default -> valid(rnd, codes, tokens);
        };
    }

    /** A message of the contract's shape with plausible values: gets past decoding into the rules. */
    private static String wellFormed(Random rnd, List<String> codes, List<String> tokens) {
        String code = codes.get(rnd.nextInt(codes.size()));
        return switch (rnd.nextInt(6)) {
            case 0 -> "{\"type\":\"join\",\"code\":\"" + code + "\",\"name\":" + quote(randomText(rnd, 1 + rnd.nextInt(22))) + "}";
            case 1 -> "{\"type\":\"resume\",\"code\":\"" + code + "\",\"token\":" + quote(tokens.get(rnd.nextInt(tokens.size()))) + "}";
            case 2 -> "{\"type\":\"kick\",\"playerId\":\"p" + rnd.nextInt(10) + "\"}";
            default -> {
                String answer = switch (rnd.nextInt(4)) {
                    case 0 -> "\"choice\":" + rnd.nextInt(5);
                    case 1 -> "\"choices\":[" + rnd.nextInt(4) + (rnd.nextBoolean() ? "," + rnd.nextInt(4) : "") + "]";
                    case 2 -> "\"text\":" + quote(rnd.nextBoolean() ? "migrate" : randomText(rnd, rnd.nextInt(10)));
                    default -> "\"value\":" + (rnd.nextBoolean() ? 8 : rnd.nextDouble() * 20);
                };
                yield "{\"type\":\"answer\",\"index\":" + rnd.nextInt(5) + "," + answer + "}";
            }
        };
    }

    private static String valid(Random rnd, List<String> codes, List<String> tokens) {
        StringBuilder sb = new StringBuilder("{\"type\":\"").append(TYPES[rnd.nextInt(TYPES.length)]).append('"');
        int fields = rnd.nextInt(5);
        for (int i = 0; i < fields; i++) {
            String f = FIELDS[rnd.nextInt(FIELDS.length)];
            sb.append(",\"").append(f).append("\":").append(value(rnd, f, codes, tokens));
        }
        return sb.append('}').toString();
    }

    private static String value(Random rnd, String field, List<String> codes, List<String> tokens) {
        return switch (rnd.nextInt(12)) {
            case 0 -> "null";
            case 1 -> Integer.toString(rnd.nextInt(7) - 1);
            case 2 -> Long.toString(rnd.nextLong());
            case 3 -> "1e308";
            case 4 -> "[" + rnd.nextInt(5) + "," + rnd.nextInt(5) + "]";
            case 5 -> rnd.nextBoolean() ? "true" : "false";
            case 6 -> "{\"questions\":" + (rnd.nextInt(8) - 1) + ",\"sections\":[\"Data\"],\"shuffle\":true}";
            case 7 -> quote(codes.get(rnd.nextInt(codes.size())));
            case 8 -> quote(tokens.get(rnd.nextInt(tokens.size())));
            case 9 -> quote(randomText(rnd, rnd.nextInt(30)));
            case 10 -> quote(field.equals("text") ? " MIGRATE " : "p" + rnd.nextInt(8));
            default -> "\"" + "\\u00" + Integer.toHexString(rnd.nextInt(32) + 16) + "\"";
        };
    }

    private static String mutate(Random rnd, String s) {
        StringBuilder sb = new StringBuilder(s);
        int edits = 1 + rnd.nextInt(4);
        for (int i = 0; i < edits && sb.length() > 0; i++) {
            int at = rnd.nextInt(sb.length());
            switch (rnd.nextInt(4)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, "{}[]\",:\\0-e".charAt(rnd.nextInt(11)));
                case 2 -> sb.setCharAt(at, (char) rnd.nextInt(0x3000));
                default -> sb.setLength(at);
            }
        }
        return sb.toString();
    }

    private static String garbage(Random rnd) {
        return randomText(rnd, rnd.nextInt(200));
    }

    private static String randomText(Random rnd, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int k = rnd.nextInt(10);
            sb.appendCodePoint(k < 6 ? 32 + rnd.nextInt(95) : k < 8 ? rnd.nextInt(0x800) : k < 9 ? 0x1F600 + rnd.nextInt(64) : rnd.nextInt(32));
        }
        return sb.toString();
    }

    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
