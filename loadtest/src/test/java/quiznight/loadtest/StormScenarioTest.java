package quiznight.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import quiznight.config.Settings;
import quiznight.net.QuizServer;

/**
 * Keeps the storm scenario working: 30 players against the real server in this JVM; during the standings of
 * question 2 every player drops its socket and resumes within 800 ms, then the game goes on. Fails on missed
 * messages or errors (a score, answer or streak lost on resume counts as an error), never on latency.
 */
class StormScenarioTest {
    @TempDir
    Path tmp;

    @Test
    void everyPlayerDropsAndResumesWithNothingLost() throws Exception {
        Path quizzes = Files.createDirectories(tmp.resolve("quizzes"));
        Files.write(quizzes.resolve("loadtest.json"), QuizKnowledge.bundledBytes());
        QuizServer server = QuizServer.start(Settings.defaults().withPort(0).withBind("127.0.0.1")
                .withResultsDir(tmp.resolve("results")).withQuizzesDir(quizzes)
                .with(b -> b.dataDir = tmp.resolve("data")));
        try {
            Main m = new Main();
            new CommandLine(m).parseArgs("--scenario", "storm", "--players", "30", "--questions", "5",
                    "--time-limit-sec", "5", "--answer-delay-ms", "20..300", "--pause-ms", "150", "--join-rate", "400",
                    "--workers", "0", "--source-addresses", "0", "--storm-window-ms", "800", "--no-heap");
            RunSpec spec = m.specs().get(0);
            assertThat(spec.stormIndex()).isEqualTo(2);
            ObjectNode r = Coordinator.run(spec, Target.of("quiznight", "ws://127.0.0.1:" + server.port(), null).withOrganiserKey(server.organiserKey()));
            Report.print(System.out, r);
            assertThat(r.has("failure")).as("run failure: %s", r.path("failure")).isFalse();
            assertThat(r.path("players").asInt()).isEqualTo(30);
            assertThat(r.path("missed").asLong()).as("missed: %s", r.path("missedByKind")).isZero();
            assertThat(r.path("errors").asLong()).as("errors: %s", r.path("errorsByKind")).isZero();
            assertThat(r.path("storm").path("dropped").asLong()).isEqualTo(30);
            assertThat(r.path("storm").path("resumed").asLong()).isEqualTo(30);
            assertThat(r.path("measures").path("resume").path("count").asLong()).isEqualTo(30);
            // the standings the players resumed into came again, and were not taken for duplicates
            assertThat(r.path("storm").path("replayedPhaseMessages").asLong()).isEqualTo(30);
            assertThat(r.path("measures").path("result").path("count").asLong()).isEqualTo(30 * 4);
            assertThat(r.path("measures").path("finished").path("count").asLong()).isEqualTo(30);
            assertThat(r.path("answers").path("acked").asLong()).isEqualTo(r.path("answers").path("sent").asLong());
        } finally {
            server.close();
        }
    }
}
