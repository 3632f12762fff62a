package quiznight.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;

/**
 * A real {@code redis-server} (the Debian package; {@code .ci/run} installs it) on a free loopback port, without
 * persistence, stopped with the test.
 */
public final class RedisServer implements AutoCloseable {
    public final int port;
    private final String binary;
    private Process process;

    public RedisServer() throws IOException {
        String binary = List.of("/usr/bin/redis-server", "/usr/local/bin/redis-server").stream()
                .filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElseThrow(() -> new IllegalStateException(
                        "redis-server is not installed: apt-get install -y redis-server (see .ci/run)"));
        this.binary = binary;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        start();
    }

    /** Starts Redis again on the same port (after {@link #crash()}), empty. */
    public void start() throws IOException {
        process = new ProcessBuilder(binary, "--port", Integer.toString(port), "--bind", "127.0.0.1", "--save", "",
                "--appendonly", "no", "--daemonize", "no", "--logfile", "")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).ignoreExceptions()
                .until(() -> ping().startsWith("+PONG"));
    }

    /** Kills Redis (SIGKILL: everything in it is lost, as after a crash) and starts an empty one on the same port. */
    public void crashAndRestart() throws Exception {
        crash();
        start();
    }

    /** Kills Redis with SIGKILL and leaves it down. */
    public void crash() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    private String ping() throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            s.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] b = new byte[16];
            int n = s.getInputStream().read(b);
            return n <= 0 ? "" : new String(b, 0, n, StandardCharsets.US_ASCII);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
