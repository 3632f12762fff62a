package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import quiznight.testing.SharedServerTest;
import quiznight.testing.TestServer;
import quiznight.testing.WsClient;

/**
 * Solo practice shows every answer, so a quiz in play on the server is not practised meanwhile (docs/practice.md):
 * while a room plays it (lobby to finished) or an open homework assignment uses it, it is not listed, a run of it is
 * refused with 409 and a sentence, and a run started earlier takes no answer; once the game ended it is practised
 * again.
 */
class PracticeWhileInPlayEndToEndTest extends SharedServerTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private HttpResponse<String> post(String path, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<String> practicable() throws Exception {
        HttpResponse<String> r = TestServer.get(server.port(), "/api/practice");
        assertThat(r.statusCode()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        JSON.readTree(r.body()).forEach(q -> ids.add(q.get("id").asText()));
        return ids;
    }

    @Test
    void aQuizARoomPlaysIsNeitherListedNorPractised_andARunStartedBeforeTakesNoAnswer_untilTheGameEnded() throws Exception {
        assertThat(practicable()).contains("mixed");
        HttpResponse<String> before = post("/api/practice", "{\"quiz\":\"mixed\"}");
        assertThat(before.statusCode()).isEqualTo(201);
        String session = JSON.readTree(before.body()).get("session").asText();

        WsClient host = WsClient.connect(server.port());
        host.send("type", "create", "quiz", "mixed");
        String code = host.take("created").get("code").asText();
        assertThat(practicable()).as("from the lobby on").doesNotContain("mixed").contains("django");
        HttpResponse<String> refused = post("/api/practice", "{\"quiz\":\"mixed\"}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(refused.body()).get("error").asText()).contains("being played in a live game");
        HttpResponse<String> answer = post("/api/practice/" + session + "/answer", "{\"index\":0,\"choice\":0}");
        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.body()).contains("being played in a live game").doesNotContain("correct");
        JsonNode state = JSON.readTree(TestServer.get(server.port(), "/api/practice/" + session).body());
        assertThat(state.get("position").asInt()).as("nothing changed").isZero();
        assertThat(post("/api/practice", "{\"quiz\":\"django\"}").statusCode()).as("another quiz").isEqualTo(201);

        WsClient player = WsClient.connect(server.port());
        player.send("type", "join", "code", code, "name", "Ada");
        player.take("joined");
        host.send("type", "start");
        player.take("question");
        assertThat(post("/api/practice", "{\"quiz\":\"mixed\"}").statusCode()).as("while a question is open").isEqualTo(409);
        host.send("type", "end");
        host.take("finished");

        assertThat(practicable()).contains("mixed");
        assertThat(post("/api/practice/" + session + "/answer", "{\"index\":0,\"choice\":0}").statusCode()).isEqualTo(200);
        assertThat(post("/api/practice", "{\"quiz\":\"mixed\"}").statusCode()).isEqualTo(201);
        host.close();
        player.close();
    }

    @Test
    void aQuizAnOpenHomeworkAssignmentUsesIsNeitherListedNorPractised() throws Exception {
        // The quiz of a tests' upload: no other test here practises it.
        String quiz = "{\"id\":\"homework-only\",\"title\":\"Set as homework\",\"questions\":[{\"kind\":\"single\","
                + "\"text\":\"2 + 2?\",\"choices\":[\"3\",\"4\"],\"correct\":[1]}]}";
        HttpResponse<String> upload = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + "/api/quizzes?name=homework-only.json")).header(TestServer.KEY[0], TestServer.KEY[1])
                .POST(HttpRequest.BodyPublishers.ofString(quiz)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        assertThat(practicable()).contains("homework-only");

        HttpResponse<String> assigned = post("/api/homework", "{\"quiz\":\"homework-only\",\"deadline\":"
                + (System.currentTimeMillis() + 3_600_000) + "}", TestServer.KEY);
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(201);
        assertThat(practicable()).doesNotContain("homework-only").contains("mixed");
        HttpResponse<String> refused = post("/api/practice", "{\"quiz\":\"homework-only\"}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(refused.body()).get("error").asText()).contains("set as homework");
    }

    @Test
    void anUnknownQuizIsStill404_andOtherMethodsThan_GET_HEAD_POST_Are405() throws Exception {
        assertThat(post("/api/practice", "{\"quiz\":\"nope\"}").statusCode()).isEqualTo(404);
        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/api/practice")).PUT(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Allow")).hasValue("GET, HEAD, POST");
    }
}
