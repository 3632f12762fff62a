package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.net.QuizServer;
import quiznight.testing.TestServer;

/**
 * DNS rebinding on a real server: a page on the attacker's name, pointed at this server, sends {@code Host: evil}
 * and {@code Origin: http://evil}; every such request is refused with 421 before the upgrade or any handler.
 */
class HostCheckEndToEndTest {
    @TempDir
    Path dir;

    /** The raw response (status line, headers, body) to a request with these extra header lines. */
    private static String request(int port, String path, String headers) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(5_000);
            String req = "GET " + path + " HTTP/1.1\r\n" + headers + "Connection: close\r\n\r\n";
            OutputStream out = s.getOutputStream();
            out.write(req.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
            int headEnd = -1;
            int length = 0;
            while (headEnd < 0 || got.size() < headEnd + length) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                got.write(b);
                String sofar = got.toString(StandardCharsets.UTF_8);
                if (headEnd < 0 && sofar.endsWith("\r\n\r\n")) {
                    headEnd = got.size();
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)content-length: *([0-9]+)").matcher(sofar);
                    length = m.find() ? Integer.parseInt(m.group(1)) : 0;
                }
            }
            StringBuilder sb = new StringBuilder(got.toString(StandardCharsets.UTF_8));
            return sb.toString();
        }
    }

    private static String handshake(int port, String host, String origin) throws Exception {
        return request(port, "/ws", "Host: " + host + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                + (origin == null ? "" : "Origin: " + origin + "\r\n")).lines().findFirst().orElse("");
    }

    @Test
    void rebindingHostWithMatchingOrigin_isRefused421BeforeTheUpgrade_andTheApiToo() throws Exception {
        try (QuizServer server = QuizServer.start(TestServer.settings(dir))) {
            int port = server.port();
            assertThat(handshake(port, "evil.example:" + port, "http://evil.example:" + port))
                    .isEqualTo("HTTP/1.1 421 Misdirected Request");
            String api = request(port, "/api/quizzes", "Host: evil.example:" + port + "\r\n");
            assertThat(api).startsWith("HTTP/1.1 421 Misdirected Request").contains("does not answer to that name")
                    .doesNotContain("django");
        }
    }

    @Test
    void theServersOwnNames_pass() throws Exception {
        try (QuizServer server = QuizServer.start(TestServer.settings(dir).with(b -> b.allowedHosts = List.of("quiz.school.lan")))) {
            int port = server.port();
            assertThat(handshake(port, "127.0.0.1:" + port, "http://127.0.0.1:" + port)).isEqualTo("HTTP/1.1 101 Switching Protocols");
            assertThat(handshake(port, "localhost:" + port, "http://localhost:" + port)).isEqualTo("HTTP/1.1 101 Switching Protocols");
            assertThat(handshake(port, "[::1]:" + port, null)).isEqualTo("HTTP/1.1 101 Switching Protocols");
            assertThat(handshake(port, "quiz.test", "http://quiz.test")).isEqualTo("HTTP/1.1 101 Switching Protocols");
            assertThat(handshake(port, "quiz.school.lan:" + port, "http://quiz.school.lan:" + port))
                    .isEqualTo("HTTP/1.1 101 Switching Protocols");
            String machine = java.net.InetAddress.getLocalHost().getHostName();
            assertThat(request(port, "/api/quizzes", "Host: " + machine + ":" + port + "\r\n")).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void forwardedHost_isCheckedFromATrustedProxy_andIgnoredFromAnyoneElse() throws Exception {
        try (QuizServer proxied = QuizServer.start(TestServer.settings(dir).with(b -> b.trustedProxies = List.of("127.0.0.1")));
             QuizServer direct = QuizServer.start(TestServer.settings(dir.resolve("other")))) {
            String viaProxy = "Host: 127.0.0.1\r\nX-Forwarded-Host: evil.example\r\n";
            assertThat(request(proxied.port(), "/api/quizzes", viaProxy)).startsWith("HTTP/1.1 421");
            assertThat(request(proxied.port(), "/api/quizzes", "Host: 127.0.0.1\r\nX-Forwarded-Host: quiz.test\r\n"))
                    .startsWith("HTTP/1.1 200");
            assertThat(request(direct.port(), "/api/quizzes", viaProxy)).startsWith("HTTP/1.1 200");
            assertThat(request(direct.port(), "/api/quizzes", "Host: 127.0.0.1\r\nX-Forwarded-Host: quiz.test\r\n"))
                    .startsWith("HTTP/1.1 200");
        }
    }
}
