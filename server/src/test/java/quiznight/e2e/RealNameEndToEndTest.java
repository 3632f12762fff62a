package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import quiznight.testing.Rooms;
import quiznight.testing.SharedServerTest;
import quiznight.testing.TestServer;
import quiznight.testing.WsClient;

/** A room that asks for real names, on a real server over real WebSockets: refused, asked, joined, reported. */
class RealNameEndToEndTest extends SharedServerTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aJoinWithoutARealNameIsRefused_theSecondJoinWithOneIsAdmitted_andOnlyTheResultsCarryIt() throws Exception {
        WsClient host = WsClient.connect(server.port());
        JsonNode created = Rooms.create(host, "one", Map.of("realNames", true));
        String code = created.get("code").asText();

        WsClient ada = Rooms.join(server.port(), code, "Ada");
        JsonNode refusal = ada.take("error");
        assertThat(refusal.get("code").asText()).isEqualTo("real-name-wanted");
        assertThat(refusal.get("message").asText())
                .isEqualTo("This room asks for your real name: only the teacher sees it, in the report.");
        ada.send("type", "join", "code", code, "name", "Ada", "realName", " Ada Lovelace ");
        assertThat(ada.take("joined").get("name").asText()).isEqualTo("Ada");
        WsClient bob = Rooms.joined(server.port(), code, "Bob", "realName", "");

        Rooms.startWith(host, 2);
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
