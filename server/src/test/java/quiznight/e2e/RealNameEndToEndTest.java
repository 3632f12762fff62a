package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.net.QuizServer;
import quiznight.testing.TestServer;
import quiznight.testing.WsClient;

/** A room that asks for real names, on a real server over real WebSockets: refused, asked, joined, reported. */
class RealNameEndToEndTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    QuizServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aJoinWithoutARealNameIsRefused_theSecondJoinWithOneIsAdmitted_andOnlyTheResultsCarryIt() throws Exception {
        Path quizzes = Files.createDirectories(dir.resolve("quizzes"));
        Files.writeString(quizzes.resolve("one.json"), "{\"id\":\"one\",\"title\":\"One\",\"questions\":["
                + "{\"kind\":\"single\",\"text\":\"Port?\",\"choices\":[\"8000\",\"80\"],\"correct\":[0],\"timeLimitSec\":20}]}",
                StandardCharsets.UTF_8);
        server = QuizServer.start(TestServer.settings(Files.createDirectories(dir.resolve("results"))).withQuizzesDir(quizzes));
        WsClient host = WsClient.connect(server.port());
        host.send("type", "create", "quiz", "one", "options", Map.of("realNames", true));
        JsonNode created = host.take("created");
        String code = created.get("code").asText();

        WsClient ada = WsClient.connect(server.port());
        ada.send("type", "join", "code", code, "name", "Ada");
        JsonNode refusal = ada.take("error");
        assertThat(refusal.get("code").asText()).isEqualTo("real-name-wanted");
        assertThat(refusal.get("message").asText())
                .isEqualTo("This room asks for your real name: only the teacher sees it, in the report.");
        ada.send("type", "join", "code", code, "name", "Ada", "realName", " Ada Lovelace ");
        assertThat(ada.take("joined").get("name").asText()).isEqualTo("Ada");
        WsClient bob = WsClient.connect(server.port());
        bob.send("type", "join", "code", code, "name", "Bob", "realName", "");
        bob.take("joined");

        host.awaitMatching(m -> m.path("type").asText().equals("lobby") && m.get("count").asInt() == 2, "lobby of 2");
        host.send("type", "start");
        ada.await("question");
        ada.send("type", "answer", "index", 0, "choice", 0);
        host.send("type", "end");
        host.take("finished");
        ada.await("finished");
        bob.await("finished");
        for (WsClient c : new WsClient[] {host, ada, bob}) {
            assertThat(c.received.toString()).doesNotContain("Lovelace").doesNotContain("realName");
        }

        String hostToken = created.get("hostToken").asText();
        HttpResponse<String> json = TestServer.get(server.port(), "/api/rooms/" + code + "/results",
                "Authorization", "Bearer " + hostToken);
        JsonNode players = JSON.readTree(json.body()).get("players");
        assertThat(players.get(0).get("realName").asText()).isEqualTo("Ada Lovelace");
        assertThat(players.get(1).get("realName").asText()).isEmpty();
        String csv = TestServer.get(server.port(), "/api/rooms/" + code + "/results?format=csv",
                "Authorization", "Bearer " + hostToken).body();
        assertThat(csv.split("\r\n")[0]).isEqualTo("rank,name,score,correct,q1,real name");
        assertThat(csv.split("\r\n")[1]).endsWith(",\"Ada Lovelace\"");
    }
}
