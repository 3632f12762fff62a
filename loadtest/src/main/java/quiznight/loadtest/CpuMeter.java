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
    static final double TICKS_PER_SECOND = 100.0;

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
                long t = processTicks(pid);
                if (t >= 0) {
                    by.put(pid, t); // a process that is gone (cluster-failover kills a node) is left out
                }
            }
            return new Snapshot(System.nanoTime(), total - idle, total, by);
        } catch (Exception | Error e) {
            return null;
        }
    }

    /** The CPU ticks (user + system) of these processes together; -1 when one cannot be read. */
    static long ticks(List<Long> pids) {
        long sum = 0;
        for (long pid : pids) {
            long t = processTicks(pid);
            if (t < 0) {
                return -1;
            }
            sum += t;
        }
        return sum;
    }

    private static long processTicks(long pid) {
        try {
            String s = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            // fields after the command: state(0) ... utime is field 14 of the line, index 11 here; stime 12
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (Exception e) {
            return -1;
        }
    }

    /**
     * Cores in use on average between two snapshots: the whole box, the server (every node with a known process id,
     * added up, and each node apart when there are several), the load generator's processes, and everything else.
     */
    static Map<String, Double> cores(Snapshot a, Snapshot b, List<Target.Node> nodes) {
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        if (a == null || b == null) {
            return out;
        }
        double sec = (b.nanos - a.nanos) / 1e9;
        if (sec <= 0) {
            return out;
        }
        double busy = (b.busy - a.busy) / TICKS_PER_SECOND / sec;
        List<Long> servers = nodes.stream().map(Target.Node::pid).filter(java.util.Objects::nonNull).toList();
        double server = 0;
        double generator = 0;
        for (Map.Entry<Long, Long> e : b.byPid.entrySet()) {
            if (servers.contains(e.getKey())) {
                server += cores(a, b, e.getKey(), sec);
            } else {
                generator += cores(a, b, e.getKey(), sec);
            }
        }
        boolean known = !servers.isEmpty();
        out.put("seconds", Math.round(sec * 10) / 10.0);
        out.put("boxBusyCores", r(busy));
        out.put("serverCores", known ? r(server) : -1);
        out.put("loadGeneratorCores", r(generator));
        out.put("otherCores", known ? r(Math.max(0, busy - server - generator)) : -1);
        if (nodes.size() > 1) {
            for (int i = 0; i < nodes.size(); i++) {
                Long pid = nodes.get(i).pid();
                // -1: unknown, or the process was gone at the end (its time until then is not readable)
                out.put("serverCoresNode" + (i + 1), pid == null || !b.byPid.containsKey(pid) ? -1 : r(cores(a, b, pid, sec)));
            }
        }
        return out;
    }

    /** One process's cores between two snapshots; a process started within the window (a worker) counts from zero. */
    private static double cores(Snapshot a, Snapshot b, long pid, double sec) {
        return (b.byPid.getOrDefault(pid, 0L) - a.byPid.getOrDefault(pid, 0L)) / TICKS_PER_SECOND / sec;
    }

    private static double r(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
