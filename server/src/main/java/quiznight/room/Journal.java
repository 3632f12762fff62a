package quiznight.room;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A room's append-only record of what changed its game (created, joined, answered, phase changes, kicked,
 * locked), from which a restarted server rebuilds the room. Records are buffered and reach the file on
 * {@link #flush()}: at every phase change, and at most one coalescing interval (100 ms) after any other record
 * ({@code RoomJournal} keeps that timer).
 */
public interface Journal {
    void append(ObjectNode record);

    /**
     * A record already serialized as one JSON object (no newline): what {@link #append} writes, for a record
     * written without a tree (an answer). The default reads it back into a tree.
     */
    default void appendJson(byte[] record) {
        try {
            append((ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(record));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    void flush();

    /** Flushes and closes; the file stays (a restart restores the room from it). */
    void close();

    /** Removes the file: the room's results are on disk and nothing is left to restore. */
    void delete();

    /**
     * Keeps the quiz this journal names by its content hash, once however many journals name it, for as long
     * as this journal is kept (until {@link #delete()}).
     */
    default void keepQuiz(String hash, byte[] content) {
    }

    /** The quiz content kept under this hash, now kept for this journal too; empty when there is none. */
    default java.util.Optional<byte[]> keptQuiz(String hash) {
        return java.util.Optional.empty();
    }

    Journal NONE = new Journal() {
        public void append(ObjectNode record) { }

        public void appendJson(byte[] record) { }

        public void flush() { }

        public void close() { }

        public void delete() { }
    };
}
