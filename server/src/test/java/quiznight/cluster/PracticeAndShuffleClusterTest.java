package quiznight.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.config.Settings;
import quiznight.net.QuizServer;
import quiznight.testing.RedisServer;
import quiznight.testing.TestServer;
import quiznight.testing.WsClient;

/**
 * Cluster mode: solo practice is not built for it (a run lives in one server's memory, the next request may reach
 * another), so every practice request says so with 503 and a sentence; and every server shuffles an order question's
 * items the same way, with the one secret the first server set in Redis.
 */
class PracticeAndShuffleClusterTest {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final String ORDER_QUIZ = "{\"id\":\"ord\",\"title\":\"Order\",\"questions\":[{\"kind\":\"order\",\"text\":"
            + "\"Oldest first\",\"choices\":[\"Fortran\",\"Lisp\",\"C\",\"Java\",\"Rust\",\"Go\"]}]}";

    static Settings node(Path dir, String name, RedisServer redis, Path quizzes) {
        return TestServer.settings(dir.resolve(name)).with(b -> {
            b.redis = redis.url();
            b.nodeId = name;
            b.quizzesDir = quizzes;
        });
    }

    /** The items of the first question as a player of a new room on this server sees them. */
    static JsonNode shownItems(QuizServer server) {
        try (WsClient host = WsClient.connect(server.port()); WsClient player = WsClient.connect(server.port())) {
            host.send("type", "create", "quiz", "ord");
            String code = host.take("created").get("code").asText();
            player.send("type", "join", "code", code, "name", "Ada");
            player.take("joined");
            host.send("type", "start");
            return player.take("question").get("choices");
        }
    }

    @Test
    void onAClusterEveryPracticeRequestIsRefusedWithASentence_andEveryServerShufflesOrderItemsAlike(@TempDir Path dir)
            throws Exception {
        Path quizzes = Files.createDirectories(dir.resolve("quizzes"));
        Files.writeString(quizzes.resolve("ord.json"), ORDER_QUIZ);
        try (RedisServer redis = new RedisServer();
             QuizServer a = QuizServer.start(node(dir, "a", redis, quizzes));
             QuizServer b = QuizServer.start(node(dir, "b", redis, quizzes))) {
            HttpResponse<String> start = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + a.port()
                            + "/api/practice")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"quiz\":\"mixed\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(start.statusCode()).isEqualTo(503);
            assertThat(start.body()).contains("Solo practice is not available on a cluster of servers yet");
            assertThat(TestServer.get(b.port(), "/api/practice").statusCode()).as("the quiz list").isEqualTo(503);
            assertThat(TestServer.get(b.port(), "/api/practice/AAAAAAAAAAAAAAAAAAAAAA").statusCode()).isEqualTo(503);
            assertThat(TestServer.get(a.port(), "/practice").statusCode()).as("the page itself").isEqualTo(200);

            JsonNode onA = shownItems(a);
            assertThat(onA).hasSize(6);
            assertThat(shownItems(b)).isEqualTo(onA);
            assertThat(dir.resolve("a").resolve("data").resolve("shuffle.key")).as("kept in Redis, not on disk").doesNotExist();
        }
    }
}
