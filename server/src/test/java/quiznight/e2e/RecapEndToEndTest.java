package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import quiznight.testing.SharedServerTest;
import quiznight.testing.TestServer;
import quiznight.testing.WsClient;

/**
 * "My answers" (issue 17): each player's recap behind their own token, once the game ended, with only the questions
 * the game revealed; nobody else's token, and nothing before the end.
 */
class RecapEndToEndTest extends SharedServerTest {
    static final ObjectMapper JSON = new ObjectMapper();

    private HttpResponse<String> recap(String code, String token) throws Exception {
        return TestServer.get(server.port(), "/api/rooms/" + code + "/recap", "Authorization", "Bearer " + token);
    }

    @Test
    void afterTheHostEndsMidGame_eachPlayerReadsTheirOwnAnswersToThePlayedQuestions_andNobodyElseCan() throws Exception {
        try (WsClient host = WsClient.connect(server.port()); WsClient ada = WsClient.connect(server.port());
             WsClient bob = WsClient.connect(server.port())) {
            host.send("type", "create", "quiz", "mixed");
            JsonNode created = host.take("created");
            String code = created.get("code").asText();
            String hostToken = created.get("hostToken").asText();
            ada.send("type", "join", "code", code, "name", "Ada");
            String adaToken = ada.take("joined").get("token").asText();
            bob.send("type", "join", "code", code, "name", "Bob");
            String bobToken = bob.take("joined").get("token").asText();
            host.send("type", "start");

            // Question 1 (single, B is right): Ada right, Bob wrong. Before the end, no recap, for anybody.
            host.take("question");
            ada.send("type", "answer", "index", 0, "choice", 1);
            ada.take("ack");
            assertThat(recap(code, adaToken).statusCode()).as("no recap before the end").isEqualTo(404);
            bob.send("type", "answer", "index", 0, "choice", 0);
            bob.take("ack");
            host.take("reveal");
            host.send("type", "next");
            host.take("standings");
            host.send("type", "next");
            // Question 2 (multi): only Ada answers, then the host ends the game during it.
            host.take("question");
            ada.send("type", "answer", "index", 1, "choices", java.util.List.of(0, 2));
            ada.take("ack");
            host.send("type", "end");
            host.await("finished");

            HttpResponse<String> mine = recap(code, adaToken);
            assertThat(mine.statusCode()).isEqualTo(200);
            JsonNode r = JSON.readTree(mine.body());
            assertThat(r.get("name").asText()).isEqualTo("Ada");
            assertThat(r.get("rank").asInt()).isEqualTo(1);
            assertThat(r.get("players").asInt()).isEqualTo(2);
            assertThat(r.get("questions")).as("questions 3 to 5 were never shown: not in it").hasSize(2);
            JsonNode q1 = r.get("questions").get(0);
            assertThat(q1.get("answer").asInt()).isEqualTo(1);
            assertThat(q1.get("right").asBoolean()).isTrue();
            assertThat(q1.get("earned").asInt()).isPositive();
            assertThat(q1.get("correct").toString()).isEqualTo("[1]");
            assertThat(q1.get("explanation").asText()).isNotBlank();
            assertThat(r.get("questions").get(1).get("correct").toString()).isEqualTo("[0,2]");

            JsonNode bobs = JSON.readTree(recap(code, bobToken).body());
            assertThat(bobs.get("name").asText()).isEqualTo("Bob");
            assertThat(bobs.get("questions").get(0).get("right").asBoolean()).isFalse();
            assertThat(bobs.get("questions").get(1).has("answer")).as("Bob did not answer question 2").isFalse();
            assertThat(bobs.get("questions").get(1).get("earned").asInt()).isZero();

            assertThat(recap(code, hostToken).statusCode()).as("the host token is no player's").isEqualTo(404);
            assertThat(recap(code, "made-up").statusCode()).isEqualTo(404);
            assertThat(TestServer.get(server.port(), "/api/rooms/" + code + "/recap").statusCode()).isEqualTo(401);
            String otherCode = code.equals("999999") ? "999998" : "999999";
            assertThat(recap(otherCode, adaToken).statusCode()).isEqualTo(404);
        }
    }
}
