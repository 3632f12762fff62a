package quiznight.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import quiznight.protocol.ClientMessage;
import quiznight.protocol.Codec;
import quiznight.protocol.Encoded;
import quiznight.protocol.Templates;
import quiznight.room.Fanout;
import quiznight.room.Peer;
import quiznight.testing.FakePeer;
import quiznight.testing.ManualClock;
import quiznight.testing.ManualLoop;

class RemoteRoomTest {
    private final RecordingBus bus = new RecordingBus();
    private final Templates templates = new Templates(new Codec(() -> 1_700_000_000_123.0));
    /** What the relay hands the fan-out as acks: one list per call. */
    private final List<List<Peer>> ackCalls = new ArrayList<>();
    private final Fanout fanout = new Fanout() {
        @Override
        public void broadcast(List<Peer> peers, Encoded message) {
            Fanout.DIRECT.broadcast(peers, message);
        }

        @Override
        public void each(List<Peer> peers, List<Encoded> messages) {
            Fanout.DIRECT.each(peers, messages);
        }

        @Override
        public void sendEach(List<Peer> peers, List<Encoded> messages) {
            ackCalls.add(List.copyOf(peers));
            Fanout.DIRECT.sendEach(peers, messages);
        }

        @Override
        public void broadcastThenEach(List<Peer> peers, Encoded shared, List<Encoded> personal) {
            Fanout.DIRECT.broadcastThenEach(peers, shared, personal);
        }
    };
    private final RemoteRoom relay = new RemoteRoom(bus, "123456", "owner", new ManualLoop(new ManualClock(0)), fanout,
            templates, 0);

    private static Encoded msg(String type) {
        return new Encoded(type, ("{\"type\":\"" + type + "\"}").getBytes(StandardCharsets.UTF_8), false);
    }

    private static ClientMessage.Join join(String name) {
        return new ClientMessage.Join("123456", name);
    }

    private static String frame(String name) {
        return "{\"type\":\"join\",\"code\":\"123456\",\"name\":\"" + name + "\"}";
    }

    private void fromOwner(byte[] envelope) {
        relay.deliver(Envelope.read(envelope));
    }

    /** Joins a peer through the relay and has the owner accept it. */
    private long joined(FakePeer p, String member) {
        relay.join(p, join("Ada"), frame("Ada"), 1000, () -> { });
        long conn = bus.last().envelope().conn();
        fromOwner(Envelope.bind("123456", conn, "PLAYER", member));
        fromOwner(Envelope.send("123456", conn, msg("joined")));
        return conn;
    }

    @Test
    void join_isRelayedToTheOwnerAsTheClientSentIt_stampedWithItsArrivalHere_andAnsweredOnlyWhenTheOwnerAnswers() {
        FakePeer p = new FakePeer();
        boolean[] done = {false};
        relay.join(p, join("Zoë"), frame("Zoë"), 1234, () -> done[0] = true);

        RecordingBus.Sent s = bus.last();
        assertThat(s.channel()).isEqualTo("node:owner");
        assertThat(s.envelope().kind()).isEqualTo(Envelope.JOIN);
        // The frame as sent, so a field a join gains reaches the owner without this relay knowing it.
        assertThat(s.envelope().text()).isEqualTo(frame("Zoë"));
        assertThat(s.envelope().at()).isEqualTo(1234);
        assertThat(s.envelope().node()).isEqualTo("edge");
        assertThat(done[0]).isFalse();

        fromOwner(Envelope.bind("123456", s.envelope().conn(), "PLAYER", "p1"));
        assertThat(done[0]).isTrue();
        assertThat(p.room).isSameAs(relay);
        assertThat(p.role).isEqualTo(Peer.Role.PLAYER);
        assertThat(p.memberId).isEqualTo("p1");
    }

    @Test
    void fan_reachesBoundPlayers_andTheHostOnlyWhenAsked_notConnectionsStillJoining() {
        FakePeer ada = new FakePeer();
        FakePeer host = new FakePeer();
        FakePeer pending = new FakePeer();
        joined(ada, "p1");
        relay.resume(host, "host-token", 1000, () -> { });
        fromOwner(Envelope.bind("123456", bus.last().envelope().conn(), "HOST", null));
        relay.join(pending, join("Bob"), frame("Bob"), 1000, () -> { });

        fromOwner(Envelope.fan("123456", "owner", false, msg("lobby")));
        fromOwner(Envelope.fan("123456", "owner", true, msg("question")));

        assertThat(ada.types()).containsExactly("joined", "lobby", "question");
        assertThat(host.types()).containsExactly("question");
        assertThat(pending.received).isEmpty();
    }

    @Test
    void fan_withTheHost_reachesTheLaptopAndARemotePhoneHeldHere_andStopsForTheOneThatLeft() {
        FakePeer laptop = new FakePeer();
        FakePeer phone = new FakePeer();
        relay.resume(laptop, "host-token", 1000, () -> { });
        fromOwner(Envelope.bind("123456", bus.last().envelope().conn(), "HOST", null));
        relay.resume(phone, "remote-session", 1000, () -> { });
        fromOwner(Envelope.bind("123456", bus.last().envelope().conn(), "HOST", null));

        fromOwner(Envelope.fan("123456", "owner", true, msg("paused")));
        relay.disconnected(phone, null);
        fromOwner(Envelope.fan("123456", "owner", true, msg("question")));

        assertThat(laptop.types()).containsExactly("paused", "question");
        assertThat(phone.types()).containsExactly("paused");
    }

    @Test
    void answer_andDisconnect_reachTheOwner_withTheMemberAndTheRawMessage() {
        FakePeer ada = new FakePeer();
        long conn = joined(ada, "p1");
        relay.answer(ada, "p1", new ClientMessage.Answer(0, 1, null, null, null), "{\"type\":\"answer\",\"index\":0,\"choice\":1}", 2000, 40);
        Envelope a = bus.last().envelope();
        assertThat(a.kind()).isEqualTo(Envelope.ANSWER);
        assertThat(a.conn()).isEqualTo(conn);
        assertThat(a.member()).isEqualTo("p1");
        assertThat(a.at()).isEqualTo(2000);
        assertThat(a.latency()).isEqualTo(40);
        assertThat(a.text()).contains("\"choice\":1");
        // This edge writes acks from the owner's ACKS: it says so, so the owner sends no ack per answer.
        assertThat(a.readsAcks()).isTrue();

        relay.disconnected(ada, "p1");
        assertThat(bus.last().envelope().kind()).isEqualTo(Envelope.GONE);
        assertThat(bus.last().envelope().member()).isEqualTo("p1");
        fromOwner(Envelope.fan("123456", "owner", false, msg("question")));
        assertThat(ada.types()).containsExactly("joined");
    }

    @Test
    void close_fromTheOwner_closesTheSocket_andForgetsIt() {
        FakePeer ada = new FakePeer();
        long conn = joined(ada, "p1");
        fromOwner(Envelope.bind("123456", conn, null, null));
        fromOwner(Envelope.send("123456", conn, msg("kicked")));
        fromOwner(Envelope.close("123456", conn, 1000, "kicked by the host"));
        assertThat(ada.types()).containsExactly("joined", "kicked");
        assertThat(ada.closedWith).isEqualTo(1000);
        assertThat(ada.room).isNull();
        assertThat(relay.connections()).isZero();
    }

    @Test
    void bind_forAConnectionThatClosedMeanwhile_tellsTheOwnerThePlayerIsAway() {
        FakePeer ada = new FakePeer();
        relay.join(ada, join("Ada"), frame("Ada"), 1000, () -> { });
        long conn = bus.last().envelope().conn();
        ada.close(1001, "gone");
        fromOwner(Envelope.bind("123456", conn, "PLAYER", "p1"));
        assertThat(bus.last().envelope().kind()).isEqualTo(Envelope.GONE);
        assertThat(bus.last().envelope().member()).isEqualTo("p1");
        assertThat(ada.room).isNull();
    }

    @Test
    void moved_closesEveryConnectionWith1012_andIgnoresWhatStillArrives() {
        FakePeer ada = new FakePeer();
        FakePeer bob = new FakePeer();
        joined(ada, "p1");
        joined(bob, "p2");
        relay.moved("the room moved to another server: reconnect");
        assertThat(List.of(ada.closedWith, bob.closedWith)).containsOnly(1012);
        fromOwner(Envelope.fan("123456", "owner", false, msg("question")));
        assertThat(ada.types()).doesNotContain("question");
        assertThat(relay.isGone()).isTrue();
    }

    @Test
    void sweep_forgetsConnectionsThatClosedWithoutSaying_andReportsIdleOnlyAfterTheGracePeriod() {
        FakePeer ada = new FakePeer();
        joined(ada, "p1");
        assertThat(relay.sweep(1_000)).isFalse();
        ada.close(1006, "dropped");
        bus.sent.clear();
        assertThat(relay.sweep(2_000)).isFalse();
        assertThat(bus.last().envelope().kind()).isEqualTo(Envelope.GONE);
        assertThat(bus.last().envelope().member()).isEqualTo("p1");
        assertThat(relay.sweep(2_000 + RemoteRoom.IDLE_GRACE_MS - 1)).isFalse();
        assertThat(relay.sweep(2_000 + RemoteRoom.IDLE_GRACE_MS)).isTrue();
    }

    @Test
    void sweep_ofARelayJustHandedOut_doesNotReportItIdle_beforeItsFirstRequest() {
        // A relay is found for a join before the join is made: dropping it then lost the join's answer.
        assertThat(relay.sweep(500)).isFalse();
        assertThat(relay.sweep(RemoteRoom.IDLE_GRACE_MS - 1)).isFalse();
    }

    @Test
    void sweep_givesUpAResumeTheOwnerNeverAnswered_closingWith1012SoThePhoneAsksAgain_andTellsTheOwner() {
        // After Redis restarts, a request (or its answer) published while a subscription was away is lost:
        // the phone must not wait on it for ever.
        FakePeer ada = new FakePeer();
        boolean[] done = {false};
        relay.resume(ada, "token-a", 10_000, () -> done[0] = true);
        long conn = bus.last().envelope().conn();
        FakePeer bob = new FakePeer();
        long bobConn = joined(bob, "p2");

        relay.sweep(10_000 + RemoteRoom.REQUEST_TIMEOUT_MS - 1);
        assertThat(ada.closedWith).isNull();
        assertThat(done[0]).isFalse();

        bus.sent.clear();
        relay.sweep(10_000 + RemoteRoom.REQUEST_TIMEOUT_MS);
        assertThat(ada.closedWith).isEqualTo(1012);
        assertThat(done[0]).isTrue();
        assertThat(bus.last().envelope().kind()).isEqualTo(Envelope.GONE);
        assertThat(bus.last().envelope().conn()).isEqualTo(conn);
        // An answer that turns up after all changes nothing; the player who was answered is untouched.
        fromOwner(Envelope.send("123456", conn, msg("resumed")));
        assertThat(ada.types()).isEmpty();
        assertThat(bob.closedWith).isNull();
        assertThat(relay.connections()).isEqualTo(1);
        fromOwner(Envelope.fan("123456", "owner", false, msg("question")));
        assertThat(bob.types()).containsExactly("joined", "question");
        assertThat(bobConn).isNotEqualTo(conn);
    }

    @Test
    void acks_fromTheOwner_areBuiltHereFromTheTemplate_andHandedToTheFanoutInOneCall() {
        FakePeer ada = new FakePeer();
        FakePeer bob = new FakePeer();
        FakePeer cy = new FakePeer();
        long a = joined(ada, "p1");
        long b = joined(bob, "p2");
        long c = joined(cy, "p3");

        fromOwner(Envelope.acks("123456", List.of(new Envelope.Ack(a, 3), new Envelope.Ack(c, 3),
                new Envelope.Ack(999, 3), new Envelope.Ack(b, 2))));

        assertThat(ackCalls).containsExactly(List.of(ada, cy, bob));
        assertThat(ada.last()).isEqualTo(cy.last());
        assertThat(ada.last().get("type").asText()).isEqualTo("ack");
        assertThat(ada.last().get("index").asInt()).isEqualTo(3);
        assertThat(ada.last().get("sentAt").asDouble()).isEqualTo(1_700_000_000_123.0);
        // Exactly what the room writes for a player connected to it: type, sentAt and index, nothing more.
        assertThat(ada.last().size()).isEqualTo(3);
        assertThat(bob.last().get("index").asInt()).isEqualTo(2);
    }

    @Test
    void acks_forAConnectionThatLeft_orAfterTheRoomMoved_writeNothing() {
        FakePeer ada = new FakePeer();
        long a = joined(ada, "p1");
        relay.disconnected(ada, "p1");
        fromOwner(Envelope.acks("123456", List.of(new Envelope.Ack(a, 0))));
        assertThat(ada.types()).containsExactly("joined");

        FakePeer bob = new FakePeer();
        long b = joined(bob, "p2");
        relay.moved("the room moved to another server: reconnect");
        fromOwner(Envelope.acks("123456", List.of(new Envelope.Ack(b, 0))));
        assertThat(bob.types()).containsExactly("joined");
    }
}
