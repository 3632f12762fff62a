package quiznight.loadtest;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server process this program started: the QuizNight jar ({@code --spawn-server}) or the bare baseline
 * ({@code --baseline}), on a free loopback port, its output in a log file. {@link #close()} stops it with
 * SIGTERM (a graceful shutdown) and waits.
 */
final class Launched implements AutoCloseable {
    /** Server flags that lift the per-address quotas: every bot connects from this machine's loopback addresses. */
    static final List<String> LIFTED_QUOTAS = List.of("--joins-per-room-per-address", "1000000",
            "--joins-per-assignment-per-address", "1000000", "--creates-per-minute", "100000", "--rooms-per-address", "100000");

    final Process process;
    final int port;
    final Path log;
    final String label;

    private Launched(Process process, int port, Path log, String label) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.label = label;
    }

    /** @param organiserKey the key the spawned server requires for creating rooms (its hosts send it) */
    static Launched quiznight(Path jar, List<String> jvmOptions, Path dir, String organiserKey) throws Exception {
        Path quizzes = Files.createDirectories(dir.resolve("quizzes"));
        Files.write(quizzes.resolve("loadtest.json"), QuizKnowledge.bundledBytes());
        int port = freePort();
        List<String> cmd = new ArrayList<>();
        cmd.add(java());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--quizzes", quizzes.toString(), "--results-dir", dir.resolve("results").toString(),
                "--data-dir", dir.resolve("data").toString(), "--organiser-key", organiserKey));
        // Every bot comes from this machine: lift the per-address quotas meant for a classroom behind one address.
        cmd.addAll(LIFTED_QUOTAS);
        return start(cmd, port, dir.resolve("server.log"), "quiznight");
    }

    static Launched baseline(List<String> jvmOptions, String quizFile, Path dir) throws Exception {
        int port = freePort();
        List<String> cmd = new ArrayList<>();
        cmd.add(java());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"),
                "quiznight.loadtest.baseline.BareBroadcastServer", "--port", String.valueOf(port), "--bind", "127.0.0.1"));
        if (quizFile != null && !quizFile.equals("none")) {
            cmd.addAll(List.of("--quiz-file", quizFile));
        }
        return start(cmd, port, dir.resolve("baseline.log"), "baseline");
    }

    private static Launched start(List<String> cmd, int port, Path log, String label) throws Exception {
        System.err.println("starting " + label + ": " + String.join(" ", cmd));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Launched l = new Launched(p, port, log, label);
        l.awaitHealthy(Duration.ofSeconds(60));
        return l;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress("127.0.0.1", 0));
            return s.getLocalPort();
        }
    }

    String wsUrl() {
        return "ws://127.0.0.1:" + port + "/ws";
    }

    String httpBase() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitHealthy(Duration limit) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException(label + " exited with status " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(httpBase() + "/healthz"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        close();
        throw new IllegalStateException(label + " did not answer /healthz within " + limit.toSeconds() + " s; see " + log);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
