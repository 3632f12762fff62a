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

/**
 * Solo practice over real HTTP (issue 17): a full run of the mixed test quiz, where no question's JSON carries its
 * solution before it is answered; answering twice or ahead, an unknown run, bad input; and a retry of the missed ones.
 */
class PracticeEndToEndTest extends SharedServerTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Field names that would give a question's answer away. */
    static final List<String> SOLUTION_FIELDS = List.of("correct", "solution", "accepted", "value", "tolerance", "order",
            "explanation", "docs");

    private HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    private static void assertNoSolution(JsonNode question) {
        List<String> fields = new ArrayList<>();
        question.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).as("a question before its answer: " + question).doesNotContainAnyElementsOf(SOLUTION_FIELDS);
        if (question.has("input")) {
            assertThat(question.get("input").has("value")).isFalse();
        }
    }

    @Test
    void aFullRunRevealsEachAnswerOnlyAfterItAndEndsWithASummary_thenARetryAsksJustTheMissedOnes() throws Exception {
        HttpResponse<String> started = post("/api/practice", "{\"quiz\":\"mixed\",\"timed\":true}");
        assertThat(started.statusCode()).isEqualTo(201);
        JsonNode run = json(started);
        String session = run.get("session").asText();
        assertThat(run.get("total").asInt()).isEqualTo(5);
        assertThat(run.get("quiz").get("title").asText()).isEqualTo("Mixed kinds");
        JsonNode q = run.get("question");
        assertNoSolution(q);
        assertThat(q.get("kind").asText()).isEqualTo("single");
        assertThat(q.get("deadline").asLong()).isGreaterThan(0);

        // The same question after a reload, with the same deadline (reloading adds no time), still no solution.
        JsonNode again = json(TestServer.get(server.port(), "/api/practice/" + session));
        assertThat(again.get("question").get("deadline").asLong()).isEqualTo(q.get("deadline").asLong());
        assertNoSolution(again.get("question"));

        String[] answers = {"\"choice\":1", "\"choices\":[0]", "\"choice\":0", "\"text\":\"Migrate\"", "\"value\":7"};
        boolean[] right = {true, false, true, true, false};
        int score = 0;
        JsonNode last = null;
        for (int i = 0; i < answers.length; i++) {
            HttpResponse<String> r = post("/api/practice/" + session + "/answer", "{\"index\":" + i + "," + answers[i] + "}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            last = json(r);
            assertThat(last.get("correct").asBoolean()).as("question " + i).isEqualTo(right[i]);
            assertThat(last.get("reveal").has("correct")).isTrue();
            assertThat(last.get("late").asBoolean()).isFalse();
            score += last.get("points").asInt();
            assertThat(last.get("score").asInt()).isEqualTo(score);
            if (right[i]) {
                assertThat(last.get("points").asInt()).isPositive();
            }
            if (i < answers.length - 1) {
                assertNoSolution(last.get("next"));
                assertThat(last.get("next").get("index").asInt()).isEqualTo(i + 1);
            }
        }
        assertThat(last.get("reveal").get("correct").get("value").asDouble()).isEqualTo(8);
        assertThat(last.get("next").isNull()).isTrue();
        JsonNode summary = last.get("summary");
        assertThat(summary.get("right").asInt()).isEqualTo(3);
        assertThat(summary.get("score").asInt()).isEqualTo(score);
        assertThat(JSON.convertValue(summary.get("missed"), int[].class)).containsExactly(1, 4);

        // Answering again after the end is a conflict.
        assertThat(post("/api/practice/" + session + "/answer", "{\"index\":4,\"value\":8}").statusCode()).isEqualTo(409);

        // Retry: a new run of just the missed ones.
        JsonNode retry = json(post("/api/practice", "{\"quiz\":\"mixed\",\"timed\":false,\"questions\":[1,4]}"));
        assertThat(retry.get("total").asInt()).isEqualTo(2);
        assertThat(retry.get("timed").asBoolean()).isFalse();
        assertThat(retry.get("question").get("kind").asText()).isEqualTo("multi");
        assertNoSolution(retry.get("question"));
        JsonNode redo = json(post("/api/practice/" + retry.get("session").asText() + "/answer", "{\"index\":0,\"choices\":[0,2]}"));
        assertThat(redo.get("correct").asBoolean()).isTrue();
        assertThat(redo.get("points").asInt()).as("untimed: full points").isEqualTo(1000 * retry.get("question").get("points").asInt());
        assertThat(redo.get("next").get("kind").asText()).isEqualTo("number");
    }

    @Test
    void answeringTwiceOrAheadIs409_andTheRunStaysWhereItWas() throws Exception {
        String session = json(post("/api/practice", "{\"quiz\":\"mixed\"}")).get("session").asText();
        HttpResponse<String> ahead = post("/api/practice/" + session + "/answer", "{\"index\":1,\"choices\":[0]}");
        assertThat(ahead.statusCode()).isEqualTo(409);
        assertThat(json(ahead).get("error").asText()).contains("not open yet");
        assertThat(post("/api/practice/" + session + "/answer", "{\"index\":0,\"choice\":0}").statusCode()).isEqualTo(200);
        HttpResponse<String> twice = post("/api/practice/" + session + "/answer", "{\"index\":0,\"choice\":1}");
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(json(twice).get("error").asText()).contains("already answered");
        JsonNode state = json(TestServer.get(server.port(), "/api/practice/" + session));
        assertThat(state.get("position").asInt()).isEqualTo(1);
        assertThat(state.get("score").asInt()).isZero();
    }

    @Test
    void badInputIsRefusedWithASentence_andChangesNothing() throws Exception {
        String session = json(post("/api/practice", "{}")).get("session").asText();
        assertThat(json(TestServer.get(server.port(), "/api/practice/" + session)).get("quiz").get("id").asText())
                .as("no quiz named: the default quiz").isEqualTo("django");
        record Case(String path, String body, int status) {
        }
        String answer = "/api/practice/" + session + "/answer";
        for (Case c : List.of(
                new Case("/api/practice", "{\"quiz\":\"nope\"}", 404),
                new Case("/api/practice", "{\"quiz\":\"mixed\",\"sections\":[\"Nope\"]}", 400),
                new Case("/api/practice", "{\"quiz\":\"mixed\",\"questions\":[99]}", 400),
                new Case("/api/practice", "{\"quiz\":\"mixed\",\"timed\":\"yes\"}", 400),
                new Case("/api/practice", "[1,2]", 400),
                new Case("/api/practice", "{not json", 400),
                new Case("/api/practice/AAAAAAAAAAAAAAAAAAAAAA/answer", "{\"index\":0,\"choice\":0}", 404),
                new Case(answer, "{\"index\":0}", 400),
                new Case(answer, "{\"index\":0,\"text\":\"B\"}", 400),
                new Case(answer, "{\"index\":0,\"choice\":17}", 400),
                new Case(answer, "{\"choice\":1}", 400),
                new Case(answer, "{\"index\":0,\"choice\":1,\"pad\":\"" + "x".repeat(17_000) + "\"}", 413))) {
            HttpResponse<String> r = post(c.path(), c.body());
            assertThat(r.statusCode()).as(c.path() + " " + c.body().substring(0, Math.min(60, c.body().length())))
                    .isEqualTo(c.status());
            if (c.status() != 413) {
                assertThat(json(r).get("error").asText()).as(r.body()).isNotBlank();
            }
        }
        assertThat(TestServer.get(server.port(), "/api/practice/AAAAAAAAAAAAAAAAAAAAAA").statusCode()).isEqualTo(404);
        JsonNode state = json(TestServer.get(server.port(), "/api/practice/" + session));
        assertThat(state.get("position").asInt()).as("nothing changed").isZero();
        assertThat(TestServer.get(server.port(), "/api/practice").body()).as("the quizzes one may practise").contains("\"mixed\"");
        assertThat(TestServer.get(server.port(), "/practice").statusCode()).isEqualTo(200);
    }
}
