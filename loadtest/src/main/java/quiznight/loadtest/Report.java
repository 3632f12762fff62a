package quiznight.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/** The summary table on stdout and the JSON report ({@code --json FILE}). */
final class Report {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String[] COMPARED = {"questionLast", "question", "revealLast", "standingsLast"};

    final ObjectNode root = JSON.createObjectNode();
    final ArrayNode runs;

    Report(String command) {
        root.put("tool", "quiznight-loadtest");
        root.put("date", OffsetDateTime.now().withNano(0).toString());
        root.put("command", command);
        ObjectNode machine = root.putObject("machine");
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        try {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            machine.put("memoryGiB", Math.round(os.getTotalMemorySize() / (1024.0 * 1024 * 1024)));
        } catch (RuntimeException | LinkageError e) {
            // not a HotSpot JVM
        }
        runs = root.putArray("runs");
    }

    void add(ObjectNode run) {
        runs.add(run);
        if (run.path("server").asText().equals("quiznight")) {
            compare(run);
        } else {
            for (JsonNode other : runs) {
                if (other != run && other.path("server").asText().equals("quiznight")
                        && other.path("name").asText().equals(run.path("name").asText())) {
                    compare((ObjectNode) other);
                }
            }
        }
    }

    /** Adds {@code vsBaseline} to a QuizNight run when the same run on the bare server is in the report. */
    private void compare(ObjectNode run) {
        for (JsonNode base : runs) {
            if (base.path("server").asText().equals("baseline") && base.path("name").asText().equals(run.path("name").asText())) {
                ObjectNode vs = run.putObject("vsBaseline");
                vs.put("meaning", "bare time / QuizNight time for the same measure: 1.0 = as fast as the bare server");
                for (String k : COMPARED) {
                    ObjectNode x = vs.putObject(k);
                    for (String p : new String[] {"p50", "p99"}) {
                        double b = base.path("measures").path(k).path(p).asDouble();
                        double q = run.path("measures").path(k).path(p).asDouble();
                        x.put(p, q > 0 ? Math.round(b / q * 1000) / 1000.0 : 0);
                        x.put("bare" + p, b);
                    }
                }
                run.put("fanoutRatio", vs.path("questionLast").path("p50").asDouble());
            }
        }
    }

    /**
     * {@code --compare-to}: each QuizNight run of this report gets {@code vsCompared}, its question fan-out p99 (last
     * player and each player) against the run of the same name in {@code other} (e.g. the same scenario without
     * pictures): ratio = this / other, so 1.2 means 20 % slower here. Prints one line per run compared.
     */
    void compareTo(JsonNode other, String file, PrintStream out) {
        compare(runs, other, file, out);
    }

    /** {@link #compareTo} on the runs of a report read back (the {@code compare} command). */
    static void compare(JsonNode runs, JsonNode other, String file, PrintStream out) {
        for (JsonNode run : runs) {
            if (!run.path("server").asText().equals("quiznight")) {
                continue;
            }
            for (JsonNode o : other.path("runs")) {
                if (o.path("server").asText().equals("quiznight") && o.path("name").asText().equals(run.path("name").asText())) {
                    ObjectNode vs = ((ObjectNode) run).putObject("vsCompared");
                    vs.put("meaning", "question fan-out p99 of this run / the same run in 'file' (1.0 = as fast)");
                    vs.put("file", file);
                    vs.put("otherImages", o.has("pictures"));
                    for (String k : new String[] {"questionLast", "question"}) {
                        double here = run.path("measures").path(k).path("p99").asDouble();
                        double there = o.path("measures").path(k).path("p99").asDouble();
                        ObjectNode x = vs.putObject(k);
                        x.put("p99", here);
                        x.put("otherP99", there);
                        x.put("ratio", there > 0 ? Math.round(here / there * 1000) / 1000.0 : 0);
                    }
                    out.printf(Locale.ROOT, "%s vs %s: question fan-out p99 to the last player %.1f / %.1f ms = %.2f, each player %.2f%n",
                            run.path("name").asText(), file, vs.path("questionLast").path("p99").asDouble(),
                            vs.path("questionLast").path("otherP99").asDouble(), vs.path("questionLast").path("ratio").asDouble(),
                            vs.path("question").path("ratio").asDouble());
                }
            }
        }
    }

    void write(Path file) throws Exception {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        JSON.writeValue(file.toFile(), root);
    }

    /** A cluster run: one line per node, for the players that connected through it (ms). */
    private static void printNodes(PrintStream out, JsonNode nodes) {
        if (!nodes.isArray() || nodes.isEmpty()) {
            return;
        }
        out.println("per node (the players that connected through it; \"last\" = the slowest of them per broadcast), ms:");
        out.printf(Locale.ROOT, "%-5s %8s %7s %9s %9s %9s %9s %9s %9s %7s %7s  %s%n", "node", "players", "failed", "join p99",
                "q p50", "q p99", "q last", "ack p99", "res p99", "missed", "errors", "heap B/player lobby/after  url");
        for (JsonNode n : nodes) {
            JsonNode m = n.path("measures");
            JsonNode h = n.path("serverHeap");
            out.printf(Locale.ROOT, "%-5d %8d %7d %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f %7d %7d  %s/%s  %s%n", n.path("node").asInt(),
                    n.path("players").asLong(), n.path("playersFailed").asLong(), m.path("join").path("p99").asDouble(),
                    m.path("question").path("p50").asDouble(), m.path("question").path("p99").asDouble(),
                    m.path("questionLast").path("max").asDouble(), m.path("ack").path("p99").asDouble(),
                    m.path("result").path("p99").asDouble(), n.path("missed").asLong(), n.path("errors").asLong(),
                    h.path("perPlayerLobbyBytes").asText("-"), h.path("perPlayerAfterGameBytes").asText("-"), n.path("url").asText());
        }
    }

    static void print(PrintStream out, JsonNode r) {
        out.println();
        out.printf(Locale.ROOT, "== %s on %s (%s): %d/%d players joined, %d room(s), %d questions; join %.1f s, game %.1f s%n",
                r.path("name").asText(), r.path("server").asText(), r.path("url").asText(), r.path("players").asLong(),
                r.path("playersTarget").asLong(), r.path("rooms").asInt(), r.path("questions").asInt(),
                r.path("timing").path("joinSec").asDouble(), r.path("timing").path("gameSec").asDouble());
        if (r.path("config").path("warmupQuestions").asInt() > 0) {
            out.printf(Locale.ROOT, "   (the first %d question(s) of each game are a warm-up: played and checked, not in the figures below; see 'last player per question')%n",
                    r.path("config").path("warmupQuestions").asInt());
        }
        if (r.has("failure")) {
            out.println("   RUN FAILED: " + r.path("failure").asText());
        }
        out.printf(Locale.ROOT, "%-34s %8s %9s %9s %9s %9s %9s%n", "measure (ms)", "count", "p50", "p90", "p99", "p99.9", "max");
        Iterator<Map.Entry<String, JsonNode>> it = r.path("measures").fields();
        while (it.hasNext()) {
            JsonNode m = it.next().getValue();
            out.printf(Locale.ROOT, "%-34s %8d %9.2f %9.2f %9.2f %9.2f %9.2f%n", m.path("label").asText(), m.path("count").asLong(),
                    m.path("p50").asDouble(), m.path("p90").asDouble(), m.path("p99").asDouble(), m.path("p999").asDouble(),
                    m.path("max").asDouble());
        }
        JsonNode per = r.path("lastByQuestion");
        if (per.has("questionLast")) {
            out.printf(Locale.ROOT, "last player per question (ms): question %s  reveal %s  result %s  standings %s%n",
                    per.path("questionLast"), per.path("revealLast"), per.path("resultLast"), per.path("standingsLast"));
        }
        JsonNode a = r.path("answers");
        long sent = a.path("sent").asLong();
        out.printf(Locale.ROOT, "answers: %d sent, %d acked, %d right (%.1f%%; target %.0f%%)   missed: %d %s   errors: %d %s%n",
                sent, a.path("acked").asLong(), a.path("correct").asLong(), sent == 0 ? 0.0 : 100.0 * a.path("correct").asLong() / sent,
                100 * a.path("correctShareTarget").asDouble(), r.path("missed").asLong(), r.path("missedByKind"),
                r.path("errors").asLong(), r.path("errorsByKind"));
        JsonNode st = r.path("storm");
        if (st.has("windowMs")) {
            out.printf(Locale.ROOT, "storm after question %d: %d dropped, %d resumed within a %d ms window; all back %.0f ms after the standings;"
                            + " resume p50 %.1f / p99 %.1f / max %.1f ms; %d replayed phase messages%n",
                    st.path("afterIndex").asInt(), st.path("dropped").asLong(), st.path("resumed").asLong(), st.path("windowMs").asLong(),
                    st.path("allBackMs").asDouble(), st.path("resumeP50Ms").asDouble(), st.path("resumeP99Ms").asDouble(),
                    st.path("resumeMaxMs").asDouble(), st.path("replayedPhaseMessages").asLong());
        }
        JsonNode fo = r.path("failover");
        if (fo.has("killedPid")) {
            out.printf(Locale.ROOT, "failover in the standings after question %d: owner (pid %d) %s %d ms after them; %d outages"
                            + " (%d closed 1012, %d dropped, %d reconnects refused), %d resumed, %d not back;"
                            + " drop -> resumed p50 %.1f / p99 %.1f / max %.1f ms; last resumed %.0f ms after the kill;"
                            + " host resumed %d (%.0f ms); %d replayed phase messages%n",
                    fo.path("afterIndex").asInt(), fo.path("killedPid").asLong(), fo.path("killed").asBoolean() ? "killed" : "NOT killed",
                    fo.path("killAtMs").asLong(), fo.path("outages").asLong(), fo.path("closed1012").asLong(),
                    fo.path("droppedWithoutClose").asLong(), fo.path("connectFailed").asLong(), fo.path("resumed").asLong(),
                    fo.path("notBack").asLong(), fo.path("resumeP50Ms").asDouble(), fo.path("resumeP99Ms").asDouble(),
                    fo.path("resumeMaxMs").asDouble(), fo.path("killToLastResumedMs").asDouble(), fo.path("hostResumed").asLong(),
                    fo.path("hostResumeMs").asDouble(), fo.path("replayedPhaseMessages").asLong());
        }
        PictureReport.print(out, r.path("pictures"));
        printNodes(out, r.path("byNode"));
        JsonNode h = r.path("serverHeap");
        if (h.has("lobbyBytes")) {
            out.printf(Locale.ROOT, "server heap: before %.1f MB, lobby %.1f MB, after the game %.1f MB -> %,d B/player in the lobby, %,d B/player after the game (%s)%n",
                    h.path("beforeBytes").asDouble() / 1e6, h.path("lobbyBytes").asDouble() / 1e6,
                    h.path("afterGameBytes").asDouble() / 1e6, h.path("perPlayerLobbyBytes").asLong(),
                    h.path("perPlayerAfterGameBytes").asLong(), h.path("method").asText());
        }
        JsonNode g = r.path("cpu").path("game");
        if (g.has("boxBusyCores")) {
            out.printf(Locale.ROOT, "cpu during the game (cores of %d): box %.2f = server %.2f + load generator %.2f + other processes %.2f%n",
                    Runtime.getRuntime().availableProcessors(), g.path("boxBusyCores").asDouble(), g.path("serverCores").asDouble(),
                    g.path("loadGeneratorCores").asDouble(), g.path("otherCores").asDouble());
        }
        JsonNode sc = r.path("serverCpu");
        if (sc.has("cpuMsPerBroadcast")) {
            out.printf(Locale.ROOT, "server cpu (upper bounds, %d measured questions): %.1f ms per broadcast (%.2f µs per "
                            + "recipient), %.1f µs per answer%n", sc.path("measuredQuestions").asInt(),
                    sc.path("cpuMsPerBroadcast").asDouble(), sc.path("cpuUsPerRecipient").asDouble(),
                    sc.path("cpuUsPerAnswer").asDouble());
        }
        if (g.has("serverCoresNode1")) {
            out.print("   server cores per node:");
            for (int i = 1; g.has("serverCoresNode" + i); i++) {
                out.printf(Locale.ROOT, " %d: %.2f", i, g.path("serverCoresNode" + i).asDouble());
            }
            out.println();
        }
        if (r.has("vsBaseline")) {
            JsonNode q = r.path("vsBaseline").path("questionLast");
            out.printf(Locale.ROOT, "vs bare baseline: question fan-out to the last player p50 %.2f (bare %.1f ms), p99 %.2f (bare %.1f ms)%n",
                    q.path("p50").asDouble(), q.path("barep50").asDouble(), q.path("p99").asDouble(), q.path("barep99").asDouble());
        }
    }
}
