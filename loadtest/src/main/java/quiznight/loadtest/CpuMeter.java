package quiznight.loadtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How busy the machine was during a run, and how much of that was not the benchmark: the server and the
 * load generator share the box, and anything else running (a build, another test) shows up in the figures.
 * Reads {@code /proc/stat} and {@code /proc/PID/stat} (Linux; elsewhere it reports nothing). Softirq time of
 * loopback networking is charged by the kernel to whichever process was running, so the split is approximate.
 */
final class CpuMeter {
    private static final double TICKS_PER_SECOND = 100.0;

    record Snapshot(long nanos, long busy, long total, Map<Long, Long> byPid) {
    }

    private CpuMeter() {
    }

    static Snapshot take(List<Long> pids) {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            Map<Long, Long> by = new HashMap<>();
            for (long pid : pids) {
                by.put(pid, processTicks(pid));
            }
            return new Snapshot(System.nanoTime(), total - idle, total, by);
        } catch (Exception | Error e) {
            return null;
        }
    }

    private static long processTicks(long pid) {
        try {
            String s = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            // fields after the command: state(0) ... utime is field 14 of the line, index 11 here; stime 12
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (Exception e) {
            return 0;
        }
    }

    /**
     * Cores in use on average between two snapshots: the whole box, the server process, the load generator's
     * processes, and everything else.
     */
    static Map<String, Double> cores(Snapshot a, Snapshot b, Long serverPid) {
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        if (a == null || b == null) {
            return out;
        }
        double sec = (b.nanos - a.nanos) / 1e9;
        if (sec <= 0) {
            return out;
        }
        double busy = (b.busy - a.busy) / TICKS_PER_SECOND / sec;
        double server = 0;
        double generator = 0;
        for (Map.Entry<Long, Long> e : b.byPid.entrySet()) {
            // a process started within the window (a worker) counts from zero
            double c = (e.getValue() - a.byPid.getOrDefault(e.getKey(), 0L)) / TICKS_PER_SECOND / sec;
            if (e.getKey().equals(serverPid)) {
                server += c;
            } else {
                generator += c;
            }
        }
        out.put("seconds", Math.round(sec * 10) / 10.0);
        out.put("boxBusyCores", r(busy));
        out.put("serverCores", serverPid == null ? -1 : r(server));
        out.put("loadGeneratorCores", r(generator));
        out.put("otherCores", serverPid == null ? -1 : r(Math.max(0, busy - server - generator)));
        return out;
    }

    private static double r(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
