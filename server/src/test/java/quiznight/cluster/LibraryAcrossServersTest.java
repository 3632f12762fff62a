package quiznight.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.net.QuizServer;
import quiznight.testing.RedisServer;
import quiznight.testing.TestServer;
import quiznight.testing.WsClient;

/** Cluster mode: two servers on one Redis share one quiz library, its versions, its deletes and its hosting. */
class LibraryAcrossServersTest {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final ObjectMapper JSON = new ObjectMapper();

    static HttpResponse<String> send(QuizServer s, String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
                .header(TestServer.KEY[0], TestServer.KEY[1])
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    static String draft(String title, String question) {
        return "{\"draft\": {\"title\": \"" + title + "\", \"questions\": [{\"kind\": \"truefalse\", \"text\": \""
                + question + "\", \"correct\": [0]}]}}";
    }

    static String hostedTitle(QuizServer s, String id) throws Exception {
        try (WsClient host = WsClient.connect(s.port())) {
            host.send("type", "create", "quiz", id);
            JsonNode answer = host.awaitMatching(m -> m.path("type").asText().matches("created|error"), "created or error");
            return answer.get("type").asText().equals("created") ? answer.get("quiz").get("title").asText() : null;
        }
    }

    @Test
    void aQuizSavedOnOneServer_isReadSavedAndHostedOnTheOther_staleSavesAreRefusedOnBoth_andDeleteUndoCrossesOver(
            @TempDir Path dir) throws Exception {
        try (RedisServer redis = new RedisServer();
             QuizServer a = QuizServer.start(TestServer.settings(dir.resolve("a")).with(s -> {
                 s.redis = redis.url();
                 s.nodeId = "a";
             }));
             QuizServer b = QuizServer.start(TestServer.settings(dir.resolve("b")).with(s -> {
                 s.redis = redis.url();
                 s.nodeId = "b";
             }))) {
            String id = json(send(a, "POST", "/api/library", draft("Made on A", "Sky is blue"))).get("id").asText();

            JsonNode onB = json(send(b, "GET", "/api/library/" + id, null));
            assertThat(onB.get("version").asInt()).isEqualTo(1);
            assertThat(onB.get("draft").get("title").asText()).isEqualTo("Made on A");
            Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(hostedTitle(b, id)).isEqualTo("Made on A"));

            assertThat(send(b, "PUT", "/api/library/" + id, draft("Edited on B", "Grass is green"), "If-Match", "1").statusCode())
                    .isEqualTo(200);
            HttpResponse<String> stale = send(a, "PUT", "/api/library/" + id, draft("Stale on A", "x"), "If-Match", "1");
            assertThat(stale.statusCode()).isEqualTo(409);
            assertThat(json(stale).get("version").asInt()).isEqualTo(2);
            HttpResponse<String> staleB = send(b, "PUT", "/api/library/" + id, draft("Stale on B", "x"), "If-Match", "1");
            assertThat(staleB.statusCode()).isEqualTo(409);
            assertThat(json(send(a, "GET", "/api/library/" + id + "/versions", null))).hasSize(2);
            Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(hostedTitle(a, id)).isEqualTo("Edited on B"));

            assertThat(send(a, "DELETE", "/api/library/" + id, null).statusCode()).isEqualTo(200);
            assertThat(send(b, "GET", "/api/library/" + id, null).statusCode()).isEqualTo(410);
            Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(hostedTitle(b, id)).isNull());
            assertThat(send(b, "POST", "/api/library/" + id + "/restore", null).statusCode()).isEqualTo(200);
            Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(hostedTitle(a, id)).isEqualTo("Edited on B"));
            assertThat(json(send(a, "GET", "/api/library", null)).findValuesAsText("id")).contains(id);
        }
    }
}
