package quiznight.library;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quiznight.library.LibraryStore.VersionInfo;

/**
 * Reads the library back at start: {@code <root>/<owner hash>/owner} names the owner, each {@code <id>/} folder
 * holds {@code v<n>.json} files and, while a delete can be undone, {@code deleted}. What cannot be read is skipped
 * with a warning and left on disk; temporary files of a write a crash interrupted are removed. Only the current
 * version and, going back, the first one without problems are checked again with today's rules.
 */
final class LibraryLoader {
    private static final Logger log = LoggerFactory.getLogger(LibraryLoader.class);

    private final FileLibraryStorage store;

    LibraryLoader(FileLibraryStorage store) {
        this.store = store;
    }

    /** The folder name of an owner: the SHA-256 of the name, so any name makes a safe folder. */
    static String ownerFolder(String owner) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(owner.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void load() throws IOException {
        Path root = store.root();
        if (!Files.isDirectory(root)) {
            return;
        }
        for (Path ownerDir : list(root)) {
            if (!Files.isDirectory(ownerDir)) {
                removeIfTemporary(ownerDir);
                continue;
            }
            Path ownerFile = ownerDir.resolve(FileLibraryStorage.OWNER_FILE);
            if (!Files.isRegularFile(ownerFile)) {
                log.warn("library folder {} names no owner: skipped", ownerDir);
                continue;
            }
            String owner = Files.readString(ownerFile, StandardCharsets.UTF_8);
            if (!ownerDir.getFileName().toString().equals(ownerFolder(owner))) {
                log.warn("library folder {} does not match its owner's name: skipped", ownerDir);
                continue;
            }
            store.loadedOwner(owner, ownerDir);
            for (Path quizDir : list(ownerDir)) {
                String name = quizDir.getFileName().toString();
                if (Files.isDirectory(quizDir) && LibraryFormat.isId(name)) {
                    loadQuiz(owner, ownerDir, name, quizDir);
                } else {
                    removeIfTemporary(quizDir);
                }
            }
        }
    }

    private void loadQuiz(String owner, Path ownerDir, String id, Path dir) throws IOException {
        Map<Integer, JsonNode> files = new TreeMap<>();
        Long undoUntil = null;
        for (Path f : list(dir)) {
            String name = f.getFileName().toString();
            if (removeIfTemporary(f)) {
                continue;
            }
            if (name.equals(FileLibraryStorage.DELETED_FILE)) {
                try {
                    undoUntil = Long.parseLong(Files.readString(f, StandardCharsets.UTF_8).strip());
                } catch (NumberFormatException e) {
                    undoUntil = 0L; // unreadable: the delete stands
                }
                continue;
            }
            Integer number = LibraryFormat.versionNumber(name);
            if (number == null) {
                continue;
            }
            try {
                JsonNode file = FileLibraryStorage.json().readTree(Files.readAllBytes(f));
                if (file == null || file.path("version").asInt() != number || !file.path("draft").isObject()) {
                    throw new IOException("not a version file of this library");
                }
                files.put(number, file);
            } catch (IOException e) {
                log.warn("library quiz {}: version file {} cannot be read, skipped: {}", id, f, e.toString());
            }
        }
        if (files.isEmpty()) {
            log.warn("library quiz {}: no readable version in {}: skipped", id, dir);
            return;
        }
        List<VersionInfo> versions = new ArrayList<>();
        files.forEach((n, f) -> versions.add(new VersionInfo(n, f.path("updatedAt").asLong(), f.path("title").asText(""),
                f.path("questions").asInt(), f.path("problems").asInt())));
        List<Integer> newestFirst = new ArrayList<>(files.keySet());
        java.util.Collections.reverse(newestFirst);
        JsonNode current = files.get(newestFirst.get(0)).get("draft");
        DraftCheck.Result now = DraftCheck.check(current, id);
        Integer hostedVersion = null;
        for (Integer n : newestFirst) {
            DraftCheck.Result r = n.equals(newestFirst.get(0)) ? now
                    : files.get(n).path("problems").asInt() == 0 ? DraftCheck.check(files.get(n).get("draft"), id) : null;
            if (r != null && r.hostable()) {
                hostedVersion = n;
                break;
            }
        }
        store.loaded(owner, ownerDir, id, dir, new LibraryStorage.Meta(versions, now.problems(), LibraryFormat.hash(current),
                hostedVersion), undoUntil);
    }

    private static boolean removeIfTemporary(Path f) {
        if (!LibraryFiles.isTemporary(f)) {
            return false;
        }
        try {
            Files.deleteIfExists(f);
            log.info("library: removed {}, left by a write that did not finish", f);
        } catch (IOException e) {
            log.warn("library: cannot remove {}: {}", f, e.toString());
        }
        return true;
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
