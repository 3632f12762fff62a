package quiznight.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import quiznight.protocol.Encoded;
import quiznight.room.Fanout;
import quiznight.room.Peer;

/**
 * A room owner's fan-out in cluster mode: its own connections get the message through the local fan-out; for
 * the connections other servers hold, a broadcast is published once on the room's channel (every edge gets one
 * copy and fans it out to its sockets) and personal messages go in one batch per edge.
 */
final class ClusterFanout implements Fanout {
    private final Fanout local;
    private final Bus cluster;

    ClusterFanout(Fanout local, Bus cluster) {
        this.local = local;
        this.cluster = cluster;
    }

    @Override
    public void broadcast(List<Peer> peers, Encoded message) {
        Split s = new Split(peers, null);
        // Other servers first: their copy is on its way while this server writes to its own sockets.
        s.fan(message);
        cluster.flush();
        if (!s.here.isEmpty()) {
            local.broadcast(s.here, message);
        }
    }

    @Override
    public void each(List<Peer> peers, List<Encoded> messages) {
        Split s = new Split(peers, messages);
        s.batches();
        cluster.flush();
        if (!s.here.isEmpty()) {
            local.each(s.here, s.hereMessages);
        }
    }

    @Override
    public void broadcastThenEach(List<Peer> peers, Encoded shared, List<Encoded> personal) {
        Split s = new Split(peers, personal);
        // Both go out on one connection to Redis, in this order, and each edge reads them in this order.
        s.fan(shared);
        s.batches();
        cluster.flush();
        if (!s.here.isEmpty()) {
            local.broadcastThenEach(s.here, shared, s.hereMessages);
        }
    }

    /** The peers of one call, split into this server's and each edge's. */
    private final class Split {
        final List<Peer> here;
        final List<Encoded> hereMessages;
        final Map<String, List<Envelope.Item>> byNode = new LinkedHashMap<>();
        String code;
        boolean host;

        Split(List<Peer> peers, List<Encoded> messages) {
            here = new ArrayList<>(peers.size());
            hereMessages = messages == null ? null : new ArrayList<>(messages.size());
            for (int i = 0; i < peers.size(); i++) {
                Peer p = peers.get(i);
                if (p instanceof RemotePeer r) {
                    code = r.code;
                    host |= r.role() == Peer.Role.HOST;
                    if (messages != null) {
                        byNode.computeIfAbsent(r.node, n -> new ArrayList<>()).add(new Envelope.Item(r.conn, messages.get(i)));
                    }
                } else {
                    here.add(p);
                    if (messages != null) {
                        hereMessages.add(messages.get(i));
                    }
                }
            }
        }

        void fan(Encoded message) {
            if (code != null) {
                cluster.toRoom(code, Envelope.fan(code, cluster.nodeId(), host, message));
            }
        }

        void batches() {
            byNode.forEach((node, items) -> cluster.toNode(node, Envelope.each(code, items)));
        }
    }
}
