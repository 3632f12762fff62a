package quiznight.homework;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Where assignments' journals are kept: one append-only list of records per assignment (created, joined, sent,
 * answered; missed in a shared store), replayed into the assignment. Used on the homework thread only.
 *
 * <p>A store only this server writes ({@link #shared()} false: a file per journal, or nothing) is replayed once at
 * start. A store several servers write (cluster mode) is the truth each request reads first: the server appends a
 * record only at the journal's length it has replayed ({@link #append(String, int, ObjectNode)}), so every server
 * agrees on one order of records per assignment and no change is lost or made twice.
 */
public interface AssignmentStore {
    /** Appends one record to the assignment's journal, durably before the answer leaves (flushed). */
    void append(String id, ObjectNode record);

    /** The ids of every kept assignment. */
    List<String> ids();

    /** The records of one assignment in order; torn or unreadable trailing records are left out. */
    List<JsonNode> read(String id);

    /** Lets go of what it holds open (the server stops). */
    default void close() {
    }

    // ---- a store several servers write ---------------------------------------------------------

    /**
     * Whether other servers write these journals too: then an assignment is read from the store when first asked
     * for, caught up ({@link #read(String, int)}) before every request, and listed from the store; and a question
     * that timed out is recorded as it closes ({@code missed}), so every server closes it once.
     */
    default boolean shared() {
        return false;
    }

    /**
     * Appends {@code record} as record number {@code at} (from 0) of the journal, if the journal holds exactly
     * {@code at} records now: true; false, writing nothing, when another server appended first (or, at 0, when the
     * id is taken). Record 0, the created record, also files the assignment under its owner. A store only this
     * server writes appends at once.
     */
    default boolean append(String id, int at, ObjectNode record) {
        append(id, record);
        return true;
    }

    /** The records of one assignment from number {@code from} on (those this server has not replayed yet). */
    default List<JsonNode> read(String id, int from) {
        List<JsonNode> all = read(id);
        return List.copyOf(all.subList(Math.min(from, all.size()), all.size()));
    }

    /** The ids of one owner's assignments; by default read from each journal's created record. */
    default List<String> ids(String owner) {
        List<String> ids = new ArrayList<>();
        for (String id : ids()) {
            List<JsonNode> records = read(id);
            if (!records.isEmpty() && owner.equals(records.get(0).path("owner").asText())) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** Nothing kept: assignments live as long as the server (no data folder). */
    AssignmentStore NONE = new AssignmentStore() {
        public void append(String id, ObjectNode record) { }

        public List<String> ids() {
            return List.of();
        }

        public List<JsonNode> read(String id) {
            return List.of();
        }
    };
}
