package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.net.QuizServer;
import quiznight.testing.TestServer;
import quiznight.testing.WsClient;

/**
 * A real nginx on loopback in front of the server, under the path prefix /quiz: pages, API and a game over
 * the proxied WebSocket, the join URL from --public-url, and per-client limits keyed by X-Forwarded-For
 * from the trusted proxy, and a rebinding Host passed on by the proxy refused. Needs Debian's nginx (.ci/run installs it); skipped without it unless CI=true.
 */
class ReverseProxyEndToEndTest {

    static Path nginx() {
        for (String p : new String[] {"/usr/sbin/nginx", "/usr/bin/nginx"}) {
            if (Files.isExecutable(Path.of(p))) {
                return Path.of(p);
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true but nginx is not installed (apt-get install -y nginx)");
        }
        Assumptions.abort("nginx is not installed: apt-get install -y nginx to run this test");
        return null;
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void gameThroughNginxUnderAPathPrefix_andRateLimitsByForwardedAddress(@TempDir Path dir) throws Exception {
        Path nginx = nginx();
        int proxyPort = freePort();
        String publicUrl = "http://127.0.0.1:" + proxyPort + "/quiz";
        try (QuizServer server = QuizServer.start(TestServer.settings(dir.resolve("results")).with(b -> {
            b.basePath = "/quiz";
            b.publicUrl = publicUrl;
            b.trustedProxies = List.of("127.0.0.1");
            b.wrongCodesBurst = 2;
        }))) {
            String conf = Files.readString(Path.of("..", "docs", "nginx-quiznight.conf"))
                    .replace("127.0.0.1:8080", "127.0.0.1:" + server.port());
            String site = conf.substring(conf.indexOf("# --- site ---"));
            Files.createDirectories(dir.resolve("tmp"));
            String main = "worker_processes 1;\npid " + dir + "/nginx.pid;\nerror_log " + dir + "/error.log;\ndaemon off;\n"
                    + "events { worker_connections 256; }\nhttp {\n access_log off;\n"
                    + " client_body_temp_path " + dir + "/tmp/body;\n proxy_temp_path " + dir + "/tmp/proxy;\n"
                    + " fastcgi_temp_path " + dir + "/tmp/fcgi;\n uwsgi_temp_path " + dir + "/tmp/uwsgi;\n scgi_temp_path " + dir + "/tmp/scgi;\n"
                    + site.replace("listen 80;", "listen 127.0.0.1:" + proxyPort + ";") + "\n}\n";
            Files.writeString(dir.resolve("nginx.conf"), main);
            Process proc = new ProcessBuilder(nginx.toString(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
            try {
                await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> {
                    try (Socket s = new Socket("127.0.0.1", proxyPort)) {
                        return true;
                    }
                });
                assertThat(TestServer.get(proxyPort, "/quiz/healthz").statusCode()).isEqualTo(200);
                assertThat(TestServer.get(proxyPort, "/quiz/api/quizzes").body()).contains("\"django\"");
                var hostPage = TestServer.get(proxyPort, "/quiz/");
                assertThat(hostPage.statusCode()).isEqualTo(200);
                assertThat(hostPage.body()).contains("<script type=\"module\"").doesNotContain("src=\"/");
                assertThat(TestServer.get(proxyPort, "/quiz/play?code=123456").statusCode()).isEqualTo(200);
                assertThat(TestServer.get(server.port(), "/api/quizzes").statusCode()).isEqualTo(404);
                // DNS rebinding through the proxy: nginx passes the browser's Host on, and the server refuses it.
                try (Socket s = new Socket("127.0.0.1", proxyPort)) {
                    s.getOutputStream().write(("GET /quiz/api/quizzes HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    String status = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
                            java.nio.charset.StandardCharsets.US_ASCII)).readLine();
                    assertThat(status).isEqualTo("HTTP/1.1 421 Misdirected Request");
                }

                URI ws = URI.create("ws://127.0.0.1:" + proxyPort + "/quiz/ws");
                try (WsClient host = WsClient.connect(ws, Map.of());
                     WsClient ada = WsClient.connect(ws, Map.of("Origin", "http://127.0.0.1:" + proxyPort))) {
                    host.send("type", "create", "quiz", "mixed", "options", Map.of("questions", 1));
                    JsonNode created = host.take("created");
                    String code = created.get("code").asText();
                    assertThat(created.get("joinUrl").asText()).isEqualTo(publicUrl + "/play?code=" + code);
                    assertThat(TestServer.get(proxyPort, "/quiz/api/rooms/" + code + "/qr.svg").body()).startsWith("<svg");
                    ada.send("type", "join", "code", code, "name", "Ada");
                    ada.take("joined");
                    host.send("type", "start");
                    ada.take("question");
                    ada.send("type", "answer", "index", 0, "choice", 1);
                    assertThat(ada.take("result").get("correct").asBoolean()).isTrue();
                    host.send("type", "next");
                    host.take("standings");
                    host.send("type", "next");
                    assertThat(ada.take("finished").get("you").get("rank").asInt()).isEqualTo(1);
                }

                try (WsClient a = WsClient.connect(ws, Map.of("X-Forwarded-For", "203.0.113.7"));
                     WsClient b = WsClient.connect(ws, Map.of("X-Forwarded-For", "203.0.113.8"))) {
                    a.send("type", "join", "code", "000001", "name", "A");
                    assertThat(a.takeError()).isEqualTo("room-not-found");
                    a.send("type", "join", "code", "000002", "name", "A");
                    assertThat(a.takeError()).isEqualTo("room-not-found");
                    a.send("type", "join", "code", "000003", "name", "A");
                    assertThat(a.takeError()).isEqualTo("rate-limited");
                    b.send("type", "join", "code", "000004", "name", "B");
                    assertThat(b.takeError()).isEqualTo("room-not-found");
                }
            } finally {
                proc.destroy();
                proc.waitFor(5, TimeUnit.SECONDS);
            }
        }
    }
}
