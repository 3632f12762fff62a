package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import quiznight.testing.SharedServerTest;
import quiznight.testing.TestServer;
import quiznight.testing.WsClient;

/** The HTTP side of the one port: API, health, metrics, QR code, static files and their headers. */
class HttpEndToEndTest extends SharedServerTest {


    @Test
    void healthz_is200() throws Exception {
        HttpResponse<String> r = TestServer.get(server.port(), "/healthz");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("ok\n");
    }

    @Test
    void quizzes_listsEveryQuizWithQuestionCountsAndSections_defaultFirst() throws Exception {
        HttpResponse<String> r = TestServer.get(server.port(), "/api/quizzes");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type")).hasValue("application/json");
        JsonNode list = new ObjectMapper().readTree(r.body());
        assertThat(list.get(0).get("id").asText()).isEqualTo("django");
        JsonNode mixed = null;
        for (JsonNode q : list) {
            assertThat(q.has("title")).isTrue();
            assertThat(q.get("questions").asInt()).isPositive();
            if (q.get("id").asText().equals("mixed")) {
                mixed = q;
            }
        }
        assertThat(mixed).isNotNull();
        assertThat(mixed.get("questions").asInt()).isEqualTo(5);
        assertThat(mixed.get("sections").toString()).isEqualTo("[{\"name\":\"Basics\",\"questions\":2},{\"name\":\"Data\",\"questions\":3}]");
        assertThat(r.body()).doesNotContain("\"correct\":");
    }

    @Test
    void kinds_isPublicJsonDescribingTheQuizTheQuestionsAndEveryKind_withoutSigningIn() throws Exception {
        HttpResponse<String> r = TestServer.get(server.port(), "/api/kinds");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type")).hasValue("application/json");
        JsonNode d = new ObjectMapper().readTree(r.body());
        assertThat(d.get("quizFields").get(0).get("name").asText()).isEqualTo("title");
        assertThat(d.get("questionFields").findValuesAsText("name")).contains("text", "code", "points", "explanation");
        assertThat(d.get("kinds").findValuesAsText("kind"))
                .containsExactly("single", "multi", "truefalse", "text", "number", "poll", "order", "slider",
                        "wordcloud");
        assertThat(d.get("kinds").get(0).get("fields").get(0).get("correct").asText()).isEqualTo("one");
    }

    @Test
    void metrics_isPrometheusTextWithTheGameMeters() throws Exception {
        try (WsClient host = WsClient.connect(server.port())) {
            host.send("type", "create", "quiz", "mixed");
            host.take("created");
            HttpResponse<String> r = TestServer.get(server.port(), "/metrics");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("content-type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
            assertThat(r.body()).contains("quiznight_rooms_active", "quiznight_players_connected",
                    "quiznight_answers_total{result=\"correct\"}", "jvm_memory_used_bytes");
        }
    }

    @Test
    void qrCode_isAnSvgOfTheJoinUrl_for404UnknownRooms() throws Exception {
        try (WsClient host = WsClient.connect(server.port())) {
            host.send("type", "create", "quiz", "mixed");
            String code = host.take("created").get("code").asText();
            HttpResponse<String> r = TestServer.get(server.port(), "/api/rooms/" + code + "/qr.svg");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("content-type")).hasValue("image/svg+xml");
            assertThat(r.body()).startsWith("<svg").contains("<path");
        }
        assertThat(TestServer.get(server.port(), "/api/rooms/000000/qr.svg").statusCode()).isEqualTo(404);
    }

    @Test
    void resultsOfAGameNotFinished_is409() throws Exception {
        try (WsClient host = WsClient.connect(server.port())) {
            host.send("type", "create", "quiz", "mixed");
            JsonNode created = host.take("created");
            HttpResponse<String> r = TestServer.get(server.port(), "/api/rooms/" + created.get("code").asText() + "/results",
                    "Authorization", "Bearer " + created.get("hostToken").asText());
            assertThat(r.statusCode()).isEqualTo(409);
            assertThat(new ObjectMapper().readTree(r.body()).get("error").asText()).isNotBlank();
        }
    }

    @Test
    void unknownPathsAndTraversal_are404WithASentence_andOtherMethods405() throws Exception {
        for (String path : new String[] {"/nope.js", "/../pom.xml", "/%2e%2e/%2e%2e/etc/passwd", "/..%2fquiznight%2fquizzes%2findex.txt",
                "/quiznight/quizzes/index.txt", "/api/nothing"}) {
            HttpResponse<String> r = TestServer.get(server.port(), path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.body()).as(path).isNotBlank();
        }
        HttpResponse<String> post = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/healthz")).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("allow")).hasValue("GET, HEAD");
        HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/api/quizzes")).PUT(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("allow")).hasValue("GET, HEAD, POST");
    }

    @Test
    void everyResponse_carriesSecurityHeaders() throws Exception {
        HttpResponse<String> r = TestServer.get(server.port(), "/healthz");
        assertThat(r.headers().firstValue("x-content-type-options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("referrer-policy")).hasValue("no-referrer");
        assertThat(r.headers().firstValue("content-security-policy")).hasValueSatisfying(v ->
                assertThat(v).contains("default-src 'self'").contains("script-src 'self'").doesNotContain("unsafe-inline"));
    }

    @Test
    void headersOverTheLimit_areRefusedWith400_andTheServerGoesOn() throws Exception {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
            String req = "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(9_000) + "\r\n\r\n";
            s.getOutputStream().write(req.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            assertThat(status).startsWith("HTTP/1.1 4");
        }
        assertThat(TestServer.get(server.port(), "/healthz").statusCode()).isEqualTo(200);
    }
}
