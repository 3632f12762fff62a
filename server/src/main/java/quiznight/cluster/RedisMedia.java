package quiznight.cluster;

import io.lettuce.core.api.async.RedisAsyncCommands;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quiznight.media.MediaShare;

/**
 * Cluster mode: the stored files of pictures, one Redis key per file ({@code quiznight:media:<sha256>-<p|m>.<ext>}),
 * so that a picture uploaded to one server is served by every server. Files never change (content-addressed),
 * so a key is written once ({@code SETNX}) and kept; like the uploaded quizzes, nothing removes them yet.
 */
final class RedisMedia implements MediaShare {
    private static final Logger log = LoggerFactory.getLogger(RedisMedia.class);

    private final RedisAsyncCommands<byte[], byte[]> redis;

    RedisMedia(RedisAsyncCommands<byte[], byte[]> redis) {
        this.redis = redis;
    }

    static String key(String name) {
        return RedisLink.PREFIX + "media:" + name;
    }

    @Override
    public void put(String name, byte[] bytes) {
        redis.setnx(RedisLink.bytes(key(name)), bytes).exceptionally(e -> {
            log.warn("picture {} not shared with the cluster ({}): other servers cannot serve it", name, e.toString());
            return null;
        });
    }

    @Override
    public CompletionStage<Optional<byte[]>> get(String name) {
        return redis.get(RedisLink.bytes(key(name))).thenApply(Optional::ofNullable);
    }
}
