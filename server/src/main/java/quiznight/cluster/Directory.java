package quiznight.cluster;

import static net.logstash.logback.argument.StructuredArguments.kv;
import static quiznight.cluster.RedisLink.bytes;
import static quiznight.cluster.RedisLink.str;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lettuce.core.Range;
import io.lettuce.core.SetArgs;
import io.lettuce.core.StreamMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quiznight.protocol.ErrorCode;
import quiznight.protocol.ProtocolException;
import quiznight.quiz.QuizFormatException;
import quiznight.room.Journal;
import quiznight.room.Room;
import quiznight.room.RoomRef;
import quiznight.room.RoomRegistry;

/**
 * The directory of owners ({@code quiznight:owner:CODE}, set NX with a TTL the owner refreshes): claiming codes,
 * finding who holds a room, keeping this server's entries, handing rooms off, and taking over a room whose owner
 * is gone by rebuilding it from its journal stream.
 */
final class Directory {
    // Logged as the cluster, as before the split: log searches and alerts keep matching.
    private static final Logger log = LoggerFactory.getLogger(Cluster.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Rebuilds a room from its journal's records (the registry's {@code adopt}; a test's slower one). */
    interface Rebuild {
        Room rebuild(List<JsonNode> records, Journal journal) throws QuizFormatException;
    }

    private final RedisLink link;
    private final String nodeId;
    private final Routing routing;
    private final Function<String, Journal> journals;
    /** Rooms handed off here and not yet closed: their directory entries must not be refreshed back. */
    private final Set<String> handedOff = ConcurrentHashMap.newKeySet();
    /** Rooms this server is taking over (claimed, being rebuilt from their journals). */
    private final Map<String, CompletableFuture<Optional<Room>>> adopting = new ConcurrentHashMap<>();
    private volatile RoomRegistry registry;
    private volatile Rebuild rebuild;
    /** Until then (after Redis came back) directory entries may be missing only because they are being re-set. */
    private volatile long settlingUntil;

    Directory(RedisLink link, String nodeId, Routing routing, Function<String, Journal> journals) {
        this.link = link;
        this.nodeId = nodeId;
        this.routing = routing;
        this.journals = journals;
    }

    void start(RoomRegistry registry) {
        this.registry = registry;
        if (rebuild == null) {
            rebuild = registry::adopt;
        }
    }

    /** Test seam: how a room taken over is rebuilt (set before {@link #start}). */
    void rebuildWith(Rebuild rebuild) {
        this.rebuild = rebuild;
    }

    /** Redis came back (maybe empty): for one TTL a missing entry does not mean a server or room is gone. */
    void settle(long now) {
        settlingUntil = now + Membership.TTL_MS;
    }

    boolean settling(long now) {
        return now < settlingUntil;
    }

    /** The takeover of this room under way here, or null. */
    CompletableFuture<Optional<Room>> underWay(String code) {
        return adopting.get(code);
    }

    CompletionStage<Boolean> claim(String code) {
        return link.redis.set(bytes(RedisLink.ownerKey(code)), bytes(nodeId), SetArgs.Builder.nx().px(Membership.TTL_MS))
                .thenApply(ok -> "OK".equals(ok));
    }

    CompletionStage<Optional<RoomRef>> elsewhere(String code) {
        RemoteRoom known = routing.relay(code);
        if (known != null && !known.isGone()) {
            return known.subscribed().thenApply(v -> Optional.of(known));
        }
        if (!code.matches("\\d{6}")) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return link.redis.get(bytes(RedisLink.ownerKey(code))).thenCompose(owner -> {
            if (owner == null) {
                return takeOverIfJournaled(code);
            }
            String o = str(owner);
            if (o.equals(nodeId)) {
                return heldHere(code);
            }
            return link.redis.exists(bytes(RedisLink.aliveKey(o))).thenCompose(alive -> {
                if (alive != null && alive > 0) {
                    return routing.relayTo(code, o).thenApply(Optional::<RoomRef>of);
                }
                // Its owner is gone but the entry has not expired yet: free it, and take the room over.
                return link.release(RedisLink.ownerKey(code), owner).thenCompose(released -> takeOverIfJournaled(code));
            });
        });
    }

    CompletionStage<Boolean> heldElsewhere(String code) {
        return link.redis.exists(bytes(RedisLink.ownerKey(code))).thenApply(n -> n != null && n > 0);
    }

    /** A room held here closes: its entry leaves the directory (unless a hand-off released it already). */
    void released(String code, boolean closing) {
        boolean releasedAlready = handedOff.remove(code); // a hand-off released the entry before closing
        if (!closing && !releasedAlready) {
            link.release(RedisLink.ownerKey(code), bytes(nodeId));
        }
    }

    void handingOff(Room room) {
        handedOff.add(room.code());
        // On one connection, after the journal's last entry: the entry goes, then the edges are told.
        link.release(RedisLink.ownerKey(room.code()), bytes(nodeId));
        routing.toRoom(room.code(), Envelope.moved(room.code(), nodeId));
    }

    /**
     * On the upkeep thread: refreshes the entries of the rooms held here; a room another server has taken over
     * is handed off.
     */
    void refreshHeld() {
        for (Room room : registry.rooms()) {
            if (handedOff.contains(room.code())) {
                continue;
            }
            if (!link.refreshNow(RedisLink.ownerKey(room.code()), nodeId, Membership.TTL_MS)) {
                log.warn("room held by another server now: handing it off {} {}", kv("room", room.code()), kv("node", nodeId));
                room.execute(() -> room.handOff("the room moved to another server: reconnect"));
            }
        }
    }

    /** Stopping: this server's entries leave the directory (waiting). */
    void leave() {
        for (Room room : registry.rooms()) {
            link.releaseNow(RedisLink.ownerKey(room.code()), bytes(nodeId));
        }
    }

    /**
     * No server holds the code: if its journal survives, this server takes the room over. While it rebuilds the
     * room, requests for it here wait for it rather than hear that no room has the code.
     */
    CompletionStage<Optional<RoomRef>> takeOverIfJournaled(String code) {
        return link.redis.exists(bytes(RedisLink.journalKey(code))).thenCompose(n -> {
            if ((n == null || n == 0) && settling(System.currentTimeMillis())) {
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
                return link.redis.xrange(bytes(RedisLink.journalKey(code)), Range.create("-", "+"))
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
            Room room = rebuild.rebuild(records, journals.apply(code));
            if (room == null) {
                return registry.find(code);
            }
            log.info("room taken over from its journal {} {} {}", kv("room", code), kv("node", nodeId),
                    kv("records", records.size()));
            return Optional.of(room);
        } catch (QuizFormatException | RuntimeException e) {
            log.warn("room {}: its journal cannot be restored ({}); the room is lost", code, e.getMessage());
            link.release(RedisLink.ownerKey(code), bytes(nodeId));
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
}
