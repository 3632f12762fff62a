package quiznight.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.game.NameFilter;
import quiznight.metrics.Metrics;
import quiznight.protocol.Codec;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizCatalog;
import quiznight.results.ResultsStore;
import quiznight.room.Fanout;
import quiznight.room.Room;
import quiznight.room.RoomRegistry;
import quiznight.room.RoomSettings;
import quiznight.testing.ManualClock;
import quiznight.testing.ManualLoop;
import quiznight.testing.Questions;
import quiznight.testing.RedisServer;

/** Cluster mode: this server's liveness key is kept alive whatever else the cluster's threads are doing. */
class HeartbeatTest {
    static final String CODE = "123456";

    @TempDir
    Path dir;
    RedisServer redis;
    RedisClient client;
    StatefulRedisConnection<String, String> connection;
    ResultsStore store;
    final QuizCatalog catalog = new QuizCatalog(List.of(new Quiz("q", "Q", "About Q", List.of(Questions.single(1, 20_000)))));
    Cluster cluster;
    final CountDownLatch rebuilding = new CountDownLatch(1);
    final CountDownLatch rebuilt = new CountDownLatch(1);

    @BeforeEach
    void start() throws Exception {
        redis = new RedisServer();
        client = RedisClient.create(redis.url());
        connection = client.connect();
    }

    @AfterEach
    void stop() throws Exception {
        rebuilt.countDown();
        if (cluster != null) {
            cluster.close();
        }
        if (store != null) {
            store.close();
        }
        connection.close();
        client.shutdown();
        redis.close();
    }

    private RoomRegistry registry(ManualClock clock, ManualLoop loop) {
        store = new ResultsStore(dir.resolve("results"));
        Room.Services services = new Room.Services(clock, new Codec(clock::millis), Metrics.NOOP, store,
                RoomSettings.DEFAULTS, Fanout.DIRECT, NameFilter.none());
        return new RoomRegistry(catalog, services, () -> loop, c -> "http://x/play?code=" + c, 10,
                dir.resolve("data"));
    }

    @Test
    void aTakeoverSlowerThanTheTtl_doesNotLetThisServersLivenessKeyExpire() throws Exception {
        ManualClock clock = new ManualClock(System.currentTimeMillis());
        ManualLoop loop = new ManualLoop(clock);
        cluster = new Cluster(redis.url(), "a", new Codec(clock::millis), Metrics.NOOP, () -> loop, Fanout.DIRECT);
        // Rebuilding this room takes longer than the liveness TTL (a big room on a busy box).
        cluster.rebuildWith((records, journal) -> {
            rebuilding.countDown();
            try {
                rebuilt.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        cluster.start(registry(clock, loop), catalog, 60_000);
        String alive = RedisLink.aliveKey(cluster.nodeId());

        // A room held by server "b", which connections here speak to through a relay; its journal is in Redis.
        var redisCli = connection.sync();
        redisCli.set(RedisLink.aliveKey("b"), "1");
        redisCli.set(RedisLink.ownerKey(CODE), "b");
        redisCli.xadd(RedisLink.journalKey(CODE), "r", "{}\n");
        assertThat(cluster.elsewhere(CODE).toCompletableFuture().get(5, TimeUnit.SECONDS)).isPresent();

        // Server "b" dies: the upkeep notices and takes the room over, which takes a long while.
        redisCli.del(RedisLink.aliveKey("b"));
        assertThat(rebuilding.await(10, TimeUnit.SECONDS)).isTrue();

        // For twice the TTL into the rebuild, this server never looks dead: a key that lives for TTL_MS unless set
        // again still has a TTL left all that while only if it keeps being renewed.
        Awaitility.await().during(Duration.ofMillis(2 * Membership.TTL_MS)).atMost(Duration.ofMillis(3 * Membership.TTL_MS))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> redisCli.pttl(alive) > 0);
        assertThat(rebuilt.getCount()).as("the rebuild was still under way").isEqualTo(1);
    }
}
