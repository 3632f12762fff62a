package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.config.Settings;
import quiznight.net.QuizServer;
import quiznight.testing.TestServer;
import quiznight.testing.WsClient;

/**
 * A real socket that joins and then never reads, while a long game with big messages runs: the other
 * players get every message, and the server closes the stuck connection once it has been unwritable for
 * the timeout, so what it holds for it stays bounded by the write buffer's high-water mark.
 */
class SlowReaderEndToEndTest {
    static final ObjectMapper JSON = new ObjectMapper();
    /** About 5 KB of messages per question to each player: past what the kernel's buffers (up to 4 MB) absorb. */
    static final int QUESTIONS = 1000;

    /** A quiz of long questions, so that a reader who never reads fills its buffers quickly. */
    private static Path bigQuiz(Path dir) throws Exception {
        ObjectNode quiz = JSON.createObjectNode().put("id", "big").put("title", "Big");
        ArrayNode qs = quiz.putArray("questions");
        for (int i = 0; i < QUESTIONS; i++) {
            ObjectNode q = qs.addObject().put("kind", "single").put("text", i + " " + "x".repeat(990))
                    .put("explanation", "y".repeat(1990));
            ArrayNode choices = q.putArray("choices");
            for (int c = 0; c < 6; c++) {
                choices.add(c + "z".repeat(190));
            }
            q.putArray("correct").add(0);
        }
        Path quizzes = Files.createDirectories(dir.resolve("quizzes"));
        Files.writeString(quizzes.resolve("big.json"), quiz.toString());
        return quizzes;
    }

    /** Opens a WebSocket by hand, joins, and from then on never reads. */
    private static Socket stuckPlayer(int port, String code) throws Exception {
        Socket s = new Socket();
        s.setReceiveBufferSize(2048);
        s.connect(new InetSocketAddress("127.0.0.1", port));
        OutputStream out = s.getOutputStream();
        out.write(("GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        InputStream in = s.getInputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        byte[] payload = ("{\"type\":\"join\",\"code\":\"" + code + "\",\"name\":\"Stuck\"}").getBytes(StandardCharsets.UTF_8);
        byte[] mask = {1, 2, 3, 4};
        byte[] frame = new byte[2 + 4 + payload.length];
        frame[0] = (byte) 0x81;
        frame[1] = (byte) (0x80 | payload.length);
        System.arraycopy(mask, 0, frame, 2, 4);
        for (int i = 0; i < payload.length; i++) {
            frame[6 + i] = (byte) (payload[i] ^ mask[i % 4]);
        }
        out.write(frame);
        out.flush();
        return s;
    }

    private static double metric(int port, String line) throws Exception {
        for (String l : TestServer.get(port, "/metrics").body().split("\n")) {
            if (l.startsWith(line + " ")) {
                return Double.parseDouble(l.substring(line.length() + 1));
            }
        }
        return 0;
    }

    @Test
    void readerThatNeverReads_isClosedAfterTheTimeout_andOthersGetEveryMessage(@TempDir Path dir) throws Exception {
        Settings settings = TestServer.settings(dir).withQuizzesDir(bigQuiz(dir)).with(b -> {
            b.unwritableTimeoutMs = 1_000;
            b.messagesPerSecond = 10_000;
            b.messageBurst = 10_000;
        });
        try (QuizServer server = QuizServer.start(settings)) {
            WsClient host = WsClient.connect(server.port());
            host.send("type", "create", "quiz", "big");
            String code = host.take("created").get("code").asText();
            List<WsClient> players = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                WsClient p = WsClient.connect(server.port());
                p.send("type", "join", "code", code, "name", "P" + i);
                p.take("joined");
                players.add(p);
            }
            try (Socket stuck = stuckPlayer(server.port(), code)) {
                host.awaitMatching(m -> m.path("type").asText().equals("lobby") && m.get("count").asInt() == 4, "4 players");
                host.send("type", "start");
                for (int q = 0; q < QUESTIONS; q++) {
                    assertThat(host.take("question").get("index").asInt()).isEqualTo(q);
                    host.send("type", "next");
                    host.take("reveal");
                    host.send("type", "next");
                    host.take("standings");
                    host.send("type", "next");
                }
                host.take("finished");
                for (WsClient p : players) {
                    assertThat(p.await("finished").get("players").asInt()).isEqualTo(4);
                    List<Integer> seen = p.received.stream().filter(m -> m.get("type").asText().equals("question"))
                            .map(m -> m.get("index").asInt()).toList();
                    assertThat(seen).hasSize(QUESTIONS).isSorted().doesNotHaveDuplicates();
                    assertThat(p.received.stream().filter(m -> m.get("type").asText().equals("result")).count())
                            .isEqualTo(QUESTIONS);
                }
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> metric(server.port(), "quiznight_slow_reader_closes_total") >= 1.0);
                assertThat(metric(server.port(), "quiznight_players_away")).isEqualTo(1.0);
            }
            host.close();
            players.forEach(WsClient::close);
        }
    }

    @Test
    void silentConnection_isClosedAfterTheIdleTimeout_andItsPlayerStaysAway(@TempDir Path dir) throws Exception {
        Settings settings = TestServer.settings(dir).with(b -> {
            b.pingIntervalMs = 300;
            b.idleTimeoutMs = 1_200;
        });
        try (QuizServer server = QuizServer.start(settings); WsClient host = WsClient.connect(server.port())) {
            host.send("type", "create", "quiz", "mixed");
            String code = host.take("created").get("code").asText();
            try (Socket silent = stuckPlayer(server.port(), code)) {
                host.awaitMatching(m -> m.path("type").asText().equals("lobby") && m.get("count").asInt() == 1, "1 player");
                await().atMost(Duration.ofSeconds(10)).until(() -> metric(server.port(), "quiznight_players_away") == 1.0);
                // The host's own client answers pings, so it is still connected.
                host.send("type", "lock", "locked", true);
                assertThat(host.take("locked").get("locked").asBoolean()).isTrue();
            }
        }
    }
}
