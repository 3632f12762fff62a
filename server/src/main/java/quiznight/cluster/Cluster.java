package quiznight.cluster;

import static net.logstash.logback.argument.StructuredArguments.kv;

import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quiznight.metrics.Metrics;
import quiznight.protocol.Codec;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizCatalog;
import quiznight.results.GameResult;
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
 *
 * <p>This class is the facade the server constructs; the work is split by job, as socket.io's cluster adapter
 * is: {@link RedisLink} (connections, pub/sub, scripts, key names), {@link Directory} (owners, claims,
 * takeover), {@link Routing} (messages between servers, relays and remote peers), {@link Membership}
 * (heartbeat and upkeep) and {@link SharedContent} (uploaded quizzes, journals, results).
 */
public final class Cluster implements RoomDirectory, Bus, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Cluster.class);

    private final String nodeId;
    private final RedisLink link;
    private final SharedContent content;
    private final RedisMedia media;
    private final RedisLibrary library;
    private final Routing routing;
    private final Directory directory;
    private final Membership membership;
    private final Fanout fanout;
    private volatile RoomRegistry registry;
    private volatile boolean closed;
    /** The pub/sub connection dropped: messages may have been lost meanwhile (pub/sub keeps none). */
    private volatile boolean subscriptionLost;

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
        this.link = new RedisLink(redisUrl, this::message);
        this.content = new SharedContent(link, this.nodeId, metrics);
        this.media = new RedisMedia(link.redis);
        this.library = new RedisLibrary(link, this.nodeId);
        this.routing = new Routing(link, this.nodeId, codec, metrics, loops, localFanout, this::underWay);
        this.directory = new Directory(link, this.nodeId, routing, code -> content.journalFor(code, this));
        this.membership = new Membership(link, this.nodeId, directory, routing);
        this.fanout = new ClusterFanout(localFanout, routing);
        link.subscribeNow(RedisLink.nodeChannel(this.nodeId));
        link.onSubscriptionState(() -> {
            if (!closed) {
                subscriptionLost = true;
                log.warn("the subscription to the cluster's channels dropped: reconnecting {}", kv("node", this.nodeId));
            }
        }, () -> {
            if (subscriptionLost && !closed) {
                subscriptionLost = false;
                directory.settle(System.currentTimeMillis());
                routing.resync();
            }
        });
    }

    private java.util.concurrent.CompletableFuture<Optional<Room>> underWay(String code) {
        return directory.underWay(code);
    }

    /** On Lettuce's thread: what arrived on one of this server's channels. */
    private void message(byte[] channel, byte[] message) {
        if (SharedContent.isQuizChannel(channel)) {
            content.quizAnnounced(message);
        } else if (RedisLibrary.isChannel(channel)) {
            library.announced(message);
        } else {
            routing.received(message);
        }
    }

    /**
     * Starts serving: rooms are looked up in {@code registry}; quizzes other servers were given are added to
     * {@code catalog} (now and as they come); directory entries are kept alive from now on.
     *
     * @param finishedRetentionMs how long a finished room's results stay available to every server
     */
    public void start(RoomRegistry registry, QuizCatalog catalog, long finishedRetentionMs) {
        this.registry = registry;
        routing.start(registry);
        directory.start(registry);
        registry.useDirectory(this);
        content.start(catalog, finishedRetentionMs);
        membership.start();
        log.info("cluster mode: this server is {}", kv("node", nodeId));
    }

    /** Test seam: how this server rebuilds a room it takes over (set before {@link #start}). */
    void rebuildWith(Directory.Rebuild rebuild) {
        directory.rebuildWith(rebuild);
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
        return routing.nextConn();
    }

    // ---- RoomDirectory -------------------------------------------------------------------------

    @Override
    public CompletionStage<Boolean> claim(String code) {
        return directory.claim(code);
    }

    @Override
    public CompletionStage<Optional<RoomRef>> elsewhere(String code) {
        return directory.elsewhere(code);
    }

    @Override
    public Journal journalFor(String code) {
        return content.journalFor(code, this);
    }

    @Override
    public void released(Room room) {
        // On the room's loop, as it closes: what it sent its remote connections (close frames) goes out now, not
        // after a stopping server has let go of Redis.
        flush();
        routing.roomClosed(room);
        directory.released(room.code(), closed);
    }

    @Override
    public void handingOff(Room room) {
        directory.handingOff(room);
    }

    @Override
    public void finished(Room room, GameResult result) {
        content.finished(room, result);
    }

    @Override
    public CompletionStage<Optional<SharedResults>> resultsElsewhere(String code) {
        return content.resultsElsewhere(code);
    }

    @Override
    public CompletionStage<Boolean> heldElsewhere(String code) {
        return directory.heldElsewhere(code);
    }

    /** The quiz library, kept in Redis for every server. */
    public quiznight.library.LibraryStorage library() {
        return library;
    }

    /** Homework journals, kept in Redis for every server. */
    public quiznight.homework.AssignmentStore assignments() {
        return new RedisAssignments(link);
    }

    /** Where pictures' stored files are kept for every server (Redis). */
    public quiznight.media.MediaShare media() {
        return media;
    }

    /** On the upload thread: stores a quiz uploaded here for every server; false when its id is taken. */
    /** Organiser sessions shared by every server of the cluster. */
    public quiznight.organisers.SessionStore organiserSessions() {
        return new RedisOrganiserSessions(link);
    }

    /** The cluster's one organiser key: {@code candidate} when this server is the first to start, else the first's. */
    public String organiserKey(String candidate) {
        return new RedisOrganiserSessions(link).sharedKey(candidate);
    }

    /**
     * The cluster's one secret for shuffling order questions: {@code candidate} when this server is the first to
     * start, else the first's (kept in Redis for good, like the organiser key).
     */
    public String shuffleSecret(String candidate) {
        return content.shuffleSecret(candidate);
    }

    public boolean share(Quiz quiz) {
        return content.share(quiz);
    }

    // ---- Bus -----------------------------------------------------------------------------------

    @Override
    public void toNode(String node, byte[] message) {
        routing.toNode(node, message);
    }

    @Override
    public void toRoom(String code, byte[] message) {
        routing.toRoom(code, message);
    }

    @Override
    public void flush() {
        routing.flush();
    }

    void appendJournal(String code, byte[] lines) {
        content.appendJournal(code, lines);
    }

    void deleteJournal(String code) {
        content.deleteJournal(code);
    }

    /** Connections this server relays to rooms held elsewhere (a moment stale). */
    public int relayedConnections() {
        return routing.relayedConnections();
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
        library.close();
        membership.close();
        routing.close();
        try {
            if (registry != null) {
                directory.leave();
            }
            membership.leave();
        } catch (RuntimeException e) {
            log.warn("could not leave the cluster directory cleanly: {}", e.toString());
        }
        link.close();
    }
}
