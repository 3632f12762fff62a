package quiznight.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import quiznight.testing.RedisServer;

/** The homework journals in Redis: an append lands only at the length its writer replayed. */
class RedisAssignmentsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static RedisServer redis;
    static RedisLink a;
    static RedisLink b;

    @BeforeAll
    static void startRedis() throws Exception {
        redis = new RedisServer();
        a = new RedisLink(redis.url(), (channel, message) -> { });
        b = new RedisLink(redis.url(), (channel, message) -> { });
    }

    @AfterAll
    static void stopRedis() throws InterruptedException {
        a.close();
        b.close();
        redis.close();
    }

    @AfterEach
    void empty() {
        a.sync().flushall();
    }

    static ObjectNode record(String type, int n) {
        return JSON.createObjectNode().put("t", type).put("n", n).put("owner", "ada");
    }

    @Test
    void anAppendAtTheLengthReplayedLands_aStaleOneWritesNothing() {
        RedisAssignments store = new RedisAssignments(a);
        assertThat(store.append("hw1", 0, record("created", 0))).isTrue();
        assertThat(store.append("hw1", 1, record("joined", 1))).isTrue();

        assertThat(store.append("hw1", 1, record("joined", 99))).as("another server appended number 1 first").isFalse();
        assertThat(store.append("hw1", 5, record("joined", 99))).as("ahead of the journal").isFalse();
        assertThat(store.read("hw1")).extracting(r -> r.get("n").asInt()).containsExactly(0, 1);
        assertThat(store.read("hw1", 1)).extracting(r -> r.get("n").asInt()).containsExactly(1);
        assertThat(store.read("hw1", 2)).isEmpty();
    }

    @Test
    void aCreatedRecordFilesTheAssignmentUnderItsOwner_andATakenIdIsRefused() {
        RedisAssignments store = new RedisAssignments(a);
        assertThat(store.append("hw1", 0, record("created", 0))).isTrue();
        assertThat(store.append("hw2", 0, record("created", 0).put("owner", "bob"))).isTrue();
        assertThat(new RedisAssignments(b).append("hw1", 0, record("created", 7))).isFalse();

        assertThat(store.ids()).containsExactly("hw1", "hw2");
        assertThat(store.ids("ada")).containsExactly("hw1");
        assertThat(store.ids("bob")).containsExactly("hw2");
        assertThat(store.ids("cy")).isEmpty();
        assertThat(store.read("hw1")).extracting(r -> r.get("n").asInt()).containsExactly(0);
        assertThat(store.read("nope")).isEmpty();
    }

    @Test
    void twoServersRacingForEachSlot_exactlyOneRecordLandsInEach() throws Exception {
        RedisAssignments first = new RedisAssignments(a);
        RedisAssignments second = new RedisAssignments(b);
        first.append("hw1", 0, record("created", 0));
        int slots = 200;
        AtomicInteger won = new AtomicInteger();
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            for (RedisAssignments store : List.of(first, second)) {
                runs.add(two.submit(() -> {
                    start.await();
                    // Each writer replays the journal's length, then appends there: as a server does per request.
                    int length;
                    while ((length = store.read("hw1", 0).size()) <= slots) {
                        if (store.append("hw1", length, record("answered", length))) {
                            won.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            two.shutdownNow();
        }
        List<JsonNode> journal = first.read("hw1");
        assertThat(won.get()).isEqualTo(slots);
        assertThat(journal).hasSize(slots + 1);
        for (int i = 1; i <= slots; i++) {
            assertThat(journal.get(i).get("n").asInt()).as("record %d was written for slot %d", i, i).isEqualTo(i);
        }
    }
}
