package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.net.QuizServer;
import quiznight.testing.TestServer;
import quiznight.testing.WsClient;

/**
 * Pictures on a real server over real WebSockets: two players get a question's picture, its choices' pictures and
 * its code language, and each question's picture paths are announced before it opens (the lobby before the first,
 * the standings before the next), so phones can fetch them ahead.
 */
class PicturesEndToEndTest {
    static final String A = "/media/" + "a".repeat(64) + "-p.jpg";
    static final String B = "/media/" + "b".repeat(64) + "-p.png";
    static final String C = "/media/" + "c".repeat(64) + "-p.jpg";

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
    void playersGetThePictures_withTheQuestion_andTheirPathsAheadOfIt_andANoPointsQuestionScoresNothing()
            throws Exception {
        Path quizzes = Files.createDirectories(dir.resolve("quizzes"));
        Files.writeString(quizzes.resolve("pics.json"), ("{'id':'pics','title':'Pictures','questions':["
                + "{'kind':'single','text':'Which query?','choices':['red','blue'],'correct':[0],'image':'" + A + "',"
                + "'imageAlt':'A red square','choiceImages':[null,'" + B + "'],'code':'select 1','codeLanguage':'sql'},"
                + "{'kind':'truefalse','text':'Warm-up, no points','correct':[0],'points':0},"
                + "{'kind':'multi','text':'Which?','choices':['x','y'],'correct':[1],'image':'" + C + "'}]}")
                .replace('\'', '"'), StandardCharsets.UTF_8);
        server = QuizServer.start(TestServer.settings(Files.createDirectories(dir.resolve("results")))
                .withQuizzesDir(quizzes));

        WsClient host = WsClient.connect(server.port());
        host.send("type", "create", "quiz", "pics");
        String code = host.take("created").get("code").asText();
        List<WsClient> players = List.of(WsClient.connect(server.port()), WsClient.connect(server.port()));
        for (int i = 0; i < players.size(); i++) {
            players.get(i).send("type", "join", "code", code, "name", "P" + i);
            players.get(i).take("joined");
        }
        for (WsClient p : players) {
            JsonNode lobby = p.awaitMatching(m -> m.path("type").asText().equals("lobby"), "a lobby");
            assertThat(lobby.get("nextMedia").toString()).as("the first question's pictures, in the lobby")
                    .isEqualTo("[\"" + A + "\",\"" + B + "\"]");
        }
        host.awaitMatching(m -> m.path("type").asText().equals("lobby") && m.get("count").asInt() == 2, "lobby of 2");
        host.send("type", "start");

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
