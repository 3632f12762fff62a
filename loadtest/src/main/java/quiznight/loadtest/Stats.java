package quiznight.loadtest;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAccumulator;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * What one process measured: HdrHistograms in microseconds (recorded from many event-loop threads), the
 * slowest recipient of each broadcast, and counters. {@link #snapshot()} makes it a {@link WorkerResult}
 * that travels as JSON from a worker process to the parent, which merges them.
 */
final class Stats {
    /** Highest value a histogram tracks: one hour, in microseconds. */
    static final long HIGHEST_US = 3_600_000_000L;
    static final int DIGITS = 3;

    private final Map<String, ConcurrentHistogram> histograms = new ConcurrentHashMap<>();
    private final Map<String, DoubleAccumulator> last = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> missed = new ConcurrentHashMap<>();

    static long toMicros(double ms) {
        return Math.min(HIGHEST_US, Math.max(0, Math.round(ms * 1000)));
    }

    /** One sample of a per-recipient measure, in milliseconds. */
    void record(String measure, double ms) {
        histograms.computeIfAbsent(measure, k -> new ConcurrentHistogram(HIGHEST_US, DIGITS)).recordValue(toMicros(ms));
    }

    /**
     * One recipient of one broadcast (room {@code code}, question {@code index}); the largest value per broadcast
     * over all processes is its "to the last player" delay.
     */
    void last(String measure, String code, int index, double ms) {
        last.computeIfAbsent(measure + "|" + code + "|" + index,
                k -> new DoubleAccumulator(Math::max, Double.NEGATIVE_INFINITY)).accumulate(ms);
    }

    void count(String name) {
        add(name, 1);
    }

    void add(String name, long n) {
        counters.computeIfAbsent(name, k -> new LongAdder()).add(n);
    }

    long counter(String name) {
        LongAdder a = counters.get(name);
        return a == null ? 0 : a.sum();
    }

    void error(String kind) {
        errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    void missed(String kind, long n) {
        if (n > 0) {
            missed.computeIfAbsent(kind, k -> new LongAdder()).add(n);
        }
    }

    long errorCount() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    WorkerResult snapshot() {
        Map<String, String> h = new TreeMap<>();
        histograms.forEach((k, v) -> h.put(k, encode(v)));
        Map<String, Double> l = new TreeMap<>();
        last.forEach((k, v) -> l.put(k, v.get()));
        return new WorkerResult(h, l, sums(counters), sums(errors), sums(missed));
    }

    private static Map<String, Long> sums(Map<String, LongAdder> m) {
        Map<String, Long> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    static String encode(AbstractHistogram h) {
        ByteBuffer buf = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
        int n = h.encodeIntoCompressedByteBuffer(buf);
        return Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(buf.array(), n));
    }

    static Histogram decode(String base64) {
        try {
            return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(Base64.getDecoder().decode(base64)), 0);
        } catch (java.util.zip.DataFormatException e) {
            throw new IllegalArgumentException("a histogram that does not decode", e);
        }
    }
}
