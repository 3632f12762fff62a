package quiznight.loadtest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A share of the players, run either in this process ({@link Local}) or in a child JVM of this same program
 * ({@link Child}, {@code --workers K}). A child reads its {@link WorkerSpec} as one JSON line on stdin and speaks
 * in lines on stdout: {@code @@READY joined failed}, {@code @@DONE}, then, once told {@code CLOSE}, closes its
 * sockets and prints {@code @@RESULT <json>}: its histograms, encoded, for the parent to merge.
 */
interface PlayerGroup extends AutoCloseable {
    ObjectMapper JSON = new ObjectMapper();

    CompletableFuture<int[]> ready();

    CompletableFuture<Void> done();

    /** The process running these players. */
    long pid();

    /** Closes the players' connections and returns what they measured. */
    WorkerResult finish(long timeoutMs) throws Exception;

    @Override
    void close();

    /** Players in this process. */
    final class Local implements PlayerGroup {
        private final Fleet fleet;

        Local(WorkerSpec spec) throws IOException {
            fleet = new Fleet(spec, new Stats(), "players");
            fleet.start();
        }

        @Override
        public CompletableFuture<int[]> ready() {
            return fleet.ready().thenApply(x -> new int[] {fleet.joinedCount(), fleet.failedCount()});
        }

        @Override
        public CompletableFuture<Void> done() {
            return fleet.done();
        }

        @Override
        public long pid() {
            return ProcessHandle.current().pid();
        }

        @Override
        public WorkerResult finish(long timeoutMs) {
            return fleet.finish();
        }

        @Override
        public void close() {
            fleet.close();
        }
    }

    /** Players in a child JVM running {@code Main worker}. */
    final class Child implements PlayerGroup {
        private final Process process;
        private final CompletableFuture<int[]> ready = new CompletableFuture<>();
        private final CompletableFuture<Void> done = new CompletableFuture<>();
        private final CompletableFuture<WorkerResult> result = new CompletableFuture<>();
        private final OutputStream stdin;
        private final String label;

        Child(WorkerSpec spec, int index, List<String> jvmOptions) throws IOException {
            label = "worker " + index;
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(jvmOptions);
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add(Main.class.getName());
            cmd.add("worker");
            process = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            stdin = process.getOutputStream();
            stdin.write((JSON.writeValueAsString(spec) + "\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            Thread reader = new Thread(this::read, label + "-stdout");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("@@READY ")) {
                        String[] p = line.split(" ");
                        ready.complete(new int[] {Integer.parseInt(p[1]), Integer.parseInt(p[2])});
                    } else if (line.equals("@@DONE")) {
                        done.complete(null);
                    } else if (line.startsWith("@@RESULT ")) {
                        result.complete(JSON.readValue(line.substring(9), WorkerResult.class));
                    } else {
                        System.err.println("[" + label + "] " + line);
                    }
                }
            } catch (IOException e) {
                result.completeExceptionally(e);
            }
            IOException gone = new IOException(label + " exited (status " + exitStatus() + ")");
            ready.completeExceptionally(gone);
            done.completeExceptionally(gone);
            result.completeExceptionally(gone);
        }

        private String exitStatus() {
            try {
                return process.waitFor(5, TimeUnit.SECONDS) ? String.valueOf(process.exitValue()) : "running";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "unknown";
            }
        }

        @Override
        public CompletableFuture<int[]> ready() {
            return ready;
        }

        @Override
        public CompletableFuture<Void> done() {
            return done;
        }

        @Override
        public long pid() {
            return process.pid();
        }

        @Override
        public WorkerResult finish(long timeoutMs) throws Exception {
            try {
                stdin.write("CLOSE\n".getBytes(StandardCharsets.UTF_8));
                stdin.flush();
            } catch (IOException e) {
                // the child is gone; its result (if any) is already in
            }
            return result.get(timeoutMs, TimeUnit.MILLISECONDS);
        }

        @Override
        public void close() {
            try {
                stdin.close();
            } catch (IOException e) {
                // gone already
            }
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroy();
                    if (!process.waitFor(5, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The child's side: {@code Main worker}. */
    static int runChild() throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String first = in.readLine();
        if (first == null) {
            return 2;
        }
        WorkerSpec spec = JSON.readValue(first, WorkerSpec.class);
        Fleet fleet = new Fleet(spec, new Stats(), "worker@" + spec.firstPlayer());
        fleet.ready().thenRun(() -> out.println("@@READY " + fleet.joinedCount() + " " + fleet.failedCount()));
        fleet.done().thenRun(() -> out.println("@@DONE"));
        fleet.start();
        String line;
        while ((line = in.readLine()) != null && !line.equals("CLOSE")) {
            // wait for the parent
        }
        WorkerResult r = fleet.finish();
        out.println("@@RESULT " + JSON.writeValueAsString(r));
        out.flush();
        return 0;
    }
}
