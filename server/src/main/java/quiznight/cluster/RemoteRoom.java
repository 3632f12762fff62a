package quiznight.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import quiznight.protocol.ClientMessage;
import quiznight.protocol.Encoded;
import quiznight.protocol.Templates;
import quiznight.room.Fanout;
import quiznight.room.Peer;
import quiznight.room.RoomLoop;
import quiznight.room.RoomRef;

/**
 * On an edge server: a room another server owns, as the connections held here speak to it. Requests are
 * stamped here and relayed to the owner; what the owner sends comes back on this server's channel (personal
 * messages) and the room's channel (broadcasts, one copy for this server), and is written to the sockets with
 * the local fan-out. Confined to one event loop like a room: everything hops onto {@link #loop}.
 */
final class RemoteRoom implements RoomRef {
    private final Bus cluster;
    private final String code;
    private final String owner;
    private final RoomLoop loop;
    private final Fanout fanout;
    /** Builds the acks of the owner's {@code ACKS} replies here, as the room would. */
    private final Templates templates;
    /** Completes once this server listens on the room's channel: requests go out only after, so no broadcast is missed. */
    private final java.util.concurrent.CompletableFuture<Void> subscribed = new java.util.concurrent.CompletableFuture<>();

    // On the loop only.
    private final Map<Long, Peer> conns = new HashMap<>();
    private final Map<Peer, Long> ids = new IdentityHashMap<>();
    private final Map<Long, Runnable> awaiting = new HashMap<>();
    /** When each request in {@link #awaiting} was made here (ms, the connection's clock). */
    private final Map<Long, Long> askedAt = new HashMap<>();
    private final Set<Peer> players = new LinkedHashSet<>();
    private final Map<Peer, String> members = new IdentityHashMap<>();
    /** Host connections held here: the laptop and remote phones may both be. */
    private final Set<Peer> hosts = new LinkedHashSet<>();
    /** Written on the loop; read by the cluster from other threads. */
    private volatile boolean gone;
    /** When a connection last used this relay (ms): one unused for {@link #IDLE_GRACE_MS} is dropped. */
    private long lastUsed;
    /** A relay is handed out before its first request is made: it is kept this long with nothing held. */
    static final long IDLE_GRACE_MS = 30_000;
    /**
     * A join or resume the owner has not answered in this long is given up: its reply (or the request) was
     * published while a subscription was away (Redis restarting), and a request is never answered twice. Long
     * enough that a busy owner (a stadium joining) answers first: a give-up makes the phone ask again.
     */
    static final long REQUEST_TIMEOUT_MS = 10_000;

    RemoteRoom(Bus cluster, String code, String owner, RoomLoop loop, Fanout fanout, Templates templates, long now) {
        this.lastUsed = now;
        this.templates = templates;
        this.cluster = cluster;
        this.code = code;
        this.owner = owner;
        this.loop = loop;
        this.fanout = fanout;
    }

    @Override
    public String code() {
        return code;
    }

    String owner() {
        return owner;
    }

    java.util.concurrent.CompletableFuture<Void> subscribed() {
        return subscribed;
    }

    void execute(Runnable task) {
        loop.execute(task);
    }

    // ---- requests from connections held here (any thread) ---------------------------------------

    @Override
    public void join(Peer peer, ClientMessage.Join join, String raw, long receivedAt, Runnable done) {
        // The frame as the client sent it: the owner decodes it, so every field of a join reaches the room.
        loop.execute(() -> request(peer, done, Envelope.JOIN, raw, receivedAt));
    }

    @Override
    public void resume(Peer peer, String token, long receivedAt, Runnable done) {
        loop.execute(() -> request(peer, done, Envelope.RESUME, token, receivedAt));
    }

    private void request(Peer peer, Runnable done, byte kind, String text, long receivedAt) {
        if (gone) {
            // This relay was dropped meanwhile (the room moved): the client reconnects and finds it anew.
            done.run();
            peer.close(1012, "the room moved to another server: reconnect");
            return;
        }
        long conn = ids.computeIfAbsent(peer, p -> cluster.nextConn());
        conns.put(conn, peer);
        awaiting.put(conn, done);
        askedAt.put(conn, receivedAt);
        cluster.toNode(owner, Envelope.request(kind, code, cluster.nodeId(), conn, text, receivedAt));
    }

    @Override
    public void command(Peer peer, ClientMessage message, String raw) {
        loop.execute(() -> {
            Long conn = ids.get(peer);
            if (conn != null && !gone) {
                cluster.toNode(owner, Envelope.command(code, cluster.nodeId(), conn, raw));
            }
        });
    }

    @Override
    public void answer(Peer peer, String memberId, ClientMessage.Answer answer, String raw, long receivedAt,
                       long latencyMs) {
        loop.execute(() -> {
            Long conn = ids.get(peer);
            if (conn != null && !gone) {
                cluster.toNode(owner, Envelope.answer(code, cluster.nodeId(), conn, memberId, raw, receivedAt, latencyMs,
                        true));
            }
        });
    }

    @Override
    public void disconnected(Peer peer, String memberId) {
        loop.execute(() -> {
            Long conn = forget(peer);
            if (conn != null && !gone) {
                cluster.toNode(owner, Envelope.gone(code, cluster.nodeId(), conn, memberId));
            }
        });
    }

    // ---- from the owner (on the loop, in the order the owner sent them) ---------------------------

    void deliver(Envelope e) {
        if (gone) {
            return;
        }
        switch (e.kind()) {
            case Envelope.SEND -> {
                Peer p = answered(e.conn());
                if (p != null) {
                    p.send(e.message());
                }
            }
            case Envelope.BIND -> bind(e);
            case Envelope.CLOSE -> {
                Peer p = answered(e.conn());
                if (p != null) {
                    forget(p);
                    p.bind(null, null, null);
                    p.close(e.status(), e.text());
                }
            }
            case Envelope.EACH -> {
                List<Peer> peers = new ArrayList<>(e.items().size());
                List<Encoded> messages = new ArrayList<>(e.items().size());
                for (Envelope.Item i : e.items()) {
                    Peer p = conns.get(i.conn());
                    if (p != null) {
                        peers.add(p);
                        messages.add(i.message());
                    }
                }
                fanout.each(peers, messages);
            }
            case Envelope.ACKS -> acks(e.acks());
            case Envelope.FAN -> {
                List<Peer> peers = new ArrayList<>(players.size() + 1);
                if (e.withHost()) {
                    peers.addAll(hosts);
                }
                peers.addAll(players);
                fanout.broadcast(peers, e.message());
            }
            default -> throw new IllegalArgumentException("not for an edge: " + (char) e.kind());
        }
    }

    /**
     * The owner took these answers: each connection gets its ack, built here from the template (one per question
     * in the batch, so they share a {@code sentAt}) and written in one task per event loop, not one per ack.
     */
    private void acks(List<Envelope.Ack> acks) {
        List<Peer> peers = new ArrayList<>(acks.size());
        List<Encoded> messages = new ArrayList<>(acks.size());
        Encoded ack = null;
        int index = 0;
        for (Envelope.Ack a : acks) {
            Peer p = conns.get(a.conn());
            if (p == null) {
                continue;
            }
            if (ack == null || a.index() != index) {
                index = a.index();
                ack = templates.ack(index);
            }
            peers.add(p);
            messages.add(ack);
        }
        fanout.sendEach(peers, messages);
    }

    private void bind(Envelope e) {
        Peer p = answered(e.conn());
        if (p == null || !p.isOpen()) {
            // The connection closed before the owner answered: tell it the player is away.
            if (e.text() != null) {
                cluster.toNode(owner, Envelope.gone(code, cluster.nodeId(), e.conn(), e.member()));
            }
            if (p != null) {
                forget(p);
            }
            return;
        }
        unbindHere(p);
        if (e.text() == null) {
            p.bind(null, null, null);
            return;
        }
        Peer.Role role = Peer.Role.valueOf(e.text());
        p.bind(this, role, e.member());
        members.put(p, e.member());
        if (role == Peer.Role.HOST) {
            hosts.add(p);
        } else {
            players.add(p);
        }
    }

    /** The peer of a connection, and its pending request (join, resume) is answered. */
    private Peer answered(long conn) {
        askedAt.remove(conn);
        Runnable done = awaiting.remove(conn);
        if (done != null) {
            done.run();
        }
        return conns.get(conn);
    }

    private void unbindHere(Peer p) {
        players.remove(p);
        members.remove(p);
        hosts.remove(p);
    }

    private Long forget(Peer p) {
        unbindHere(p);
        Long conn = ids.remove(p);
        if (conn != null) {
            conns.remove(conn);
            askedAt.remove(conn);
            Runnable done = awaiting.remove(conn);
            if (done != null) {
                done.run();
            }
        }
        return conn;
    }

    // ---- upkeep (on the loop) ---------------------------------------------------------------------

    /**
     * Forgets connections that closed without telling (they never finished joining), telling the owner the
     * player is away, and gives up requests the owner left unanswered for {@link #REQUEST_TIMEOUT_MS}. True when
     * nothing has been held here for {@link #IDLE_GRACE_MS}: the relay may go.
     */
    boolean sweep(long now) {
        if (!ids.isEmpty()) {
            lastUsed = now;
        }
        giveUpUnanswered(now);
        for (Iterator<Map.Entry<Peer, Long>> it = ids.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Peer, Long> en = it.next();
            Peer p = en.getKey();
            long conn = en.getValue();
            if (!p.isOpen() && !awaiting.containsKey(conn)) {
                String member = members.get(p);
                it.remove();
                conns.remove(conn);
                unbindHere(p);
                if (!gone) {
                    cluster.toNode(owner, Envelope.gone(code, cluster.nodeId(), conn, member));
                }
            }
        }
        return ids.isEmpty() && now - lastUsed >= IDLE_GRACE_MS;
    }

    /**
     * A connection whose join or resume got no answer is closed with 1012, as when a room moves: the phone
     * reconnects and asks again, instead of waiting on a request nobody will answer. The owner is told the
     * connection is gone, in case it did take the request and only its answer was lost.
     */
    private void giveUpUnanswered(long now) {
        List<Long> late = new ArrayList<>();
        askedAt.forEach((conn, at) -> {
            if (now - at >= REQUEST_TIMEOUT_MS) {
                late.add(conn);
            }
        });
        for (long conn : late) {
            Peer p = conns.get(conn);
            if (p == null) {
                askedAt.remove(conn);
                continue;
            }
            String member = members.get(p);
            forget(p);
            if (!gone) {
                cluster.toNode(owner, Envelope.gone(code, cluster.nodeId(), conn, member));
            }
            p.bind(null, null, null);
            p.close(1012, "the game server did not answer in time: reconnect");
        }
    }

    /**
     * The room is no longer reached through {@link #owner} (it moved, or this server is stopping): every
     * connection held here is closed with 1012 and reconnects, resuming wherever the room is held now.
     */
    void moved(String reason) {
        gone = true;
        for (Peer p : new ArrayList<>(ids.keySet())) {
            p.bind(null, null, null);
            p.close(1012, reason);
        }
        for (Runnable done : awaiting.values()) {
            done.run();
        }
        awaiting.clear();
        askedAt.clear();
        ids.clear();
        conns.clear();
        players.clear();
        members.clear();
        hosts.clear();
    }

    boolean isGone() {
        return gone;
    }

    /** Connections held here, for metrics and tests (read from any thread: may be a moment stale). */
    int connections() {
        return conns.size();
    }
}
