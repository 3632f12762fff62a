package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.net.QuizServer;
import quiznight.testing.TestServer;
import quiznight.testing.WsClient;

/** Stopping the server (what SIGTERM does through the shutdown hook) tells clients and keeps every score. */
class ShutdownEndToEndTest {

    @Test
    void close_midGame_tellsClientsClosesWith1001_andWritesResultsOfTheGameInProgress(@TempDir Path results) throws Exception {
        QuizServer server = TestServer.start(results);
        WsClient host = WsClient.connect(server.port());
        host.send("type", "create", "quiz", "mixed");
        String code = host.take("created").get("code").asText();
        WsClient ada = WsClient.connect(server.port());
        ada.send("type", "join", "code", code, "name", "Ada");
        ada.take("joined");
        WsClient bob = WsClient.connect(server.port());
        bob.send("type", "join", "code", code, "name", "Bob");
        bob.take("joined");
        host.send("type", "start");
        ada.take("question");
        ada.send("type", "answer", "index", 0, "choice", 1);
        ada.take("ack");
        bob.send("type", "answer", "index", 0, "choice", 0);
        ada.take("result");
        host.send("type", "next");
        ada.take("standings");

        server.close();

        assertThat(ada.take("error").get("code").asText()).isEqualTo("server-shutdown");
        ada.awaitClosed();
        host.awaitClosed();
        assertThat(ada.closeStatus).isEqualTo(1001);
        List<Path> files;
        try (Stream<Path> s = Files.list(results)) {
            files = s.filter(f -> f.toString().endsWith(code + ".json")).toList();
        }
        assertThat(files).hasSize(1);
        JsonNode r = new ObjectMapper().readTree(files.get(0).toFile());
        assertThat(r.get("complete").asBoolean()).isFalse();
        assertThat(r.get("players").get(0).get("name").asText()).isEqualTo("Ada");
        assertThat(r.get("players").get(0).get("score").asInt()).isGreaterThan(0);
        assertThat(r.get("players").get(1).get("answers").get(0).get("correct").asBoolean()).isFalse();
    }
}
