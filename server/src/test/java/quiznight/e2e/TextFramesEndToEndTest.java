package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import quiznight.testing.SharedServerTest;
import quiznight.testing.WsClient;

/**
 * Text messages over a raw socket, frame by frame: a message in fragments is read whole (a character split between
 * them included), and bytes that are not UTF-8 close the connection with 1007, in one frame or across fragments.
 */
class TextFramesEndToEndTest extends SharedServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TEXT = 0x1;
    private static final int CONTINUATION = 0x0;

    /** One upgraded connection, writing masked frames and reading the server's. */
    private static final class RawWebSocket implements AutoCloseable {
        final Socket socket;
        final OutputStream out;
        final InputStream in;

        RawWebSocket(int port) throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(5_000);
            out = socket.getOutputStream();
            in = socket.getInputStream();
            out.write(("GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                head.append((char) in.read());
            }
            assertThat(head.toString()).startsWith("HTTP/1.1 101");
        }

        /** A masked frame of {@code opcode} (under 64 KiB of payload), final or not. */
        void frame(int opcode, boolean fin, byte[] payload) throws IOException {
            byte[] mask = {0x11, 0x22, 0x33, 0x44};
            ByteArrayOutputStream f = new ByteArrayOutputStream();
            f.write((fin ? 0x80 : 0) | opcode);
            if (payload.length < 126) {
                f.write(0x80 | payload.length);
            } else {
                f.write(0x80 | 126);
                f.write(payload.length >> 8);
                f.write(payload.length & 0xff);
            }
            f.write(mask);
            for (int i = 0; i < payload.length; i++) {
                f.write(payload[i] ^ mask[i % 4]);
            }
            out.write(f.toByteArray());
            out.flush();
        }

        /** The next frame the server sends other than a ping: its opcode, then its payload. */
        byte[] next() throws IOException {
            while (true) {
                int opcode = in.read() & 0x0f;
                long length = in.read() & 0x7f;
                if (length == 126) {
                    length = (in.read() << 8) | in.read();
                } else if (length == 127) {
                    length = java.nio.ByteBuffer.wrap(in.readNBytes(8)).getLong();
                }
                byte[] payload = in.readNBytes((int) length);
                if (opcode != 0x9) {
                    byte[] frame = new byte[payload.length + 1];
                    frame[0] = (byte) opcode;
                    System.arraycopy(payload, 0, frame, 1, payload.length);
                    return frame;
                }
            }
        }

        /** The status of the server's close frame, skipping any text frames before it. */
        int closeStatus() throws IOException {
            byte[] f;
            do {
                f = next();
            } while (f[0] == TEXT);
            assertThat(f[0]).as("a close frame").isEqualTo((byte) 0x8);
            return (f[1] & 0xff) << 8 | (f[2] & 0xff);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aJoinInThreeFragments_withACharacterSplitBetweenTwo_isReadAsOneMessage() throws Exception {
        try (WsClient host = WsClient.connect(server.port()); RawWebSocket phone = new RawWebSocket(server.port())) {
            host.send("type", "create", "quiz", "mixed");
            String code = host.take("created").get("code").asText();
            byte[] join = utf8("{\"type\":\"join\",\"code\":\"" + code + "\",\"name\":\"Zoé\"}");
            int e = 0;
            while (join[e] != (byte) 0xc3) {
                e++;
            }
            // "Zo", then the first byte of "é" in the second fragment, its second byte and the rest in the third.
            phone.frame(TEXT, false, Arrays.copyOfRange(join, 0, 10));
            phone.frame(CONTINUATION, false, Arrays.copyOfRange(join, 10, e + 1));
            phone.frame(CONTINUATION, true, Arrays.copyOfRange(join, e + 1, join.length));

            byte[] answer = phone.next();
            assertThat(answer[0]).isEqualTo((byte) TEXT);
            JsonNode joined = JSON.readTree(Arrays.copyOfRange(answer, 1, answer.length));
            assertThat(joined.get("type").asText()).isEqualTo("joined");
            host.awaitMatching(m -> m.path("type").asText().equals("lobby") && m.toString().contains("Zoé"), "Zoé in the lobby");
        }
    }

    @Test
    void aTextFrameThatIsNotUtf8_closesWith1007() throws Exception {
        try (RawWebSocket c = new RawWebSocket(server.port())) {
            c.frame(TEXT, true, new byte[] {'{', '"', (byte) 0xc3, '(', '"', '}'});
            assertThat(c.closeStatus()).isEqualTo(1007);
        }
    }

    @Test
    void aCharacterCutShortBetweenFragments_closesWith1007() throws Exception {
        try (RawWebSocket c = new RawWebSocket(server.port())) {
            c.frame(TEXT, false, new byte[] {'{', '"', 'a', (byte) 0xc3});
            c.frame(CONTINUATION, true, new byte[] {'b', '"', '}'});
            assertThat(c.closeStatus()).isEqualTo(1007);
        }
    }

    @Test
    void aMessageEndingInTheMiddleOfACharacter_closesWith1007() throws Exception {
        try (RawWebSocket c = new RawWebSocket(server.port())) {
            c.frame(TEXT, false, utf8("{\"type\":\"x"));
            c.frame(CONTINUATION, true, new byte[] {(byte) 0xe2, (byte) 0x82});
            assertThat(c.closeStatus()).isEqualTo(1007);
        }
    }

    @Test
    void fragmentsTogetherOverTheSizeLimit_closeWith1009() throws Exception {
        try (RawWebSocket c = new RawWebSocket(server.port())) {
            byte[] part = "x".repeat(2_000).getBytes(StandardCharsets.US_ASCII);
            c.frame(TEXT, false, part);
            c.frame(CONTINUATION, false, part);
            c.frame(CONTINUATION, true, part);
            assertThat(c.closeStatus()).isEqualTo(1009);
        }
    }
}
