package quiznight.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.game.NameFilter;
import quiznight.metrics.Metrics;
import quiznight.protocol.ClientMessage;
import quiznight.protocol.Codec;
import quiznight.quiz.Quiz;
import quiznight.results.ResultsStore;
import quiznight.room.Fanout;
import quiznight.room.Room;
import quiznight.room.RoomOptions;
import quiznight.room.RoomSettings;
import quiznight.testing.FakePeer;
import quiznight.testing.ManualClock;
import quiznight.testing.ManualLoop;
import quiznight.testing.Questions;

/**
 * On a room's owner: the relayed answers of one batch are acknowledged with one {@code ACKS} per edge (connection
 * ids and the question), published once the room's loop finishes its turn, as the real outbox does; refusals
 * keep their error frames. Counted in envelopes, not timed.
 */
class OwnerAcksTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path results;

    private final ManualClock clock = new ManualClock(1_700_000_000_000L);
    private final ManualLoop loop = new ManualLoop(clock);
    /** What the room's event loop runs after the current task: the outbox's flush. */
    private final List<Runnable> endOfTurn = new ArrayList<>();
    private final List<Published> published = new ArrayList<>();
    private final Outbox outbox = new Outbox((channel, bytes) ->
            published.add(new Published(channel, Envelope.unbatch(bytes).stream().map(Envelope::read).toList())));
    private final Bus bus = new Bus() {
        @Override
        public String nodeId() {
            return "owner";
        }

        @Override
        public void toNode(String node, byte[] message) {
            outbox.add(endOfTurn::add, "node:" + node, false, message);
        }

        @Override
        public void toRoom(String code, byte[] message) {
            outbox.add(endOfTurn::add, "room:" + code, true, message);
        }

        @Override
        public void ack(String node, String code, long conn, int index) {
            outbox.addAck(endOfTurn::add, "node:" + node, code, conn, index);
        }

        @Override
        public void flush() {
            outbox.flush();
        }

        @Override
        public long nextConn() {
            throw new UnsupportedOperationException("edges number their connections");
        }
    };

    private ResultsStore store;
    private Room room;
    private final FakePeer host = new FakePeer();
    private final FakePeer local = new FakePeer();

    /** One publish: a server's or a room's channel and what it carried, in order. */
    private record Published(String channel, List<Envelope> messages) {
    }

    @BeforeEach
    void open() {
        store = new ResultsStore(results);
        Quiz quiz = new Quiz("t", "Test", "", List.of(Questions.single(0, 20_000), Questions.single(1, 20_000)));
        Room.Services services = new Room.Services(clock, new Codec(clock::millis), Metrics.NOOP, store,
                RoomSettings.DEFAULTS, new ClusterFanout(Fanout.DIRECT, bus), NameFilter.none());
        room = new Room(new RoomOptions("123456", "host-token", "http://x/play?code=123456", quiz, quiz.questions(),
                false, clock.millis()), loop, services, r -> { });
        room.openForHost(host);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private RemotePeer joined(String node, long conn, String name, boolean readsAcks) {
        RemotePeer p = new RemotePeer(bus, "123456", node, conn);
        p.readsAcks(readsAcks);
        room.join(p, new ClientMessage.Join("123456", name), clock.millis());
        return p;
    }

    private void endTurn() {
        List<Runnable> tasks = new ArrayList<>(endOfTurn);
        endOfTurn.clear();
        tasks.forEach(Runnable::run);
    }

    /** Starts the game (question 0 open) and forgets what was published so far. */
    private void start() {
        room.join(local, new ClientMessage.Join("123456", "Local"), clock.millis());
        room.command(host, new ClientMessage.Start());
        endTurn();
        published.clear();
    }

    /** One relayed batch, run on the room's loop as the owner runs what edges send. */
    private void relayed(Runnable... answers) {
        new RelayedRequests(room).add(List.of(answers));
    }

    private Runnable answer(RemotePeer p, int index) {
        return () -> room.answer(p, p.memberId(), new ClientMessage.Answer(index, 0, null, null, null), clock.millis(), 0);
    }

    private static JsonNode json(Envelope send) {
        try {
            return JSON.readTree(send.message().bytes());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aRelayedBatchOfAnswers_isAcknowledgedWithOneAcksPerEdge_andNoMessagePerAnswer() {
        RemotePeer ada = joined("two", 1, "Ada", true);
        RemotePeer bob = joined("two", 2, "Bob", true);
        RemotePeer cy = joined("three", 7, "Cy", true);
        joined("two", 3, "Dan", true); // does not answer: the question stays open
        start();

        relayed(answer(ada, 0), answer(cy, 0), answer(bob, 0));
        room.answer(local, local.memberId, new ClientMessage.Answer(0, 0, null, null, null), clock.millis(), 0);
        assertThat(published).as("nothing until the loop's turn ends").isEmpty();
        endTurn();

        assertThat(published).extracting(Published::channel).containsExactly("node:two", "node:three");
        assertThat(published.get(0).messages()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(Envelope.ACKS);
            assertThat(e.acks()).containsExactly(new Envelope.Ack(1, 0), new Envelope.Ack(2, 0));
        });
        assertThat(published.get(1).messages()).singleElement()
                .satisfies(e -> assertThat(e.acks()).containsExactly(new Envelope.Ack(7, 0)));
        // A player connected to the owner itself still gets its ack written here.
        assertThat(local.last().get("type").asText()).isEqualTo("ack");
        assertThat(local.last().get("index").asInt()).isZero();
    }

    @Test
    void refusedAnswers_stillGetTheirErrorFrames_inOrderAmongTheAcks() {
        RemotePeer ada = joined("two", 1, "Ada", true);
        RemotePeer bob = joined("two", 2, "Bob", true);
        joined("two", 3, "Dan", true);
        start();

        relayed(answer(ada, 0), answer(ada, 0), answer(bob, 1), answer(bob, 0));
        endTurn();

        List<Envelope> toTwo = published.get(0).messages();
        assertThat(toTwo).extracting(Envelope::kind)
                .containsExactly(Envelope.ACKS, Envelope.SEND, Envelope.SEND, Envelope.ACKS);
        assertThat(toTwo.get(0).acks()).containsExactly(new Envelope.Ack(1, 0));
        assertThat(toTwo.get(1).conn()).isEqualTo(1);
        assertThat(json(toTwo.get(1)).get("code").asText()).isEqualTo("already-answered");
        assertThat(toTwo.get(2).conn()).isEqualTo(2);
        assertThat(json(toTwo.get(2)).get("code").asText()).isEqualTo("question-closed");
        assertThat(toTwo.get(3).acks()).containsExactly(new Envelope.Ack(2, 0));
    }

    @Test
    void anAnswerWhileThePauseHoldsTheGame_isRefusedWithPaused_andNotAcknowledged() {
        RemotePeer ada = joined("two", 1, "Ada", true);
        joined("two", 3, "Dan", true);
        start();
        room.command(host, new ClientMessage.Pause(true));
        endTurn();
        published.clear();

        relayed(answer(ada, 0));
        endTurn();

        assertThat(published).singleElement().satisfies(p -> assertThat(p.messages()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(Envelope.SEND);
            assertThat(json(e).get("code").asText()).isEqualTo("paused");
        }));
    }

    @Test
    void anEdgeOfThePreviousVersion_getsEachAckAsTheMessageItself() {
        RemotePeer ada = joined("old", 1, "Ada", false);
        joined("old", 3, "Dan", false);
        start();

        relayed(answer(ada, 0));
        endTurn();

        assertThat(published).singleElement().satisfies(p -> assertThat(p.messages()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(Envelope.SEND);
            assertThat(json(e).get("type").asText()).isEqualTo("ack");
            assertThat(json(e).get("index").asInt()).isZero();
        }));
    }

    @Test
    void theLastAnswerOfAQuestion_isAcknowledgedBeforeTheRevealGoesOut() {
        RemotePeer ada = joined("two", 1, "Ada", true);
        start();
        room.answer(local, local.memberId, new ClientMessage.Answer(0, 0, null, null, null), clock.millis(), 0);

        relayed(answer(ada, 0)); // everyone has answered: the question closes in the same task

        // The ack is published before the reveal, without waiting for the end of the turn.
        int reveal = -1;
        for (int i = 0; i < published.size() && reveal < 0; i++) {
            if (published.get(i).messages().get(0).kind() == Envelope.FAN
                    && published.get(i).messages().get(0).message().type().equals("reveal")) {
                reveal = i;
            }
        }
        assertThat(reveal).isPositive();
        assertThat(published.subList(0, reveal)).filteredOn(p -> p.channel().equals("node:two"))
                .singleElement().satisfies(p -> assertThat(p.messages()).singleElement()
                        .satisfies(e -> assertThat(e.acks()).containsExactly(new Envelope.Ack(1, 0))));
    }
}
