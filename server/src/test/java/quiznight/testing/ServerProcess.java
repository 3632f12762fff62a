package quiznight.testing;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A server in its own JVM ({@code quiznight.cli.Main}), so it can be killed, signalled and its output read. */
public final class ServerProcess implements AutoCloseable {
    private static final Pattern PORT = Pattern.compile("http://localhost:(\\d+)/");

    public final Process process;
    public final int port;
    public final List<String> output = new CopyOnWriteArrayList<>();

    public ServerProcess(Map<String, String> env, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "quiznight.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().putIfAbsent("ORGANISER_KEY", TestServer.ORGANISER_KEY);
        process = pb.start();
        CompletableFuture<Integer> found = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    output.add(line);
                    Matcher m = PORT.matcher(line);
                    if (m.find()) {
                        found.complete(Integer.parseInt(m.group(1)));
                    }
                }
            } catch (Exception e) {
                found.completeExceptionally(e);
            }
            found.completeExceptionally(new IllegalStateException("server exited before it printed its port: " + output));
        });
        reader.setDaemon(true);
        reader.start();
        this.port = found.get(60, TimeUnit.SECONDS);
    }

    /** SIGKILL: nothing runs, nothing is flushed. */
    public void kill9() throws Exception {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** SIGTERM, as systemctl stop or Ctrl+C; returns the exit code. */
    public int terminate() throws Exception {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return process.exitValue();
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            kill9();
        }
    }
}
