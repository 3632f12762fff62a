package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.testing.ServerProcess;
import quiznight.testing.TestServer;
import quiznight.testing.WsClient;

/** kill -9 mid-question, start again on the same data folder, resume, and finish with every score. */
class CrashRecoveryEndToEndTest {
    private static ServerProcess server(Path results, Path data) throws Exception {
        return new ServerProcess(Map.of(), "--port", "0", "--bind", "127.0.0.1", "--quizzes", TestServer.testQuizzes().toString(),
                "--results-dir", results.toString(), "--data-dir", data.toString());
    }

    @Test
    void kill9MidQuestion_thenRestart_everyPlayerResumesWithTheirScore_andTheGameFinishes(@TempDir Path dir) throws Exception {
        Path results = dir.resolve("results");
        Path data = dir.resolve("data");
        ServerProcess first = server(results, data);
        String code;
        String hostToken;
        List<String> tokens = new ArrayList<>();
        List<Integer> scores = new ArrayList<>();
        try {
            WsClient host = WsClient.connect(first.port);
            host.send("type", "create", "quiz", "mixed");
            JsonNode created = host.take("created");
            code = created.get("code").asText();
            hostToken = created.get("hostToken").asText();
            List<WsClient> players = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                WsClient p = WsClient.connect(first.port);
                p.send("type", "join", "code", code, "name", "P" + i);
                tokens.add(p.take("joined").get("token").asText());
                players.add(p);
            }
            host.send("type", "start");
            for (int i = 0; i < 3; i++) {
                players.get(i).take("question");
                players.get(i).send("type", "answer", "index", 0, "choice", i == 2 ? 0 : 1);
                players.get(i).take("ack");
            }
            for (WsClient p : players) {
                scores.add(p.take("result").get("score").asInt());
            }
            host.send("type", "next");
            host.take("standings");
            host.send("type", "next");
            host.take("question");
            players.get(0).take("question");
            players.get(0).send("type", "answer", "index", 1, "choices", List.of(0, 2));
            players.get(0).take("ack");
            Path journal = data.resolve("room-" + code + ".journal");
            await().atMost(Duration.ofSeconds(5)).until(() -> Files.readString(journal).contains("\"index\":1"));
        } finally {
            first.kill9();
        }

        ServerProcess second = server(results, data);
        try {
            List<WsClient> back = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                WsClient p = WsClient.connect(second.port);
                p.send("type", "resume", "code", code, "token", tokens.get(i));
                JsonNode resumed = p.take("resumed");
                assertThat(resumed.get("score").asInt()).isEqualTo(scores.get(i));
                assertThat(resumed.get("state").asText()).isEqualTo("question");
                assertThat(resumed.get("answered").asBoolean()).isEqualTo(i == 0);
                p.take("question");
                back.add(p);
            }
            WsClient host = WsClient.connect(second.port);
            host.send("type", "resume", "code", code, "token", hostToken);
            assertThat(host.take("resumed").get("role").asText()).isEqualTo("host");
            back.get(1).send("type", "answer", "index", 1, "choices", List.of(0, 2));
            back.get(2).send("type", "answer", "index", 1, "choices", List.of(1));
            JsonNode r0 = back.get(0).take("result");
            assertThat(r0.get("correct").asBoolean()).isTrue();
            assertThat(r0.get("streak").asInt()).isEqualTo(2);
            assertThat(r0.get("score").asInt()).isEqualTo(scores.get(0) + r0.get("points").asInt());
            host.take("reveal");
            host.send("type", "end");
            JsonNode finished = host.take("finished");
            assertThat(finished.get("players").asInt()).isEqualTo(3);
            int total0 = back.get(0).take("finished").get("you").get("score").asInt();
            assertThat(total0).isEqualTo(r0.get("score").asInt());
            Path journal = data.resolve("room-" + code + ".journal");
            await().atMost(Duration.ofSeconds(5)).until(() -> !Files.exists(journal));
        } finally {
            second.kill9();
        }
    }
}
