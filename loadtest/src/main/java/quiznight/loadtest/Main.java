package quiznight.loadtest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import quiznight.loadtest.baseline.BareBroadcastServer;

/**
 * {@code java -jar quiznight-loadtest.jar --scenario stadium --url ws://127.0.0.1:8080 --server-pid PID}: plays
 * real games against a QuizNight server (or the bare baseline) and reports latencies, missed messages, errors and
 * server heap per player. Against a cluster, {@code --url A,B,C --server-pid PA,PB,PC}: the hosts create their rooms
 * on the first node and the players are spread over all of them. See docs/benchmarks.md.
 */
@Command(name = "quiznight-loadtest", mixinStandardHelpOptions = true, version = "QuizNight load generator 0.1",
        sortOptions = false, subcommands = {Main.Worker.class, Main.Baseline.class, Main.Compare.class, Main.Homework.class},
        description = {"Plays real QuizNight games with bots and measures delivery (HdrHistogram, from intended times).",
                "Scenarios: classroom (1x40), meetup (100x100), stadium (1x10,000), scaling (1k,2k,5k,10k), ceiling (1x19,500),",
                "storm (1x10,000, every player drops and resumes), cluster-stadium (1x45,000 over the nodes of a cluster: --url A,B,C),",
                "cluster-failover (1x15,000 over 3 nodes; the room's owner is killed and every client resumes elsewhere),",
                "pictures (1x5,000, a picture on every question, downloaded by the phones; --no-images for the same run without)."})
public final class Main implements Callable<Integer> {

    @Option(names = "--scenario", defaultValue = "classroom", paramLabel = "NAME",
            description = "classroom, meetup, stadium, scaling, ceiling, storm, cluster-stadium, cluster-failover or pictures (default ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--url", split = ",", defaultValue = "ws://127.0.0.1:8080", paramLabel = "URL",
            description = {"A running QuizNight server (the path defaults to /ws; /metrics is read from the same host and port). Default ${DEFAULT-VALUE}.",
                    "Several (comma-separated, or the option repeated): the nodes of a cluster; the hosts create their rooms on the first,"
                            + " the players are spread round-robin over all, and the report has figures per node."})
    List<String> urls;

    @Option(names = "--spawn-server", paramLabel = "JAR",
            description = "Start the server from this jar on a free loopback port (with --server-jvm-opts and the bundled benchmark quiz) instead of using --url; stopped at the end.")
    Path spawnServer;

    @Option(names = "--server-jvm-opts", defaultValue = "-Xmx2g", paramLabel = "OPTS",
            description = "JVM options of a spawned server or baseline (default ${DEFAULT-VALUE}).")
    String serverJvmOpts;

    @Option(names = "--server-pid", split = ",", paramLabel = "PID",
            description = "Process id of the --url server, to force a collection (jcmd PID GC.run) before reading its heap; for several URLs one per URL,"
                    + " comma-separated, in the same order. Without it the heap is the lowest of 5 samples (includes garbage).")
    List<Long> serverPids;

    @Option(names = "--baseline", description = "Also run the same scenario against the bare Netty broadcast server (spawned from this jar unless --baseline-url), and report QuizNight's fan-out as a ratio of it.")
    boolean baseline;

    @Option(names = "--baseline-only", description = "Run only against the bare broadcast server.")
    boolean baselineOnly;

    @Option(names = "--baseline-url", paramLabel = "URL", description = "A running bare server (java -jar quiznight-loadtest.jar baseline-server --port N).")
    String baselineUrl;

    @Option(names = "--baseline-pid", paramLabel = "PID", description = "Process id of the --baseline-url server (heap after a collection).")
    Long baselinePid;

    @Option(names = "--players", paramLabel = "N", description = "Players in all (overrides the scenario's count; for scaling, one run of N instead of the steps).")
    Integer players;

    @Option(names = "--steps", split = ",", paramLabel = "N", description = "Players per run, one run each (default: the scenario's, e.g. scaling 1000,2000,5000,10000).")
    List<Integer> steps;

    @Option(names = "--rooms", paramLabel = "R", description = "Rooms; players are spread evenly.")
    Integer rooms;

    @Option(names = "--questions", paramLabel = "Q", description = "Questions per game.")
    Integer questions;

    @Option(names = "--time-limit-sec", paramLabel = "S", description = "Time limit of each question (5 to 600).")
    Integer timeLimitSec;

    @Option(names = "--answer-delay-ms", paramLabel = "MIN..MAX", description = "Each bot answers after a uniformly random delay in this range after the question arrived (e.g. 0..2000).")
    String answerDelay;

    @Option(names = "--correct-share", paramLabel = "F", description = "Share of answers meant to be right, 0 to 1 (needs the quiz file).")
    Double correctShare;

    @Option(names = "--pause-ms", paramLabel = "MS", description = "The host's pause after a reveal and after standings before 'next'.")
    Long pauseMs;

    @Option(names = "--quiz", defaultValue = "loadtest", paramLabel = "ID",
            description = "Quiz id for 'create' (default ${DEFAULT-VALUE}: start the server with --quizzes loadtest/quizzes). 'default' uses the server's default quiz.")
    String quiz;

    @Option(names = "--quiz-file", paramLabel = "FILE",
            description = "The quiz file the server plays, read by the bots to know the right answers (default: the bundled loadtest/quizzes/loadtest.json; 'none': answer at random).")
    String quizFile;

    @Option(names = "--join-rate", paramLabel = "N", description = "Intended joins per second over all processes.")
    Double joinRate;

    @Option(names = "--max-handshakes", defaultValue = "500", paramLabel = "N",
            description = "Connections between connect and WebSocket handshake at once, over all processes (default ${DEFAULT-VALUE}).")
    int maxHandshakes;

    @Option(names = "--source-addresses", paramLabel = "N",
            description = "Loopback addresses per process to bind client sockets to (worker w: 127.0.0.(2+w*N) onwards); 0 lets the kernel choose."
                    + " Default: the scenario's, or more if a (source, server) pair would need over 20,000 ports.")
    Integer sourceAddresses;

    @Option(names = "--workers", paramLabel = "K",
            description = "Child JVMs for the players (0: in this process). Default: the scenario's, or more so that none holds over 15,000 sockets"
                    + " (20,000 open files per process).")
    Integer workers;

    /**
     * Workers compile with C1 only: a worker is a fresh JVM per game, and with C2 its compiler threads took about a
     * fifth of the generator's core for the whole game (perf, 2026-12-06), preempting the bots' event loops in the
     * middle of broadcasts; the tails then measured the generator's JIT, not the server (docs/benchmarks.md).
     */
    @Option(names = "--worker-jvm-opts", defaultValue = "-Xms256m -Xmx1g -XX:TieredStopAtLevel=1", paramLabel = "OPTS",
            description = "JVM options of each worker (default ${DEFAULT-VALUE}: C1 only, so that no compiler thread competes with the bots during the game).")
    String workerJvmOpts;

    @Option(names = "--io-threads", defaultValue = "0", paramLabel = "N", description = "Event-loop threads per process (0: cores / processes).")
    int ioThreads;

    @Option(names = "--timeout-sec", paramLabel = "S", description = "A game must finish within this many seconds of its start (default from the scenario's timing).")
    Long timeoutSec;

    @Option(names = "--warmup-questions", paramLabel = "N",
            description = "The first N questions of each game are played and checked (missed, errors) but measured apart, under warmup.* in the JSON (default: 1 for the large scenarios, 0 for classroom; --questions counts them).")
    Integer warmupQuestions;

    @Option(names = "--storm-window-ms", defaultValue = "10000", paramLabel = "MS",
            description = "storm: every player drops and resumes at a uniformly random moment within this window after the standings of the second measured question (default ${DEFAULT-VALUE}).")
    long stormWindowMs;

    @Option(names = "--kill-owner-pid", paramLabel = "PID",
            description = "cluster-failover: the process id of the first node (it owns the room) to kill with SIGKILL (default: the first --server-pid).")
    Long killOwnerPid;

    @Option(names = "--kill-at", defaultValue = "2000", paramLabel = "MS",
            description = "cluster-failover: kill the owner this many ms after the host got the standings of the second measured question (default ${DEFAULT-VALUE}).")
    long killAtMs;

    @Option(names = "--images", negatable = true,
            description = {"Upload a generated 1600x900 JPEG per question and a copy of the quiz showing them, play that copy, and have the bots"
                    + " download each picture's phone size as phones do (on 'nextMedia', or when its question shows one they lack).",
                    "Default: on for the pictures scenario, off otherwise; --no-images runs the same scenario without pictures."})
    Boolean images;

    @Option(names = "--media-connections", defaultValue = "32", paramLabel = "N",
            description = "Keep-alive connections per player process and server for picture downloads at most; further downloads wait for one (default ${DEFAULT-VALUE}).")
    int mediaConnections;

    @Option(names = "--compare-to", paramLabel = "FILE",
            description = "A JSON report of the same scenario run otherwise (e.g. --no-images): each run gets 'vsOther', the ratio of question fan-out p99 (this / that).")
    Path compareTo;

    @Option(names = "--teams", paramLabel = "N",
            description = "Team mode: create the rooms with N auto-balanced teams, 2 to 20 (default: 20 in the teams scenario, none otherwise).")
    Integer teams;

    @Option(names = "--no-heap", description = "Do not read the server's heap.")
    boolean noHeap;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the JSON report here.")
    Path json;

    @Option(names = "--organiser-key", defaultValue = "${env:ORGANISER_KEY}", paramLabel = "KEY",
            description = "The server's organiser key (its --organiser-key, or the key in its host link); the hosts send it to create rooms (env ORGANISER_KEY; --spawn-server makes one).")
    String organiserKey;

    @Override
    public Integer call() throws Exception {
        List<RunSpec> specs = specs();
        Report report = new Report(String.join(" ", commandLine));
        boolean ok = true;
        List<Launched> launched = new ArrayList<>();
        try {
            Target base = null;
            Target server = null;
            Path dir = Files.createTempDirectory("quiznight-loadtest");
            if (baseline || baselineOnly) {
                if (baselineUrl != null) {
                    base = Target.of("baseline", baselineUrl, baselinePid);
                } else {
                    Launched b = Launched.baseline(jvmOptions(serverJvmOpts), quizFile, dir);
                    launched.add(b);
                    base = Target.of("baseline", b.wsUrl(), b.process.pid());
                }
            }
            if (!baselineOnly) {
                if (spawnServer != null) {
                    String key = organiserKey != null ? organiserKey : java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID();
                    Launched s = Launched.quiznight(spawnServer, jvmOptions(serverJvmOpts), dir, key);
                    launched.add(s);
                    server = Target.of("quiznight", s.wsUrl(), s.process.pid()).withOrganiserKey(key);
                } else {
                    server = target();
                }
            }
            for (RunSpec s : specs) {
                for (Target t : new Target[] {base, server}) {
                    if (t == null) {
                        continue;
                    }
                    ObjectNode r = Coordinator.run(s, t);
                    report.add(r);
                    Report.print(System.out, r);
                    ok &= r.path("missed").asLong() == 0 && r.path("errors").asLong() == 0 && !r.has("failure");
                    if (json != null) {
                        report.write(json);
                    }
                }
            }
            if (base != null && server != null) {
                System.out.println();
                for (var r : report.runs) {
                    if (r.has("fanoutRatio")) {
                        System.out.printf(java.util.Locale.ROOT, "%s: QuizNight question fan-out to the last player = %.2f of the bare baseline (p50)%n",
                                r.path("name").asText(), r.path("fanoutRatio").asDouble());
                    }
                }
            }
        } finally {
            for (Launched l : launched) {
                l.close();
            }
        }
        if (compareTo != null) {
            report.compareTo(Report.JSON.readTree(compareTo.toFile()), compareTo.toString(), System.out);
        }
        if (json != null) {
            report.write(json);
            System.out.println("\nJSON report: " + json.toAbsolutePath());
        }
        return ok ? 0 : 1;
    }

    private String[] commandLine = new String[0];

    static List<String> jvmOptions(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.trim().split("\\s+"));
    }

    /** The {@code --url} server or cluster, with the {@code --server-pid} of each node. */
    Target target() {
        try {
            return Target.of("quiznight", urls, serverPids == null ? List.of() : serverPids).withOrganiserKey(organiserKey);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--url / --server-pid: " + e.getMessage());
        }
    }

    /** The nodes the players connect through: the --url ones, or one spawned server. */
    private int nodes() {
        return spawnServer != null || baselineOnly ? 1 : urls.size();
    }

    List<RunSpec> specs() {
        Scenario sc = Scenario.named(scenario);
        List<Integer> ps = steps != null ? steps : players != null ? List.of(players) : sc.steps();
        int min = sc.answerMinMs();
        int max = sc.answerMaxMs();
        if (answerDelay != null) {
            String[] p = answerDelay.split("\\.\\.");
            min = Integer.parseInt(p[0].trim());
            max = Integer.parseInt(p[p.length - 1].trim());
            if (min < 0 || max < min) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--answer-delay-ms must be MIN..MAX with 0 <= MIN <= MAX");
            }
        }
        int q = questions != null ? questions : sc.questions();
        int limit = timeLimitSec != null ? timeLimitSec : sc.timeLimitSec();
        long pause = pauseMs != null ? pauseMs : sc.pauseMs();
        int warm = Math.min(q - 1, warmupQuestions != null ? warmupQuestions : sc.warmupQuestions());
        // storm, and the owner's death in cluster-failover: after the second measured question (never the last one, so
        // that a question follows it)
        boolean failover = sc.name().equals("cluster-failover");
        int stormIndex = sc.name().equals("storm") || failover ? Math.max(0, Math.min(warm + 1, q - 2)) : -1;
        Long kill = failover ? killPid() : null;
        if (stormIndex >= 0 && stormWindowMs < 0) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--storm-window-ms must be >= 0");
        }
        long timeout = timeoutSec != null ? timeoutSec : q * (limit + 2 * pause / 1000 + 10) + 60
                + (stormIndex >= 0 ? (Coordinator.hostHoldMs(failover, stormWindowMs, killAtMs) + HostBot.FAILOVER_HOLD_MS) / 1000 + 30 : 0);
        String qz = "default".equals(quiz) ? null : quiz;
        List<RunSpec> out = new ArrayList<>();
        int r = rooms != null ? rooms : sc.rooms();
        for (int n : ps) {
            String name = ps.size() > 1 ? sc.name() + "-" + n : sc.name();
            // enough processes and source addresses for this box's limits, unless given
            int k = workers != null ? workers : Spread.workersFor(n, sc.workers());
            int src = sourceAddresses != null ? sourceAddresses : Spread.sourcesFor(n, r, nodes(), k, sc.sourceAddresses());
            out.add(new RunSpec(sc.name(), name, n, r, q, limit, min, max,
                    correctShare != null ? correctShare : sc.correctShare(), pause, qz, quizFile,
                    joinRate != null ? joinRate : sc.joinRate(), maxHandshakes, src, k, jvmOptions(workerJvmOpts), ioThreads,
                    // failover: the killed node's heap cannot be read after the game
                    timeout, !noHeap && !failover, warm, stormIndex, stormWindowMs, failover, kill, killAtMs,
                    images != null ? images : sc.name().equals("pictures"), Math.max(1, mediaConnections),
                    teams != null ? teams : sc.name().equals("teams") ? 20 : 0));
        }
        return out;
    }

    /** cluster-failover: the process to kill, the owner of the rooms (the first node): --kill-owner-pid or the first --server-pid. */
    private Long killPid() {
        if (nodes() < 2) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "cluster-failover needs the nodes of a cluster: --url A,B,C (the first owns the room and is killed)");
        }
        Long pid = killOwnerPid != null ? killOwnerPid : serverPids != null && !serverPids.isEmpty() ? serverPids.get(0) : null;
        if (pid == null) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "cluster-failover kills the first node: give its process id with --kill-owner-pid (or --server-pid)");
        }
        if (killAtMs < 0) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--kill-at must be >= 0");
        }
        return pid;
    }

    /** {@code worker}: a child process running a share of the players (started by the parent, not by hand). */
    @Command(name = "worker", hidden = true, description = "Runs a share of the players for a parent process (internal).")
    static final class Worker implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            return PlayerGroup.runChild();
        }
    }

    /** {@code compare REPORT --to OTHER}: adds {@code vsCompared} to a written report, as {@code --compare-to} does. */
    @Command(name = "compare", description = "Adds to the JSON report REPORT, for each run, its question fan-out p99 ratio to the same run in --to (e.g. with / without pictures).")
    static final class Compare implements Callable<Integer> {
        @CommandLine.Parameters(paramLabel = "REPORT", description = "The report to add the ratio to (rewritten).")
        Path report;

        @Option(names = "--to", required = true, paramLabel = "OTHER", description = "The report of the same scenario run otherwise.")
        Path other;

        @Override
        public Integer call() throws Exception {
            var root = Report.JSON.readTree(report.toFile());
            Report.compare(root.path("runs"), Report.JSON.readTree(other.toFile()), other.toString(), System.out);
            Report.JSON.writeValue(report.toFile(), root);
            return 0;
        }
    }

    /** {@code homework}: students playing one assignment alone over HTTP ({@link HomeworkLoad}). */
    @Command(name = "homework", description = "The homework scenario: an assignment of the benchmark quiz, --students starting within --start-window-sec, each at their own pace over HTTP.")
    static final class Homework implements Callable<Integer> {
        @Option(names = "--url", defaultValue = "http://127.0.0.1:8080", description = "The server's HTTP address (default ${DEFAULT-VALUE}).")
        String url;

        @Option(names = "--students", defaultValue = "2000", description = "Students (default ${DEFAULT-VALUE}).")
        int students;

        @Option(names = "--start-window-sec", defaultValue = "60", description = "Each student starts at a random moment within this (default ${DEFAULT-VALUE}).")
        int startWindowSec;

        @Option(names = "--think-ms", defaultValue = "1000,8000", split = ",", description = "A student's thinking time before each answer, min and max (default ${DEFAULT-VALUE}).")
        List<Integer> thinkMs;

        @Option(names = "--server-pid", paramLabel = "PID", description = "The server's process id: its CPU over the run.")
        Long serverPid;

        @Option(names = "--timeout-sec", defaultValue = "600", description = "Give up after this long (default ${DEFAULT-VALUE}).")
        long timeoutSec;

        @Option(names = "--json", paramLabel = "FILE", description = "Write the report here too.")
        Path json;

        @Override
        public Integer call() throws Exception {
            String key = System.getenv("ORGANISER_KEY");
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("set ORGANISER_KEY to the server's organiser key: setting homework needs it");
            }
            var r = new HomeworkLoad(url, key, students, startWindowSec, thinkMs.get(0), thinkMs.get(1)).run(serverPid, timeoutSec);
            HomeworkLoad.write(r, json);
            return r.path("errors").asInt() == 0 && r.path("allFinishedInTime").asBoolean() ? 0 : 1;
        }
    }

    /** {@code baseline-server}: the bare Netty broadcast server, standalone. */
    @Command(name = "baseline-server", description = "Runs the bare Netty broadcast server (no game) for --baseline-url.")
    static final class Baseline implements Callable<Integer> {
        @Option(names = "--port", defaultValue = "8090", description = "Port (default ${DEFAULT-VALUE}).")
        int port;

        @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address (default ${DEFAULT-VALUE}).")
        String bind;

        @Option(names = "--quiz-file", description = "Quiz whose questions it sends, for the same frame sizes (default: the bundled benchmark quiz).")
        String quizFile;

        @Option(names = "--one-flush-reveal", description = "Write each player's reveal and result together with one flush (an experiment).")
        boolean oneFlushReveal;

        @Override
        public Integer call() throws Exception {
            List<String> a = new ArrayList<>(List.of("--port", String.valueOf(port), "--bind", bind));
            if (quizFile != null) {
                a.addAll(List.of("--quiz-file", quizFile));
            }
            if (oneFlushReveal) {
                a.add("--one-flush-reveal");
            }
            BareBroadcastServer.main(a.toArray(new String[0]));
            return 0;
        }
    }

    public static void main(String[] args) {
        Main m = new Main();
        m.commandLine = args;
        int code = new CommandLine(m).execute(args);
        System.exit(code);
    }
}
