package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import quiznight.testing.Rooms;
import quiznight.testing.SharedServerTest;
import quiznight.testing.WsClient;

/** A poll between two scored questions, played on a real server over real WebSockets, down to the results file. */
class PollEndToEndTest extends SharedServerTest {
    @Test
    void playersVote_theRevealShowsTheDistributionAndNoRightChoice_andScoresAndStreaksStay() throws Exception {
        WsClient host = WsClient.connect(server.port());
        String code = Rooms.create(host, "polls").get("code").asText();
        List<WsClient> players = new ArrayList<>();
        for (String name : List.of("Ada", "Bob", "Cy")) {
            players.add(Rooms.joined(server.port(), code, name));
        }
        Rooms.startWith(host, 3);

        // Question 1 (single): Ada and Bob right, Cy wrong.
        int[] firstChoice = {0, 0, 1};
        int[] scores = new int[3];
        for (int i = 0; i < 3; i++) {
            players.get(i).take("question");
            players.get(i).send("type", "answer", "index", 0, "choice", firstChoice[i]);
            players.get(i).take("ack");
        }
        for (int i = 0; i < 3; i++) {
            scores[i] = players.get(i).take("result").get("score").asInt();
        }
        host.send("type", "next");
        host.take("standings");
        host.send("type", "next");

        // Question 2 (poll): Ada and Bob vote Spaces, Cy votes Tabs.
        JsonNode question = host.take("question");
        assertThat(question.get("kind").asText()).isEqualTo("poll");
        assertThat(question.get("points").asInt()).isEqualTo(1);
        assertThat(question.get("choices").toString()).isEqualTo("[\"Tabs\",\"Spaces\",\"Both\"]");
        int[] vote = {1, 1, 0};
        for (int i = 0; i < 3; i++) {
            assertThat(players.get(i).take("question").get("kind").asText()).isEqualTo("poll");
            players.get(i).send("type", "answer", "index", 1, "choice", vote[i]);
            assertThat(players.get(i).take("ack").get("index").asInt()).isEqualTo(1);
        }
        JsonNode reveal = host.take("reveal");
        assertThat(reveal.get("correct").toString()).isEqualTo("[]");
        assertThat(reveal.get("counts").toString()).isEqualTo("[1,2,0]");
        assertThat(reveal.get("correctCount").asInt()).isZero();
        assertThat(reveal.get("answered").asInt()).isEqualTo(3);
        int[] streak = {1, 1, 0};
        for (int i = 0; i < 3; i++) {
            JsonNode result = players.get(i).take("result");
            assertThat(result.get("correct").asBoolean()).isFalse();
            assertThat(result.get("points").asInt()).isZero();
            assertThat(result.get("bonus").asInt()).isZero();
            assertThat(result.get("score").asInt()).isEqualTo(scores[i]);
            assertThat(result.get("streak").asInt()).isEqualTo(streak[i]);
        }
        host.send("type", "next");
        host.take("standings");
        host.send("type", "next");

        // Question 3 (single): Ada right again, her streak goes on from 1 to 2.
        host.take("question");
        players.get(0).take("question");
        players.get(0).send("type", "answer", "index", 2, "choice", 0);
        players.get(0).take("ack");
        host.send("type", "next");
        assertThat(players.get(0).take("result").get("streak").asInt()).isEqualTo(2);
        host.send("type", "end");

        JsonNode res = Rooms.resultsFile(results, code);
        JsonNode pollRef = res.get("questions").get(1);
        assertThat(pollRef.get("kind").asText()).isEqualTo("poll");
        assertThat(pollRef.get("correct").toString()).isEqualTo("[]");
        for (JsonNode p : res.get("players")) {
            JsonNode answer = p.get("answers").get(1);
            assertThat(answer.get("index").asInt()).isEqualTo(1);
            assertThat(answer.get("answer").asInt()).isEqualTo(p.get("name").asText().equals("Cy") ? 0 : 1);
            assertThat(answer.get("correct").asBoolean()).isFalse();
            assertThat(answer.get("points").asInt()).isZero();
        }
    }
}
