package quiznight.cluster;

import static net.logstash.logback.argument.StructuredArguments.kv;
import static quiznight.cluster.RedisLink.bytes;
import static quiznight.cluster.RedisLink.str;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quiznight.metrics.Metrics;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizCatalog;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.QuizWriter;
import quiznight.results.GameResult;
import quiznight.results.ResultsCsv;
import quiznight.room.Journal;
import quiznight.room.Room;
import quiznight.room.RoomDirectory;

/**
 * What every server of the cluster reads from Redis rather than from its own memory: uploaded quizzes (and the
 * channel announcing a new one), rooms' journal streams and the quizzes they name, finished rooms' results, and the
 * secret that shuffles order questions.
 */
final class SharedContent {
    // Logged as the cluster, as before the split: log searches and alerts keep matching.
    private static final Logger log = LoggerFactory.getLogger(Cluster.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] RECORDS = "r".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    /** Uploaded quizzes by id, as quiz-format JSON, and the channel that announces a new one. */
    private static final byte[] QUIZZES = bytes(RedisLink.PREFIX + "quizzes");
    static final String QUIZ_CHANNEL = RedisLink.PREFIX + "quiz-added";
    private static final byte[] QUIZ_CHANNEL_BYTES = bytes(QUIZ_CHANNEL);
    /** The cluster's one shuffle secret ({@link quiznight.quiz.ShuffleSecret}), set by the first server to start. */
    static final String SHUFFLE_SECRET = RedisLink.PREFIX + "shuffle-secret";

    private final RedisLink link;
    private final String nodeId;
    private final Metrics metrics;
    /** The quizzes journals name, once per content hash. */
    private final RedisQuizContents quizContents;
    private volatile QuizCatalog catalog;
    private volatile long finishedRetentionMs;

    SharedContent(RedisLink link, String nodeId, Metrics metrics) {
        this.link = link;
        this.nodeId = nodeId;
        this.metrics = metrics;
        this.quizContents = new RedisQuizContents(link.redis);
    }

    /**
     * The cluster's shuffle secret: {@code candidate} when this server is the first to ask (set if absent), else the
     * one the first set, so every server shuffles every order question the same way.
     */
    String shuffleSecret(String candidate) {
        byte[] key = bytes(SHUFFLE_SECRET);
        link.sync().setnx(key, bytes(candidate));
        return str(link.sync().get(key));
    }

    /** Adds the quizzes other servers were given to {@code catalog}, now and as they come. */
    void start(QuizCatalog catalog, long finishedRetentionMs) {
        this.catalog = catalog;
        this.finishedRetentionMs = finishedRetentionMs;
        link.subscribeNow(QUIZ_CHANNEL);
        link.sync().hgetall(QUIZZES).forEach((id, json) -> addSharedQuiz(str(id), json));
    }

    static boolean isQuizChannel(byte[] channel) {
        return Arrays.equals(channel, QUIZ_CHANNEL_BYTES);
    }

    /** On Lettuce's thread: "node id", another server was given a quiz. */
    void quizAnnounced(byte[] message) {
        String[] from = str(message).split(" ", 2);
        if (from.length == 2 && !from[0].equals(nodeId)) {
            link.redis.hget(QUIZZES, bytes(from[1])).thenAccept(json -> addSharedQuiz(from[1], json));
        }
    }

    /** On the upload thread: stores a quiz uploaded here for every server; false when its id is taken. */
    boolean share(Quiz quiz) {
        try {
            byte[] json = JSON.writeValueAsBytes(QuizWriter.quiz(quiz));
            if (!link.sync().hsetnx(QUIZZES, bytes(quiz.id()), json)) {
                return false;
            }
            link.sync().publish(QUIZ_CHANNEL_BYTES, bytes(nodeId + " " + quiz.id()));
            return true;
        } catch (IOException | RuntimeException e) {
            log.warn("quiz {} not shared with the cluster ({}): rooms created on other servers cannot use it",
                    quiz.id(), e.toString());
            return true;
        }
    }

    private void addSharedQuiz(String id, byte[] json) {
        if (json == null || catalog.has(id)) {
            return;
        }
        try {
            Quiz quiz = catalog.loader().load(new ByteArrayInputStream(json), "quiz " + id + " shared by the cluster", id);
            if (catalog.add(quiz)) {
                log.info("quiz added from the cluster {}", kv("quiz", id));
            }
        } catch (QuizFormatException e) {
            log.warn("quiz {} shared by the cluster cannot be loaded: {}", id, e.getMessage());
        }
    }

    // ---- journals ------------------------------------------------------------------------------

    Journal journalFor(String code, Cluster cluster) {
        return new RedisJournal(cluster, code, metrics, quizContents);
    }

    void appendJournal(String code, byte[] lines) {
        link.redis.xadd(bytes(RedisLink.journalKey(code)), RECORDS, lines).exceptionally(e -> {
            log.warn("room {}: journal entry not written to Redis ({}): a takeover would miss it", code, e.toString());
            return null;
        });
    }

    void deleteJournal(String code) {
        link.redis.del(bytes(RedisLink.journalKey(code)));
    }

    // ---- results -------------------------------------------------------------------------------

    void finished(Room room, GameResult result) {
        byte[] key = bytes(RedisLink.resultsKey(room.code()));
        try {
            Map<byte[], byte[]> fields = new LinkedHashMap<>();
            fields.put(bytes("host"), bytes(room.hostTokenDigest()));
            fields.put(bytes("json"), JSON.writeValueAsBytes(result));
            fields.put(bytes("csv"), bytes(ResultsCsv.render(result)));
            Map<String, String> players = room.finishedPlayerTokens();
            fields.put(bytes("players"), JSON.writeValueAsBytes(players == null ? Map.of() : players));
            link.redis.hset(key, fields);
            link.redis.pexpire(key, finishedRetentionMs);
        } catch (IOException e) {
            log.warn("room {}: results not shared with the cluster: {}", room.code(), e.toString());
        }
    }

    /** The players' token digests as {@link #finished} shared them; none from a server before recaps. */
    private static Map<String, String> playerTokens(byte[] json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() { });
        } catch (IOException e) {
            return Map.of();
        }
    }

    CompletionStage<Optional<RoomDirectory.SharedResults>> resultsElsewhere(String code) {
        return link.redis.hgetall(bytes(RedisLink.resultsKey(code))).thenApply(h -> {
            Map<String, byte[]> f = new HashMap<>();
            h.forEach((k, v) -> f.put(str(k), v));
            if (!f.containsKey("host") || !f.containsKey("json") || !f.containsKey("csv")) {
                return Optional.empty();
            }
            return Optional.of(new RoomDirectory.SharedResults(str(f.get("host")), f.get("json"), str(f.get("csv")),
                    playerTokens(f.get("players"))));
        });
    }
}
