package quiznight.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link Metrics} on a Micrometer Prometheus registry, scraped at {@code GET /metrics}. Meter names live here. */
public final class MicrometerMetrics implements Metrics {
    public static final String ROOMS_ACTIVE = "quiznight.rooms.active";
    public static final String PLAYERS_CONNECTED = "quiznight.players.connected";
    public static final String ANSWERS = "quiznight.answers";
    public static final String BROADCAST_DURATION = "quiznight.broadcast.duration";
    public static final String BROADCAST_SIZE = "quiznight.broadcast.size";
    public static final String ERRORS = "quiznight.errors";
    public static final String SLOW_READER_DROPS = "quiznight.slow.reader.drops";
    public static final String SLOW_READER_CLOSES = "quiznight.slow.reader.closes";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicInteger rooms = new AtomicInteger();
    private final AtomicInteger players = new AtomicInteger();
    private final Map<String, Counter> answers = new ConcurrentHashMap<>();
    private final Map<String, Counter> errors = new ConcurrentHashMap<>();
    private final Map<String, Timer> broadcastTimers = new ConcurrentHashMap<>();
    private final DistributionSummary broadcastSize;
    private final Counter drops;
    private final Counter slowCloses;

    public MicrometerMetrics() {
        Gauge.builder(ROOMS_ACTIVE, rooms, AtomicInteger::get).description("Rooms open on this server").register(registry);
        Gauge.builder(PLAYERS_CONNECTED, players, AtomicInteger::get)
                .description("Player connections currently attached to a room").register(registry);
        broadcastSize = DistributionSummary.builder(BROADCAST_SIZE).baseUnit("bytes")
                .description("Size of one broadcast frame").register(registry);
        drops = Counter.builder(SLOW_READER_DROPS).description("Updates not sent to a slow reader").register(registry);
        slowCloses = Counter.builder(SLOW_READER_CLOSES).description("Connections closed because they stopped reading")
                .register(registry);
        for (String result : new String[] {"correct", "wrong", "late", "rejected"}) {
            answerCounter(result);
        }
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    private Counter answerCounter(String result) {
        return answers.computeIfAbsent(result, r -> Counter.builder(ANSWERS).tag("result", r)
                .description("Answer frames by result").register(registry));
    }

    public String scrape() {
        return registry.scrape();
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    @Override
    public void roomOpened() {
        rooms.incrementAndGet();
    }

    @Override
    public void roomClosed() {
        rooms.decrementAndGet();
    }

    @Override
    public void playerConnected() {
        players.incrementAndGet();
    }

    @Override
    public void playerDisconnected() {
        players.decrementAndGet();
    }

    @Override
    public void answer(String result) {
        answerCounter(result).increment();
    }

    @Override
    public void broadcast(String type, int recipients, int bytes, long nanos) {
        broadcastTimers.computeIfAbsent(type, t -> Timer.builder(BROADCAST_DURATION).tag("type", t)
                .description("Time to hand one broadcast to every socket of a room")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(10_000)).maximumExpectedValue(Duration.ofSeconds(2))
                .register(registry)).record(nanos, TimeUnit.NANOSECONDS);
        broadcastSize.record(bytes);
    }

    @Override
    public void error(String code) {
        errors.computeIfAbsent(code, c -> Counter.builder(ERRORS).tag("code", c)
                .description("Error frames sent, by code").register(registry)).increment();
    }

    @Override
    public void droppedForSlowReader() {
        drops.increment();
    }

    @Override
    public void slowReaderClosed() {
        slowCloses.increment();
    }
}
