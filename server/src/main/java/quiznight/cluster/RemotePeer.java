package quiznight.cluster;

import java.util.function.IntFunction;
import quiznight.protocol.Encoded;
import quiznight.room.Peer;
import quiznight.room.RoomRef;

/**
 * On a room's owner: a connection held by another server of the cluster (an edge). What the room sends it is
 * published to that edge's channel, which writes it to the socket.
 */
final class RemotePeer implements Peer {
    final Bus cluster;
    final String code;
    final String node;
    final long conn;
    /** Which subscription of the owner's it arrived on: one from before a drop is resynced. */
    final long generation;
    private volatile Role role;
    private volatile String memberId;
    /** Its edge writes acks from the owner's {@code ACKS} (it said so with its last answer); else each is a {@code SEND}. */
    private volatile boolean readsAcks;

    RemotePeer(Bus cluster, String code, String node, long conn) {
        this(cluster, code, node, conn, 0);
    }

    RemotePeer(Bus cluster, String code, String node, long conn, long generation) {
        this.generation = generation;
        this.cluster = cluster;
        this.code = code;
        this.node = node;
        this.conn = conn;
    }

    /** How the owner finds this connection again: room, server and connection id. */
    static String key(String code, String node, long conn) {
        return code + "/" + node + "/" + conn;
    }

    String key() {
        return key(code, node, conn);
    }

    Role role() {
        return role;
    }

    String memberId() {
        return memberId;
    }

    void readsAcks(boolean yes) {
        readsAcks = yes;
    }

    @Override
    public void send(Encoded message) {
        cluster.toNode(node, Envelope.send(code, conn, message));
    }

    /** The edge writes the ack itself: only the connection and the question travel, with the turn's other acks. */
    @Override
    public void ack(int index, IntFunction<Encoded> ack) {
        if (readsAcks) {
            cluster.ack(node, code, conn, index);
        } else {
            send(ack.apply(index));
        }
    }

    @Override
    public void close(int status, String reason) {
        cluster.toNode(node, Envelope.close(code, conn, status, reason));
    }

    @Override
    public void bind(RoomRef room, Role role, String memberId) {
        this.role = room == null ? null : role;
        this.memberId = room == null ? null : memberId;
        cluster.toNode(node, Envelope.bind(code, conn, room == null ? null : role.name(), memberId));
    }

    @Override
    public String toString() {
        return "remote " + node + "/" + conn + " in " + code;
    }
}
