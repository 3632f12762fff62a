package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.config.Settings;
import quiznight.net.QuizServer;
import quiznight.testing.TestServer;

/**
 * A server makes its shuffle secret at its first start and keeps it in its data folder (0600): after a restart an
 * order question's items are shown in the same shuffle; a server with another data folder shows them otherwise.
 */
class ShuffleSecretEndToEndTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Eight order questions of six items: two secrets that shuffle all eight alike are not a chance to reckon with. */
    static String orderQuiz() {
        StringBuilder qs = new StringBuilder();
        for (int q = 0; q < 8; q++) {
            qs.append(q == 0 ? "" : ",").append("{\"kind\":\"order\",\"text\":\"First to last ").append(q)
                    .append("\",\"choices\":[");
            for (int i = 0; i < 6; i++) {
                qs.append(i == 0 ? "" : ",").append("\"Step ").append(q).append('.').append(i).append('"');
            }
            qs.append("]}");
        }
        return "{\"id\":\"ord\",\"title\":\"Order\",\"questions\":[" + qs + "]}";
    }

    static Settings settings(Path dir, Path quizzes) {
        return TestServer.settings(dir).with(b -> b.quizzesDir = quizzes);
    }

    /** Every question's items as a practice run shows them, in turn (each answered as shown, to get the next). */
    static String shown(QuizServer server) throws Exception {
        StringBuilder all = new StringBuilder();
        JsonNode run = post(server, "/api/practice", "{\"quiz\":\"ord\",\"timed\":false}");
        String session = run.get("session").asText();
        JsonNode q = run.get("question");
        for (int i = 0; i < 8; i++) {
            all.append(q.get("choices")).append('\n');
            JsonNode answered = post(server, "/api/practice/" + session + "/answer",
                    "{\"index\":" + i + ",\"choices\":[0,1,2,3,4,5]}");
            q = answered.get("next");
        }
        return all.toString();
    }

    static JsonNode post(QuizServer server, String path, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
        return JSON.readTree(r.body());
    }

    @Test
    void theSecretIsKeptInTheDataFolder_soARestartShufflesAlike_andAnotherServerOtherwise(@TempDir Path dir)
            throws Exception {
        Path quizzes = Files.createDirectories(dir.resolve("quizzes"));
        Files.writeString(quizzes.resolve("ord.json"), orderQuiz());
        String first;
        try (QuizServer server = QuizServer.start(settings(dir.resolve("one"), quizzes))) {
            first = shown(server);
        }
        Path key = dir.resolve("one").resolve("data").resolve("shuffle.key");
        assertThat(Files.readString(key).strip()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        try (QuizServer again = QuizServer.start(settings(dir.resolve("one"), quizzes))) {
            assertThat(shown(again)).isEqualTo(first);
        }
        try (QuizServer other = QuizServer.start(settings(dir.resolve("two"), quizzes))) {
            assertThat(shown(other)).isNotEqualTo(first);
        }
    }
}
