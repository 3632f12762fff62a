package quiznight.cluster;

import static quiznight.cluster.RedisLink.bytes;
import static quiznight.cluster.RedisLink.str;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lettuce.core.ScriptOutputType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import quiznight.homework.AssignmentStore;

/**
 * Cluster mode: homework journals in Redis, shared by every server (docs/homework.md, "Persistence and cluster
 * mode"). Per assignment a list {@code quiznight:homework:journal:<id>} of JSON records, the records of the file
 * journal in the one order every server replays; per owner a set of ids {@code quiznight:homework:owner:<owner>};
 * every id in {@code quiznight:homework:ids}. A record is appended by a Lua script that writes only when the list
 * still has the length the server replayed, so two servers changing one assignment at once never both succeed: the
 * second catches up and checks its change again. Kept until deleted from Redis, as the files are. Called on the
 * homework thread, which may wait for Redis (never an event loop).
 */
final class RedisAssignments implements AssignmentStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IDS = RedisLink.PREFIX + "homework:ids";
    /** KEYS: journal. ARGV: expected length, record. 1 when appended, 0 (nothing written) when the length differs. */
    private static final String APPEND = "if redis.call('LLEN', KEYS[1]) ~= tonumber(ARGV[1]) then return 0 end "
            + "redis.call('RPUSH', KEYS[1], ARGV[2]) return 1";
    /** KEYS: journal, owner set, ids set. ARGV: created record, id. 1 when created, 0 when the id is taken. */
    private static final String CREATE = "if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end "
            + "redis.call('RPUSH', KEYS[1], ARGV[1]) redis.call('SADD', KEYS[2], ARGV[2]) "
            + "redis.call('SADD', KEYS[3], ARGV[2]) return 1";

    private final RedisLink link;

    RedisAssignments(RedisLink link) {
        this.link = link;
    }

    static String journalKey(String id) {
        return RedisLink.PREFIX + "homework:journal:" + id;
    }

    static String ownerKey(String owner) {
        return RedisLink.PREFIX + "homework:owner:" + owner;
    }

    @Override
    public boolean shared() {
        return true;
    }

    @Override
    public boolean append(String id, int at, ObjectNode record) {
        Long done;
        if (at == 0) {
            done = link.sync().eval(CREATE, ScriptOutputType.INTEGER, new byte[][] {bytes(journalKey(id)),
                    bytes(ownerKey(record.path("owner").asText())), bytes(IDS)}, json(record), bytes(id));
        } else {
            done = link.sync().eval(APPEND, ScriptOutputType.INTEGER, new byte[][] {bytes(journalKey(id))},
                    bytes(Integer.toString(at)), json(record));
        }
        return done != null && done == 1;
    }

    /** Only through {@link #append(String, int, ObjectNode)}: an unconditional append could land out of turn. */
    @Override
    public void append(String id, ObjectNode record) {
        throw new UnsupportedOperationException("a shared journal is appended at the length replayed");
    }

    @Override
    public List<String> ids() {
        return members(IDS);
    }

    @Override
    public List<String> ids(String owner) {
        return members(ownerKey(owner));
    }

    @Override
    public List<JsonNode> read(String id) {
        return read(id, 0);
    }

    @Override
    public List<JsonNode> read(String id, int from) {
        List<byte[]> lines = link.sync().lrange(bytes(journalKey(id)), from, -1);
        List<JsonNode> records = new ArrayList<>(lines.size());
        for (byte[] line : lines) {
            try {
                records.add(JSON.readTree(line));
            } catch (IOException e) {
                throw new UncheckedIOException("homework journal " + id + " holds a record that is not JSON", e);
            }
        }
        return records;
    }

    private List<String> members(String key) {
        List<String> ids = new ArrayList<>();
        for (byte[] id : link.sync().smembers(bytes(key))) {
            ids.add(str(id));
        }
        ids.sort(null);
        return ids;
    }

    private static byte[] json(ObjectNode record) {
        try {
            return JSON.writeValueAsBytes(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
