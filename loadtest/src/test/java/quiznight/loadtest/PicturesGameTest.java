package quiznight.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import quiznight.config.Settings;
import quiznight.net.QuizServer;

/**
 * Keeps the pictures scenario working: a short game with a picture on every question against the real server in this
 * JVM. Fails on missed messages, errors or a picture not downloaded, never on latency.
 */
class PicturesGameTest {
    @TempDir
    Path tmp;

    /**
     * 30 phones against the real server in this JVM: the pictures are uploaded, the copy of the quiz is played, every
     * picture a question shows was downloaded (announced in the standings before it, or fetched when it came), at
     * phone size, with nothing missed and no error.
     */
    @Test
    void phonesDownloadThePictureOfEveryQuestionFromTheRealServer() throws Exception {
        Path quizzes = Files.createDirectories(tmp.resolve("quizzes"));
        Files.write(quizzes.resolve("loadtest.json"), QuizKnowledge.bundledBytes());
        QuizServer server = QuizServer.start(Settings.defaults().withPort(0).withBind("127.0.0.1")
                .withResultsDir(tmp.resolve("results")).withQuizzesDir(quizzes)
                .with(b -> {
                    b.dataDir = tmp.resolve("data");
                    b.uploadsDir = tmp.resolve("uploads");
                }));
        try {
            int questions = 4;
            Main main = new Main();
            new CommandLine(main).parseArgs("--scenario", "pictures", "--players", "30", "--questions", String.valueOf(questions),
                    "--time-limit-sec", "5", "--answer-delay-ms", "20..300", "--pause-ms", "400", "--join-rate", "400",
                    "--workers", "0", "--source-addresses", "0", "--no-heap", "--media-connections", "4");
            RunSpec spec = main.specs().get(0);
            ObjectNode r = Coordinator.run(spec, Target.of("quiznight", "ws://127.0.0.1:" + server.port(), null)
                    .withOrganiserKey(server.organiserKey()));
            Report.print(System.out, r);
            assertThat(r.has("failure")).as("run failure: %s", r.path("failure")).isFalse();
            assertThat(r.path("missed").asLong()).as("missed: %s", r.path("missedByKind")).isZero();
            assertThat(r.path("errors").asLong()).as("errors: %s", r.path("errorsByKind")).isZero();
            JsonNode p = r.path("pictures");
            assertThat(p.path("pictures").asInt()).isEqualTo(QuizKnowledge.bundledTree().path("questions").size());
            assertThat(p.path("shown").asLong()).isEqualTo(30L * questions);
            // one download per player and question shown: announced ones once, the others when their question came
            assertThat(p.path("requests").asLong()).isEqualTo(30L * questions);
            assertThat(p.path("prefetches").asLong() + p.path("lateFetches").asLong()).isEqualTo(30L * questions);
            assertThat(p.path("prefetches").asLong()).as("the server announced the pictures ahead").isPositive();
            assertThat(p.path("failed").asLong()).isZero();
            assertThat(p.path("fetchMs").path("count").asLong()).isEqualTo(30L * questions);
            // phone size: well under the uploaded projector size
            assertThat(p.path("bytesPerRequest").asLong()).isBetween(5_000L, p.path("uploadBytes").asLong() / p.path("pictures").asLong());
        } finally {
            server.close();
        }
    }
}
