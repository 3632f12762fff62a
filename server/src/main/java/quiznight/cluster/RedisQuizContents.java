package quiznight.cluster;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cluster mode: the quizzes room journals name, kept once per content hash in Redis
 * ({@code quiznight:quiz-content:<hash>}), with the set of rooms whose journals name it
 * ({@code quiznight:quiz-refs:<hash>}); the content goes with the last of them. A room is added to the set
 * before the content is checked, and a release removes the content only when the set is empty, atomically,
 * so a release racing a keep never removes content a journal names.
 */
final class RedisQuizContents {
    private static final Logger log = LoggerFactory.getLogger(RedisQuizContents.class);
    /** Removes the room from the hash's set, and the content with the last room. */
    private static final String RELEASE = "redis.call('SREM', KEYS[1], ARGV[1]) "
            + "if redis.call('SCARD', KEYS[1]) == 0 then redis.call('DEL', KEYS[2]) return 1 end return 0";

    private final RedisAsyncCommands<byte[], byte[]> redis;

    RedisQuizContents(RedisAsyncCommands<byte[], byte[]> redis) {
        this.redis = redis;
    }

    static String contentKey(String hash) {
        return RedisLink.PREFIX + "quiz-content:" + hash;
    }

    static String refsKey(String hash) {
        return RedisLink.PREFIX + "quiz-refs:" + hash;
    }

    /** Keeps the content for this room's journal; the content is sent only when Redis does not have it yet. */
    void keep(String code, String hash, byte[] content) {
        byte[] key = RedisLink.bytes(contentKey(hash));
        redis.sadd(RedisLink.bytes(refsKey(hash)), RedisLink.bytes(code))
                .thenCompose(added -> redis.exists(key))
                .thenCompose(n -> n > 0 ? java.util.concurrent.CompletableFuture.completedFuture("OK")
                        : redis.setnx(key, content).thenApply(set -> "OK"))
                .exceptionally(e -> {
                    log.warn("room {}: its quiz {} not kept in Redis ({}): a takeover would fail", code, hash, e.toString());
                    return null;
                });
    }

    /** The content kept under this hash, now named by this room's journal too; empty when there is none. */
    Optional<byte[]> read(String code, String hash) {
        try {
            redis.sadd(RedisLink.bytes(refsKey(hash)), RedisLink.bytes(code));
            return Optional.ofNullable(redis.get(RedisLink.bytes(contentKey(hash))).toCompletableFuture().get(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            log.warn("room {}: its quiz {} cannot be read from Redis: {}", code, hash, e.toString());
            return Optional.empty();
        }
    }

    /** This room's journal no longer names the hash. */
    void release(String code, String hash) {
        redis.eval(RELEASE, ScriptOutputType.INTEGER, new byte[][] {RedisLink.bytes(refsKey(hash)), RedisLink.bytes(contentKey(hash))}, RedisLink.bytes(code))
                .exceptionally(e -> {
                    log.warn("room {}: its quiz {} not released in Redis: {}", code, hash, e.toString());
                    return null;
                });
    }

}
