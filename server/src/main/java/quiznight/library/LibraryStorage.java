package quiznight.library;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import quiznight.library.LibraryStore.VersionInfo;

/**
 * Where the library's quizzes are kept: {@link FileLibraryStorage} (a server's data folder) or, in cluster mode,
 * Redis (shared by every server). {@link LibraryStore} keeps the rules (validation, versions to keep, quotas, undo,
 * hosting); a storage keeps what it is given and refuses a write based on a version that is no longer the current
 * one, atomically, so two servers saving the same quiz never both win. Every method may block on I/O: call it off
 * the event loops.
 */
public interface LibraryStorage {

    /**
     * What is kept of one quiz besides its drafts: its kept versions (oldest first, the last is current), the
     * current version's problems and hash, and the version rooms are created from (null when none).
     */
    record Meta(List<VersionInfo> versions, List<Problem> problems, String hash, Integer hostedVersion) {
        public Meta {
            versions = List.copyOf(versions);
            problems = List.copyOf(problems);
        }

        public int current() {
            return versions.get(versions.size() - 1).version();
        }

        public VersionInfo currentInfo() {
            return versions.get(versions.size() - 1);
        }
    }

    /** One quiz: its owner, id, meta and, while deleted, the undo deadline (epoch ms; null when not deleted). */
    record Stored(String owner, String id, Meta meta, Long undoUntil) {
    }

    /** Every quiz of every owner (at start, to host the hostable ones). */
    List<Stored> all() throws IOException;

    /** The owner's quizzes, deleted ones waiting for their undo time included. */
    List<Stored> quizzes(String owner) throws IOException;

    /** The owner's quiz, or null when it has none with this id. */
    Stored quiz(String owner, String id) throws IOException;

    /** The owner of a library quiz, or null when the id is not one of the library's. */
    String ownerOf(String id) throws IOException;

    /** True when the owner's quiz was deleted and its undo time has passed (for a while: the latest ones). */
    boolean gone(String owner, String id) throws IOException;

    /** A kept version's draft, or null when it is not kept. */
    JsonNode draft(String owner, String id, int version) throws IOException;

    /**
     * Stores {@code draft} as version {@code meta.current()} with {@code meta}, only when the quiz's current version
     * is {@code expected} (0: the quiz does not exist yet). Returns -1 when stored, else the current version (nothing
     * changed).
     */
    int append(String owner, String id, int expected, Meta meta, JsonNode draft) throws IOException;

    /** Removes versions no longer kept (their meta was already written without them); failures are logged. */
    void removeVersions(String owner, String id, List<Integer> versions);

    /** Marks the quiz deleted until {@code until} (or restores it, {@code until} null). */
    void setDeleted(String owner, String id, Long until) throws IOException;

    /** Removes every quiz whose undo time has passed by {@code now}; returns them. */
    List<Stored> purgeExpired(long now);

    /**
     * Tells the other servers sharing this storage that the quiz changed (a save, delete, restore or purge), so
     * they put its hosted version in their catalog. Nothing to do for a storage no other server shares.
     */
    default void changed(String id) {
    }

    /** Calls {@code listener} with the id of a quiz another server changed (never on a caller's thread). */
    default void onChange(Consumer<String> listener) {
    }
}
