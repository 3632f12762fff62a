package quiznight.library;

import static net.logstash.logback.argument.StructuredArguments.kv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quiznight.library.LibraryStore.VersionInfo;

/**
 * The library in a server's data folder: {@code <root>/<owner hash>/owner} names the owner, each {@code <id>/}
 * folder holds {@code v<n>.json} ({@code {"version","updatedAt","title","questions","problems","draft"}}) and, while
 * a delete can be undone, {@code deleted} (the deadline). Every file is written whole or not at all
 * ({@link LibraryFiles}); what the folder holds is read back at start by {@link LibraryLoader} and kept in memory,
 * drafts excepted. One server only: the compare-and-set on the version is this object's lock.
 */
public final class FileLibraryStorage implements LibraryStorage {
    private static final Logger log = LoggerFactory.getLogger(FileLibraryStorage.class);
    static final String OWNER_FILE = "owner";
    static final String DELETED_FILE = "deleted";
    private static final int TOMBSTONES = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One owner's quizzes. */
    private static final class Owner {
        final Path dir;
        final Map<String, Quiz> quizzes = new HashMap<>();
        /** Ids deleted and gone, so a stale tab hears "deleted" rather than "no such quiz" (the latest only). */
        final Set<String> gone = new LinkedHashSet<>();

        Owner(Path dir) {
            this.dir = dir;
        }
    }

    private static final class Quiz {
        final Path dir;
        Meta meta;
        Long undoUntil;

        Quiz(Path dir) {
            this.dir = dir;
        }
    }

    private final Path root;
    private final LibraryFiles files;
    private final Map<String, Owner> owners = new HashMap<>();
    private final Map<String, String> ownerOf = new HashMap<>();

    private FileLibraryStorage(Path root, LibraryFiles files) {
        this.root = root;
        this.files = files;
    }

    /** Opens the library kept in {@code root} (created with the first quiz), reading back what it holds. */
    public static FileLibraryStorage open(Path root) throws IOException {
        return open(root, new LibraryFiles());
    }

    static FileLibraryStorage open(Path root, LibraryFiles files) throws IOException {
        FileLibraryStorage storage = new FileLibraryStorage(root, files);
        synchronized (storage) {
            new LibraryLoader(storage).load();
        }
        return storage;
    }

    @Override
    public synchronized List<Stored> all() {
        List<Stored> all = new ArrayList<>();
        owners.keySet().forEach(o -> all.addAll(quizzes(o)));
        return all;
    }

    @Override
    public synchronized List<Stored> quizzes(String owner) {
        Owner o = owners.get(owner);
        List<Stored> list = new ArrayList<>();
        if (o != null) {
            o.quizzes.forEach((id, q) -> list.add(new Stored(owner, id, q.meta, q.undoUntil)));
        }
        return list;
    }

    @Override
    public synchronized Stored quiz(String owner, String id) {
        Owner o = owners.get(owner);
        Quiz q = o == null ? null : o.quizzes.get(id);
        return q == null ? null : new Stored(owner, id, q.meta, q.undoUntil);
    }

    @Override
    public synchronized String ownerOf(String id) {
        return ownerOf.get(id);
    }

    @Override
    public synchronized boolean gone(String owner, String id) {
        Owner o = owners.get(owner);
        return o != null && o.gone.contains(id);
    }

    @Override
    public JsonNode draft(String owner, String id, int version) throws IOException {
        Path dir;
        synchronized (this) {
            Owner o = owners.get(owner);
            Quiz q = o == null ? null : o.quizzes.get(id);
            if (q == null) {
                return null;
            }
            dir = q.dir;
        }
        try {
            return JSON.readTree(Files.readAllBytes(dir.resolve(LibraryFormat.versionFile(version)))).get("draft");
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    @Override
    public synchronized int append(String owner, String id, int expected, Meta meta, JsonNode draft) throws IOException {
        Owner o = owners.get(owner);
        Quiz q = o == null ? null : o.quizzes.get(id);
        int current = q == null ? 0 : q.meta.current();
        if (current != expected) {
            return current;
        }
        if (o == null) {
            Path dir = root.resolve(LibraryLoader.ownerFolder(owner));
            files.write(dir.resolve(OWNER_FILE), owner.getBytes(StandardCharsets.UTF_8));
            o = new Owner(dir);
            owners.put(owner, o);
        }
        Path dir = q == null ? o.dir.resolve(id) : q.dir;
        VersionInfo v = meta.currentInfo();
        ObjectNode file = JSON.createObjectNode();
        file.put("version", v.version());
        file.put("updatedAt", v.updatedAt());
        file.put("title", v.title());
        file.put("questions", v.questions());
        file.put("problems", v.problems());
        file.set("draft", draft);
        files.write(dir.resolve(LibraryFormat.versionFile(v.version())), JSON.writeValueAsBytes(file));
        if (q == null) {
            q = new Quiz(dir);
            o.quizzes.put(id, q);
            ownerOf.put(id, owner);
        }
        q.meta = meta;
        return -1;
    }

    @Override
    public synchronized void removeVersions(String owner, String id, List<Integer> versions) {
        Owner o = owners.get(owner);
        Quiz q = o == null ? null : o.quizzes.get(id);
        if (q == null) {
            return;
        }
        for (int n : versions) {
            try {
                Files.deleteIfExists(q.dir.resolve(LibraryFormat.versionFile(n)));
            } catch (IOException ex) {
                log.warn("library quiz {}: old version {} could not be removed: {}", id, n, ex.toString());
            }
        }
    }

    @Override
    public synchronized void setDeleted(String owner, String id, Long until) throws IOException {
        Owner o = owners.get(owner);
        Quiz q = o == null ? null : o.quizzes.get(id);
        if (q == null) {
            return;
        }
        if (until != null) {
            files.write(q.dir.resolve(DELETED_FILE), Long.toString(until).getBytes(StandardCharsets.UTF_8));
        } else {
            Files.deleteIfExists(q.dir.resolve(DELETED_FILE));
        }
        q.undoUntil = until;
    }

    @Override
    public synchronized List<Stored> purgeExpired(long now) {
        List<Stored> purged = new ArrayList<>();
        owners.forEach((name, o) -> o.quizzes.entrySet().removeIf(en -> {
            Quiz q = en.getValue();
            if (q.undoUntil == null || q.undoUntil > now) {
                return false;
            }
            try {
                LibraryFiles.removeTree(q.dir);
            } catch (IOException ex) {
                log.warn("library quiz {}: its folder could not be removed ({}); removed at the next start", en.getKey(),
                        ex.toString());
            }
            ownerOf.remove(en.getKey());
            o.gone.add(en.getKey());
            if (o.gone.size() > TOMBSTONES) {
                o.gone.remove(o.gone.iterator().next());
            }
            purged.add(new Stored(name, en.getKey(), q.meta, q.undoUntil));
            log.info("library quiz gone {} {}", kv("owner", name), kv("quiz", en.getKey()));
            return true;
        }));
        return purged;
    }

    // ---- for LibraryLoader -------------------------------------------------------------------------------------

    Path root() {
        return root;
    }

    /** Registers a quiz read from disk. */
    void loaded(String owner, Path ownerDir, String id, Path dir, Meta meta, Long undoUntil) {
        Owner o = owners.computeIfAbsent(owner, n -> new Owner(ownerDir));
        Quiz q = new Quiz(dir);
        q.meta = meta;
        q.undoUntil = undoUntil;
        o.quizzes.put(id, q);
        ownerOf.put(id, owner);
    }

    /** Registers an owner folder with no quiz in it. */
    void loadedOwner(String owner, Path ownerDir) {
        owners.computeIfAbsent(owner, n -> new Owner(ownerDir));
    }

    static ObjectMapper json() {
        return JSON;
    }
}
