package quiznight.homework;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Where assignments' journals are kept: one append-only list of records per assignment (created, joined, sent,
 * answered), replayed at start. Used on the homework thread only.
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
