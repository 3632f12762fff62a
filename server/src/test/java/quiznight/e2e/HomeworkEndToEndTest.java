package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static quiznight.testing.HomeworkHttp.JSON;
import static quiznight.testing.HomeworkHttp.RIGHT;
import static quiznight.testing.HomeworkHttp.answer;
import static quiznight.testing.HomeworkHttp.create;
import static quiznight.testing.HomeworkHttp.join;
import static quiznight.testing.HomeworkHttp.post;
import static quiznight.testing.HomeworkHttp.question;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.net.QuizServer;
import quiznight.testing.TestServer;

/**
 * Homework over HTTP against a real server (issue 17): the organiser creates an assignment, two students play it at
 * their own pace, no question ever carries its answer, the organiser reads the progress and the report, and a restart
 * mid-assignment resumes a student where they were.
 */
class HomeworkEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void twoStudentsPlayAtTheirOwnPace_noQuestionRevealsItsAnswer_andTheOrganiserSeesProgressAndReport() throws Exception {
        try (QuizServer server = TestServer.start(dir)) {
            int port = server.port();
            String id = create(port, System.currentTimeMillis() + 3_600_000);
            HttpResponse<String> info = TestServer.get(port, "/api/homework/" + id);
            assertThat(JSON.readTree(info.body()).get("questions").asInt()).isEqualTo(5);
            assertThat(info.body()).doesNotContain("\"correct\"");

            String ada = join(port, id, "Ada");
            String bob = join(port, id, "Bob");
            assertThat(post(port, "/api/homework/" + id + "/students", "{\"name\":\"ADA\"}").statusCode()).isEqualTo(409);

            // Ada plays everything right.
            List<Integer> points = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                JsonNode q = question(port, id, ada);
                assertThat(q.get("index").asInt()).isEqualTo(i);
                assertThat(q.get("remainingMs").asLong()).isPositive();
                HttpResponse<String> a = answer(port, id, ada, i, RIGHT.get(i));
                assertThat(a.statusCode()).as(a.body()).isEqualTo(200);
                JsonNode o = JSON.readTree(a.body());
                assertThat(o.get("right").asBoolean()).isTrue();
                assertThat(o.path("reveal").has("correct")).as("the answer comes after answering").isTrue();
                points.add(o.get("points").asInt());
                if (i == 0) {
                    HttpResponse<String> twice = answer(port, id, ada, 0, RIGHT.get(0));
                    assertThat(twice.statusCode()).isEqualTo(409);
                    assertThat(JSON.readTree(twice.body()).get("error").asText()).isEqualTo("You have already answered this question.");
                }
            }
            JsonNode done = question(port, id, ada);
            assertThat(done.get("finished").asBoolean()).isTrue();
            assertThat(done.get("rank").asInt()).isEqualTo(1);
            assertThat(done.get("score").asInt()).isEqualTo(points.stream().mapToInt(Integer::intValue).sum());

            // Bob answers the first wrongly and cannot answer ahead; his recap waits until he finishes.
            question(port, id, bob);
            assertThat(answer(port, id, bob, 2, RIGHT.get(2)).statusCode()).isEqualTo(409);
            assertThat(answer(port, id, bob, 0, "{\"choice\":9}").statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(answer(port, id, bob, 0, "{\"choice\":3}").body()).get("right").asBoolean()).isFalse();
            assertThat(TestServer.get(port, "/api/homework/" + id + "/recap", "Authorization", "Bearer " + bob).statusCode())
                    .isEqualTo(409);
            assertThat(TestServer.get(port, "/api/homework/" + id + "/question", "Authorization", "Bearer nobody").statusCode())
                    .isEqualTo(403);

            JsonNode recap = JSON.readTree(TestServer.get(port, "/api/homework/" + id + "/recap", "Authorization",
                    "Bearer " + ada).body());
            assertThat(recap.get("name").asText()).isEqualTo("Ada");
            assertThat(recap.get("questions")).hasSize(5);

            // The organiser: progress and the report; nobody else.
            assertThat(TestServer.get(port, "/api/homework/" + id + "/progress").statusCode()).isEqualTo(403);
            JsonNode progress = JSON.readTree(TestServer.get(port, "/api/homework/" + id + "/progress", TestServer.KEY).body());
            assertThat(progress.get("students").asInt()).isEqualTo(2);
            assertThat(progress.get("started").asInt()).isEqualTo(2);
            assertThat(progress.get("finished").asInt()).isEqualTo(1);
            assertThat(progress.get("questions").get(0).get("shareRight").asDouble()).isEqualTo(0.5);
            JsonNode report = JSON.readTree(TestServer.get(port, "/api/homework/" + id + "/results?format=report",
                    TestServer.KEY).body());
            assertThat(report.get("playerCount").asInt()).isEqualTo(2);
            assertThat(report.get("questions").get(0).get("right").asInt()).isEqualTo(1);
            HttpResponse<byte[]> xlsx = TestServer.getBytes(port, "/api/homework/" + id + "/results?format=xlsx", TestServer.KEY);
            assertThat(xlsx.statusCode()).isEqualTo(200);
            assertThat(xlsx.body()[0]).isEqualTo((byte) 'P'); // a zip
            JsonNode list = JSON.readTree(TestServer.get(port, "/api/homework", TestServer.KEY).body());
            assertThat(list).hasSize(1);
            assertThat(list.get(0).get("link").asText()).isEqualTo("/homework.html#" + id);
            assertThat(TestServer.get(port, "/api/homework/" + id + "/qr", TestServer.KEY).body()).startsWith("<svg");
        }
    }

    @Test
    void badInputGetsASentenceAndChangesNothing() throws Exception {
        try (QuizServer server = TestServer.start(dir)) {
            int port = server.port();
            assertThat(post(port, "/api/homework", "{\"quiz\":\"mixed\",\"deadline\":" + (System.currentTimeMillis() + 60_000) + "}")
                    .statusCode()).as("no organiser").isEqualTo(403);
            assertThat(post(port, "/api/homework", "{\"quiz\":\"mixed\",\"deadline\":1}", TestServer.KEY).body())
                    .contains("The deadline must be in the future.");
            assertThat(post(port, "/api/homework", "{\"quiz\":\"nope\",\"deadline\":\"2099-01-01T10:00:00Z\"}", TestServer.KEY)
                    .statusCode()).isEqualTo(400);
            assertThat(post(port, "/api/homework", "{\"quiz\":\"mixed\",\"deadline\":\"tomorrow\"}", TestServer.KEY)
                    .statusCode()).isEqualTo(400);
            assertThat(post(port, "/api/homework", "{\"quiz\":\"mixed\",\"sections\":[\"Nope\"],\"deadline\":"
                    + (System.currentTimeMillis() + 60_000) + "}", TestServer.KEY).body()).contains("no section 'Nope'");
            assertThat(post(port, "/api/homework", "[]", TestServer.KEY).statusCode()).isEqualTo(400);
            assertThat(post(port, "/api/homework", "{\"quiz\":\"mixed\",\"deadline\":\"2099-01-01T10:00:00Z\"}", TestServer.KEY)
                    .body()).contains("within a year");
            assertThat(JSON.readTree(TestServer.get(port, "/api/homework", TestServer.KEY).body())).isEmpty();
            assertThat(TestServer.get(port, "/api/homework/AAAAAAAAAAAA").statusCode()).isEqualTo(404);

            HttpResponse<String> sections = post(port, "/api/homework", "{\"quiz\":\"mixed\",\"sections\":[\"Data\"],"
                    + "\"questions\":2,\"timeLimitSec\":30,\"deadline\":\"" + java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(1))
                    .plusDays(1) + "\"}", TestServer.KEY);
            assertThat(sections.statusCode()).as(sections.body()).isEqualTo(201);
            String id = JSON.readTree(sections.body()).get("id").asText();
            assertThat(JSON.readTree(sections.body()).get("questions").asInt()).isEqualTo(2);
            assertThat(post(port, "/api/homework/" + id + "/students", "{\"name\":\"\"}").statusCode()).isEqualTo(400);
            String ada = join(port, id, "Ada");
            JsonNode q = question(port, id, ada);
            assertThat(q.get("kind").asText()).isEqualTo("truefalse");
            assertThat(q.get("timeLimitMs").asLong()).isEqualTo(30_000);
            assertThat(answer(port, id, ada, 0, "{\"text\":\"x\"}").statusCode()).isEqualTo(400);
            assertThat(post(port, "/api/homework/" + id + "/answer", "not json", "Authorization", "Bearer " + ada).statusCode())
                    .isEqualTo(400);
            assertThat(JSON.readTree(TestServer.get(port, "/api/homework/" + id + "/progress", TestServer.KEY).body())
                    .get("questions").get(0).get("answered").asInt()).isZero();
        }
    }

    @Test
    void aLateAnswerScoresNothingWithItsReveal_andAfterTheDeadlineNobodyJoinsAndNoQuestionIsSent() throws Exception {
        try (QuizServer server = TestServer.start(dir)) {
            int port = server.port();
            HttpResponse<String> created = post(port, "/api/homework", "{\"quiz\":\"mixed\",\"timeLimitSec\":5,\"deadline\":"
                    + (System.currentTimeMillis() + 6_000) + "}", TestServer.KEY);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String id = JSON.readTree(created.body()).get("id").asText();
            String ada = join(port, id, "Ada");
            assertThat(question(port, id, ada).get("timeLimitMs").asLong()).isEqualTo(5_000);
            Thread.sleep(7_500); // past the 5 s and the 2 s grace, and past the deadline (6 s after creating)

            HttpResponse<String> late = answer(port, id, ada, 0, RIGHT.get(0));
            assertThat(late.statusCode()).isEqualTo(409);
            JsonNode body = JSON.readTree(late.body());
            assertThat(body.get("late").asBoolean()).isTrue();
            assertThat(body.get("score").asInt()).isZero();
            assertThat(body.get("reveal").get("correct").get(0).asInt()).isEqualTo(1);
            HttpResponse<String> after = TestServer.get(port, "/api/homework/" + id + "/question", "Authorization", "Bearer " + ada);
            assertThat(after.statusCode()).isEqualTo(410);
            assertThat(JSON.readTree(after.body()).get("error").asText()).contains("closed at its deadline");
            assertThat(post(port, "/api/homework/" + id + "/students", "{\"name\":\"Bob\"}").statusCode()).isEqualTo(410);

            JsonNode recap = JSON.readTree(TestServer.get(port, "/api/homework/" + id + "/recap", "Authorization", "Bearer " + ada).body());
            assertThat(recap.get("questions")).hasSize(1);
            assertThat(recap.get("questions").get(0).has("answer")).isFalse();
            JsonNode report = JSON.readTree(TestServer.get(port, "/api/homework/" + id + "/results", TestServer.KEY).body());
            assertThat(report.get("complete").asBoolean()).isTrue();
            assertThat(JSON.readTree(TestServer.get(port, "/api/homework/" + id, TestServer.KEY).body()).get("closed").asBoolean()).isTrue();
        }
    }

    @Test
    void aRestartMidAssignmentResumesTheStudentAtTheRightQuestionWithTheSameScore() throws Exception {
        String id;
        String ada;
        int score;
        try (QuizServer server = TestServer.start(dir)) {
            int port = server.port();
            id = create(port, System.currentTimeMillis() + 3_600_000);
            ada = join(port, id, "Ada");
            question(port, id, ada);
            score = JSON.readTree(answer(port, id, ada, 0, RIGHT.get(0)).body()).get("score").asInt();
            question(port, id, ada);
            score = JSON.readTree(answer(port, id, ada, 1, RIGHT.get(1)).body()).get("score").asInt();
            assertThat(question(port, id, ada).get("index").asInt()).isEqualTo(2);
        }
        try (QuizServer server = TestServer.start(dir)) {
            JsonNode q = question(server.port(), id, ada);
            assertThat(q.get("index").asInt()).isEqualTo(2);
            assertThat(q.get("score").asInt()).isEqualTo(score);
            assertThat(answer(server.port(), id, ada, 1, RIGHT.get(1)).statusCode()).isEqualTo(409);
        }
    }
}
