package quiznight.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import quiznight.config.Settings;
import quiznight.loadtest.baseline.BareBroadcastServer;
import quiznight.net.QuizServer;

/**
 * Keeps the load generator working: a short classroom game (40 players, 2 questions) against the real server
 * started in this JVM, and the same against the bare baseline with the players in a worker process. Fails on
 * missed messages or errors, never on latency: this is not a timed test.
 */
class ClassroomScenarioTest {
    private static final String[] SHORT = {"--scenario", "classroom", "--questions", "2", "--time-limit-sec", "5",
            "--answer-delay-ms", "20..300", "--pause-ms", "150", "--join-rate", "400", "--no-heap"};

    @TempDir
    Path tmp;

    private static Main parse(String... extra) {
        Main m = new Main();
        String[] args = new String[SHORT.length + extra.length];
        System.arraycopy(SHORT, 0, args, 0, SHORT.length);
        System.arraycopy(extra, 0, args, SHORT.length, extra.length);
        new CommandLine(m).parseArgs(args);
        return m;
    }

    private static RunSpec spec(String... extra) {
        return parse(extra).specs().get(0);
    }

    private QuizServer startServer() throws Exception {
        Path quizzes = Files.createDirectories(tmp.resolve("quizzes"));
        Files.write(quizzes.resolve("loadtest.json"), QuizKnowledge.bundledBytes());
        return QuizServer.start(Settings.defaults().withPort(0).withBind("127.0.0.1")
                .withResultsDir(tmp.resolve("results")).withQuizzesDir(quizzes)
                .with(b -> b.dataDir = tmp.resolve("data")));
    }

    @Test
    void classroomAgainstTheRealServerMissesNothing() throws Exception {
        QuizServer server = startServer();
        try {
            ObjectNode r = Coordinator.run(spec(), Target.of("quiznight", "ws://127.0.0.1:" + server.port(), null).withOrganiserKey(server.organiserKey()));
            Report.print(System.out, r);
            assertPlayedCleanly(r);
            // The bots know the quiz: about 70 % right (a loose check, 80 answers).
            assertThat(r.path("answers").path("correct").asLong()).isBetween(30L, 75L);
        } finally {
            server.close();
        }
    }

    @Test
    void overTwoUrlsEachNodeReportsThePlayersThatConnectedThroughIt() throws Exception {
        // A stand-in for a cluster: the same server under two URLs (the protocol is the same on every node).
        QuizServer server = startServer();
        try {
            String url = "ws://127.0.0.1:" + server.port();
            Main m = parse("--url", url + "," + url + "/ws", "--workers", "1", "--worker-jvm-opts", "-Xmx128m",
                    "--organiser-key", server.organiserKey());
            ObjectNode r = Coordinator.run(m.specs().get(0), m.target());
            Report.print(System.out, r);
            assertPlayedCleanly(r);
            assertThat(r.path("byNode")).hasSize(2);
            for (var node : r.path("byNode")) {
                assertThat(node.path("players").asInt()).isEqualTo(20);
                assertThat(node.path("missed").asLong()).isZero();
                assertThat(node.path("errors").asLong()).isZero();
                assertThat(node.path("answers").path("acked").asLong()).isEqualTo(40);
                assertThat(node.path("measures").path("question").path("count").asLong()).isEqualTo(40);
                assertThat(node.path("measures").path("questionLast").path("count").asLong()).isEqualTo(2);
                assertThat(node.path("measures").path("join").path("count").asLong()).isEqualTo(20);
            }
            assertThat(r.path("config").path("plan").path("playersPerNode").toString()).isEqualTo("[20,20]");
        } finally {
            server.close();
        }
    }

    @Test
    void sameGameAgainstTheBareBaselineWithAWorkerProcess() throws Exception {
        try (BareBroadcastServer bare = BareBroadcastServer.start("127.0.0.1", 0, null)) {
            ObjectNode r = Coordinator.run(spec("--workers", "1", "--worker-jvm-opts", "-Xmx128m"),
                    Target.of("baseline", "ws://127.0.0.1:" + bare.port(), null));
            Report.print(System.out, r);
            assertPlayedCleanly(r);
        }
    }

    private static void assertPlayedCleanly(ObjectNode r) {
        assertThat(r.has("failure")).as("run failure: %s", r.path("failure")).isFalse();
        assertThat(r.path("players").asInt()).isEqualTo(40);
        assertThat(r.path("missed").asLong()).as("missed: %s", r.path("missedByKind")).isZero();
        assertThat(r.path("errors").asLong()).as("errors: %s", r.path("errorsByKind")).isZero();
        assertThat(r.path("measures").path("join").path("count").asLong()).isEqualTo(40);
        assertThat(r.path("measures").path("question").path("count").asLong()).isEqualTo(80);
        assertThat(r.path("measures").path("questionLast").path("count").asLong()).isEqualTo(2);
        assertThat(r.path("measures").path("result").path("count").asLong()).isEqualTo(80);
        assertThat(r.path("measures").path("standings").path("count").asLong()).isEqualTo(80);
        assertThat(r.path("measures").path("finished").path("count").asLong()).isEqualTo(40);
        assertThat(r.path("answers").path("sent").asLong()).isEqualTo(80);
        assertThat(r.path("answers").path("acked").asLong()).isEqualTo(80);
    }
}
