package quiznight.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import static net.logstash.logback.argument.StructuredArguments.kv;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quiznight.protocol.ClientMessage;
import quiznight.protocol.Codec;
import quiznight.protocol.ErrorCode;
import quiznight.protocol.ProtocolException;
import quiznight.protocol.ServerMessage;
import quiznight.metrics.Metrics;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizCatalog;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.QuizLoader;
import quiznight.quiz.QuizWriter;
import quiznight.results.GameResult;
import quiznight.results.ResultsCsv;
import quiznight.room.Fanout;
import quiznight.room.Journal;
import quiznight.room.Room;
import quiznight.room.RoomDirectory;
import quiznight.room.RoomLoop;
import quiznight.room.RoomRef;
import quiznight.room.RoomRegistry;

/**
 * Cluster mode: several servers share one Redis and play one room across them (docs/cluster.md).
 *
 * <ul>
 *   <li>Each room has one owner, the server it was created on, which holds its state and runs its rules as a
 *       single server does. The directory key {@code quiznight:owner:CODE} (set NX, a TTL the owner refreshes)
 *       makes codes unique across the cluster and tells any server who holds a room.</li>
 *   <li>A connection may be on any server (an edge). The edge relays its requests, stamped on arrival, to the
 *       owner's channel; the owner answers on the edge's channel, and publishes each broadcast once on the
 *       room's channel, to which every edge holding sockets of the room is subscribed.</li>
 *   <li>The owner's journal is a Redis stream. When the owner is gone (its directory key expires) an edge takes
 *       the room over, rebuilds it from the stream, and every connection reconnects and resumes there.</li>
 * </ul>
 */
public final class Cluster implements RoomDirectory, Bus, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Cluster.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "quiznight:";
    /** How long a directory entry or a server's liveness key lives unless refreshed. */
    static final long TTL_MS = 3_000;
    /** How often entries are refreshed and owners checked. */
    static final long TICK_MS = 500;
    private static final byte[] RECORDS = "r".getBytes(StandardCharsets.UTF_8);
    /** Uploaded quizzes by id, as quiz-format JSON, and the channel that announces a new one. */
    private static final byte[] QUIZZES = (PREFIX + "quizzes").getBytes(StandardCharsets.UTF_8);
    private static final byte[] QUIZ_CHANNEL = (PREFIX + "quiz-added").getBytes(StandardCharsets.UTF_8);
    /** Refreshes a directory entry that is still ours (or free again): 1, or 0 when another server holds it. */
    private static final String REFRESH = "local v = redis.call('GET', KEYS[1]) "
            + "if v == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end "
            + "if not v then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end return 0";
    /** Deletes a directory entry only if it is still ours. */
    private static final String RELEASE = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";

    private final String nodeId;
    private final ClientResources resources;
    private final RedisClient client;
    private final StatefulRedisConnection<byte[], byte[]> connection;
    private final RedisAsyncCommands<byte[], byte[]> redis;
    /** The quizzes journals name, once per content hash. */
    private final RedisQuizContents quizContents;
    private final StatefulRedisPubSubConnection<byte[], byte[]> subscriptions;
    private final Codec codec;
    private final Metrics metrics;
    private final Supplier<RoomLoop> loops;
    private final Fanout localFanout;
    private final Fanout fanout;
    private final ScheduledExecutorService upkeep;
    private final AtomicLong conns = new AtomicLong();
    /** Owner side: connections other servers hold in rooms held here, by room, server and connection. */
    private final Map<String, RemotePeer> remotePeers = new ConcurrentHashMap<>();
    /** Edge side: rooms held elsewhere that connections here speak to. */
    private final Map<String, RemoteRoom> remoteRooms = new ConcurrentHashMap<>();
    /** Rooms handed off here and not yet closed: their directory entries must not be refreshed back. */
    private final Set<String> handedOff = ConcurrentHashMap.newKeySet();
    /** Rooms this server is taking over (claimed, being rebuilt from their journals). */
    private final Map<String, CompletableFuture<Optional<Room>>> adopting = new ConcurrentHashMap<>();
    private volatile RoomRegistry registry;
    private volatile QuizCatalog catalog;
    private volatile long finishedRetentionMs;
    private volatile boolean closed;
    /** The pub/sub connection dropped: messages may have been lost meanwhile (pub/sub keeps none). */
    private volatile boolean subscriptionLost;
    /** Until then (after Redis came back) directory entries may be missing only because they are being re-set. */
    private volatile long settlingUntil;
    /** Counts the subscription's comebacks; a remote connection older than the last one is resynced. */
    private volatile long subscriptionGeneration;

    /**
     * Connects to Redis (failing at once when it cannot be reached) and listens on this server's channel.
     *
     * @param loops       the event loops relays are confined to (as rooms are)
     * @param localFanout how this server writes one message to many of its own sockets
     */
    public Cluster(String redisUrl, String nodeId, Codec codec, Metrics metrics, Supplier<RoomLoop> loops,
                   Fanout localFanout) {
        // Each start is a new incarnation: a server restarted with the same --node-id is never mistaken for its
        // earlier run (whose connections the owners must still see as gone).
        this.nodeId = (nodeId != null ? nodeId : "node") + "-"
                + Long.toHexString(0x100000L + quiznight.room.Tokens.random().nextInt(0xf00000));
        this.codec = codec;
        this.metrics = metrics;
        this.loops = loops;
        this.localFanout = localFanout;
        this.fanout = new ClusterFanout(localFanout, this);
        // Lettuce keeps its own two I/O threads rather than sharing the server's event loops: the upkeep thread
        // may wait on Redis, and a server loop must never wait on work queued behind it.
        this.resources = DefaultClientResources.builder().ioThreadPoolSize(2).computationThreadPoolSize(2).build();
        RedisURI uri = RedisURI.create(redisUrl);
        uri.setTimeout(Duration.ofSeconds(5));
        this.client = RedisClient.create(resources, uri);
        client.setOptions(ClientOptions.builder().autoReconnect(true).build());
        try {
            this.connection = client.connect(ByteArrayCodec.INSTANCE);
            this.subscriptions = client.connectPubSub(ByteArrayCodec.INSTANCE);
        } catch (RuntimeException e) {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
            resources.shutdown(0, 1, TimeUnit.SECONDS);
            throw new IllegalStateException("cannot reach Redis at " + redisUrl + ": " + e.getMessage(), e);
        }
        this.redis = connection.async();
        this.quizContents = new RedisQuizContents(redis);
        subscriptions.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(byte[] channel, byte[] message) {
                if (java.util.Arrays.equals(channel, QUIZ_CHANNEL)) {
                    // "node id": the server that was given the quiz has added it already.
                    String[] from = str(message).split(" ", 2);
                    if (from.length == 2 && !from[0].equals(Cluster.this.nodeId)) {
                        redis.hget(QUIZZES, bytes(from[1])).thenAccept(json -> addSharedQuiz(from[1], json));
                    }
                } else {
                    received(message);
                }
            }
        });
        subscriptions.sync().subscribe(bytes(nodeChannel(this.nodeId)));
        ((io.lettuce.core.RedisChannelHandler<?, ?>) subscriptions).addListener(new io.lettuce.core.RedisConnectionStateListener() {
            @Override
            public void onRedisDisconnected(io.lettuce.core.RedisChannelHandler<?, ?> c) {
                if (!closed) {
                    subscriptionLost = true;
                    log.warn("the subscription to the cluster's channels dropped: reconnecting {}", kv("node", Cluster.this.nodeId));
                }
            }

            @Override
            public void onRedisConnected(io.lettuce.core.RedisChannelHandler<?, ?> c, java.net.SocketAddress address) {
                if (subscriptionLost && !closed) {
                    subscriptionLost = false;
                    resync();
                }
            }
        });
        this.upkeep = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "quiznight-cluster");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts serving: rooms are looked up in {@code registry}; quizzes other servers were given are added to
     * {@code catalog} (now and as they come); directory entries are kept alive from now on.
     *
     * @param finishedRetentionMs how long a finished room's results stay available to every server
     */
    public void start(RoomRegistry registry, QuizCatalog catalog, long finishedRetentionMs) {
        this.registry = registry;
        this.catalog = catalog;
        this.finishedRetentionMs = finishedRetentionMs;
        registry.useDirectory(this);
        var sync = connection.sync();
        subscriptions.sync().subscribe(QUIZ_CHANNEL);
        sync.hgetall(QUIZZES).forEach((id, json) -> addSharedQuiz(str(id), json));
        sync.set(bytes(aliveKey(nodeId)), bytes("1"), SetArgs.Builder.px(TTL_MS));
        upkeep.scheduleWithFixedDelay(this::tick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
        log.info("cluster mode: this server is {}", kv("node", nodeId));
    }

    @Override
    public String nodeId() {
        return nodeId;
    }

    /** The fan-out rooms held here use: local sockets directly, other servers' through Redis. */
    public Fanout fanout() {
        return fanout;
    }

    @Override
    public long nextConn() {
        return conns.incrementAndGet();
    }

    // ---- RoomDirectory -------------------------------------------------------------------------

    @Override
    public CompletionStage<Boolean> claim(String code) {
        return redis.set(bytes(ownerKey(code)), bytes(nodeId), SetArgs.Builder.nx().px(TTL_MS))
                .thenApply(ok -> "OK".equals(ok));
    }

    @Override
    public CompletionStage<Optional<RoomRef>> elsewhere(String code) {
        RemoteRoom known = remoteRooms.get(code);
        if (known != null && !known.isGone()) {
            return known.subscribed().thenApply(v -> Optional.of(known));
        }
        if (!code.matches("\\d{6}")) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return redis.get(bytes(ownerKey(code))).thenCompose(owner -> {
            if (owner == null) {
                return takeOverIfJournaled(code);
            }
            String o = str(owner);
            if (o.equals(nodeId)) {
                return heldHere(code);
            }
            return redis.exists(bytes(aliveKey(o))).thenCompose(alive -> {
                if (alive != null && alive > 0) {
                    return relayTo(code, o).thenApply(Optional::<RoomRef>of);
                }
                // Its owner is gone but the entry has not expired yet: free it, and take the room over.
                return redis.eval(RELEASE, ScriptOutputType.INTEGER, new byte[][] {bytes(ownerKey(code))}, owner)
                        .thenCompose(released -> takeOverIfJournaled(code));
            });
        });
    }

    @Override
    public Journal journalFor(String code) {
        return new RedisJournal(this, code, metrics, quizContents);
    }

    @Override
    public void released(Room room) {
        // On the room's loop, as it closes: what it sent its remote connections (close frames) goes out now, not
        // after a stopping server has let go of Redis.
        flush();
        String code = room.code();
        boolean releasedAlready = handedOff.remove(code); // a hand-off released the entry before closing
        remotePeers.values().removeIf(p -> p.code.equals(code));
        if (!closed && !releasedAlready) {
            redis.eval(RELEASE, ScriptOutputType.INTEGER, new byte[][] {bytes(ownerKey(code))}, bytes(nodeId));
        }
    }

    @Override
    public void handingOff(Room room) {
        handedOff.add(room.code());
        // On one connection, after the journal's last entry: the entry goes, then the edges are told.
        redis.eval(RELEASE, ScriptOutputType.INTEGER, new byte[][] {bytes(ownerKey(room.code()))}, bytes(nodeId));
        toRoom(room.code(), Envelope.moved(room.code(), nodeId));
    }

    @Override
    public void finished(Room room, GameResult result) {
        byte[] key = bytes(resultsKey(room.code()));
        try {
            Map<byte[], byte[]> fields = new java.util.LinkedHashMap<>();
            fields.put(bytes("host"), bytes(room.hostTokenDigest()));
            fields.put(bytes("json"), JSON.writeValueAsBytes(result));
            fields.put(bytes("csv"), bytes(ResultsCsv.render(result)));
            redis.hset(key, fields);
            redis.pexpire(key, finishedRetentionMs);
        } catch (IOException e) {
            log.warn("room {}: results not shared with the cluster: {}", room.code(), e.toString());
        }
    }

    @Override
    public CompletionStage<Optional<SharedResults>> resultsElsewhere(String code) {
        return redis.hgetall(bytes(resultsKey(code))).thenApply(h -> {
            Map<String, byte[]> f = new java.util.HashMap<>();
            h.forEach((k, v) -> f.put(str(k), v));
            if (!f.containsKey("host") || !f.containsKey("json") || !f.containsKey("csv")) {
                return Optional.empty();
            }
            return Optional.of(new SharedResults(str(f.get("host")), f.get("json"), str(f.get("csv"))));
        });
    }

    @Override
    public CompletionStage<Boolean> heldElsewhere(String code) {
        return redis.exists(bytes(ownerKey(code))).thenApply(n -> n != null && n > 0);
    }

    // ---- uploaded quizzes ----------------------------------------------------------------------

    /** On the upload thread: stores a quiz uploaded here for every server; false when its id is taken. */
    public boolean share(Quiz quiz) {
        try {
            byte[] json = JSON.writeValueAsBytes(QuizWriter.quiz(quiz));
            if (!connection.sync().hsetnx(QUIZZES, bytes(quiz.id()), json)) {
                return false;
            }
            connection.sync().publish(QUIZ_CHANNEL, bytes(nodeId + " " + quiz.id()));
            return true;
        } catch (IOException | RuntimeException e) {
            log.warn("quiz {} not shared with the cluster ({}): rooms created on other servers cannot use it",
                    quiz.id(), e.toString());
            return true;
        }
    }

    private void addSharedQuiz(String id, byte[] json) {
        if (json == null || catalog.has(id)) {
            return;
        }
        try {
            Quiz quiz = QuizLoader.load(new java.io.ByteArrayInputStream(json), "quiz " + id + " shared by the cluster", id);
            if (catalog.add(quiz)) {
                log.info("quiz added from the cluster {}", kv("quiz", id));
            }
        } catch (QuizFormatException e) {
            log.warn("quiz {} shared by the cluster cannot be loaded: {}", id, e.getMessage());
        }
    }

    // ---- edge: relays --------------------------------------------------------------------------

    /** The relay to a room held by {@code owner}, subscribed to the room's channel before it is handed out. */
    private CompletionStage<RemoteRoom> relayTo(String code, String owner) {
        RemoteRoom fresh = new RemoteRoom(this, code, owner, loops.get(), localFanout, System.currentTimeMillis());
        RemoteRoom existing = remoteRooms.putIfAbsent(code, fresh);
        if (existing != null && !existing.isGone()) {
            return existing.subscribed().thenApply(v -> existing);
        }
        if (existing != null) {
            remoteRooms.put(code, fresh);
        }
        subscriptions.async().subscribe(bytes(roomChannel(code))).whenComplete((v, failure) -> {
            if (failure != null) {
                remoteRooms.remove(code, fresh);
                fresh.subscribed().completeExceptionally(failure);
            } else {
                fresh.subscribed().complete(null);
            }
        });
        return fresh.subscribed().thenApply(v -> fresh);
    }

    /**
     * No server holds the code: if its journal survives, this server takes the room over. While it rebuilds the
     * room, requests for it here wait for it rather than hear that no room has the code.
     */
    private CompletionStage<Optional<RoomRef>> takeOverIfJournaled(String code) {
        return redis.exists(bytes(journalKey(code))).thenCompose(n -> {
            if ((n == null || n == 0) && System.currentTimeMillis() < settlingUntil) {
                // Redis has just come back: the room's server may not have re-set its entry yet. 'unavailable'
                // changes nothing and clients ask again.
                return CompletableFuture.failedFuture(new ProtocolException(ErrorCode.UNAVAILABLE,
                        "The servers are reconnecting to each other; try again in a moment."));
            }
            if (n == null || n == 0) {
                return CompletableFuture.completedFuture(Optional.<RoomRef>empty());
            }
            CompletableFuture<Optional<Room>> mine = new CompletableFuture<>();
            CompletableFuture<Optional<Room>> underWay = adopting.putIfAbsent(code, mine);
            if (underWay != null) {
                return underWay.thenApply(r -> r.map(Room::ref));
            }
            return claim(code).thenCompose(won -> {
                if (!won) {
                    adopting.remove(code, mine);
                    mine.complete(Optional.empty());
                    return elsewhere(code);
                }
                // Rebuilding a big room takes a while: not on Lettuce's I/O thread, nor on the upkeep thread
                // (which may be waiting for this very takeover).
                return redis.xrange(bytes(journalKey(code)), Range.create("-", "+"))
                        .thenApplyAsync(entries -> adopt(code, entries))
                        .whenComplete((room, failure) -> {
                            adopting.remove(code, mine);
                            mine.complete(failure == null ? room : Optional.empty());
                        })
                        .thenApply(r -> r.map(Room::ref));
            });
        });
    }

    /** The room with this code when this server holds it, or is taking it over (then once it has). */
    private CompletionStage<Optional<RoomRef>> heldHere(String code) {
        Optional<Room> room = registry.find(code);
        CompletableFuture<Optional<Room>> underWay = adopting.get(code);
        if (room.isPresent() || underWay == null) {
            return CompletableFuture.completedFuture(room.map(Room::ref));
        }
        return underWay.thenApply(r -> r.map(Room::ref));
    }

    private Optional<Room> adopt(String code, List<StreamMessage<byte[], byte[]>> entries) {
        List<JsonNode> records = new ArrayList<>();
        for (StreamMessage<byte[], byte[]> m : entries) {
            // The body's keys are byte arrays (no equals): each entry has the one field, its JSON lines.
            for (byte[] lines : m.getBody().values()) {
                split(code, lines, records);
            }
        }
        try {
            Room room = registry.adopt(records, journalFor(code));
            if (room == null) {
                return registry.find(code);
            }
            log.info("room taken over from its journal {} {} {}", kv("room", code), kv("node", nodeId),
                    kv("records", records.size()));
            return Optional.of(room);
        } catch (QuizFormatException | RuntimeException e) {
            log.warn("room {}: its journal cannot be restored ({}); the room is lost", code, e.getMessage());
            redis.eval(RELEASE, ScriptOutputType.INTEGER, new byte[][] {bytes(ownerKey(code))}, bytes(nodeId));
            return Optional.empty();
        }
    }

    private static void split(String code, byte[] lines, List<JsonNode> records) {
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            if (i == lines.length || lines[i] == '\n') {
                if (i > start) {
                    try {
                        records.add(JSON.readTree(lines, start, i - start));
                    } catch (IOException e) {
                        log.warn("room {}: a journal record cannot be read and is skipped: {}", code, e.toString());
                    }
                }
                start = i + 1;
            }
        }
    }

    // ---- messages between servers ----------------------------------------------------------------

    @Override
    public void toNode(String node, byte[] message) {
        send(nodeChannel(node), false, message);
    }

    @Override
    public void toRoom(String code, byte[] message) {
        send(roomChannel(code), true, message);
    }

    /**
     * Publishes a message. On an event loop (rooms and relays) it joins that loop's {@link Outbox}, published at
     * the end of the loop's current work in batches: a stadium's thousands of acks a second go out as a few
     * publishes. Elsewhere it is published at once.
     */
    private void send(String channel, boolean roomChannel, byte[] message) {
        metrics.clusterMessage("sent", message.length);
        io.netty.util.concurrent.EventExecutor loop = io.netty.util.internal.ThreadExecutorMap.currentExecutor();
        if (loop == null || closed) {
            redis.publish(bytes(channel), message);
            return;
        }
        outbox.get().add(loop, channel, roomChannel, message);
    }

    @Override
    public void flush() {
        Outbox pending = outbox.getIfExists();
        if (pending != null) {
            pending.flush();
        }
    }

    private final io.netty.util.concurrent.FastThreadLocal<Outbox> outbox = new io.netty.util.concurrent.FastThreadLocal<>() {
        @Override
        protected Outbox initialValue() {
            return new Outbox((channel, message) -> redis.publish(bytes(channel), message));
        }
    };


    void appendJournal(String code, byte[] lines) {
        redis.xadd(bytes(journalKey(code)), RECORDS, lines).exceptionally(e -> {
            log.warn("room {}: journal entry not written to Redis ({}): a takeover would miss it", code, e.toString());
            return null;
        });
    }

    void deleteJournal(String code) {
        redis.del(bytes(journalKey(code)));
    }

    /**
     * On Lettuce's thread: decode what one publish carried (one message or a batch) and hand each run of
     * messages for one room to that room or relay, in one task on its loop.
     */
    private void received(byte[] bytes) {
        List<Envelope> all = new ArrayList<>();
        try {
            for (byte[] one : Envelope.unbatch(bytes)) {
                metrics.clusterMessage("received", one.length);
                all.add(Envelope.read(one));
            }
        } catch (IllegalArgumentException ex) {
            log.warn("unreadable cluster message ignored: {}", ex.getMessage());
            return;
        }
        int i = 0;
        while (i < all.size()) {
            Envelope first = all.get(i);
            int j = i + 1;
            while (j < all.size() && all.get(j).code().equals(first.code()) && isForOwner(all.get(j)) == isForOwner(first)
                    && all.get(j).kind() != Envelope.MOVED && first.kind() != Envelope.MOVED) {
                j++;
            }
            List<Envelope> run = all.subList(i, j);
            if (isForOwner(first)) {
                forOwner(first.code(), run);
            } else {
                forEdge(first.code(), run);
            }
            i = j;
        }
    }

    private static boolean isForOwner(Envelope e) {
        return switch (e.kind()) {
            case Envelope.JOIN, Envelope.RESUME, Envelope.COMMAND, Envelope.ANSWER, Envelope.GONE -> true;
            default -> false;
        };
    }

    /** Messages from a room's owner for connections held here, in the order it sent them. */
    private void forEdge(String code, List<Envelope> run) {
        RemoteRoom relay = remoteRooms.get(code);
        if (run.get(0).kind() == Envelope.MOVED) {
            Envelope e = run.get(0);
            if (relay != null && relay.owner().equals(e.node())) {
                log.info("the server holding a room let it go {} {}", kv("room", code), kv("was", e.node()));
                dropRelay(relay, "the room moved to another server: reconnect");
            }
            return;
        }
        if (relay != null) {
            List<Envelope> copy = List.copyOf(run);
            relay.execute(() -> copy.forEach(relay::deliver));
            return;
        }
        for (Envelope e : run) {
            if (e.kind() == Envelope.BIND && e.text() != null) {
                // Bound to a relay this server no longer keeps: tell the room's owner the connection is gone.
                // (On Lettuce's thread: never wait on Redis here.)
                redis.get(bytes(ownerKey(code))).thenAccept(owner -> {
                    if (owner != null) {
                        toNode(str(owner), Envelope.gone(code, nodeId, e.conn(), e.member()));
                    }
                });
            }
        }
    }

    /** Requests relayed by edges for a room held here: decoded here, applied in one task on the room's loop. */
    private void forOwner(String code, List<Envelope> run) {
        Optional<Room> found = registry.find(code);
        CompletableFuture<Optional<Room>> underWay = adopting.get(code);
        if (found.isEmpty() && underWay != null) {
            List<Envelope> later = List.copyOf(run);
            underWay.thenRun(() -> forOwner(code, later));
            return;
        }
        if (found.isEmpty()) {
            for (Envelope e : run) {
                if (e.kind() == Envelope.JOIN || e.kind() == Envelope.RESUME) {
                    toNode(e.node(), Envelope.send(code, e.conn(), codec.encode(ServerMessage.Error.of(
                            ErrorCode.ROOM_NOT_FOUND, "No room has that code. Check the code on the host's screen."))));
                }
            }
            return;
        }
        Room room = found.get();
        List<Runnable> requests = new ArrayList<>(run.size());
        for (Envelope e : run) {
            String key = RemotePeer.key(code, e.node(), e.conn());
            if (e.kind() == Envelope.GONE) {
                RemotePeer p = remotePeers.remove(key);
                if (p != null) {
                    requests.add(() -> room.disconnected(p, e.member()));
                }
                continue;
            }
            RemotePeer peer = remotePeers.computeIfAbsent(key, k -> new RemotePeer(this, code, e.node(), e.conn(),
                    subscriptionGeneration));
            switch (e.kind()) {
                case Envelope.JOIN -> requests.add(() -> room.join(peer, e.text(), e.at()));
                case Envelope.RESUME -> requests.add(() -> room.resume(peer, e.text(), e.at()));
                default -> {
                    ClientMessage m;
                    try {
                        m = codec.decode(e.text());
                    } catch (ProtocolException ex) {
                        continue; // the edge decoded it already; nothing else sends here
                    }
                    if (e.kind() == Envelope.COMMAND) {
                        requests.add(() -> room.command(peer, m));
                    } else if (m instanceof ClientMessage.Answer a) {
                        requests.add(() -> room.answer(peer, e.member(), a, e.at(), e.latency()));
                    }
                }
            }
        }
        if (!requests.isEmpty()) {
            room.execute(() -> requests.forEach(Runnable::run));
        }
    }

    // ---- upkeep --------------------------------------------------------------------------------

    /**
     * Every {@link #TICK_MS}: this server's liveness and its rooms' directory entries are refreshed (a room
     * another server has taken over is handed off); the players of servers that are gone are marked away; each
     * relay whose owner changed or is gone is dropped (its connections reconnect), taking the room over first
     * when nobody holds it.
     */
    private void tick() {
        if (closed) {
            return;
        }
        try {
            var sync = connection.sync();
            sync.set(bytes(aliveKey(nodeId)), bytes("1"), SetArgs.Builder.px(TTL_MS));
            for (Room room : registry.rooms()) {
                if (handedOff.contains(room.code())) {
                    continue;
                }
                Long held = sync.eval(REFRESH, ScriptOutputType.INTEGER, new byte[][] {bytes(ownerKey(room.code()))},
                        bytes(nodeId), bytes(Long.toString(TTL_MS)));
                if (held == null || held == 0) {
                    log.warn("room held by another server now: handing it off {} {}", kv("room", room.code()), kv("node", nodeId));
                    room.execute(() -> room.handOff("the room moved to another server: reconnect"));
                }
            }
            if (System.currentTimeMillis() < settlingUntil) {
                // Redis came back (maybe empty): every server re-asserts its entries within a tick or two; until
                // then a missing entry does not mean a server or a room is gone.
                return;
            }
            Set<String> nodes = new HashSet<>();
            remotePeers.values().forEach(p -> nodes.add(p.node));
            for (String node : nodes) {
                if (sync.exists(bytes(aliveKey(node))) == 0) {
                    serverGone(node);
                }
            }
            for (RemoteRoom relay : remoteRooms.values()) {
                long now = System.currentTimeMillis();
                relay.execute(() -> {
                    if (relay.sweep(now) && !relay.isGone()) {
                        dropRelay(relay, "nobody here speaks to this room any more");
                    }
                });
                byte[] owner = sync.get(bytes(ownerKey(relay.code())));
                boolean ownerAlive = sync.exists(bytes(aliveKey(relay.owner()))) > 0;
                if (owner != null && str(owner).equals(relay.owner()) && ownerAlive) {
                    continue;
                }
                log.warn("the server holding a room is gone or changed {} {} {}", kv("room", relay.code()),
                        kv("was", relay.owner()), kv("now", owner == null ? "nobody" : str(owner)));
                boolean ownerless = owner == null || (str(owner).equals(relay.owner()) && !ownerAlive);
                if (owner != null && ownerless) {
                    sync.eval(RELEASE, ScriptOutputType.INTEGER, new byte[][] {bytes(ownerKey(relay.code()))}, owner);
                }
                dropRelay(relay, "the room moved to another server: reconnect");
                if (ownerless) {
                    takeOverIfJournaled(relay.code()).toCompletableFuture().get(30, TimeUnit.SECONDS);
                }
            }
        } catch (Exception e) {
            log.warn("cluster upkeep failed (Redis unreachable?): {}", e.toString());
        }
    }

    /**
     * The subscription came back after a drop. Pub/sub keeps nothing for an absent subscriber, so messages for
     * this server may be lost: relayed connections here are closed with 1012, and the connections other servers
     * hold in rooms held here are closed through them, so every client resumes and gets the current phase again
     * (and resends an answer that was never acknowledged).
     */
    private void resync() {
        settlingUntil = System.currentTimeMillis() + TTL_MS;
        log.warn("the subscription to the cluster's channels is back: every relayed connection resumes {} {}",
                kv("node", nodeId), kv("relays", remoteRooms.size()));
        for (RemoteRoom relay : new ArrayList<>(remoteRooms.values())) {
            dropRelay(relay, "the connection between servers was interrupted: reconnect");
        }
        long before = subscriptionGeneration++;
        for (RemotePeer p : new ArrayList<>(remotePeers.values())) {
            if (p.generation > before) {
                continue;
            }
            registry.find(p.code).ifPresent(room -> room.execute(() -> {
                if (remotePeers.remove(p.key(), p)) {
                    room.disconnected(p, p.memberId());
                    p.close(1012, "the connection between servers was interrupted: reconnect");
                }
            }));
        }
    }

    /** A server stopped refreshing its liveness: its players in rooms held here are away until they resume. */
    private void serverGone(String node) {
        int n = 0;
        for (RemotePeer p : new ArrayList<>(remotePeers.values())) {
            if (p.node.equals(node) && remotePeers.remove(p.key(), p)) {
                registry.find(p.code).ifPresent(room -> room.ref().disconnected(p, p.memberId()));
                n++;
            }
        }
        log.warn("a server of the cluster is gone: its players are away until they resume {} {}", kv("node", node),
                kv("connections", n));
    }

    /** Forgets a relay; a connection still holding it is closed with 1012 and finds the room anew. */
    private void dropRelay(RemoteRoom relay, String reason) {
        if (!remoteRooms.remove(relay.code(), relay)) {
            return;
        }
        relay.execute(() -> relay.moved(reason));
        if (!remoteRooms.containsKey(relay.code())) {
            subscriptions.async().unsubscribe(bytes(roomChannel(relay.code())));
        }
    }

    /** Connections this server relays to rooms held elsewhere (a moment stale). */
    public int relayedConnections() {
        return remoteRooms.values().stream().mapToInt(RemoteRoom::connections).sum();
    }

    /**
     * Stopping: connections relayed from here reconnect elsewhere; this server's entries leave the directory
     * (its rooms were handed off by then, so the next server a player reaches takes each over from its journal).
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        upkeep.shutdownNow();
        for (RemoteRoom relay : remoteRooms.values()) {
            relay.execute(() -> relay.moved("this server is restarting: reconnect"));
        }
        try {
            var sync = connection.sync();
            for (Room room : registry.rooms()) {
                sync.eval(RELEASE, ScriptOutputType.INTEGER, new byte[][] {bytes(ownerKey(room.code()))}, bytes(nodeId));
            }
            sync.del(bytes(aliveKey(nodeId)));
        } catch (RuntimeException e) {
            log.warn("could not leave the cluster directory cleanly: {}", e.toString());
        }
        subscriptions.close();
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        resources.shutdown(0, 2, TimeUnit.SECONDS);
    }

    // ---- names ---------------------------------------------------------------------------------

    static String ownerKey(String code) {
        return PREFIX + "owner:" + code;
    }

    static String resultsKey(String code) {
        return PREFIX + "results:" + code;
    }

    static String journalKey(String code) {
        return PREFIX + "journal:" + code;
    }

    static String aliveKey(String node) {
        return PREFIX + "alive:" + node;
    }

    static String nodeChannel(String node) {
        return PREFIX + "node:" + node;
    }

    static String roomChannel(String code) {
        return PREFIX + "room:" + code;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String str(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
