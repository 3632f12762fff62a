package quiznight.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static quiznight.testing.HomeworkHttp.JSON;
import static quiznight.testing.HomeworkHttp.RIGHT;
import static quiznight.testing.HomeworkHttp.answer;
import static quiznight.testing.HomeworkHttp.answerRequest;
import static quiznight.testing.HomeworkHttp.create;
import static quiznight.testing.HomeworkHttp.join;
import static quiznight.testing.HomeworkHttp.post;
import static quiznight.testing.HomeworkHttp.question;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.net.QuizServer;
import quiznight.testing.RedisServer;
import quiznight.testing.TestServer;

/**
 * Homework in cluster mode (docs/homework.md, "Persistence and cluster mode"): two servers on one Redis, every
 * request of a student or the organiser sent to either, as a load balancer that does not pin would.
 */
class HomeworkClusterTest {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path dir;

    static QuizServer server(Path dir, RedisServer redis, String node) throws Exception {
        return QuizServer.start(TestServer.settings(dir.resolve(node)).with(s -> {
            s.redis = redis.url();
            s.nodeId = node;
        }));
    }

    static JsonNode get(QuizServer s, String path, String... headers) throws Exception {
        HttpResponse<String> r = TestServer.get(s.port(), path, headers);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    @Test
    void aStudentPlaysAcrossBothServers_aDuplicateAnswerToBothAtOnceCountsOnce_andTheOrganiserSeesTheSameOnEither()
            throws Exception {
        try (RedisServer redis = new RedisServer();
             QuizServer a = server(dir, redis, "a");
             QuizServer b = server(dir, redis, "b")) {
            String id = create(a.port(), System.currentTimeMillis() + 3_600_000);
            assertThat(get(b, "/api/homework/" + id).get("title").asText()).isEqualTo("Week 1");

            String ada = join(a.port(), id, "Ada");
            String bob = join(b.port(), id, "Bob");
            assertThat(post(b.port(), "/api/homework/" + id + "/students", "{\"name\":\"ADA\"}").statusCode())
                    .as("a nickname taken on the other server").isEqualTo(409);

            // Ada starts on a and answers on b; she leaves mid-question and comes back on b to the same question.
            assertThat(question(a.port(), id, ada).get("index").asInt()).isZero();
            HttpResponse<String> first = answer(b.port(), id, ada, 0, RIGHT.get(0));
            assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
            assertThat(answer(a.port(), id, ada, 0, RIGHT.get(0)).statusCode()).as("answered on b already").isEqualTo(409);
            JsonNode open = question(a.port(), id, ada);
            JsonNode back = question(b.port(), id, ada);
            assertThat(back.get("index").asInt()).isEqualTo(1);
            assertThat(back.get("answerBy").asLong()).as("the same question, its time running since a sent it")
                    .isEqualTo(open.get("answerBy").asLong());
            for (int i = 1; i < 5; i++) {
                QuizServer on = i % 2 == 0 ? a : b;
                question(on.port(), id, ada);
                HttpResponse<String> r = answer((i % 2 == 0 ? b : a).port(), id, ada, i, RIGHT.get(i));
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            }
            JsonNode done = question(b.port(), id, ada);
            assertThat(done.get("finished").asBoolean()).isTrue();
            assertThat(get(a, "/api/homework/" + id + "/recap", "Authorization", bearer(ada)).get("questions")).hasSize(5);

            // Bob's answer reaches both servers at once: one judges it, the other refuses it.
            question(b.port(), id, bob);
            CompletableFuture<HttpResponse<String>> toA = HTTP.sendAsync(answerRequest(a.port(), id, bob, 0, RIGHT.get(0)),
                    HttpResponse.BodyHandlers.ofString());
            CompletableFuture<HttpResponse<String>> toB = HTTP.sendAsync(answerRequest(b.port(), id, bob, 0, RIGHT.get(0)),
                    HttpResponse.BodyHandlers.ofString());
            List<Integer> statuses = List.of(toA.join().statusCode(), toB.join().statusCode());
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            HttpResponse<String> judged = statuses.get(0) == 200 ? toA.join() : toB.join();
            int bobScore = JSON.readTree(judged.body()).get("score").asInt();

            JsonNode progressA = get(a, "/api/homework/" + id + "/progress", TestServer.KEY);
            JsonNode progressB = get(b, "/api/homework/" + id + "/progress", TestServer.KEY);
            assertThat(progressA).isEqualTo(progressB);
            assertThat(progressA.get("students").asInt()).isEqualTo(2);
            assertThat(progressA.get("started").asInt()).isEqualTo(2);
            assertThat(progressA.get("finished").asInt()).isEqualTo(1);
            assertThat(progressA.get("questions").get(0).get("answered").asInt()).as("Bob's answer counted once").isEqualTo(2);
            assertThat(progressA.get("questions").get(0).get("right").asInt()).isEqualTo(2);

            JsonNode reportA = get(a, "/api/homework/" + id + "/results?format=json", TestServer.KEY);
            JsonNode reportB = get(b, "/api/homework/" + id + "/results?format=json", TestServer.KEY);
            assertThat(reportA.get("players")).isEqualTo(reportB.get("players"));
            assertThat(reportA.get("players")).hasSize(2);
            assertThat(reportA.get("players").get(1).get("name").asText()).isEqualTo("Bob");
            assertThat(reportA.get("players").get(1).get("score").asInt()).isEqualTo(bobScore);
            assertThat(reportA.get("players").get(1).get("answers")).hasSize(1);
            assertThat(get(b, "/api/homework/" + id + "/results?format=report", TestServer.KEY).get("playerCount").asInt())
                    .isEqualTo(2);
            assertThat(get(b, "/api/homework", TestServer.KEY).findValuesAsText("id")).containsExactly(id);
        }
    }

    @Test
    void anAnswerAfterTheDeadlineAndItsTimeIsRefusedOnBothServers_andNeitherTakesAJoinOrSendsAQuestion() throws Exception {
        try (RedisServer redis = new RedisServer();
             QuizServer a = server(dir, redis, "a");
             QuizServer b = server(dir, redis, "b")) {
            HttpResponse<String> created = post(a.port(), "/api/homework", "{\"quiz\":\"mixed\",\"timeLimitSec\":5,\"deadline\":"
                    + (System.currentTimeMillis() + 6_000) + "}", TestServer.KEY);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String id = JSON.readTree(created.body()).get("id").asText();
            String ada = join(b.port(), id, "Ada");
            assertThat(question(a.port(), id, ada).get("timeLimitMs").asLong()).isEqualTo(5_000);
            Thread.sleep(7_500); // past the 5 s and the 2 s grace, and past the deadline (6 s after creating)

            HttpResponse<String> late = answer(b.port(), id, ada, 0, RIGHT.get(0));
            assertThat(late.statusCode()).isEqualTo(409);
            assertThat(JSON.readTree(late.body()).get("late").asBoolean()).isTrue();
            HttpResponse<String> again = answer(a.port(), id, ada, 0, RIGHT.get(0));
            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(JSON.readTree(again.body()).get("error").asText()).isEqualTo("Time was up for this question: it cannot be answered any more.");
            for (QuizServer s : List.of(a, b)) {
                HttpResponse<String> q = TestServer.get(s.port(), "/api/homework/" + id + "/question", "Authorization", bearer(ada));
                assertThat(q.statusCode()).isEqualTo(410);
                assertThat(post(s.port(), "/api/homework/" + id + "/students", "{\"name\":\"Bob\"}").statusCode()).isEqualTo(410);
                JsonNode progress = get(s, "/api/homework/" + id + "/progress", TestServer.KEY);
                assertThat(progress.get("closed").asBoolean()).isTrue();
                assertThat(progress.get("questions").get(0).get("closed").asInt()).isEqualTo(1);
                assertThat(progress.get("questions").get(0).get("answered").asInt()).isZero();
            }
        }
    }

    @Test
    void aRestartOfBothServersKeepsTheAssignmentAndEveryStudentWhereTheyWere() throws Exception {
        String id;
        String ada;
        int score;
        long answerBy;
        JsonNode progress;
        try (RedisServer redis = new RedisServer()) {
            try (QuizServer a = server(dir, redis, "a");
                 QuizServer b = server(dir, redis, "b")) {
                id = create(a.port(), System.currentTimeMillis() + 3_600_000);
                ada = join(b.port(), id, "Ada");
                question(b.port(), id, ada);
                score = JSON.readTree(answer(a.port(), id, ada, 0, RIGHT.get(0)).body()).get("score").asInt();
                answerBy = question(b.port(), id, ada).get("answerBy").asLong();
                progress = get(a, "/api/homework/" + id + "/progress", TestServer.KEY);
            }
            try (QuizServer a = server(dir, redis, "a");
                 QuizServer b = server(dir, redis, "b")) {
                JsonNode q = question(a.port(), id, ada);
                assertThat(q.get("index").asInt()).isEqualTo(1);
                assertThat(q.get("answerBy").asLong()).isEqualTo(answerBy);
                assertThat(q.get("score").asInt()).isEqualTo(score);
                assertThat(get(b, "/api/homework/" + id + "/progress", TestServer.KEY)).isEqualTo(progress);
                assertThat(get(b, "/api/homework", TestServer.KEY).findValuesAsText("id")).containsExactly(id);
                assertThat(answer(b.port(), id, ada, 0, RIGHT.get(0)).statusCode()).isEqualTo(409);
                assertThat(answer(b.port(), id, ada, 1, RIGHT.get(1)).statusCode()).isEqualTo(200);
            }
        }
    }
}
