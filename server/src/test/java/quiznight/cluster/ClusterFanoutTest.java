package quiznight.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import quiznight.protocol.Encoded;
import quiznight.room.Fanout;
import quiznight.room.Peer;
import quiznight.testing.FakePeer;

class ClusterFanoutTest {
    private final RecordingBus bus = new RecordingBus();
    private final List<Peer> localTargets = new ArrayList<>();
    private final List<Encoded> localMessages = new ArrayList<>();
    private final Fanout local = new Fanout() {
        @Override
        public void broadcast(List<Peer> peers, Encoded message) {
            localTargets.addAll(peers);
            peers.forEach(p -> localMessages.add(message));
        }

        @Override
        public void each(List<Peer> peers, List<Encoded> messages) {
            localTargets.addAll(peers);
            localMessages.addAll(messages);
        }

        @Override
        public void broadcastThenEach(List<Peer> peers, Encoded shared, List<Encoded> personal) {
            localTargets.addAll(peers);
            localMessages.addAll(personal);
        }
    };
    private final ClusterFanout fanout = new ClusterFanout(local, bus);

    private RemotePeer remote(String node, long conn, Peer.Role role) {
        RemotePeer p = new RemotePeer(bus, "123456", node, conn);
        p.bind(null, null, null);
        if (role != null) {
            p.bind(new RemoteRoom(bus, "123456", "x", null, null, null, 0), role, "m" + conn);
        }
        bus.sent.clear();
        return p;
    }

    private static Encoded msg(String s) {
        return new Encoded("x", s.getBytes(StandardCharsets.UTF_8), false);
    }

    @Test
    void broadcast_localPeersDirectly_andOnePublishForEveryOtherServer_withTheHostFlag() {
        FakePeer a = new FakePeer();
        FakePeer b = new FakePeer();
        List<Peer> peers = List.of(a, remote("two", 1, Peer.Role.HOST), b, remote("two", 2, Peer.Role.PLAYER),
                remote("three", 7, Peer.Role.PLAYER));
        Encoded question = msg("{\"type\":\"question\"}");

        fanout.broadcast(peers, question);

        assertThat(localTargets).containsExactly(a, b);
        assertThat(bus.sent).hasSize(1);
        assertThat(bus.last().channel()).isEqualTo("room:123456");
        assertThat(bus.last().envelope().kind()).isEqualTo(Envelope.FAN);
        assertThat(bus.last().envelope().withHost()).isTrue();
        assertThat(bus.last().envelope().message().bytes()).isEqualTo(question.bytes());
    }

    @Test
    void broadcastThenEach_publishesTheSharedMessageOnce_thenOneBatchPerServer_inThatOrder() {
        FakePeer a = new FakePeer();
        List<Peer> peers = List.of(remote("two", 1, Peer.Role.PLAYER), a, remote("three", 5, Peer.Role.PLAYER),
                remote("two", 2, Peer.Role.PLAYER));
        List<Encoded> results = List.of(msg("r1"), msg("ra"), msg("r5"), msg("r2"));

        fanout.broadcastThenEach(peers, msg("reveal"), results);

        assertThat(localTargets).containsExactly(a);
        assertThat(localMessages).extracting(Encoded::toString).containsExactly("ra");
        assertThat(bus.sent).extracting(RecordingBus.Sent::channel).containsExactly("room:123456", "node:two", "node:three");
        assertThat(bus.sent.get(0).envelope().withHost()).isFalse();
        Envelope two = bus.sent.get(1).envelope();
        assertThat(two.items()).extracting(Envelope.Item::conn).containsExactly(1L, 2L);
        assertThat(two.items()).extracting(i -> i.message().toString()).containsExactly("r1", "r2");
        assertThat(bus.sent.get(2).envelope().items()).extracting(i -> i.message().toString()).containsExactly("r5");
    }

    @Test
    void each_sendsNoBroadcast_onlyPerServerBatches() {
        fanout.each(List.of(remote("two", 1, Peer.Role.PLAYER)), List.of(msg("podium-you")));
        assertThat(bus.sent).extracting(s -> s.envelope().kind()).containsExactly(Envelope.EACH);
    }

    @Test
    void broadcast_toLocalPeersOnly_publishesNothing() {
        fanout.broadcast(List.of(new FakePeer(), new FakePeer()), msg("lobby"));
        assertThat(localTargets).hasSize(2);
        assertThat(bus.sent).isEmpty();
    }
}
