package quiznight.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quiznight.metrics.Metrics;
import quiznight.room.Journal;

/**
 * Cluster mode: a room's journal as a Redis stream, so whichever server takes the room over can rebuild it.
 * Records are buffered on the room's loop and each {@link #flush()} adds one stream entry holding them as JSON
 * lines (at every phase change and with each coalesced update, so at most about ten entries a second).
 */
final class RedisJournal implements Journal {
    private static final Logger log = LoggerFactory.getLogger(RedisJournal.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Cluster cluster;
    private final String code;
    private final Metrics metrics;
    private final RedisQuizContents quizzes;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(4096);
    private boolean closed;
    /** The hash of the quiz this journal names, kept in Redis until the journal is deleted. */
    private volatile String quizHash;

    RedisJournal(Cluster cluster, String code, Metrics metrics, RedisQuizContents quizzes) {
        this.cluster = cluster;
        this.code = code;
        this.metrics = metrics;
        this.quizzes = quizzes;
    }

    @Override
    public void keepQuiz(String hash, byte[] content) {
        quizzes.keep(code, hash, content);
        quizHash = hash;
    }

    @Override
    public java.util.Optional<byte[]> keptQuiz(String hash) {
        java.util.Optional<byte[]> content = quizzes.read(code, hash);
        if (content.isPresent()) {
            quizHash = hash;
        }
        return content;
    }

    @Override
    public void append(ObjectNode record) {
        if (closed) {
            return;
        }
        try {
            appendJson(JSON.writeValueAsBytes(record));
        } catch (JsonProcessingException e) {
            log.warn("room {}: a journal record cannot be written: {}", code, e.toString());
        }
    }

    @Override
    public void appendJson(byte[] record) {
        if (closed) {
            return;
        }
        pending.writeBytes(record);
        pending.write('\n');
        metrics.journalWrites(1);
    }

    @Override
    public void flush() {
        if (closed || pending.size() == 0) {
            return;
        }
        byte[] lines = pending.toByteArray();
        pending.reset();
        cluster.appendJournal(code, lines);
    }

    @Override
    public void close() {
        flush();
        closed = true;
    }

    @Override
    public void delete() {
        closed = true;
        pending.reset();
        cluster.deleteJournal(code);
        if (quizHash != null) {
            quizzes.release(code, quizHash);
            quizHash = null;
        }
    }
}
