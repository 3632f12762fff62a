package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.net.QuizServer;
import quiznight.testing.TestServer;
import quiznight.testing.WsClient;

/** Abuse limits on a real server: cross-site WebSockets, code guessing, full rooms, blocked names. */
class HardeningEndToEndTest {
    @TempDir
    static Path results;
    static QuizServer server;

    @BeforeAll
    static void start() throws Exception {
        server = QuizServer.start(TestServer.settings(results).with(b -> {
            b.maxPlayersPerRoom = 2;
            b.allowedOrigins = List.of("https://quiz.example.org");
        }));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The status line the server answers a WebSocket handshake with, for a given Origin (null: none). */
    private static String handshake(String origin) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            String req = "GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + (origin == null ? "" : "Origin: " + origin + "\r\n") + "\r\n";
            OutputStream out = s.getOutputStream();
            out.write(req.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    @Test
    void websocketFromAnotherSite_isRefused403BeforeTheUpgrade() throws Exception {
        assertThat(handshake("https://evil.example")).isEqualTo("HTTP/1.1 403 Forbidden");
        assertThat(handshake("http://127.0.0.1:" + server.port())).isEqualTo("HTTP/1.1 101 Switching Protocols");
        assertThat(handshake("http://quiz.test")).isEqualTo("HTTP/1.1 101 Switching Protocols");
        assertThat(handshake("https://quiz.example.org")).isEqualTo("HTTP/1.1 101 Switching Protocols");
        assertThat(handshake(null)).isEqualTo("HTTP/1.1 101 Switching Protocols");
    }

    @Test
    void guessingPastTheAddressBudget_refusesNewCodesRightOrWrongAlike_whileRoomsCreatedThereStillJoin(@TempDir Path own)
            throws Exception {
        try (QuizServer strict = QuizServer.start(TestServer.settings(own).with(b -> {
                b.wrongCodesBurst = 3;
                b.trustedProxies = List.of("127.0.0.1");
            }));
             WsClient elsewhere = WsClient.connect(java.net.URI.create("ws://127.0.0.1:" + strict.port() + "/ws"),
                     java.util.Map.of("X-Forwarded-For", "198.51.100.7"));
             WsClient host = WsClient.connect(strict.port()); WsClient guesser = WsClient.connect(strict.port())) {
            elsewhere.send("type", "create", "quiz", "mixed");
            String theirs = elsewhere.take("created").get("code").asText();
            host.send("type", "create", "quiz", "mixed");
            String ours = host.take("created").get("code").asText();
            for (int i = 0; i < 3; i++) {
                guesser.send("type", "join", "code", "00000" + i, "name", "G");
                assertThat(guesser.takeError()).isEqualTo("room-not-found");
            }
            guesser.send("type", "join", "code", "000009", "name", "G");
            String wrong = guesser.take("error").get("message").asText();
            guesser.send("type", "join", "code", theirs, "name", "G");
            JsonNode right = guesser.take("error");
            assertThat(right.get("code").asText()).isEqualTo("rate-limited");
            assertThat(right.get("message").asText()).as("a live code is answered like a wrong one").isEqualTo(wrong);
            guesser.send("type", "join", "code", ours, "name", "G");
            assertThat(guesser.take("joined").get("name").asText()).isEqualTo("G");
        }
    }

    @Test
    void aConnectionsFourthWrongCode_isAnsweredOnlyAfterASecond() {
        try (WsClient guesser = WsClient.connect(server.port())) {
            long start = System.nanoTime();
            for (int i = 0; i < 4; i++) {
                guesser.send("type", "join", "code", "00010" + i, "name", "G");
                assertThat(guesser.takeError()).isEqualTo("room-not-found");
            }
            assertThat((System.nanoTime() - start) / 1_000_000).as("the fourth waited a second").isGreaterThanOrEqualTo(1_000);
        }
    }

    @Test
    void fullRoom_refusesTheNextPlayer_withCapacity() {
        try (WsClient host = WsClient.connect(server.port())) {
            host.send("type", "create", "quiz", "mixed");
            String code = host.take("created").get("code").asText();
            WsClient a = WsClient.connect(server.port());
            WsClient b = WsClient.connect(server.port());
            WsClient c = WsClient.connect(server.port());
            a.send("type", "join", "code", code, "name", "A").take("joined");
            b.send("type", "join", "code", code, "name", "B").take("joined");
            c.send("type", "join", "code", code, "name", "C");
            assertThat(c.takeError()).isEqualTo("capacity");
            a.close();
            b.close();
            c.close();
        }
    }

    @Test
    void blockedNickname_isBadName_andChangesNothing() {
        try (WsClient host = WsClient.connect(server.port()); WsClient p = WsClient.connect(server.port())) {
            host.send("type", "create", "quiz", "mixed");
            String code = host.take("created").get("code").asText();
            p.send("type", "join", "code", code, "name", "5h1t.head");
            assertThat(p.take("error").get("message").asText()).contains("not allowed");
            p.send("type", "join", "code", code, "name", "Ada");
            assertThat(p.take("joined").get("name").asText()).isEqualTo("Ada");
        }
    }
}
