package quiznight.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.net.QuizServer;
import quiznight.testing.RedisServer;
import quiznight.testing.TestServer;

/**
 * Cluster mode and homework (docs/homework.md): not built yet, so every homework request says so with 503 and a
 * sentence, rather than keeping an assignment on one server that the others do not know.
 */
class HomeworkClusterTest {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void onAClusterEveryHomeworkRequestIsRefusedWithASentence(@TempDir Path dir) throws Exception {
        try (RedisServer redis = new RedisServer();
             QuizServer a = QuizServer.start(TestServer.settings(dir.resolve("a")).with(b -> {
                 b.redis = redis.url();
                 b.nodeId = "a";
             }))) {
            HttpResponse<String> create = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + a.port() + "/api/homework"))
                    .header(TestServer.KEY[0], TestServer.KEY[1])
                    .POST(HttpRequest.BodyPublishers.ofString("{\"quiz\":\"mixed\",\"deadline\":" + (System.currentTimeMillis() + 60_000) + "}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(create.statusCode()).isEqualTo(503);
            assertThat(create.body()).contains("Homework is not available on a cluster of servers yet");
            assertThat(TestServer.get(a.port(), "/api/homework/abcdefghijkl/question").statusCode()).isEqualTo(503);
            assertThat(dir.resolve("a").resolve("data").resolve("homework")).doesNotExist();
        }
    }
}
