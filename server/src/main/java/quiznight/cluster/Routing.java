package quiznight.cluster;

import static net.logstash.logback.argument.StructuredArguments.kv;
import static quiznight.cluster.RedisLink.bytes;
import static quiznight.cluster.RedisLink.str;

import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.FastThreadLocal;
import io.netty.util.internal.ThreadExecutorMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quiznight.metrics.Metrics;
import quiznight.protocol.ClientMessage;
import quiznight.protocol.Codec;
import quiznight.protocol.ErrorCode;
import quiznight.protocol.ProtocolException;
import quiznight.protocol.ServerMessage;
import quiznight.protocol.Templates;
import quiznight.room.Fanout;
import quiznight.room.Room;
import quiznight.room.RoomLoop;
import quiznight.room.RoomRegistry;

/**
 * Messages between servers: publishing (batched per event loop, {@link Outbox}), and what arrives on this
 * server's channels, routed to the rooms held here (through a {@link RemotePeer} per connection held elsewhere)
 * or to the relays ({@link RemoteRoom}) of rooms held elsewhere.
 */
final class Routing implements Bus {
    // Logged as the cluster, as before the split: log searches and alerts keep matching.
    private static final Logger log = LoggerFactory.getLogger(Cluster.class);

    private final RedisLink link;
    private final String nodeId;
    private final Codec codec;
    /** The acks relays write from their owners' {@code ACKS} replies. */
    private final Templates templates;
    private final Metrics metrics;
    private final Supplier<RoomLoop> loops;
    private final Fanout localFanout;
    /** A room this server is taking over, while it is being rebuilt: requests for it wait for it. */
    private final Function<String, CompletableFuture<Optional<Room>>> underWay;
    private final AtomicLong conns = new AtomicLong();
    /** Owner side: connections other servers hold in rooms held here, by room, server and connection. */
    private final Map<String, RemotePeer> remotePeers = new ConcurrentHashMap<>();
    /** Owner side: the requests edges relayed for each room held here, run on its loop a slice at a time. */
    private final Map<String, RelayedRequests> inboxes = new ConcurrentHashMap<>();
    /** Edge side: rooms held elsewhere that connections here speak to. */
    private final Map<String, RemoteRoom> remoteRooms = new ConcurrentHashMap<>();
    /** Counts the subscription's comebacks; a remote connection older than the last one is resynced. */
    private volatile long subscriptionGeneration;
    private volatile RoomRegistry registry;
    private volatile boolean closed;

    private final FastThreadLocal<Outbox> outbox = new FastThreadLocal<>() {
        @Override
        protected Outbox initialValue() {
            return new Outbox(link::publish, n -> metrics.clusterMessage("sent", n));
        }
    };

    Routing(RedisLink link, String nodeId, Codec codec, Metrics metrics, Supplier<RoomLoop> loops, Fanout localFanout,
            Function<String, CompletableFuture<Optional<Room>>> underWay) {
        this.link = link;
        this.nodeId = nodeId;
        this.codec = codec;
        this.templates = new Templates(codec);
        this.metrics = metrics;
        this.loops = loops;
        this.localFanout = localFanout;
        this.underWay = underWay;
    }

    void start(RoomRegistry registry) {
        this.registry = registry;
    }

    // ---- Bus -----------------------------------------------------------------------------------

    @Override
    public String nodeId() {
        return nodeId;
    }

    @Override
    public long nextConn() {
        return conns.incrementAndGet();
    }

    @Override
    public void toNode(String node, byte[] message) {
        send(RedisLink.nodeChannel(node), false, message);
    }

    @Override
    public void toRoom(String code, byte[] message) {
        send(RedisLink.roomChannel(code), true, message);
    }

    /**
     * Publishes a message. On an event loop (rooms and relays) it joins that loop's {@link Outbox}, published at
     * the end of the loop's current work in batches: a stadium's thousands of acks a second go out as a few
     * publishes. Elsewhere it is published at once.
     */
    private void send(String channel, boolean roomChannel, byte[] message) {
        EventExecutor loop = ThreadExecutorMap.currentExecutor();
        if (loop == null || closed) {
            metrics.clusterMessage("sent", message.length);
            link.publish(channel, message);
            return;
        }
        outbox.get().add(loop, channel, roomChannel, message);
    }

    /** On a room's loop, with the acks of the same turn for that server: one {@code ACKS} per server and turn. */
    @Override
    public void ack(String node, String code, long conn, int index) {
        EventExecutor loop = ThreadExecutorMap.currentExecutor();
        if (loop == null || closed) {
            Bus.super.ack(node, code, conn, index);
            return;
        }
        outbox.get().addAck(loop, RedisLink.nodeChannel(node), code, conn, index);
    }

    @Override
    public void flush() {
        Outbox pending = outbox.getIfExists();
        if (pending != null) {
            pending.flush();
        }
    }

    // ---- edge: relays --------------------------------------------------------------------------

    /** The relay this server keeps to a room held elsewhere, if any (maybe gone). */
    RemoteRoom relay(String code) {
        return remoteRooms.get(code);
    }

    /** Every relay this server keeps (a moment stale). */
    List<RemoteRoom> relays() {
        return new ArrayList<>(remoteRooms.values());
    }

    /** The relay to a room held by {@code owner}, subscribed to the room's channel before it is handed out. */
    CompletionStage<RemoteRoom> relayTo(String code, String owner) {
        RemoteRoom fresh = new RemoteRoom(this, code, owner, loops.get(), localFanout, templates,
                System.currentTimeMillis());
        RemoteRoom existing = remoteRooms.putIfAbsent(code, fresh);
        if (existing != null && !existing.isGone()) {
            return existing.subscribed().thenApply(v -> existing);
        }
        if (existing != null) {
            remoteRooms.put(code, fresh);
        }
        link.subscribe(RedisLink.roomChannel(code)).whenComplete((v, failure) -> {
            if (failure != null) {
                remoteRooms.remove(code, fresh);
                fresh.subscribed().completeExceptionally(failure);
            } else {
                fresh.subscribed().complete(null);
            }
        });
        return fresh.subscribed().thenApply(v -> fresh);
    }

    /** Forgets a relay; a connection still holding it is closed with 1012 and finds the room anew. */
    void dropRelay(RemoteRoom relay, String reason) {
        if (!remoteRooms.remove(relay.code(), relay)) {
            return;
        }
        relay.execute(() -> relay.moved(reason));
        if (!remoteRooms.containsKey(relay.code())) {
            link.unsubscribe(RedisLink.roomChannel(relay.code()));
        }
    }

    /** Connections this server relays to rooms held elsewhere (a moment stale). */
    int relayedConnections() {
        return remoteRooms.values().stream().mapToInt(RemoteRoom::connections).sum();
    }

    // ---- owner: connections held elsewhere -----------------------------------------------------

    /** The servers holding connections in rooms held here. */
    java.util.Set<String> remoteNodes() {
        java.util.Set<String> nodes = new java.util.HashSet<>();
        remotePeers.values().forEach(p -> nodes.add(p.node));
        return nodes;
    }

    /** A room held here closes: its connections held elsewhere are forgotten. */
    void roomClosed(Room room) {
        String code = room.code();
        remotePeers.values().removeIf(p -> p.code.equals(code));
        inboxes.computeIfPresent(code, (k, held) -> held.room() == room ? null : held);
    }

    /** A server stopped refreshing its liveness: its players in rooms held here are away until they resume. */
    void serverGone(String node) {
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

    /**
     * The subscription came back after a drop. Pub/sub keeps nothing for an absent subscriber, so messages for
     * this server may be lost: relayed connections here are closed with 1012, and the connections other servers
     * hold in rooms held here are closed through them, so every client resumes and gets the current phase again
     * (and resends an answer that was never acknowledged).
     */
    void resync() {
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

    /** Stopping: connections relayed from here reconnect elsewhere; what is sent from now on goes out at once. */
    void close() {
        closed = true;
        for (RemoteRoom relay : remoteRooms.values()) {
            relay.execute(() -> relay.moved("this server is restarting: reconnect"));
        }
    }

    // ---- what arrives --------------------------------------------------------------------------

    /**
     * On Lettuce's thread: decode what one publish carried (one message or a batch) and hand each run of
     * messages for one room to that room or relay, in one task on its loop.
     */
    void received(byte[] bytes) {
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
                link.redis.get(bytes(RedisLink.ownerKey(code))).thenAccept(owner -> {
                    if (owner != null) {
                        toNode(str(owner), Envelope.gone(code, nodeId, e.conn(), e.member()));
                    }
                });
            }
        }
    }

    /**
     * A relayed join: the client's frame as the edge received it (decoded there already), or, from an edge of the
     * previous version still running during a rolling restart, the bare name.
     */
    static ClientMessage.Join joinRequest(Codec codec, String code, String text) {
        try {
            if (codec.decode(text) instanceof ClientMessage.Join join) {
                return join;
            }
        } catch (ProtocolException e) {
            // not a frame: a bare name
        }
        return new ClientMessage.Join(code, text);
    }

    /** Requests relayed by edges for a room held here: decoded here, applied in one task on the room's loop. */
    private void forOwner(String code, List<Envelope> run) {
        Optional<Room> found = registry.find(code);
        CompletableFuture<Optional<Room>> adopting = underWay.apply(code);
        if (found.isEmpty() && adopting != null) {
            List<Envelope> later = List.copyOf(run);
            adopting.thenRun(() -> forOwner(code, later));
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
                    // An edge that gave up a join before the owner's answer reached it knows no member: the room
                    // bound this connection to one all the same, and that player must not stay 'connected'.
                    requests.add(() -> room.disconnected(p, e.member() != null ? e.member() : p.memberId()));
                }
                continue;
            }
            RemotePeer peer = remotePeers.computeIfAbsent(key, k -> new RemotePeer(this, code, e.node(), e.conn(),
                    subscriptionGeneration));
            switch (e.kind()) {
                case Envelope.JOIN -> {
                    ClientMessage.Join join = joinRequest(codec, code, e.text());
                    requests.add(() -> room.join(peer, join, e.at()));
                }
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
                        peer.readsAcks(e.readsAcks());
                        requests.add(() -> room.answer(peer, e.member(), a, e.at(), e.latency()));
                    }
                }
            }
        }
        if (!requests.isEmpty()) {
            RelayedRequests inbox = inboxes.compute(code, (k, held) -> held != null && held.room() == room ? held
                    : new RelayedRequests(room));
            room.execute(() -> inbox.add(requests));
        }
    }
}
