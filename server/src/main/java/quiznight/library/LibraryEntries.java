package quiznight.library;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import quiznight.library.LibraryStore.VersionInfo;
import quiznight.quiz.Quiz;

/** What {@link LibraryStore} holds in memory per owner and per quiz (drafts stay on disk). Guarded by the store. */
final class LibraryEntries {
    private LibraryEntries() {
    }

    /** One quiz: its kept versions (the data on disk), current problems, hosted version and deletion. */
    static final class Entry {
        final String id;
        final Path dir;
        final TreeMap<Integer, VersionInfo> versions = new TreeMap<>();
        List<Problem> problems = List.of();
        String hash;
        Quiz hosted;
        Integer hostedVersion;
        Long undoUntil;

        Entry(String id, Path dir) {
            this.id = id;
            this.dir = dir;
        }

        int current() {
            return versions.lastKey();
        }

        VersionInfo currentInfo() {
            return versions.lastEntry().getValue();
        }
    }

    /** One owner's quizzes. */
    static final class Owner {
        final String name;
        final Path dir;
        final Map<String, Entry> quizzes = new HashMap<>();
        /** Ids deleted and gone, so a stale tab hears "deleted" rather than "no such quiz" (the latest only). */
        final Set<String> gone = new LinkedHashSet<>();

        Owner(String name, Path dir) {
            this.name = name;
            this.dir = dir;
        }
    }
}
