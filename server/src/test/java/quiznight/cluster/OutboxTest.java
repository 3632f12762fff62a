package quiznight.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxTest {
    private final List<String> published = new ArrayList<>();
    private final List<Runnable> loopTasks = new ArrayList<>();
    private final Outbox outbox = new Outbox((channel, message) -> published.add(channel + "=" + describe(message)));

    private static String describe(byte[] message) {
        List<String> parts = new ArrayList<>();
        for (byte[] m : Envelope.unbatch(message)) {
            parts.add(new String(m, StandardCharsets.UTF_8));
        }
        return String.join("+", parts);
    }

    private void add(String channel, boolean room, String message) {
        outbox.add(loopTasks::add, channel, room, message.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void messagesOfOneTurn_goOutAsOneBatchPerServer_whenTheLoopGetsToTheFlush() {
        add("node:a", false, "ack1");
        add("node:b", false, "ack2");
        add("node:a", false, "ack3");
        assertThat(published).isEmpty();
        assertThat(loopTasks).hasSize(1);
        loopTasks.get(0).run();
        assertThat(published).containsExactly("node:a=ack1+ack3", "node:b=ack2");
    }

    @Test
    void aRoomChannelMessage_goesOutAtOnce_afterEverythingQueuedBeforeIt() {
        add("node:a", false, "joined");
        add("room:1", true, "question");
        add("node:a", false, "ack");
        assertThat(published).containsExactly("node:a=joined", "room:1=question");
        loopTasks.forEach(Runnable::run);
        assertThat(published).containsExactly("node:a=joined", "room:1=question", "node:a=ack");
    }

    private final List<byte[]> raw = new ArrayList<>();
    private final Outbox acking = new Outbox((channel, message) -> {
        published.add(channel);
        raw.add(message);
    });

    private List<Envelope> sentOn(int i) {
        return Envelope.unbatch(raw.get(i)).stream().map(Envelope::read).toList();
    }

    @Test
    void theAcksOfOneTurnForOneServer_goOutAsOneAcksEnvelope_notOneMessageEach() {
        for (int conn = 1; conn <= 300; conn++) {
            acking.addAck(loopTasks::add, conn % 3 == 0 ? "node:b" : "node:a", "123456", conn, 4);
        }
        loopTasks.forEach(Runnable::run);
        assertThat(published).containsExactly("node:a", "node:b");
        assertThat(sentOn(0)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(Envelope.ACKS);
            assertThat(e.acks()).hasSize(200).allSatisfy(a -> assertThat(a.index()).isEqualTo(4));
        });
        assertThat(sentOn(1)).singleElement().satisfies(e -> assertThat(e.acks()).hasSize(100));
    }

    @Test
    void anotherMessageForThatServer_splitsTheAcks_soItsConnectionsGetEverythingInTheOrderSent() {
        acking.addAck(loopTasks::add, "node:a", "123456", 1, 0);
        acking.add(loopTasks::add, "node:b", false, Envelope.gone("123456", "x", 9, "p9"));
        acking.addAck(loopTasks::add, "node:a", "123456", 2, 0);
        acking.add(loopTasks::add, "node:a", false, Envelope.send("123456", 1, new quiznight.protocol.Encoded("error",
                "{}".getBytes(StandardCharsets.UTF_8), false)));
        acking.addAck(loopTasks::add, "node:a", "123456", 1, 0);
        loopTasks.forEach(Runnable::run);
        assertThat(published).containsExactly("node:a", "node:b");
        assertThat(sentOn(0)).extracting(Envelope::kind).containsExactly(Envelope.ACKS, Envelope.SEND, Envelope.ACKS);
        assertThat(sentOn(0).get(0).acks()).extracting(Envelope.Ack::conn).containsExactly(1L, 2L);
        assertThat(sentOn(0).get(2).acks()).extracting(Envelope.Ack::conn).containsExactly(1L);
    }

    @Test
    void aBroadcast_goesOutAfterTheAcksQueuedBeforeIt_andLaterAcksStartAnew() {
        acking.addAck(loopTasks::add, "node:a", "123456", 1, 0);
        acking.add(loopTasks::add, "room:123456", true, Envelope.moved("123456", "x"));
        acking.addAck(loopTasks::add, "node:a", "123456", 2, 0);
        loopTasks.forEach(Runnable::run);
        assertThat(published).containsExactly("node:a", "room:123456", "node:a");
        assertThat(sentOn(2).get(0).acks()).extracting(Envelope.Ack::conn).containsExactly(2L);
    }
}
