package quiznight.cluster;

import io.lettuce.core.SetArgs;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quiznight.organisers.SessionStore;

/**
 * Cluster mode: organiser sessions in Redis ({@code quiznight:organiser-session:<SHA-256 of the id>} → name, expiring
 * with the session), so a browser signed in through one server is an organiser on every other. A lookup is one GET,
 * waited for at most 2 s; it happens only for what needs an organiser (a {@code create}, an upload, the organiser
 * API), never per game message. Redis unreachable: the session counts as unknown and the request is refused with
 * its sentence; nothing changes.
 */
final class RedisOrganiserSessions implements SessionStore {
    private static final Logger log = LoggerFactory.getLogger(RedisOrganiserSessions.class);
    private final RedisLink link;

    RedisOrganiserSessions(RedisLink link) {
        this.link = link;
    }

    static String key(String idDigest) {
        return RedisLink.PREFIX + "organiser-session:" + idDigest;
    }

    @Override
    public void put(String idDigest, String organiser, long expiresAt) {
        long ttl = Math.max(1, expiresAt - System.currentTimeMillis());
        try {
            link.redis.set(RedisLink.bytes(key(idDigest)), organiser.getBytes(StandardCharsets.UTF_8), SetArgs.Builder.px(ttl))
                    .toCompletableFuture().get(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while keeping a session in Redis", e);
        } catch (Exception e) {
            throw new IllegalStateException("the session could not be kept in Redis: " + e, e);
        }
    }

    @Override
    public String get(String idDigest, long now) {
        try {
            byte[] name = link.redis.get(RedisLink.bytes(key(idDigest))).toCompletableFuture().get(2, TimeUnit.SECONDS);
            return name == null ? null : new String(name, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            log.warn("an organiser session could not be looked up in Redis: {}", e.toString());
            return null;
        }
    }

    @Override
    public void remove(String idDigest) {
        link.redis.del(RedisLink.bytes(key(idDigest))).exceptionally(e -> {
            log.warn("an organiser session could not be removed from Redis: {}", e.toString());
            return null;
        });
    }

    /** The cluster's organiser key: the first server to start sets {@code candidate}, the others read it. */
    String sharedKey(String candidate) {
        byte[] key = RedisLink.bytes(RedisLink.PREFIX + "organiser-key");
        link.sync().setnx(key, candidate.getBytes(StandardCharsets.UTF_8));
        return new String(link.sync().get(key), StandardCharsets.UTF_8);
    }
}
