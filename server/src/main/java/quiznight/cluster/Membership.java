package quiznight.cluster;

import static net.logstash.logback.argument.StructuredArguments.kv;
import static quiznight.cluster.RedisLink.bytes;
import static quiznight.cluster.RedisLink.str;

import io.lettuce.core.SetArgs;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This server's membership of the cluster, and the upkeep of what it holds.
 *
 * <ul>
 *   <li>The heartbeat: every {@link #TICK_MS} this server's liveness key {@code quiznight:alive:<node>} is set
 *       again (TTL {@link #TTL_MS}), on its own thread and its own Redis connection, doing nothing else, so no
 *       other work (a takeover rebuilding a big room, a slow sweep) can make this server look dead.</li>
 *   <li>The upkeep, on another thread: the directory entries of the rooms held here are refreshed (a room another
 *       server has taken over is handed off); the players of servers that are gone are marked away; each relay
 *       whose owner changed or is gone is dropped (its connections reconnect), taking the room over first when
 *       nobody holds it.</li>
 * </ul>
 */
final class Membership {
    // Logged as the cluster, as before the split: log searches and alerts keep matching.
    private static final Logger log = LoggerFactory.getLogger(Cluster.class);
    /** How long a directory entry or a server's liveness key lives unless refreshed. */
    static final long TTL_MS = 3_000;
    /** How often entries are refreshed and owners checked. */
    static final long TICK_MS = 500;
    /** The longest the upkeep waits for one takeover before checking the next relay. */
    static final long TAKEOVER_WAIT_MS = 30_000;

    private final RedisLink link;
    private final String nodeId;
    private final Directory directory;
    private final Routing routing;
    private final ScheduledExecutorService heartbeat = daemon("quiznight-cluster-heartbeat");
    private final ScheduledExecutorService upkeep = daemon("quiznight-cluster");
    private volatile boolean closed;

    Membership(RedisLink link, String nodeId, Directory directory, Routing routing) {
        this.link = link;
        this.nodeId = nodeId;
        this.directory = directory;
        this.routing = routing;
    }

    private static ScheduledExecutorService daemon(String name) {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** This server is alive from now on (waiting until Redis has it), and its upkeep runs. */
    void start() {
        beat();
        heartbeat.scheduleWithFixedDelay(this::heartbeat, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
        upkeep.scheduleWithFixedDelay(this::tick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
    }

    private void beat() {
        link.heartbeat().set(bytes(RedisLink.aliveKey(nodeId)), bytes("1"), SetArgs.Builder.px(TTL_MS));
    }

    private void heartbeat() {
        if (closed) {
            return;
        }
        try {
            beat();
        } catch (RuntimeException e) {
            log.warn("cluster heartbeat failed (Redis unreachable?): {}", e.toString());
        }
    }

    /** One round of upkeep (see the class comment); never refreshes the liveness key, the heartbeat does. */
    private void tick() {
        if (closed) {
            return;
        }
        try {
            var sync = link.sync();
            directory.refreshHeld();
            long now = System.currentTimeMillis();
            if (directory.settling(now)) {
                // Redis came back (maybe empty): every server re-asserts its entries within a tick or two; until
                // then a missing entry does not mean a server or a room is gone.
                return;
            }
            for (String node : routing.remoteNodes()) {
                if (sync.exists(bytes(RedisLink.aliveKey(node))) == 0) {
                    routing.serverGone(node);
                }
            }
            for (RemoteRoom relay : routing.relays()) {
                long at = System.currentTimeMillis();
                relay.execute(() -> {
                    if (relay.sweep(at) && !relay.isGone()) {
                        routing.dropRelay(relay, "nobody here speaks to this room any more");
                    }
                });
                byte[] owner = sync.get(bytes(RedisLink.ownerKey(relay.code())));
                boolean ownerAlive = sync.exists(bytes(RedisLink.aliveKey(relay.owner()))) > 0;
                if (owner != null && str(owner).equals(relay.owner()) && ownerAlive) {
                    continue;
                }
                log.warn("the server holding a room is gone or changed {} {} {}", kv("room", relay.code()),
                        kv("was", relay.owner()), kv("now", owner == null ? "nobody" : str(owner)));
                boolean ownerless = owner == null || (str(owner).equals(relay.owner()) && !ownerAlive);
                if (owner != null && ownerless) {
                    link.releaseNow(RedisLink.ownerKey(relay.code()), owner);
                }
                routing.dropRelay(relay, "the room moved to another server: reconnect");
                if (ownerless) {
                    directory.takeOverIfJournaled(relay.code()).toCompletableFuture()
                            .get(TAKEOVER_WAIT_MS, TimeUnit.MILLISECONDS);
                }
            }
        } catch (Exception e) {
            log.warn("cluster upkeep failed (Redis unreachable?): {}", e.toString());
        }
    }

    /** Stopping: no more upkeep, and this server leaves the cluster (its liveness key goes at once). */
    void close() {
        closed = true;
        upkeep.shutdownNow();
        heartbeat.shutdownNow();
        try {
            // A beat in flight finishes first, so it cannot set the key again after it was deleted.
            heartbeat.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Deletes this server's liveness key (on the heartbeat's connection, after its last beat). */
    void leave() {
        link.heartbeat().del(bytes(RedisLink.aliveKey(nodeId)));
    }
}
