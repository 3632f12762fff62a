package quiznight.library;

import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizCatalog;

/**
 * Which version of each library quiz this server's catalog hosts: a quiz is put in the catalog in place of the version
 * hosted before, or taken out, and never in place of a quiz of the catalog that is not the library's (an id a
 * bundled or uploaded quiz holds). Guarded by its {@link LibraryStore}'s lock.
 */
final class LibraryHosting {
    private static final Logger log = LoggerFactory.getLogger(LibraryStore.class);

    /** The version of a library quiz in this server's catalog. */
    record Hosted(int version, Quiz quiz) {
    }

    private final QuizCatalog catalog;
    /** Library quizzes in this server's catalog, by id. */
    private final Map<String, Hosted> hosted = new HashMap<>();

    LibraryHosting(QuizCatalog catalog) {
        this.catalog = catalog;
    }

    /** The hosted version of quiz {@code id}, or null when the catalog does not host it. */
    Hosted get(String id) {
        return hosted.get(id);
    }

    /** Whether the catalog hosts a version of library quiz {@code id}. */
    boolean has(String id) {
        return hosted.containsKey(id);
    }

    /** Puts a version in this server's catalog in place of the one hosted before; null takes it out. */
    void place(String id, Integer version, Quiz quiz) {
        Hosted now = hosted.get(id);
        if (version == null) {
            if (now != null) {
                catalog.swap(id, now.quiz(), null);
                hosted.remove(id);
            }
            return;
        }
        if (now != null && now.version() == version) {
            return;
        }
        if (catalog.swap(id, now == null ? null : now.quiz(), quiz)) {
            hosted.put(id, new Hosted(version, quiz));
        } else {
            log.warn("library quiz {}: its id is held by another quiz in the catalog; not hosted", id);
        }
    }
}
