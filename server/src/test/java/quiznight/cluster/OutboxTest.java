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
}
