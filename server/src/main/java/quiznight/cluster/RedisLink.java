package quiznight.cluster;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Cluster mode's link to Redis: the Lettuce client and its connections (one for commands, one for pub/sub), the
 * Lua scripts of the directory, and the names of every key and channel the cluster uses.
 */
final class RedisLink implements AutoCloseable {
    static final String PREFIX = "quiznight:";
    /** Refreshes a directory entry that is still ours (or free again): 1, or 0 when another server holds it. */
    private static final String REFRESH = "local v = redis.call('GET', KEYS[1]) "
            + "if v == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end "
            + "if not v then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end return 0";
    /** Deletes a directory entry only if it is still ours. */
    private static final String RELEASE = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";

    private final ClientResources resources;
    private final RedisClient client;
    private final StatefulRedisConnection<byte[], byte[]> connection;
    private final StatefulRedisPubSubConnection<byte[], byte[]> subscriptions;
    /** The liveness key's own connection: its refresh never queues behind another command's long reply. */
    private final StatefulRedisConnection<byte[], byte[]> heartbeat;
    /** Commands that never wait: on any thread, including Lettuce's own. */
    final RedisAsyncCommands<byte[], byte[]> redis;

    /** Connects (failing at once when Redis cannot be reached); {@code onMessage} gets every (channel, message). */
    RedisLink(String redisUrl, BiConsumer<byte[], byte[]> onMessage) {
        // Lettuce keeps its own two I/O threads rather than sharing the server's event loops: the upkeep thread
        // may wait on Redis, and a server loop must never wait on work queued behind it.
        this.resources = DefaultClientResources.builder().ioThreadPoolSize(2).computationThreadPoolSize(2).build();
        RedisURI uri = RedisURI.create(redisUrl);
        uri.setTimeout(Duration.ofSeconds(5));
        this.client = RedisClient.create(resources, uri);
        client.setOptions(ClientOptions.builder().autoReconnect(true).build());
        try {
            this.connection = client.connect(ByteArrayCodec.INSTANCE);
            this.subscriptions = client.connectPubSub(ByteArrayCodec.INSTANCE);
            this.heartbeat = client.connect(ByteArrayCodec.INSTANCE);
        } catch (RuntimeException e) {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
            resources.shutdown(0, 1, TimeUnit.SECONDS);
            throw new IllegalStateException("cannot reach Redis at " + redisUrl + ": " + e.getMessage(), e);
        }
        this.redis = connection.async();
        subscriptions.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(byte[] channel, byte[] message) {
                onMessage.accept(channel, message);
            }
        });
    }

    /** Commands that wait for their answer: only on the upkeep and upload threads, never on an event loop. */
    RedisCommands<byte[], byte[]> sync() {
        return connection.sync();
    }

    /** Commands of the heartbeat only (waiting on this connection never waits behind the cluster's other work). */
    RedisCommands<byte[], byte[]> heartbeat() {
        return heartbeat.sync();
    }

    /** Calls {@code dropped} when the subscription's connection drops and {@code back} when it is up again. */
    void onSubscriptionState(Runnable dropped, Runnable back) {
        ((RedisChannelHandler<?, ?>) subscriptions).addListener(new RedisConnectionStateListener() {
            @Override
            public void onRedisDisconnected(RedisChannelHandler<?, ?> c) {
                dropped.run();
            }

            @Override
            public void onRedisConnected(RedisChannelHandler<?, ?> c, SocketAddress address) {
                back.run();
            }
        });
    }

    /** Subscribes and waits until Redis has confirmed it. */
    void subscribeNow(String channel) {
        subscriptions.sync().subscribe(bytes(channel));
    }

    RedisFuture<Void> subscribe(String channel) {
        return subscriptions.async().subscribe(bytes(channel));
    }

    void unsubscribe(String channel) {
        subscriptions.async().unsubscribe(bytes(channel));
    }

    void publish(String channel, byte[] message) {
        redis.publish(bytes(channel), message);
    }

    /** Refreshes (or sets again) a directory entry held by {@code node}, waiting: false when another holds it. */
    boolean refreshNow(String key, String node, long ttlMs) {
        Long held = sync().eval(REFRESH, ScriptOutputType.INTEGER, new byte[][] {bytes(key)}, bytes(node),
                bytes(Long.toString(ttlMs)));
        return held != null && held != 0;
    }

    /** Deletes a directory entry if it still holds {@code value}. */
    RedisFuture<Long> release(String key, byte[] value) {
        return redis.eval(RELEASE, ScriptOutputType.INTEGER, new byte[][] {bytes(key)}, value);
    }

    /** As {@link #release}, waiting for it. */
    void releaseNow(String key, byte[] value) {
        sync().eval(RELEASE, ScriptOutputType.INTEGER, new byte[][] {bytes(key)}, value);
    }

    @Override
    public void close() {
        subscriptions.close();
        heartbeat.close();
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        resources.shutdown(0, 2, TimeUnit.SECONDS);
    }

    // ---- names ---------------------------------------------------------------------------------

    static String ownerKey(String code) {
        return PREFIX + "owner:" + code;
    }

    static String resultsKey(String code) {
        return PREFIX + "results:" + code;
    }

    static String journalKey(String code) {
        return PREFIX + "journal:" + code;
    }

    static String aliveKey(String node) {
        return PREFIX + "alive:" + node;
    }

    static String nodeChannel(String node) {
        return PREFIX + "node:" + node;
    }

    static String roomChannel(String code) {
        return PREFIX + "room:" + code;
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String str(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
