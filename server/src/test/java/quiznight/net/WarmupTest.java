package quiznight.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.testing.TestServer;
import quiznight.testing.WsClient;

/** A fresh server plays one game off-line before it binds its port, and nothing of it shows. */
class WarmupTest {
    @TempDir
    Path dir;

    @Test
    void aStartedServer_hasPlayedTheWarmupGame_leavingNoRoomNoMetricAndNoFileBehind() throws Exception {
        try (QuizServer server = TestServer.start(dir)) {
            // create, joins, and per question: the question, the answers, results, standings: well over 4 rounds
            assertThat(server.warmupRounds()).isGreaterThanOrEqualTo(1 + 1 + 3 * Warmup.QUESTIONS);
            assertThat(server.registry().rooms()).isEmpty();
            assertThat(server.connections().size()).as("connections").isZero();
            String metrics = TestServer.get(server.port(), "/metrics").body();
            assertThat(metrics).doesNotContain("type=\"question\"", "type=\"result\"", "type=\"answer\"");
            try (var files = Files.walk(dir)) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .noneMatch(n -> n.endsWith(".json") || n.endsWith(".journal"));
            }
            // and the server's own first game works as ever
            try (WsClient host = WsClient.connect(server.port())) {
                host.send("type", "create", "quiz", "mixed");
                assertThat(host.take("created").get("code").asText()).hasSize(6);
            }
        }
    }
}
