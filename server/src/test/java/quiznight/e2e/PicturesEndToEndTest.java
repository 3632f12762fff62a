package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import quiznight.testing.Rooms;
import quiznight.testing.SharedServerTest;
import quiznight.testing.WsClient;

/**
 * Pictures on a real server over real WebSockets: two players get a question's picture, its choices' pictures and
 * its code language, and each question's picture paths are announced before it opens (the lobby before the first,
 * the standings before the next), so phones can fetch them ahead.
 */
class PicturesEndToEndTest extends SharedServerTest {
    /** The pictures of the test quiz {@code pics}. */
    static final String A = "/media/" + "a".repeat(64) + "-p.jpg";
    static final String B = "/media/" + "b".repeat(64) + "-p.png";
    static final String C = "/media/" + "c".repeat(64) + "-p.jpg";

    @Test
    void playersGetThePictures_withTheQuestion_andTheirPathsAheadOfIt_andANoPointsQuestionScoresNothing()
            throws Exception {
        WsClient host = WsClient.connect(server.port());
        String code = Rooms.create(host, "pics").get("code").asText();
        List<WsClient> players = List.of(Rooms.joined(server.port(), code, "P0"), Rooms.joined(server.port(), code, "P1"));
        for (WsClient p : players) {
            JsonNode lobby = p.awaitMatching(m -> m.path("type").asText().equals("lobby"), "a lobby");
            assertThat(lobby.get("nextMedia").toString()).as("the first question's pictures, in the lobby")
                    .isEqualTo("[\"" + A + "\",\"" + B + "\"]");
        }
        Rooms.startWith(host, 2);

        for (WsClient p : players) {
            JsonNode q = p.take("question");
            assertThat(q.get("image").toString()).isEqualTo("{\"projector\":\"" + A + "\",\"phone\":\""
                    + A.replace("-p.", "-m.") + "\",\"alt\":\"A red square\"}");
            assertThat(q.get("choiceImages").toString()).isEqualTo("[null,{\"projector\":\"" + B + "\",\"phone\":\""
                    + B.replace("-p.", "-m.") + "\"}]");
            assertThat(q.get("codeLanguage").asText()).isEqualTo("sql");
            assertThat(q.has("correct")).isFalse();
        }
        assertThat(host.take("question").get("image").get("alt").asText()).isEqualTo("A red square");
        host.send("type", "next"); // closes question 1
        host.send("type", "next"); // its standings: question 2 has no picture
        for (WsClient p : players) {
            assertThat(p.take("standings").has("nextMedia")).isFalse();
        }
        host.send("type", "next"); // question 2, for no points
        for (WsClient p : players) {
            assertThat(p.take("question").has("image")).isFalse();
        }
        players.get(0).send("type", "answer", "index", 1, "choice", 0);
        players.get(0).take("ack");
        players.get(1).send("type", "answer", "index", 1, "choice", 1);
        for (WsClient p : players) {
            JsonNode result = p.take("result");
            assertThat(result.get("points").asInt()).isZero();
            assertThat(result.get("score").asInt()).isZero();
        }
        host.send("type", "next"); // standings before question 3: its picture announced
        for (WsClient p : players) {
            JsonNode standings = p.take("standings");
            assertThat(standings.get("nextMedia").toString()).isEqualTo("[\"" + C + "\"]");
            assertThat(p.types()).as("announced while question 3 is not open yet").doesNotContain("question");
        }
        host.send("type", "next");
        for (WsClient p : players) {
            assertThat(p.take("question").get("image").get("projector").asText()).isEqualTo(C);
        }
        host.send("type", "next");
        host.send("type", "next"); // the last standings announce nothing
        for (WsClient p : players) {
            assertThat(p.take("standings").has("nextMedia")).isFalse();
        }
    }
}
