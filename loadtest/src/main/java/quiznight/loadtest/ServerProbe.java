package quiznight.loadtest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Reads the server's heap from {@code GET /metrics} ({@code jvm_memory_used_bytes{area="heap",...}}, summed
 * over the pools). "Retained" heap needs a collection first: a remote client cannot ask for one, so when the
 * server's process id is known (it was spawned here, or {@code --server-pid}) the probe runs
 * {@code jcmd PID GC.run} (a full, stop-the-world collection) and reads the heap right after; otherwise it takes
 * the lowest of several samples, which still includes garbage (an upper bound).
 */
final class ServerProbe {
    record Heap(long bytes, String method) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI metrics;
    private final Long pid;
    private int histograms;

    ServerProbe(String httpBase, Long pid) {
        this.metrics = URI.create(httpBase + "/metrics");
        this.pid = pid;
    }

    Long pid() {
        return pid;
    }

    String scrape() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(metrics + " answered " + r.statusCode());
        }
        return r.body();
    }

    static long heapUsed(String text) {
        double sum = 0;
        boolean any = false;
        for (String line : text.split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                any = true;
            }
        }
        return any ? (long) sum : -1;
    }

    /** The server's own counters ({@code quiznight_*}, no histogram buckets), for the report. */
    static Map<String, Double> counters(String text) {
        Map<String, Double> out = new TreeMap<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("quiznight_") && !line.contains("_bucket{")) {
                int sp = line.lastIndexOf(' ');
                try {
                    out.put(line.substring(0, sp), Double.parseDouble(line.substring(sp + 1)));
                } catch (NumberFormatException e) {
                    // not a sample line
                }
            }
        }
        return out;
    }

    /** Each node's heap ({@link #heap()}), in order; null for a node whose /metrics cannot be read. */
    static List<Heap> heaps(List<ServerProbe> nodes) {
        List<Heap> out = new ArrayList<>();
        for (ServerProbe p : nodes) {
            out.add(p.heap());
        }
        return out;
    }

    /** The nodes' heaps added up; null when any of them is unknown (a sum of some would read as a drop). */
    static Heap total(List<Heap> heaps) {
        if (heaps == null || heaps.isEmpty() || heaps.stream().anyMatch(java.util.Objects::isNull)) {
            return null;
        }
        long sum = heaps.stream().mapToLong(Heap::bytes).sum();
        return new Heap(sum, heaps.size() == 1 ? heaps.get(0).method()
                : "sum over " + heaps.size() + " nodes of: " + heaps.get(0).method());
    }

    /**
     * Several nodes' {@link #counters}: summed (counters and gauges such as connected players add up over the nodes of
     * a cluster), except the {@code _max} samples of timers, which take the largest.
     */
    static Map<String, Double> total(Collection<Map<String, Double>> nodes) {
        Map<String, Double> out = new TreeMap<>();
        for (Map<String, Double> n : nodes) {
            n.forEach((k, v) -> out.merge(k, v, isMax(k) ? Math::max : Double::sum));
        }
        return out;
    }

    private static boolean isMax(String sample) {
        int brace = sample.indexOf('{');
        return (brace < 0 ? sample : sample.substring(0, brace)).endsWith("_max");
    }

    /** The heap after a full collection when possible; null when /metrics cannot be read. */
    Heap heap() {
        try {
            if (pid != null && gc()) {
                long h = heapUsed(scrape());
                histogram();
                return h < 0 ? null : new Heap(h, "jcmd " + pid + " GC.run, then /metrics jvm_memory_used_bytes{area=heap}");
            }
            long min = Long.MAX_VALUE;
            for (int i = 0; i < 5; i++) {
                long h = heapUsed(scrape());
                if (h < 0) {
                    return null;
                }
                min = Math.min(min, h);
                Thread.sleep(400);
            }
            return new Heap(min, "lowest of 5 /metrics samples, no collection forced (an upper bound)");
        } catch (Exception e) {
            System.err.println("cannot read the server's heap: " + e);
            return null;
        }
    }

    /**
     * With {@code HEAP_HISTOGRAMS=DIR} in the environment: the server's live objects by class ({@code jcmd PID
     * GC.class_histogram}) next to each heap reading, as {@code DIR/histogram-PID-N.txt} (N = 1, 2, 3: before the
     * players, in the lobby, after the game), to see where the bytes per player go.
     */
    private void histogram() {
        String dir = System.getenv("HEAP_HISTOGRAMS");
        if (dir == null || dir.isBlank()) {
            return;
        }
        try {
            Path out = Path.of(dir, "histogram-" + pid + "-" + (++histograms) + ".txt");
            Files.createDirectories(out.getParent());
            Process p = new ProcessBuilder(jcmd(), String.valueOf(pid), "GC.class_histogram")
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (Exception e) {
            System.err.println("jcmd GC.class_histogram failed: " + e);
        }
    }

    private static String jcmd() {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        return Files.isExecutable(jcmd) ? jcmd.toString() : "jcmd";
    }

    private boolean gc() {
        String exe = jcmd();
        try {
            for (int i = 0; i < 2; i++) {
                Process p = new ProcessBuilder(exe, String.valueOf(pid), "GC.run")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    p.destroyForcibly();
                    return false;
                }
            }
            return true;
        } catch (Exception e) {
            System.err.println("jcmd GC.run failed: " + e);
            return false;
        }
    }
}
