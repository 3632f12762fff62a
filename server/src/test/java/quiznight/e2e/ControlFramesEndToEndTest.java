package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import quiznight.testing.SharedServerTest;
import quiznight.testing.WsClient;

/** Over real WebSockets: oversized frames, ping floods, and a client that sends its next request the moment it reads an answer. */
class ControlFramesEndToEndTest extends SharedServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aOneMebibyteFrame_closesWith1009_notAReset() {
        for (int i = 0; i < 3; i++) {
            try (WsClient c = WsClient.connect(server.port())) {
                try {
                    c.send("x".repeat(1 << 20));
                } catch (RuntimeException sendCutShort) {
                    // The server may close before the client has finished sending; the close status is what counts.
                }
                c.awaitClosed();
                assertThat(c.closeStatus).as("close status, try %d", i).isEqualTo(1009);
            }
        }
    }

    /**
     * A client still sending the rest of an oversized frame when the 1009 arrives: the server reads and discards it
     * rather than closing TCP at once (bytes arriving at a closed socket make the kernel answer with a reset, which
     * can cost the client the close frame it has not read yet), and closes TCP cleanly afterwards.
     */
    @Test
    void theRestOfAnOversizedFrame_isDiscardedWithoutAReset_afterThe1009() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(5_000);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            out.write(("GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                head.append((char) in.read());
            }
            assertThat(head.toString()).startsWith("HTTP/1.1 101");
            int total = 1 << 20;
            ByteBuffer header = ByteBuffer.allocate(14).put((byte) 0x81).put((byte) (0x80 | 127)).putLong(total).putInt(0x01020304);
            out.write(header.array());
            out.write(new byte[4096]);
            out.flush();
            // Frames up to the close frame (the server's first ping comes before it): 0x88, length, status, reason.
            int opcode;
            int length;
            while (true) {
                opcode = in.read();
                length = in.read() & 0x7f;
                if (opcode == 0x88 || opcode < 0) {
                    break;
                }
                in.readNBytes(length);
            }
            assertThat(opcode).isEqualTo(0x88);
            assertThat((in.read() << 8) | in.read()).isEqualTo(1009);
            in.readNBytes(length - 2);
            byte[] chunk = new byte[16 * 1024];
            for (int sent = 4096; sent < total; sent += chunk.length) {
                out.write(chunk, 0, Math.min(chunk.length, total - sent));
            }
            out.flush();
            // The client's own close frame is discarded with the rest, so the server closes TCP itself about a second
            // after its close frame.
            s.setSoTimeout(3_000);
            assertThat(in.read()).as("a clean close after the discarded rest, not a reset").isEqualTo(-1);
        }
    }

    @Test
    void aPingFlood_isRefusedAndClosedWith1008_likeATextFlood() {
        try (WsClient c = WsClient.connect(server.port())) {
            for (int i = 0; i < 500 && c.closeStatus == null; i++) {
                if (!c.ping(new byte[] {1, 2, 3})) {
                    break;
                }
            }
            c.awaitClosed();
            assertThat(c.closeStatus).isEqualTo(1008);
        }
    }

    /**
     * A client that sends its next join in the very callback that delivers the answer to its last one: the
     * session must already accept it (it used to answer 'wrong-phase' now and then).
     */
    @Test
    void joinRightAfterItsRefusal_isNeverWrongPhase() throws Exception {
        String code;
        try (WsClient host = WsClient.connect(server.port())) {
            host.send("type", "create", "quiz", "mixed");
            code = host.take("created").get("code").asText();
            String join = JSON.createObjectNode().put("type", "join").put("code", code).put("name", "5h1t.head").toString();
            int perConnection = 30;
            for (int round = 0; round < 10; round++) {
                List<String> codes = new CopyOnWriteArrayList<>();
                AtomicInteger sent = new AtomicInteger(1);
                // The JDK client allows one send at a time, and may report the last one complete only after the
                // answer to it has arrived: each send follows the last (at once when that one is complete).
                List<CompletableFuture<WebSocket>> lastSend = new ArrayList<>(List.of(CompletableFuture.completedFuture(null)));
                WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
                        .buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/ws"), new WebSocket.Listener() {
                            final StringBuilder partial = new StringBuilder();

                            @Override
                            public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                                partial.append(data);
                                if (last) {
                                    try {
                                        JsonNode m = JSON.readTree(partial.toString());
                                        partial.setLength(0);
                                        if (m.path("type").asText().equals("error")) {
                                            codes.add(m.path("code").asText());
                                            if (sent.getAndIncrement() < perConnection) {
                                                synchronized (lastSend) {
                                                    lastSend.set(0, lastSend.get(0).thenCompose(x -> w.sendText(join, true)));
                                                }
                                            }
                                        }
                                    } catch (Exception e) {
                                        codes.add("unreadable: " + e);
                                    }
                                }
                                w.request(1);
                                return null;
                            }
                        }).join();
                synchronized (lastSend) {
                    lastSend.set(0, lastSend.get(0).thenCompose(x -> ws.sendText(join, true)));
                }
                await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(codes).hasSizeGreaterThanOrEqualTo(perConnection));
                assertThat(codes).as("round %d", round).hasSize(perConnection).allMatch(c -> c.equals("bad-name"));
                ws.abort();
            }
        }
    }
}
