package quiznight.loadtest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/** The measurements of every process of a run, merged: histograms added, per-broadcast maxima maxed. */
final class Merged {
    /** Measures in report order: key, label. "…Last" ones are per broadcast (its slowest recipient). */
    static final Map<String, String> MEASURES = new LinkedHashMap<>();

    static {
        MEASURES.put("join", "join (intended start -> joined)");
        MEASURES.put("advance", "host start/next -> broadcast sentAt");
        MEASURES.put("question", "question fan-out, each player");
        MEASURES.put("questionLast", "question fan-out, last player");
        MEASURES.put("ack", "answer (intended) -> ack");
        MEASURES.put("ackAllLast", "question sent -> last ack");
        MEASURES.put("reveal", "reveal fan-out, each player");
        MEASURES.put("revealLast", "reveal fan-out, last player");
        MEASURES.put("result", "reveal -> own result");
        MEASURES.put("resultLast", "reveal -> last player's result");
        MEASURES.put("standings", "standings fan-out, each player");
        MEASURES.put("standingsLast", "standings fan-out, last player");
        MEASURES.put("finished", "finished fan-out, each player");
        MEASURES.put("finishedLast", "finished fan-out, last player");
        MEASURES.put("resume", "resume: drop -> resumed");
        MEASURES.put("stormBackLast", "resume: standings -> last resumed");
    }

    /** Measures reported per node of a cluster, for the players that connected through it. */
    static final List<String> NODE_MEASURES = List.of("join", "question", "questionLast", "ack", "ackAllLast", "reveal",
            "revealLast", "result", "resultLast", "standingsLast", "finishedLast");

    /** Measures only a storm run has. */
    static final java.util.Set<String> STORM_MEASURES = java.util.Set.of("resume", "stormBackLast");

    final Map<String, Histogram> histograms = new TreeMap<>();
    final Map<String, Double> last = new TreeMap<>();
    final Map<String, Long> counters = new TreeMap<>();
    final Map<String, Long> errors = new TreeMap<>();
    final Map<String, Long> missed = new TreeMap<>();

    void add(WorkerResult r) {
        r.histograms().forEach((k, v) -> histograms.computeIfAbsent(k, x -> new Histogram(Stats.HIGHEST_US, Stats.DIGITS))
                .add(Stats.decode(v)));
        r.last().forEach((k, v) -> last.merge(k, v, Math::max));
        r.counters().forEach((k, v) -> counters.merge(k, v, Long::sum));
        r.errors().forEach((k, v) -> errors.merge(k, v, Long::sum));
        r.missed().forEach((k, v) -> missed.merge(k, v, Long::sum));
    }

    /** A per-recipient measure, or a per-broadcast one built from the maxima ("questionLast" from "question|..."). */
    Histogram histogram(String measure) {
        if (measure.endsWith("Last")) {
            String prefix = measure.substring(0, measure.length() - 4) + "|";
            Histogram h = new Histogram(Stats.HIGHEST_US, Stats.DIGITS);
            last.forEach((k, v) -> {
                if (k.startsWith(prefix)) {
                    h.recordValue(Stats.toMicros(v));
                }
            });
            return h;
        }
        return histograms.getOrDefault(measure, new Histogram(Stats.HIGHEST_US, Stats.DIGITS));
    }

    /**
     * For each "…Last" measure, the slowest recipient per question index (the maximum over rooms): shows
     * warm-up (the first question after a start) and trends within a game.
     */
    Map<String, double[]> lastByIndex(int questions) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String measure : MEASURES.keySet()) {
            if (!measure.endsWith("Last") || STORM_MEASURES.contains(measure)) {
                continue;
            }
            String prefix = measure.substring(0, measure.length() - 4) + "|";
            double[] v = new double[measure.equals("finishedLast") ? 1 : Math.max(questions, 0)];
            last.forEach((k, x) -> {
                if (k.startsWith(prefix) || k.startsWith("warmup." + prefix)) {
                    int i = Integer.parseInt(k.substring(k.lastIndexOf('|') + 1));
                    if (i >= 0 && i < v.length) {
                        v[i] = Math.max(v[i], Math.round(x * 100) / 100.0);
                    }
                }
            });
            out.put(measure, v);
        }
        return out;
    }

    long counter(String name) {
        return counters.getOrDefault(name, 0L);
    }

    long errorTotal() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    long missedTotal() {
        return missed.values().stream().mapToLong(Long::longValue).sum();
    }
}
