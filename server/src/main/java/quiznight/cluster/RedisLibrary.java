package quiznight.cluster;

import static quiznight.cluster.RedisLink.bytes;
import static quiznight.cluster.RedisLink.str;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lettuce.core.Range;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quiznight.library.LibraryStorage;

/**
 * Cluster mode: the quiz library in Redis, shared by every server. Per quiz a hash
 * {@code quiznight:library:quiz:<id>} ({@code owner}, {@code current}, {@code meta} as JSON, {@code undo} while
 * deleted) and one key per kept version {@code quiznight:library:draft:<id>:<n>}; per owner a set of ids
 * {@code quiznight:library:owner:<owner>}; {@code quiznight:library:ids} (id → owner); the deleted quizzes in the
 * sorted set {@code quiznight:library:deleted} scored by their undo deadline; {@code quiznight:library:gone:<id>}
 * for a day after one is purged. A save is one Lua script that compares the version and writes, so a stale save on
 * any server is refused. Each change is announced on {@code quiznight:library-changed} ("node id"), and the other
 * servers put the quiz's hosted version in their catalogs.
 */
final class RedisLibrary implements LibraryStorage {
    private static final Logger log = LoggerFactory.getLogger(RedisLibrary.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String CHANNEL = RedisLink.PREFIX + "library-changed";
    private static final String IDS = RedisLink.PREFIX + "library:ids";
    private static final String DELETED = RedisLink.PREFIX + "library:deleted";
    private static final long GONE_TTL_S = 24 * 3600;
    /**
     * KEYS: quiz hash, draft key, ids hash, owner set. ARGV: expected current, new current, meta, draft, owner, id.
     * -1 when written; else the current version (0: none), nothing written. A quiz of another owner is never written.
     */
    private static final String APPEND = "local cur = redis.call('HGET', KEYS[1], 'current') "
            + "if not cur then cur = '0' end "
            + "if cur ~= ARGV[1] then return tonumber(cur) end "
            + "local owner = redis.call('HGET', KEYS[1], 'owner') "
            + "if owner and owner ~= ARGV[5] then return tonumber(cur) end "
            + "redis.call('SET', KEYS[2], ARGV[4]) "
            + "redis.call('HSET', KEYS[1], 'owner', ARGV[5], 'current', ARGV[2], 'meta', ARGV[3]) "
            + "redis.call('HSET', KEYS[3], ARGV[6], ARGV[5]) "
            + "redis.call('SADD', KEYS[4], ARGV[6]) return -1";
    /** KEYS: quiz hash, deleted zset. ARGV: id, now. Removes the quiz's hash if its undo deadline passed: 1, else 0. */
    private static final String CLAIM = "local u = redis.call('HGET', KEYS[1], 'undo') "
            + "if not u or tonumber(u) > tonumber(ARGV[2]) then redis.call('ZREM', KEYS[2], ARGV[1]) return 0 end "
            + "local owner = redis.call('HGET', KEYS[1], 'owner') redis.call('DEL', KEYS[1]) "
            + "redis.call('ZREM', KEYS[2], ARGV[1]) return owner";

    private final RedisLink link;
    private final String nodeId;
    private final ExecutorService notices;
    private volatile Consumer<String> listener = id -> { };

    RedisLibrary(RedisLink link, String nodeId) {
        this.link = link;
        this.nodeId = nodeId;
        this.notices = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "quiznight-library-cluster");
            t.setDaemon(true);
            return t;
        });
    }

    static String quizKey(String id) {
        return RedisLink.PREFIX + "library:quiz:" + id;
    }

    static String draftKey(String id, int version) {
        return RedisLink.PREFIX + "library:draft:" + id + ":" + version;
    }

    static String ownerKey(String owner) {
        return RedisLink.PREFIX + "library:owner:" + owner;
    }

    static String goneKey(String id) {
        return RedisLink.PREFIX + "library:gone:" + id;
    }

    private RedisCommands<byte[], byte[]> redis() {
        return link.sync();
    }

    @Override
    public List<Stored> all() throws IOException {
        List<Stored> all = new ArrayList<>();
        for (Map.Entry<byte[], byte[]> e : redis().hgetall(bytes(IDS)).entrySet()) {
            Stored s = quiz(str(e.getValue()), str(e.getKey()));
            if (s != null) {
                all.add(s);
            }
        }
        return all;
    }

    @Override
    public List<Stored> quizzes(String owner) throws IOException {
        List<Stored> list = new ArrayList<>();
        for (byte[] id : redis().smembers(bytes(ownerKey(owner)))) {
            Stored s = quiz(owner, str(id));
            if (s != null) {
                list.add(s);
            }
        }
        return list;
    }

    @Override
    public Stored quiz(String owner, String id) throws IOException {
        Map<byte[], byte[]> h = redis().hgetall(bytes(quizKey(id)));
        byte[] o = null;
        byte[] meta = null;
        byte[] undo = null;
        for (Map.Entry<byte[], byte[]> e : h.entrySet()) {
            switch (str(e.getKey())) {
                case "owner" -> o = e.getValue();
                case "meta" -> meta = e.getValue();
                case "undo" -> undo = e.getValue();
                default -> { }
            }
        }
        if (o == null || meta == null || !str(o).equals(owner)) {
            return null;
        }
        return new Stored(owner, id, JSON.readValue(meta, Meta.class), undo == null ? null : Long.parseLong(str(undo)));
    }

    @Override
    public String ownerOf(String id) {
        byte[] o = redis().hget(bytes(IDS), bytes(id));
        return o == null ? null : str(o);
    }

    @Override
    public boolean gone(String owner, String id) {
        byte[] o = redis().get(bytes(goneKey(id)));
        return o != null && str(o).equals(owner);
    }

    @Override
    public JsonNode draft(String owner, String id, int version) throws IOException {
        if (quiz(owner, id) == null) {
            return null;
        }
        byte[] d = redis().get(bytes(draftKey(id, version)));
        return d == null ? null : JSON.readTree(d);
    }

    @Override
    public int append(String owner, String id, int expected, Meta meta, JsonNode draft) throws IOException {
        Long r = redis().eval(APPEND, ScriptOutputType.INTEGER,
                new byte[][] {bytes(quizKey(id)), bytes(draftKey(id, meta.current())), bytes(IDS), bytes(ownerKey(owner))},
                bytes(Integer.toString(expected)), bytes(Integer.toString(meta.current())), JSON.writeValueAsBytes(meta),
                JSON.writeValueAsBytes(draft), bytes(owner), bytes(id));
        return r.intValue();
    }

    @Override
    public void removeVersions(String owner, String id, List<Integer> versions) {
        byte[][] keys = versions.stream().map(n -> bytes(draftKey(id, n))).toArray(byte[][]::new);
        try {
            redis().del(keys);
        } catch (RuntimeException e) {
            log.warn("library quiz {}: old versions {} not removed from Redis: {}", id, versions, e.toString());
        }
    }

    @Override
    public void setDeleted(String owner, String id, Long until) {
        byte[] key = bytes(quizKey(id));
        if (until != null) {
            redis().hset(key, bytes("undo"), bytes(Long.toString(until)));
            redis().zadd(bytes(DELETED), until, bytes(id));
        } else {
            redis().hdel(key, bytes("undo"));
            redis().zrem(bytes(DELETED), bytes(id));
        }
    }

    @Override
    public List<Stored> purgeExpired(long now) {
        List<Stored> purged = new ArrayList<>();
        try {
            for (byte[] idBytes : redis().zrangebyscore(bytes(DELETED), Range.create(0, (double) now))) {
                String id = str(idBytes);
                Stored before = null;
                String owner = ownerOf(id);
                if (owner != null) {
                    before = quiz(owner, id);
                }
                Object claimed = redis().eval(CLAIM, ScriptOutputType.VALUE, new byte[][] {bytes(quizKey(id)), bytes(DELETED)},
                        idBytes, bytes(Long.toString(now)));
                if (!(claimed instanceof byte[] o)) {
                    continue; // restored meanwhile, or another server purged it
                }
                String by = str(o);
                redis().hdel(bytes(IDS), idBytes);
                redis().srem(bytes(ownerKey(by)), idBytes);
                if (before != null) {
                    redis().del(before.meta().versions().stream().map(v -> bytes(draftKey(id, v.version()))).toArray(byte[][]::new));
                }
                redis().setex(bytes(goneKey(id)), GONE_TTL_S, o);
                if (before != null) {
                    purged.add(before);
                }
                changed(id);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("library: deleted quizzes not purged from Redis this time: {}", e.toString());
        }
        return purged;
    }

    @Override
    public void changed(String id) {
        link.publish(CHANNEL, bytes(nodeId + " " + id));
    }

    @Override
    public void onChange(Consumer<String> listener) {
        this.listener = listener;
        link.subscribeNow(CHANNEL);
    }

    static boolean isChannel(byte[] channel) {
        return java.util.Arrays.equals(channel, bytes(CHANNEL));
    }

    /** On Lettuce's thread: another server changed a quiz; its catalog entry is refreshed off this thread. */
    void announced(byte[] message) {
        String[] from = str(message).split(" ", 2);
        if (from.length == 2 && !from[0].equals(nodeId)) {
            notices.execute(() -> listener.accept(from[1]));
        }
    }

    void close() {
        notices.shutdownNow();
    }
}
