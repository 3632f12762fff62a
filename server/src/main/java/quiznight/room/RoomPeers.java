package quiznight.room;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import quiznight.metrics.Metrics;
import quiznight.protocol.Encoded;

/**
 * Who a room speaks to: its host connections (the laptop, and phones that claimed a remote link: each is a key, one
 * connection per key), each member (player id, token, connection while connected), the remote links and sessions
 * ({@link RemoteAccess}), and the fan-out of one encoded message to all of them. Lives on the room's loop: plain
 * fields, no locks.
 */
final class RoomPeers {
    static final class Member {
        final String id;
        final String token;
        Peer peer;
        /** The real name given for the report, in a room that asks for them ("" = none given); else null. Never sent. */
        String realName;

        Member(String id, String token, Peer peer) {
            this.id = id;
            this.token = token;
            this.peer = peer;
        }
    }

    private final Fanout fanout;
    private final Metrics metrics;
    private final Map<String, Member> members = new LinkedHashMap<>();
    private final Map<String, String> idByToken = new HashMap<>();
    /** Host connections by key ({@link #LAPTOP}, or a remote session's): a handful at most. */
    private final Map<String, Peer> hosts = new LinkedHashMap<>();
    private final RemoteAccess remotes = new RemoteAccess();
    private int nextPlayer = 1;

    /** The key of the host connection that holds the host token (the laptop that created the room). */
    static final String LAPTOP = "laptop";

    RoomPeers(Fanout fanout, Metrics metrics) {
        this.fanout = fanout;
        this.metrics = metrics;
    }

    /** The connection a host key is held by now, replaced by {@code peer}: the one it replaced, or null. */
    Peer host(String key, Peer peer) {
        return hosts.put(key, peer);
    }

    /** The connection holding a host key now, or null. */
    Peer host(String key) {
        return hosts.get(key);
    }

    boolean isHost(Peer peer) {
        return peer != null && hosts.containsValue(peer);
    }

    /** Forgets a host connection that closed; false when it was not one (any more). */
    boolean removeHost(Peer peer) {
        return hosts.values().removeIf(p -> p == peer);
    }

    boolean hasHost() {
        return !hosts.isEmpty();
    }

    RemoteAccess remotes() {
        return remotes;
    }

    /** The same message to every host connection. */
    void toHosts(Encoded e) {
        for (Peer h : hosts.values()) {
            h.send(e);
        }
    }

    /**
     * A message whose copy differs between the laptop and the remote phones: {@code laptop}'s to the laptop,
     * {@code remote}'s to each phone, each built once and only when a connection of its kind is there.
     */
    void toHosts(Supplier<Encoded> laptop, Supplier<Encoded> remote) {
        Encoded own = null;
        Encoded remotes = null;
        for (Map.Entry<String, Peer> h : hosts.entrySet()) {
            if (LAPTOP.equals(h.getKey())) {
                own = own == null ? laptop.get() : own;
                h.getValue().send(own);
            } else {
                remotes = remotes == null ? remote.get() : remotes;
                h.getValue().send(remotes);
            }
        }
    }

    /** The id the next player to join gets. */
    String nextId() {
        return "p" + nextPlayer;
    }

    Member add(String id, String token, Peer peer) {
        Member m = new Member(id, token, peer);
        members.put(id, m);
        idByToken.put(token, id);
        nextPlayer = Math.max(nextPlayer, Integer.parseInt(id.substring(1)) + 1);
        return m;
    }

    Member remove(String id) {
        Member m = members.remove(id);
        if (m != null) {
            idByToken.remove(m.token);
        }
        return m;
    }

    Member get(String id) {
        return members.get(id);
    }

    /** The real name a member gave for the report, or null (none asked, or no such member). */
    String realName(String id) {
        Member m = members.get(id);
        return m == null ? null : m.realName;
    }

    Member byToken(String token) {
        String id = idByToken.get(token);
        return id == null ? null : members.get(id);
    }

    /** Each player's token and id, as an immutable map (the strings are the members' own). */
    Map<String, String> tokens() {
        return Map.copyOf(idByToken);
    }

    Collection<Member> members() {
        return members.values();
    }

    int size() {
        return members.size();
    }

    /** The same bytes to the host and every connected player. */
    void broadcast(Encoded e) {
        fanOut(e, true);
    }

    void broadcastToPlayers(Encoded e) {
        fanOut(e, false);
    }

    private void fanOut(Encoded e, boolean withHost) {
        long start = System.nanoTime();
        List<Peer> peers = new ArrayList<>(members.size() + hosts.size());
        if (withHost) {
            peers.addAll(hosts.values());
        }
        for (Member m : members.values()) {
            if (m.peer != null) {
                peers.add(m.peer);
            }
        }
        fanout.broadcast(peers, e);
        metrics.broadcast(e.type(), peers.size(), e.bytes().length, System.nanoTime() - start);
    }

    /**
     * {@code shared} to the host and every connected player, except that a player for whom {@code own} gives a
     * message (not null) gets that one instead: a few players' own copies of a message everyone else shares.
     */
    void broadcastUnlessOwn(Encoded shared, Function<Member, Encoded> own) {
        long start = System.nanoTime();
        List<Peer> peers = new ArrayList<>(members.size() + hosts.size());
        peers.addAll(hosts.values());
        List<Peer> ownPeers = new ArrayList<>();
        List<Encoded> owned = new ArrayList<>();
        for (Member m : members.values()) {
            if (m.peer == null) {
                continue;
            }
            Encoded mine = own.apply(m);
            if (mine == null) {
                peers.add(m.peer);
            } else {
                ownPeers.add(m.peer);
                owned.add(mine);
            }
        }
        fanout.broadcast(peers, shared);
        if (!ownPeers.isEmpty()) {
            fanout.each(ownPeers, owned);
        }
        metrics.broadcast(shared.type(), peers.size() + ownPeers.size(), shared.bytes().length,
                System.nanoTime() - start);
    }

    /**
     * {@code shared} to the host and every connected player, each player's followed by their own message: written
     * together and flushed once.
     */
    void broadcastThenEach(Encoded shared, Function<Member, Encoded> personal) {
        long start = System.nanoTime();
        toHosts(shared);
        List<Peer> peers = new ArrayList<>(members.size());
        List<Encoded> own = new ArrayList<>(members.size());
        for (Member m : members.values()) {
            if (m.peer != null) {
                peers.add(m.peer);
                own.add(personal.apply(m));
            }
        }
        fanout.broadcastThenEach(peers, shared, own);
        metrics.broadcast(shared.type(), peers.size() + hosts.size(), shared.bytes().length,
                System.nanoTime() - start);
    }

    /** {@code base} to the host, and each connected player its own copy of it. */
    void eachCopy(Encoded base, Function<Member, Encoded> copy) {
        long start = System.nanoTime();
        toHosts(base);
        List<Peer> peers = new ArrayList<>(members.size());
        List<Encoded> copies = new ArrayList<>(members.size());
        for (Member m : members.values()) {
            if (m.peer != null) {
                peers.add(m.peer);
                copies.add(copy.apply(m));
            }
        }
        fanout.each(peers, copies);
        metrics.broadcast(base.type(), peers.size() + hosts.size(), base.bytes().length,
                System.nanoTime() - start);
    }

    /** A member's connection is let go: told {@code last}, unbound and closed. */
    void letGo(Member m, Encoded last, int status, String reason) {
        if (m.peer != null) {
            Peer p = m.peer;
            p.bind(null, null, null);
            p.send(last);
            p.close(status, reason);
            metrics.playerDisconnected();
        }
    }

    /** A connection another one took over from (the same host or player resumed there): unbound and closed. */
    static void replaced(Peer old) {
        old.bind(null, null, null);
        old.close(4001, "resumed on another connection");
    }

    /** Unbinds and closes every connection, and forgets every member. */
    void closeAll(int status, String reason) {
        for (Peer h : hosts.values()) {
            h.bind(null, null, null);
            h.close(status, reason);
        }
        hosts.clear();
        for (Member m : members.values()) {
            if (m.peer != null) {
                m.peer.bind(null, null, null);
                m.peer.close(status, reason);
                m.peer = null;
                metrics.playerDisconnected();
            }
        }
        members.clear();
        idByToken.clear();
    }
}
