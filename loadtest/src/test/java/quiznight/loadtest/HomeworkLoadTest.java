package quiznight.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.config.Settings;
import quiznight.net.QuizServer;

/**
 * Keeps the homework scenario working for every kind: three students play an assignment of one question of each
 * kind against the real server started in this JVM; every answer must be of a shape the server takes. Never timed.
 */
class HomeworkLoadTest {
    private static final int STUDENTS = 3;
    private static final int QUESTIONS = 9;

    @TempDir
    Path tmp;

    @Test
    void studentsAnswerEveryKindInAShapeTheServerTakes_andAllFinishWithoutAnError() throws Exception {
        Path quizzes = Files.createDirectories(tmp.resolve("quizzes"));
        Files.writeString(quizzes.resolve("loadtest.json"), """
                {"id": "loadtest", "title": "Every kind", "timeLimitSec": 60, "questions": [
                  {"kind": "single", "text": "Port?", "choices": ["8000", "80"], "correct": [0]},
                  {"kind": "multi", "text": "Methods?", "choices": ["GET", "FETCH", "POST"], "correct": [0, 2]},
                  {"kind": "truefalse", "text": "JSON keys are strings.", "correct": [0]},
                  {"kind": "text", "text": "Which command migrates?", "correct": ["migrate"]},
                  {"kind": "number", "text": "Bits in a byte?", "correct": {"value": 8, "tolerance": 0}},
                  {"kind": "poll", "text": "Tabs or spaces?", "choices": ["Tabs", "Spaces"]},
                  {"kind": "order", "text": "Oldest first", "choices": ["Fortran", "Lisp", "C", "Java"]},
                  {"kind": "slider", "text": "How cold?",
                   "correct": {"min": -20, "max": 30, "step": 2.5, "value": 5, "tolerance": 0}},
                  {"kind": "wordcloud", "text": "One word for Python"}
                ]}
                """);
        QuizServer server = QuizServer.start(Settings.defaults().withPort(0).withBind("127.0.0.1")
                .withResultsDir(tmp.resolve("results")).withQuizzesDir(quizzes)
                .with(b -> b.dataDir = tmp.resolve("data")));
        try {
            ObjectNode r = new HomeworkLoad("http://127.0.0.1:" + server.port(), server.organiserKey(), STUDENTS, 0, 0, 50)
                    .run(null, 120);
            assertThat(r.path("errorKinds").toString()).isEqualTo("{}");
            assertThat(r.path("errors").asInt()).isZero();
            assertThat(r.path("finished").asInt()).isEqualTo(STUDENTS);
            assertThat(r.path("answers").asInt()).isEqualTo(STUDENTS * QUESTIONS);
        } finally {
            server.close();
        }
    }
}
