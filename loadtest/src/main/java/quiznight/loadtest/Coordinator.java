package quiznight.loadtest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.HdrHistogram.Histogram;

/**
 * Runs one {@link RunSpec} against one {@link Target}: hosts create the rooms (in this process), the players
 * join (here or in worker processes), the hosts start and play the game, then every process's measurements
 * are merged into one report entry.
 */
final class Coordinator {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** In a storm, the host waits the window plus this much longer than usual after the storm's standings. */
    static final long STORM_HOLD_MS = 5_000;
    /**
     * In cluster-failover, if the host is never disconnected after the kill, it goes on this long after the kill
     * point (a fallback: normally it resumes, and waits {@link HostBot#FAILOVER_HOLD_MS} from the replayed standings).
     */
    static final long FAILOVER_FALLBACK_MS = 30_000;

    /** How much longer than its pause the host waits on the storm's (or the failover's) standings. */
    static long hostHoldMs(boolean failover, long stormWindowMs, long killAtMs) {
        return failover ? killAtMs + FAILOVER_FALLBACK_MS : stormWindowMs + STORM_HOLD_MS;
    }

    private Coordinator() {
    }

    static ObjectNode run(RunSpec s, Target t) throws Exception {
        long wallStart = System.currentTimeMillis();
        Stats hostStats = new Stats();
        List<ServerProbe> probes = t.nodes().stream().map(n -> new ServerProbe(n.httpBase(), n.pid())).toList();
        List<PlayerGroup> groups = new ArrayList<>();
        List<HostBot> hosts = new ArrayList<>();
        List<ServerProbe.Heap> before = null;
        List<ServerProbe.Heap> lobby = null;
        List<ServerProbe.Heap> after = null;
        List<String> metricsAfter = new ArrayList<>();
        long joined = 0;
        long failed = 0;
        double gameSec = 0;
        double joinSec = 0;
        String failure = null;
        java.util.Map<String, Double> cpuJoin = java.util.Map.of();
        java.util.Map<String, Double> cpuGame = java.util.Map.of();
        int questions = s.questions();
        int nodes = t.nodes().size();
        Spread.Plan plan = Spread.plan(s.players(), s.rooms(), nodes, s.workers(), s.sourceAddresses());
        log(t.label() + " / " + s.name() + ": " + s.players() + " players in " + s.rooms() + " room(s), " + s.questions()
                + " questions, " + (s.workers() == 0 ? "in this process" : s.workers() + " worker processes")
                + ", " + s.sourceAddresses() + " source addresses" + (nodes > 1 ? ", over " + nodes + " nodes" : ""));
        plan.problems().forEach(p -> log("warning: " + p));
        if (s.heap()) {
            before = ServerProbe.heaps(probes);
        }
        ServerCpuPhases phases = t.pids().isEmpty() ? null : new ServerCpuPhases(() -> CpuMeter.ticks(t.pids()));
        OwnerKill kill = s.failover() ? new OwnerKill(s.killPid(), s.killAfterMs(), hostStats) : null;
        // pictures: uploaded before the rooms exist, to the first node (a cluster shares them); the rooms play the copy
        PictureQuiz.Prepared pictures = s.images() ? PictureQuiz.prepare(s, t) : null;
        String quiz = pictures != null ? pictures.quizId() : s.quiz();
        if (pictures != null) {
            log(t.label() + " / " + s.name() + ": " + pictures.pictures().size() + " pictures (" + pictures.uploadBytes() / 1024
                    + " KiB) and the quiz '" + quiz + "' uploaded in " + String.format("%.1f", pictures.seconds()) + " s");
        }
        Failover.Nodes hostNodes = new Failover.Nodes(nodes);
        // the hosts create their rooms on the first node (in cluster-failover they reconnect to the others)
        try (WsClient hostClient = new WsClient(t.wsUrls().stream().map(URI::create).toList(), 1,
                Math.min(1, s.sourceAddresses()), 0)) {
            if (t.organiserKey() != null) {
                // Creating rooms needs an organiser: the server's key on the hosts' upgrade, as the host page's cookie is.
                hostClient.upgradeHeader("X-Organiser-Key", t.organiserKey());
            }
            try {
                for (int r = 0; r < s.rooms(); r++) {
                    HostBot h = new HostBot(hostStats, quiz, s.questions(), s.timeLimitSec(), s.pauseMs(),
                            s.stormIndex(), s.stormIndex() < 0 ? 0 : hostHoldMs(s.failover(), s.stormWindowMs(), s.killAfterMs()),
                            s.teams());
                    if (kill != null) {
                        h.failover(new Failover.Link(hostNodes, 0, r, (node, delay) ->
                                hostClient.connectLater(node, 0, h, null, delay)), kill);
                    }
                    if (s.rooms() == 1 && phases != null) {
                        h.phases(phases::mark);
                    }
                    hosts.add(h);
                    hostClient.connect(0, 0, h);
                    if (r % 200 == 199) {
                        CompletableFuture.allOf(hosts.stream().map(x -> x.created).toArray(CompletableFuture[]::new))
                                .get(60, TimeUnit.SECONDS);
                    }
                }
                CompletableFuture.allOf(hosts.stream().map(x -> x.created).toArray(CompletableFuture[]::new))
                        .get(60, TimeUnit.SECONDS);
                List<String> codes = hosts.stream().map(h -> h.code).toList();
                questions = hosts.stream().mapToInt(h -> h.questions).min().orElse(s.questions());

                long joinStart = System.nanoTime();
                CpuMeter.Snapshot c0 = CpuMeter.take(pids(t, groups));
                int k = s.workers();
                int parts = Math.max(1, k);
                int io = s.ioThreads() > 0 ? s.ioThreads()
                        : Math.max(1, Runtime.getRuntime().availableProcessors() / parts);
                for (int w = 0; w < parts; w++) {
                    int first = Spread.first(s.players(), parts, w);
                    int end = Spread.first(s.players(), parts, w + 1);
                    WorkerSpec ws = new WorkerSpec(t.wsUrls(), codes, first, end - first, questions,
                            s.joinRate() / parts, Math.max(1, s.maxHandshakes() / parts), s.sourceAddresses(),
                            Spread.sourceOffset(w, s.sourceAddresses()), io,
                            s.answerMinMs(), s.answerMaxMs(), s.correctShare(), s.quizFile(), s.warmupQuestions(),
                            s.stormIndex(), s.stormWindowMs(), s.failover(),
                            pictures == null ? List.of() : t.nodes().stream().map(Target.Node::mediaBase).toList(),
                            s.mediaConnections());
                    groups.add(k == 0 ? new PlayerGroup.Local(ws) : new PlayerGroup.Child(ws, w, s.workerJvmOptions()));
                }
                // joins through a cluster ran at a quarter of the intended rate on this box: allow for it
                long readyLimit = (long) (s.players() / s.joinRate() * 6) + 120;
                for (PlayerGroup g : groups) {
                    int[] jf = g.ready().get(readyLimit, TimeUnit.SECONDS);
                    joined += jf[0];
                    failed += jf[1];
                }
                joinSec = (System.nanoTime() - joinStart) / 1e9;
                cpuJoin = CpuMeter.cores(c0, CpuMeter.take(pids(t, groups)), t.nodes());
                log(t.label() + " / " + s.name() + ": " + joined + " joined, " + failed + " failed, in "
                        + String.format("%.1f", joinSec) + " s");
                if (s.heap()) {
                    lobby = ServerProbe.heaps(probes);
                }

                long gameStart = System.nanoTime();
                CpuMeter.Snapshot g0 = CpuMeter.take(pids(t, groups));
                hosts.forEach(HostBot::start);
                CompletableFuture.allOf(hosts.stream().map(x -> x.finished).toArray(CompletableFuture[]::new))
                        .get(s.timeoutSec(), TimeUnit.SECONDS);
                gameSec = (System.nanoTime() - gameStart) / 1e9;
                cpuGame = CpuMeter.cores(g0, CpuMeter.take(pids(t, groups)), t.nodes());
                try {
                    CompletableFuture.allOf(groups.stream().map(PlayerGroup::done).toArray(CompletableFuture[]::new))
                            .get(30, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    log("some players did not see 'finished' within 30 s of the hosts");
                }
                log(t.label() + " / " + s.name() + ": game over in " + String.format("%.1f", gameSec) + " s");
                if (s.heap()) {
                    after = ServerProbe.heaps(probes);
                }
            } catch (TimeoutException | ExecutionException e) {
                failure = e instanceof TimeoutException ? "timed out" : String.valueOf(e.getCause());
                log(t.label() + " / " + s.name() + ": run failed: " + failure);
                hostStats.error("run-failed");
            }
            for (ServerProbe p : probes) {
                try {
                    metricsAfter.add(p.scrape());
                } catch (Exception e) {
                    metricsAfter.add(null); // no /metrics: fine
                }
            }
            Merged m = new Merged();
            for (PlayerGroup g : groups) {
                try {
                    m.add(g.finish(120_000));
                } catch (Exception e) {
                    log("a worker's result is missing: " + e);
                    hostStats.error("worker-lost");
                } finally {
                    g.close();
                }
            }
            hosts.forEach(HostBot::close);
            Thread.sleep(200);
            m.add(hostStats.snapshot());
            ObjectNode r = report(s, t, m, joined, failed, questions, joinSec, gameSec,
                    new Heaps(before, lobby, after), metricsAfter, failure, (System.currentTimeMillis() - wallStart) / 1000.0);
            if (pictures != null) {
                PictureReport.add(r.putObject("pictures"), s, pictures, m, r.path("serverMetrics"));
            }
            if (kill != null) {
                failover(r.putObject("failover"), s, m, kill, hosts.isEmpty() ? Double.NaN : hosts.get(0).failoverStandingsSentAt);
            }
            if (nodes > 1) {
                r.set("byNode", byNode(t, m, new Heaps(before, lobby, after), metricsAfter));
            }
            ObjectNode pl = ((ObjectNode) r.get("config")).putObject("plan");
            pl.put("processes", plan.processes());
            pl.put("socketsPerProcessMax", plan.socketsPerProcess());
            pl.put("connectionsPerSourceAndNodeMax", plan.connectionsPerPair());
            var per = pl.putArray("playersPerNode");
            for (int n : plan.playersPerNode()) {
                per.add(n);
            }
            ObjectNode cpu = r.putObject("cpu");
            cpu.put("meaning", "average cores in use (from /proc): the box, the server, this load generator, everything else");
            cpuJoin.forEach(cpu.putObject("join")::put);
            cpuGame.forEach(cpu.putObject("game")::put);
            ObjectNode split = phases == null ? null : phases.report(s.warmupQuestions(), joined);
            if (split != null) {
                r.set("serverCpu", split);
            }
            return r;
        } finally {
            for (PlayerGroup g : groups) {
                g.close();
            }
        }
    }

    /** The servers' heaps before the players, in the lobby and after the game: one entry per node (null: unread). */
    private record Heaps(List<ServerProbe.Heap> before, List<ServerProbe.Heap> lobby, List<ServerProbe.Heap> after) {
        ServerProbe.Heap before(int node) {
            return before == null ? null : before.get(node);
        }

        ServerProbe.Heap lobby(int node) {
            return lobby == null ? null : lobby.get(node);
        }

        ServerProbe.Heap after(int node) {
            return after == null ? null : after.get(node);
        }
    }

    private static ObjectNode report(RunSpec s, Target t, Merged m, long joined, long failed, int questions,
                                     double joinSec, double gameSec, Heaps heaps, List<String> metricsAfter,
                                     String failure, double wallSec) {
        ObjectNode o = JSON.createObjectNode();
        o.put("scenario", s.scenario());
        o.put("name", s.name());
        o.put("server", t.label());
        o.put("url", String.join(",", t.wsUrls()));
        // the workers' own counts when the join phase did not end (timed out) and theirs are the only ones
        o.put("players", Math.max(joined, m.counter("playersJoined")));
        o.put("playersTarget", s.players());
        o.put("playersFailed", Math.max(failed, m.counter("playersFailed")));
        o.put("rooms", s.rooms());
        o.put("questions", questions);
        o.put("missed", m.missedTotal());
        o.put("errors", m.errorTotal());
        if (failure != null) {
            o.put("failure", failure);
        }
        ObjectNode measures = o.putObject("measures");
        Merged.MEASURES.forEach((key, label) -> {
            if (s.stormIndex() < 0 && Merged.STORM_MEASURES.contains(key)) {
                return;
            }
            measure(measures.putObject(key), label, m.histogram(key));
        });
        ObjectNode per = o.putObject("lastByQuestion");
        per.put("meaning", "per question index: the slowest recipient's delay (ms), the maximum over rooms");
        m.lastByIndex(questions).forEach((k, v) -> {
            var arr = per.putArray(k);
            for (double x : v) {
                arr.add(x);
            }
        });
        ObjectNode answers = o.putObject("answers");
        answers.put("sent", m.counter("answersSent"));
        answers.put("acked", m.counter("acks"));
        answers.put("correct", m.counter("correct"));
        answers.put("knownQuestions", m.counter("answersKnown"));
        answers.put("skipped", m.counter("answersSkipped"));
        answers.put("correctShareTarget", s.correctShare());
        if (s.stormIndex() >= 0 && !s.failover()) {
            ObjectNode st = o.putObject("storm");
            st.put("meaning", "during the standings after question 'afterIndex' every player closed its socket (RST) at a"
                    + " uniformly random moment within 'windowMs' of the standings and reconnected at once with resume");
            st.put("afterIndex", s.stormIndex());
            st.put("windowMs", s.stormWindowMs());
            st.put("dropped", m.counter("stormDrops"));
            st.put("resumed", m.counter("resumed"));
            st.put("replayedPhaseMessages", m.counter("replayed"));
            Histogram back = m.histogram("stormBackLast");
            st.put("allBackMs", ms(back.getMaxValue()));
            Histogram rl = m.histogram("resume");
            st.put("resumeP50Ms", ms(rl.getValueAtPercentile(50)));
            st.put("resumeP99Ms", ms(rl.getValueAtPercentile(99)));
            st.put("resumeMaxMs", ms(rl.getMaxValue()));
        }
        o.putPOJO("missedByKind", m.missed);
        o.putPOJO("errorsByKind", m.errors);
        ObjectNode c = o.putObject("counters");
        m.counters.forEach(c::put);
        // over every server (the sum) when each was read
        List<Integer> servers = t.distinct();
        heap(o.putObject("serverHeap"), ServerProbe.total(each(servers, heaps.before())),
                ServerProbe.total(each(servers, heaps.lobby())), ServerProbe.total(each(servers, heaps.after())), joined);
        List<Map<String, Double>> counters = each(servers, metricsAfter).stream().filter(Objects::nonNull)
                .map(ServerProbe::counters).toList();
        if (!counters.isEmpty()) {
            if (servers.size() > 1) {
                o.put("serverMetricsOver", counters.size() + " nodes: counters and gauges summed, *_max the largest");
            }
            ServerProbe.total(counters).forEach(o.putObject("serverMetrics")::put);
        }
        ObjectNode timing = o.putObject("timing");
        timing.put("joinSec", round(joinSec));
        timing.put("gameSec", round(gameSec));
        timing.put("wallSec", round(wallSec));
        ObjectNode cfg = o.putObject("config");
        cfg.put("timeLimitSec", s.timeLimitSec());
        cfg.put("answerDelayMs", s.answerMinMs() + ".." + s.answerMaxMs());
        cfg.put("pauseMs", s.pauseMs());
        cfg.put("quiz", s.quiz());
        cfg.put("joinRate", s.joinRate());
        cfg.put("maxHandshakes", s.maxHandshakes());
        cfg.put("sourceAddresses", s.sourceAddresses());
        cfg.put("workers", s.workers());
        cfg.put("ioThreads", s.ioThreads());
        cfg.put("warmupQuestions", s.warmupQuestions());
        if (s.stormIndex() >= 0) {
            cfg.put("stormIndex", s.stormIndex());
            cfg.put("stormWindowMs", s.stormWindowMs());
        }
        return o;
    }

    /** cluster-failover: kills the owner once, {@code afterMs} after its first run; {@code at}: when (epoch ms; NaN: not). */
    static final class OwnerKill implements Runnable {
        private final long pid;
        private final long afterMs;
        private final Stats stats;
        private final java.util.concurrent.atomic.AtomicBoolean once = new java.util.concurrent.atomic.AtomicBoolean();
        volatile double at = Double.NaN;

        OwnerKill(long pid, long afterMs, Stats stats) {
            this.pid = pid;
            this.afterMs = afterMs;
            this.stats = stats;
        }

        @Override
        public void run() {
            if (once.compareAndSet(false, true)) {
                CompletableFuture.runAsync(this::kill, CompletableFuture.delayedExecutor(afterMs, TimeUnit.MILLISECONDS));
            }
        }

        private void kill() {
            try {
                int rc = new ProcessBuilder("kill", "-9", String.valueOf(pid)).inheritIO().start().waitFor();
                at = Now.ms();
                log("cluster-failover: kill -9 " + pid + " (the owner): exit status " + rc);
                if (rc != 0) {
                    stats.error("kill-failed");
                }
            } catch (java.io.IOException e) {
                log("cluster-failover: kill -9 " + pid + " failed: " + e);
                stats.error("kill-failed");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The failover section: what dropped, what came back, and how fast. */
    private static void failover(ObjectNode f, RunSpec s, Merged m, OwnerKill kill, double standingsSentAt) {
        f.put("meaning", "during the standings after question 'afterIndex' the owner (the first node, pid 'killedPid') was"
                + " killed with SIGKILL 'killAtMs' after the host got them; every client whose connection closed (1012, or"
                + " dropped) reconnected to another node after a random backoff and resumed");
        f.put("afterIndex", s.stormIndex());
        f.put("killedPid", s.killPid());
        f.put("killAtMs", s.killAfterMs());
        f.put("killed", !Double.isNaN(kill.at));
        f.put("outages", m.counter("failoverOutages"));
        f.put("closed1012", m.counter("failoverClosed1012"));
        f.put("droppedWithoutClose", m.counter("failoverDropped"));
        f.put("connectFailed", m.counter("failoverConnectFailed"));
        f.put("resumed", m.counter("resumed"));
        // still away at the end: gave up after every attempt, or an attempt under way
        f.put("notBack", m.missed.getOrDefault("resumed", 0L));
        f.put("gaveUp", m.counter("failoverNotBack"));
        f.put("replayedPhaseMessages", m.counter("replayed"));
        Histogram rl = m.histogram("resume");
        f.put("resumeP50Ms", ms(rl.getValueAtPercentile(50)));
        f.put("resumeP99Ms", ms(rl.getValueAtPercentile(99)));
        f.put("resumeMaxMs", ms(rl.getMaxValue()));
        // the players' last resume, from the standings' sentAt, less the time from those standings to the kill
        double back = ms(m.histogram("stormBackLast").getMaxValue());
        if (!Double.isNaN(kill.at) && !Double.isNaN(standingsSentAt)) {
            f.put("killToLastResumedMs", round(back - (kill.at - standingsSentAt)));
        }
        f.put("hostResumed", m.counter("hostResumed"));
        f.put("hostResumeMs", ms(m.histogram("hostResume").getMaxValue()));
    }

    /** The entries of {@code list} at {@code indexes}; null stays null. */
    private static <T> List<T> each(List<Integer> indexes, List<T> list) {
        if (list == null) {
            return null;
        }
        List<T> out = new ArrayList<>();
        indexes.forEach(i -> out.add(list.get(i)));
        return out;
    }

    /** Heap before, in the lobby and after the game, and per player, for {@code players} players. */
    private static void heap(ObjectNode heap, ServerProbe.Heap before, ServerProbe.Heap lobby, ServerProbe.Heap after,
                             long players) {
        if (before != null) {
            heap.put("beforeBytes", before.bytes());
            heap.put("method", before.method());
        }
        if (lobby != null) {
            heap.put("lobbyBytes", lobby.bytes());
        }
        if (after != null) {
            heap.put("afterGameBytes", after.bytes());
        }
        if (before != null && lobby != null && players > 0) {
            heap.put("perPlayerLobbyBytes", (lobby.bytes() - before.bytes()) / players);
        }
        if (before != null && after != null && players > 0) {
            heap.put("perPlayerAfterGameBytes", (after.bytes() - before.bytes()) / players);
        }
    }

    private static void measure(ObjectNode x, String label, Histogram h) {
        x.put("label", label);
        x.put("count", h.getTotalCount());
        x.put("p50", ms(h.getValueAtPercentile(50)));
        x.put("p90", ms(h.getValueAtPercentile(90)));
        x.put("p99", ms(h.getValueAtPercentile(99)));
        x.put("p999", ms(h.getValueAtPercentile(99.9)));
        x.put("max", ms(h.getMaxValue()));
    }

    /**
     * Per node of a cluster: the figures of the players that connected through it (their broadcasts' "last player" is
     * the slowest of those players), its heap (per player connected through it) and its own metrics.
     */
    private static ArrayNode byNode(Target t, Merged m, Heaps heaps, List<String> metricsAfter) {
        ArrayNode out = JSON.createArrayNode();
        for (int i = 0; i < t.nodes().size(); i++) {
            Target.Node node = t.nodes().get(i);
            String key = Fleet.nodeKey(i);
            ObjectNode o = out.addObject();
            o.put("node", i + 1);
            o.put("url", node.wsUrl());
            if (node.pid() != null) {
                o.put("pid", node.pid());
            }
            long players = m.counter(key + "joined");
            o.put("players", players);
            o.put("playersFailed", m.counter(key + "failed"));
            o.put("missed", m.counter(key + "missed"));
            o.put("errors", m.counter(key + "errors"));
            ObjectNode answers = o.putObject("answers");
            answers.put("sent", m.counter(key + "answersSent"));
            answers.put("acked", m.counter(key + "acks"));
            answers.put("correct", m.counter(key + "correct"));
            ObjectNode measures = o.putObject("measures");
            for (String k : Merged.NODE_MEASURES) {
                measure(measures.putObject(k), Merged.MEASURES.get(k), m.histogram(key + k));
            }
            heap(o.putObject("serverHeap"), heaps.before(i), heaps.lobby(i), heaps.after(i), players);
            if (metricsAfter.get(i) != null) {
                ObjectNode sc = o.putObject("serverMetrics");
                ServerProbe.counters(metricsAfter.get(i)).forEach(sc::put);
            }
        }
        return out;
    }

    private static List<Long> pids(Target t, List<PlayerGroup> groups) {
        List<Long> pids = new ArrayList<>(t.pids());
        pids.add(ProcessHandle.current().pid());
        for (PlayerGroup g : groups) {
            if (!pids.contains(g.pid())) {
                pids.add(g.pid());
            }
        }
        return pids;
    }

    static double ms(long micros) {
        return Math.round(micros / 10.0) / 100.0;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static void log(String line) {
        System.err.println("[loadtest " + java.time.LocalTime.now().withNano(0) + "] " + line);
    }
}
