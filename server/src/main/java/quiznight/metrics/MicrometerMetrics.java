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
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocatorMetric;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;

/**
 * {@link Metrics} on a Micrometer Prometheus registry, scraped at {@code GET /metrics}. Every meter name is
 * here; docs/metrics.md is the catalogue, and a test compares it with a scrape.
 */
public final class MicrometerMetrics implements Metrics {
    public static final String ROOMS_ACTIVE = "quiznight.rooms.active";
    public static final String ROOMS_BY_PHASE = "quiznight.rooms";
    public static final String PLAYERS_CONNECTED = "quiznight.players.connected";
    public static final String PLAYERS_AWAY = "quiznight.players.away";
    public static final String JOINS = "quiznight.joins";
    public static final String JOINS_FAILED = "quiznight.joins.failed";
    public static final String RESUMES = "quiznight.resumes";
    public static final String ANSWERS = "quiznight.answers";
    public static final String MESSAGES_IN = "quiznight.messages.in";
    public static final String MESSAGES_OUT = "quiznight.messages.out";
    public static final String BROADCAST_DURATION = "quiznight.broadcast.duration";
    public static final String BROADCAST_SIZE = "quiznight.broadcast.size";
    public static final String ERRORS = "quiznight.errors";
    public static final String SLOW_READER_DROPS = "quiznight.slow.reader.drops";
    public static final String SLOW_READER_CLOSES = "quiznight.slow.reader.closes";
    public static final String JOURNAL_WRITES = "quiznight.journal.writes";
    public static final String NETTY_POOL_USED = "quiznight.netty.pool.used";
    public static final String CLUSTER_MESSAGES = "quiznight.cluster.messages";
    public static final String CLUSTER_PAYLOAD = "quiznight.cluster.payload";
    public static final String CLUSTER_RELAYED = "quiznight.cluster.relayed.connections";
    public static final String NETTY_POOL_ARENAS = "quiznight.netty.pool.arenas";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicInteger rooms = new AtomicInteger();
    private final AtomicInteger players = new AtomicInteger();
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, Timer> broadcastTimers = new ConcurrentHashMap<>();
    private final DistributionSummary broadcastSize;
    private final Counter drops;
    private final Counter slowCloses;
    private final Counter joins;
    private final Counter journalWrites;
    private final Counter[] clusterMessages = new Counter[2];
    private final Counter[] clusterBytes = new Counter[2];
    private volatile java.util.function.IntSupplier relayed = () -> 0;

    public MicrometerMetrics() {
        Gauge.builder(ROOMS_ACTIVE, rooms, AtomicInteger::get).description("Rooms open on this server").register(registry);
        Gauge.builder(PLAYERS_CONNECTED, players, AtomicInteger::get)
                .description("Player connections currently attached to a room").register(registry);
        broadcastSize = DistributionSummary.builder(BROADCAST_SIZE).baseUnit("bytes")
                .description("Size of one broadcast frame").register(registry);
        drops = Counter.builder(SLOW_READER_DROPS).description("Updates not sent to a slow reader").register(registry);
        slowCloses = Counter.builder(SLOW_READER_CLOSES).description("Connections closed because they stopped reading")
                .register(registry);
        joins = Counter.builder(JOINS).description("Players who joined a room").register(registry);
        journalWrites = Counter.builder(JOURNAL_WRITES).description("Records appended to room journals").register(registry);
        String[] directions = {"sent", "received"};
        for (int i = 0; i < 2; i++) {
            clusterMessages[i] = Counter.builder(CLUSTER_MESSAGES).tag("direction", directions[i])
                    .description("Cluster mode: messages to and from the other servers through Redis").register(registry);
            clusterBytes[i] = Counter.builder(CLUSTER_PAYLOAD).tag("direction", directions[i]).baseUnit("bytes")
                    .description("Cluster mode: size of the messages to and from the other servers").register(registry);
        }
        Gauge.builder(CLUSTER_RELAYED, this, m -> m.relayed.getAsInt()).strongReference(true)
                .description("Cluster mode: connections here speaking to rooms other servers hold").register(registry);
        for (String result : new String[] {"correct", "wrong", "late", "rejected"}) {
            counter(ANSWERS, "result", result, "Answers by result");
        }
        PooledByteBufAllocatorMetric pool = PooledByteBufAllocator.DEFAULT.metric();
        poolGauge("direct", pool, PooledByteBufAllocatorMetric::usedDirectMemory);
        poolGauge("heap", pool, PooledByteBufAllocatorMetric::usedHeapMemory);
        Gauge.builder(NETTY_POOL_ARENAS, pool, p -> p.numDirectArenas()).tag("memory", "direct").strongReference(true)
                .description("Arenas of Netty's pooled allocator").register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    private void poolGauge(String memory, PooledByteBufAllocatorMetric pool, ToDoubleFunction<PooledByteBufAllocatorMetric> f) {
        Gauge.builder(NETTY_POOL_USED, pool, f).tag("memory", memory).baseUnit("bytes").strongReference(true)
                .description("Memory used by Netty's pooled buffer allocator").register(registry);
    }

    /** Gauges of the live rooms, read from the registry at scrape time (held strongly: gauges hold weakly by default). */
    public interface RoomCounts {
        int rooms(String phase);

        int playersAway();
    }

    /** Registers the gauges that read the rooms themselves (by phase, players away). */
    public void bindRooms(RoomCounts counts, String... phases) {
        for (String phase : phases) {
            Gauge.builder(ROOMS_BY_PHASE, counts, c -> c.rooms(phase)).tag("phase", phase).strongReference(true)
                    .description("Rooms by phase").register(registry);
        }
        Gauge.builder(PLAYERS_AWAY, counts, RoomCounts::playersAway).strongReference(true)
                .description("Players in a room with no connection (they may resume)").register(registry);
    }

    /** Cluster mode: the count of connections relayed to rooms held elsewhere, read at scrape time. */
    public void bindRelayed(java.util.function.IntSupplier relayed) {
        this.relayed = relayed;
    }

    @Override
    public void clusterMessage(String direction, int bytes) {
        int i = direction.equals("sent") ? 0 : 1;
        clusterMessages[i].increment();
        clusterBytes[i].increment(bytes);
    }

    private Counter counter(String name, String tag, String value, String description) {
        return counters.computeIfAbsent(name + '\0' + value, k -> Counter.builder(name).tag(tag, value)
                .description(description).register(registry));
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
    public void joined() {
        joins.increment();
    }

    @Override
    public void joinFailed(String code) {
        counter(JOINS_FAILED, "code", code, "Joins and resumes refused, by error code").increment();
    }

    @Override
    public void resumed(String role) {
        counter(RESUMES, "role", role, "Identities taken back on a new connection").increment();
    }

    @Override
    public void answer(String result, int count) {
        counter(ANSWERS, "result", result, "Answers by result").increment(count);
    }

    @Override
    public void messageIn(String type) {
        counter(MESSAGES_IN, "type", type, "Messages received, by type").increment();
    }

    @Override
    public void messagesOut(String type, int recipients) {
        counter(MESSAGES_OUT, "type", type, "Messages sent, by type (one per recipient)").increment(recipients);
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
        counter(ERRORS, "code", code, "Error frames sent, by code").increment();
    }

    @Override
    public void droppedForSlowReader() {
        drops.increment();
    }

    @Override
    public void slowReaderClosed() {
        slowCloses.increment();
    }

    @Override
    public void journalWrites(int records) {
        journalWrites.increment(records);
    }
}
