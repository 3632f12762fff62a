package quiznight.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** On a room's owner: relayed requests run in slices, in order, with the loop's other work between them. */
class RelayedRequestsTest {
    /** The room's event loop: tasks run in the order queued, when the test says. */
    private final ArrayDeque<Runnable> loop = new ArrayDeque<>();
    private final RelayedRequests inbox = new RelayedRequests(null, loop::add);
    private final List<String> ran = new ArrayList<>();

    private List<Runnable> requests(String prefix, int n) {
        List<Runnable> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String name = prefix + i;
            out.add(() -> ran.add(name));
        }
        return out;
    }

    private void runLoop() {
        while (!loop.isEmpty()) {
            loop.poll().run();
        }
    }

    @Test
    void aBigBatch_runsOneSlice_thenTheLoopsOtherWork_thenTheNextSlice() {
        // The task that hands a relayed batch to the room, and behind it, queued meanwhile, the next chunk of a
        // broadcast to this server's own sockets.
        loop.add(() -> inbox.add(requests("a", 2 * RelayedRequests.SLICE + 10)));
        loop.add(() -> ran.add("chunk"));
        runLoop();
        assertThat(ran).hasSize(2 * RelayedRequests.SLICE + 11);
        assertThat(ran.get(RelayedRequests.SLICE - 1)).isEqualTo("a" + (RelayedRequests.SLICE - 1));
        assertThat(ran.get(RelayedRequests.SLICE)).isEqualTo("chunk");
        assertThat(ran.get(ran.size() - 1)).isEqualTo("a" + (2 * RelayedRequests.SLICE + 9));
        assertThat(inbox.waiting()).isZero();
    }

    @Test
    void aLaterBatch_queuesBehindTheRestOfAnEarlierOne_soTheRoomSeesThemInTheOrderTheyArrived() {
        inbox.add(requests("a", RelayedRequests.SLICE + 3));
        inbox.add(requests("b", 2));
        runLoop();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < RelayedRequests.SLICE + 3; i++) {
            expected.add("a" + i);
        }
        expected.add("b0");
        expected.add("b1");
        assertThat(ran).containsExactlyElementsOf(expected);
    }

    @Test
    void aRequestThatThrows_doesNotStrandTheOnesAfterIt() {
        List<Runnable> batch = new ArrayList<>(requests("a", 2));
        batch.add(1, () -> {
            throw new IllegalStateException("a bug in one request");
        });
        try {
            inbox.add(batch);
        } catch (IllegalStateException expected) {
            // the event loop logs it
        }
        runLoop();
        assertThat(ran).containsExactly("a0", "a1");
    }
}
