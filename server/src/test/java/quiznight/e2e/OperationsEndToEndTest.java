package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.testing.ServerProcess;
import quiznight.testing.TestServer;
import quiznight.testing.WsClient;

/** Running it: JSON logs, the settings file and its precedence, refused settings, the systemd unit. */
class OperationsEndToEndTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonLogFormat_writesOneParsableJsonObjectPerLine_withRoomAsAField(@TempDir Path dir) throws Exception {
        try (ServerProcess server = new ServerProcess(Map.of(), "--port", "0", "--bind", "127.0.0.1", "--log-format", "json",
                "--quizzes", TestServer.testQuizzes().toString(), "--results-dir", dir.resolve("r").toString(),
                "--data-dir", dir.resolve("d").toString())) {
            String code;
            try (WsClient host = WsClient.connect(server.port)) {
                host.send("type", "create", "quiz", "mixed");
                code = host.take("created").get("code").asText();
                host.send("type", "start");
                host.take("question");
                host.send("type", "end");
                host.take("finished");
            }
            org.awaitility.Awaitility.await().until(() -> server.output.stream().anyMatch(l -> l.contains("results written")));
            assertThat(server.terminate()).as("exit after SIGTERM (JVM: 128 + 15)").isIn(0, 143);
            List<JsonNode> events = new ArrayList<>();
            for (String line : server.output) {
                events.add(JSON.readTree(line));
            }
            assertThat(events).allSatisfy(e -> assertThat(e.has("@timestamp") && e.has("level") && e.has("message")).isTrue());
            assertThat(events).anySatisfy(e -> {
                assertThat(e.get("message").asText()).startsWith("room created");
                assertThat(e.get("room").asText()).isEqualTo(code);
                assertThat(e.get("quiz").asText()).isEqualTo("mixed");
            });
            assertThat(events).anySatisfy(e -> assertThat(e.path("joinUrl").asText()).contains("/play"));
            assertThat(events).anySatisfy(e -> assertThat(e.get("message").asText()).startsWith("room finished"));
            assertThat(String.join("\n", server.output)).doesNotContain("hostToken").doesNotContain("\"token\"");
        }
    }

    @Test
    void settingsFile_isUsed_andEnvironmentAndFlagsWinOverIt(@TempDir Path dir) throws Exception {
        Path conf = dir.resolve("quiznight.properties");
        Files.writeString(conf, "bind=127.0.0.1\npublic-url=http://from.file\nmax-players=1\nquizzes=" + TestServer.testQuizzes()
                + "\nresults-dir=" + dir.resolve("r") + "\ndata-dir=" + dir.resolve("d") + "\nport=0\n");
        try (ServerProcess server = new ServerProcess(Map.of("PUBLIC_URL", "http://from.env"), "--config", conf.toString())) {
            try (WsClient host = WsClient.connect(server.port); WsClient a = WsClient.connect(server.port);
                 WsClient b = WsClient.connect(server.port)) {
                host.send("type", "create", "quiz", "mixed");
                JsonNode created = host.take("created");
                assertThat(created.get("joinUrl").asText()).startsWith("http://from.env/play");
                String code = created.get("code").asText();
                a.send("type", "join", "code", code, "name", "A").take("joined");
                b.send("type", "join", "code", code, "name", "B");
                assertThat(b.takeError()).isEqualTo("capacity");
            }
        }
        try (ServerProcess server = new ServerProcess(Map.of("PUBLIC_URL", "http://from.env"), "--config", conf.toString(),
                "--public-url", "http://from.flag")) {
            try (WsClient host = WsClient.connect(server.port)) {
                host.send("type", "create", "quiz", "mixed");
                assertThat(host.take("created").get("joinUrl").asText()).startsWith("http://from.flag/play");
            }
        }
    }

    @Test
    void invalidSettings_areRefusedAtStartWithASentenceNamingThem(@TempDir Path dir) throws Exception {
        assertThat(run("--port", "70000")).contains("--port must be from 0 to 65535");
        assertThat(run("--log-format", "xml")).contains("--log-format must be text or json");
        assertThat(run("--rate", "lots")).contains("--rate");
        Path conf = dir.resolve("bad.properties");
        Files.writeString(conf, "prot=8080\n");
        assertThat(run("--config", conf.toString())).contains("'prot' is not a setting");
        Path badQuiz = Files.createDirectories(dir.resolve("q"));
        Files.writeString(badQuiz.resolve("broken.json"), "{\"title\":\"B\",\"questions\":[{\"kind\":\"single\",\"text\":\"x\"}]}");
        assertThat(run("--quizzes", badQuiz.toString(), "--port", "0"))
                .contains("cannot start").contains("broken.json: question 1: field 'choices'");
    }

    private static String run(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "quiznight.cli.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isNotZero();
        return out;
    }

    @Test
    void systemdUnit_passesSystemdAnalyzeVerify() throws Exception {
        Path analyze = Path.of("/usr/bin/systemd-analyze");
        Assumptions.assumeTrue(Files.isExecutable(analyze), "systemd-analyze is not installed");
        Process p = new ProcessBuilder(analyze.toString(), "verify", Path.of("..", "docs", "quiznight.service").toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).doesNotContain("quiznight.service:");
    }
}
