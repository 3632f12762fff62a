package quiznight.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import java.nio.charset.StandardCharsets;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import quiznight.testing.RedisServer;

/** Cluster mode: a quiz journals name is kept once per hash in Redis, and goes with the last journal naming it. */
class RedisQuizContentsTest {
    RedisServer redis;
    RedisClient client;
    StatefulRedisConnection<byte[], byte[]> connection;

    @BeforeEach
    void start() throws Exception {
        redis = new RedisServer();
        client = RedisClient.create(redis.url());
        connection = client.connect(ByteArrayCodec.INSTANCE);
    }

    @AfterEach
    void stop() throws Exception {
        connection.close();
        client.shutdown();
        redis.close();
    }

    boolean exists(String key) {
        return connection.sync().exists(key.getBytes(StandardCharsets.UTF_8)) > 0;
    }

    @Test
    void theContentIsKeptOnceForManyRooms_andGoesWithTheLastOfThem() {
        RedisQuizContents contents = new RedisQuizContents(connection.async());
        String hash = "ab".repeat(32);
        byte[] quiz = "{\"id\":\"q\"}".getBytes(StandardCharsets.UTF_8);
        contents.keep("111111", hash, quiz);
        contents.keep("222222", hash, quiz);
        Awaitility.await().until(() -> connection.sync().scard(RedisQuizContents.refsKey(hash).getBytes(StandardCharsets.UTF_8)) == 2);
        assertThat(contents.read("333333", hash)).hasValue(quiz);

        contents.release("111111", hash);
        contents.release("333333", hash);
        Awaitility.await().until(() -> connection.sync().scard(RedisQuizContents.refsKey(hash).getBytes(StandardCharsets.UTF_8)) == 1);
        assertThat(exists(RedisQuizContents.contentKey(hash))).isTrue();

        contents.release("222222", hash);
        Awaitility.await().until(() -> !exists(RedisQuizContents.contentKey(hash)));
        assertThat(contents.read("444444", hash)).isEmpty();
    }
}
