package quiznight.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/** The {@code pictures} section of a run's report (the bots' downloads) and its line in the table. */
final class PictureReport {
    private PictureReport() {
    }

    static void add(ObjectNode o, RunSpec s, PictureQuiz.Prepared prepared, Merged m, JsonNode serverMetrics) {
        o.put("meaning", "a generated JPEG per question, uploaded with POST /api/media before the rooms, shown by the quiz"
                + " copy 'quiz'; each bot downloads a picture's phone size (-m.) once, when it is announced (nextMedia)"
                + " or, if not yet asked for, when its question arrives; over the whole game, warm-up question included."
                + " fetch: announcement (or question) received -> last byte, queueing for one of 'connectionsPerProcess'"
                + " keep-alive connections included");
        o.put("quiz", prepared.quizId());
        o.put("pictures", prepared.pictures().size());
        o.put("uploadBytes", prepared.uploadBytes());
        o.put("prepareSec", Math.round(prepared.seconds() * 100) / 100.0);
        var paths = o.putArray("phonePaths");
        prepared.pictures().forEach(p -> paths.add(p.phone()));
        o.put("connectionsPerProcess", s.mediaConnections());
        long requests = m.counter("mediaRequests");
        long bytes = m.counter("mediaBytes");
        o.put("requests", requests);
        o.put("bytes", bytes);
        o.put("bytesPerRequest", requests == 0 ? 0 : bytes / requests);
        o.put("prefetches", m.counter("mediaPrefetches"));
        o.put("lateFetches", m.counter("mediaLateFetches"));
        long shown = m.counter("picturesShown");
        long ready = m.counter("picturesReadyAtQuestion");
        o.put("shown", shown);
        o.put("readyAtQuestion", ready);
        o.put("inFlightAtQuestion", m.counter("picturesInFlightAtQuestion"));
        o.put("shareReadyAtQuestion", shown == 0 ? 0 : Math.round(ready * 10_000.0 / shown) / 10_000.0);
        o.put("failed", m.errors.entrySet().stream().filter(e -> e.getKey().startsWith("media-"))
                .mapToLong(java.util.Map.Entry::getValue).sum());
        latency(o.putObject("fetchMs"), m.histogram("mediaFetch"));
        latency(o.putObject("lateFetchMs"), m.histogram("mediaFetchLate"));
        ObjectNode server = o.putObject("serverCounts");
        serverMetrics.fields().forEachRemaining(e -> {
            if (e.getKey().contains("media")) {
                server.set(e.getKey(), e.getValue());
            }
        });
        if (server.isEmpty()) {
            server.put("note", "the server's /metrics has no media sample (no quiznight_*media* line): bytes and requests are the bots' count");
        }
    }

    private static void latency(ObjectNode x, Histogram h) {
        x.put("count", h.getTotalCount());
        x.put("p50", Coordinator.ms(h.getValueAtPercentile(50)));
        x.put("p90", Coordinator.ms(h.getValueAtPercentile(90)));
        x.put("p99", Coordinator.ms(h.getValueAtPercentile(99)));
        x.put("max", Coordinator.ms(h.getMaxValue()));
    }

    static void print(PrintStream out, JsonNode p) {
        if (!p.has("requests")) {
            return;
        }
        JsonNode f = p.path("fetchMs");
        out.printf(Locale.ROOT, "pictures: %d of %.0f KiB uploaded; phones: %d requests, %.1f MB (%,d B each), %d failed;"
                        + " fetch p50 %.1f / p90 %.1f / p99 %.1f / max %.1f ms; ready when their question opened %d of %d (%.1f%%),"
                        + " %d still downloading, %d fetched late%n",
                p.path("pictures").asInt(), p.path("uploadBytes").asDouble() / 1024, p.path("requests").asLong(),
                p.path("bytes").asDouble() / 1e6, p.path("bytesPerRequest").asLong(), p.path("failed").asLong(),
                f.path("p50").asDouble(), f.path("p90").asDouble(), f.path("p99").asDouble(), f.path("max").asDouble(),
                p.path("readyAtQuestion").asLong(), p.path("shown").asLong(), 100 * p.path("shareReadyAtQuestion").asDouble(),
                p.path("inFlightAtQuestion").asLong(), p.path("lateFetches").asLong());
    }
}
