package quiznight.library;

import static net.logstash.logback.argument.StructuredArguments.kv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quiznight.library.LibraryEntries.Entry;
import quiznight.library.LibraryEntries.Owner;
import quiznight.library.LibraryException.Reason;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizCatalog;
import quiznight.quiz.QuizWriter;
import quiznight.quiz.imports.QuizImporters;

/**
 * The organisers' quizzes, as the in-browser editor keeps them: per owner, each quiz an id, its current version
 * and the last {@value #KEPT_VERSIONS} before it on disk ({@code <root>/<owner hash>/<id>/v<n>.json}, written whole
 * or not at all by {@link LibraryFiles}). A draft with problems is stored all the same; the quiz's latest version
 * without problems is in the {@link QuizCatalog} under the quiz's id, so rooms are created from it. A save names the
 * version it was based on and is refused when that is not the current one (a stale tab). A deleted quiz can be
 * restored for {@value #UNDO_MS} ms, then it is gone. Every method is synchronized and does file I/O: call it off
 * the event loops. Every refusal is a {@link LibraryException} and changes nothing.
 */
public final class LibraryStore {
    private static final Logger log = LoggerFactory.getLogger(LibraryStore.class);
    /** The owner every route uses until organisers sign in. */
    public static final String DEFAULT_OWNER = "default";
    public static final int KEPT_VERSIONS = 20;
    public static final long UNDO_MS = 10_000;
    private static final int TOMBSTONES = 1_000;
    static final String OWNER_FILE = "owner";
    static final String DELETED_FILE = "deleted";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A line of the list. {@code updatedAt} and {@code version} are null for a read-only (bundled) quiz. */
    public record Summary(String id, String title, int questions, Long updatedAt, Integer version, boolean hostable,
                          int problems, boolean readOnly) {
    }

    /** One kept version. */
    public record VersionInfo(int version, long updatedAt, String title, int questions, int problems) {
    }

    /**
     * A quiz as the editor gets it: its current version, that version's problems, and which version rooms are
     * created from ({@code hostedVersion}, null when none). {@code draft} is null in the answer to a save.
     */
    public record View(String id, Integer version, Long updatedAt, JsonNode draft, List<Problem> problems,
                       boolean hostable, Integer hostedVersion, boolean readOnly) {
    }

    /** A new quiz made from a file, with the format read and what the importer left out. */
    public record Imported(View quiz, String format, List<String> warnings) {
    }

    /** What an export downloads. */
    public record Export(String fileName, JsonNode quiz) {
    }

    private final Path root;
    private final QuizCatalog catalog;
    private final LongSupplier clock;
    private final int maxQuizzes;
    private final int maxQuestions;
    private final LibraryFiles files;
    private final Map<String, Owner> owners = new HashMap<>();
    private final Set<String> libraryIds = new HashSet<>();
    private final SecureRandom random = new SecureRandom();

    private LibraryStore(Path root, QuizCatalog catalog, LongSupplier clock, int maxQuizzes, int maxQuestions,
                         LibraryFiles files) {
        this.root = root;
        this.catalog = catalog;
        this.clock = clock;
        this.maxQuizzes = maxQuizzes;
        this.maxQuestions = maxQuestions;
        this.files = files;
    }

    /**
     * Opens the library kept in {@code root} (created on the first quiz): every quiz comes back with its versions,
     * and those with a version without problems are put in the catalog. A version file that cannot be read is
     * skipped with a warning, a temporary file a crash left is removed, a deletion whose undo time has passed is
     * carried out.
     *
     * @param clock        epoch milliseconds (tests pass a manual clock)
     * @param maxQuizzes   quizzes one owner may keep (deleted ones waiting for their undo time not counted)
     * @param maxQuestions questions one draft may have
     */
    public static LibraryStore open(Path root, QuizCatalog catalog, LongSupplier clock, int maxQuizzes, int maxQuestions)
            throws IOException {
        return open(root, catalog, clock, maxQuizzes, maxQuestions, new LibraryFiles());
    }

    static LibraryStore open(Path root, QuizCatalog catalog, LongSupplier clock, int maxQuizzes, int maxQuestions,
                             LibraryFiles files) throws IOException {
        LibraryStore store = new LibraryStore(root, catalog, clock, maxQuizzes, maxQuestions, files);
        synchronized (store) {
            new LibraryLoader(store).load();
            store.purgeExpired();
        }
        return store;
    }

    // ---- reads -------------------------------------------------------------------------------------------------

    /** The owner's quizzes, last edited first, then the read-only ones; {@code query} filters by title (null: all). */
    public synchronized List<Summary> list(String owner, String query) {
        purgeExpired();
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<Summary> mine = new ArrayList<>();
        Owner o = owners.get(owner);
        if (o != null) {
            for (Entry e : o.quizzes.values()) {
                VersionInfo v = e.currentInfo();
                if (e.undoUntil == null && matches(v.title(), q)) {
                    mine.add(new Summary(e.id, v.title(), v.questions(), v.updatedAt(), v.version(), e.hosted != null,
                            e.problems.size(), false));
                }
            }
        }
        mine.sort(Comparator.comparing(Summary::updatedAt).reversed().thenComparing(Summary::id));
        for (Quiz quiz : catalog.all()) {
            if (!libraryIds.contains(quiz.id()) && matches(quiz.title(), q)) {
                mine.add(new Summary(quiz.id(), quiz.title(), quiz.questions().size(), null, null, true, 0, true));
            }
        }
        return mine;
    }

    private static boolean matches(String title, String query) {
        return query.isEmpty() || title.toLowerCase(Locale.ROOT).contains(query);
    }

    /** The quiz's current version with its draft; a bundled quiz read-only. */
    public synchronized View get(String owner, String id) throws LibraryException {
        purgeExpired();
        Quiz readOnly = readOnly(owner, id);
        if (readOnly != null) {
            return new View(id, null, null, LibraryFormat.exported(readOnly), List.of(), true, null, true);
        }
        Entry e = own(owner, id);
        return view(e, draft(e, e.current()));
    }

    /** The kept versions, newest first. */
    public synchronized List<VersionInfo> versions(String owner, String id) throws LibraryException {
        purgeExpired();
        return new ArrayList<>(own(owner, id).versions.descendingMap().values());
    }

    /**
     * The quiz in QuizNight JSON: its hosted form when the current version has no problems, else the draft as
     * saved (with the quiz's id).
     */
    public synchronized Export export(String owner, String id) throws LibraryException {
        purgeExpired();
        Quiz readOnly = readOnly(owner, id);
        if (readOnly != null) {
            return new Export(LibraryFormat.fileName(readOnly.title(), id), QuizWriter.quiz(readOnly));
        }
        Entry e = own(owner, id);
        JsonNode quiz;
        if (e.problems.isEmpty() && e.hosted != null && e.hostedVersion == e.current()) {
            quiz = QuizWriter.quiz(e.hosted);
        } else {
            ObjectNode draft = ((ObjectNode) draft(e, e.current())).deepCopy();
            draft.put("id", id);
            quiz = draft;
        }
        return new Export(LibraryFormat.fileName(e.currentInfo().title(), id), quiz);
    }

    /** Every problem of a draft, storing nothing. */
    public List<Problem> validate(JsonNode draft) throws LibraryException {
        checkSize(draft);
        return DraftCheck.check(draft, "draft").problems();
    }

    // ---- writes ------------------------------------------------------------------------------------------------

    /** A new quiz from a draft (version 1). */
    public synchronized View create(String owner, JsonNode draft) throws LibraryException {
        purgeExpired();
        checkSize(draft);
        Owner o = ownerForWriting(owner);
        checkQuota(o);
        String id = newId();
        Entry e = new Entry(id, o.dir.resolve(id));
        DraftCheck.Result r = DraftCheck.check(draft, id);
        VersionInfo v = write(e, 1, draft, r);
        o.quizzes.put(id, e);
        libraryIds.add(id);
        commit(e, v, draft, r);
        log.info("library quiz created {} {} {}", kv("owner", owner), kv("quiz", id), kv("problems", r.problems().size()));
        return view(e, draft);
    }

    /** A new quiz with the current version of one of the owner's quizzes or of a bundled one, titled "… (copy)". */
    public synchronized View duplicate(String owner, String sourceId) throws LibraryException {
        purgeExpired();
        Quiz readOnly = readOnly(owner, sourceId);
        ObjectNode draft;
        if (readOnly != null) {
            draft = LibraryFormat.exported(readOnly);
        } else {
            Entry source = own(owner, sourceId);
            draft = ((ObjectNode) draft(source, source.current())).deepCopy();
        }
        draft.remove("id");
        if (draft.path("title").isTextual()) {
            draft.put("title", draft.get("title").asText() + " (copy)");
        }
        return create(owner, draft);
    }

    /**
     * Saves a new version based on {@code baseVersion}: refused with {@link Reason#CONFLICT} when the quiz is at
     * another version. A draft equal to the current one makes no new version.
     */
    public synchronized View save(String owner, String id, int baseVersion, JsonNode draft) throws LibraryException {
        purgeExpired();
        Entry e = own(owner, id);
        if (baseVersion != e.current()) {
            throw conflict(e);
        }
        checkSize(draft);
        return saveNext(e, draft);
    }

    /** Makes a kept version the current one again, as a new version. {@code baseVersion} null: whatever is current. */
    public synchronized View restoreVersion(String owner, String id, int number, Integer baseVersion) throws LibraryException {
        purgeExpired();
        Entry e = own(owner, id);
        if (baseVersion != null && baseVersion != e.current()) {
            throw conflict(e);
        }
        if (!e.versions.containsKey(number)) {
            throw new LibraryException(Reason.NOT_FOUND, "Version " + number + " of this quiz is not kept: the last "
                    + KEPT_VERSIONS + " versions are.");
        }
        return saveNext(e, draft(e, number));
    }

    /** Deletes a quiz; {@link #restore} undoes it until the time returned (epoch ms), then it is gone. */
    public synchronized long delete(String owner, String id) throws LibraryException {
        purgeExpired();
        Entry e = own(owner, id);
        long until = clock.getAsLong() + UNDO_MS;
        try {
            files.write(e.dir.resolve(DELETED_FILE), Long.toString(until).getBytes(StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw storage(ex);
        }
        e.undoUntil = until;
        if (e.hosted != null && !catalog.swap(id, e.hosted, null)) {
            log.warn("library quiz {} was not in the catalog as hosted", id);
        }
        log.info("library quiz deleted {} {}", kv("owner", owner), kv("quiz", id));
        return until;
    }

    /** Undoes a delete within {@value #UNDO_MS} ms; a quiz not deleted is answered as it is. */
    public synchronized View restore(String owner, String id) throws LibraryException {
        purgeExpired();
        Owner o = owners.get(owner);
        Entry e = o == null ? null : o.quizzes.get(id);
        if (e == null) {
            if (o != null && o.gone.contains(id)) {
                throw new LibraryException(Reason.GONE, "This quiz was deleted more than " + UNDO_MS / 1000
                        + " seconds ago: it can no longer be restored.");
            }
            throw notFound(id);
        }
        if (e.undoUntil != null) {
            checkQuota(o);
            try {
                Files.deleteIfExists(e.dir.resolve(DELETED_FILE));
            } catch (IOException ex) {
                throw storage(ex);
            }
            e.undoUntil = null;
            if (e.hosted != null && !catalog.swap(id, null, e.hosted)) {
                log.warn("library quiz {}: its id was taken in the catalog meanwhile; not hostable until saved", id);
                e.hosted = null;
                e.hostedVersion = null;
            }
            log.info("library quiz restored {} {}", kv("owner", owner), kv("quiz", id));
        }
        return view(e, draft(e, e.current()));
    }

    /**
     * A new quiz from a file of any format {@link QuizImporters} reads; a file the importer reads but the loader
     * refuses becomes a draft with its problems ({@link LibraryImports}).
     */
    public Imported importFile(String owner, String fileName, byte[] content) throws LibraryException {
        return LibraryImports.importFile(this, owner, fileName, content, maxQuestions);
    }

    // ---- inside ------------------------------------------------------------------------------------------------

    private View saveNext(Entry e, JsonNode draft) throws LibraryException {
        if (LibraryFormat.hash(draft).equals(e.hash)) {
            return view(e, null);
        }
        DraftCheck.Result r = DraftCheck.check(draft, e.id);
        VersionInfo v = write(e, e.current() + 1, draft, r);
        commit(e, v, draft, r);
        return view(e, null);
    }

    /** Writes a version's file; nothing in memory changes until {@link #commit}. */
    private VersionInfo write(Entry e, int number, JsonNode draft, DraftCheck.Result r) throws LibraryException {
        long now = clock.getAsLong();
        VersionInfo v = new VersionInfo(number, now, LibraryFormat.title(draft), LibraryFormat.questionCount(draft), r.problems().size());
        ObjectNode file = JSON.createObjectNode();
        file.put("version", number);
        file.put("updatedAt", now);
        file.put("title", v.title());
        file.put("questions", v.questions());
        file.put("problems", v.problems());
        file.set("draft", draft);
        try {
            files.write(e.dir.resolve(LibraryFormat.versionFile(number)), JSON.writeValueAsBytes(file));
        } catch (IOException ex) {
            throw storage(ex);
        }
        return v;
    }

    private void commit(Entry e, VersionInfo v, JsonNode draft, DraftCheck.Result r) {
        e.versions.put(v.version(), v);
        e.problems = r.problems();
        e.hash = LibraryFormat.hash(draft);
        if (r.hostable()) {
            host(e, r.quiz(), v.version());
        }
        prune(e);
    }

    /** Puts a version in the catalog in place of the one hosted before (unless the quiz is deleted). */
    void host(Entry e, Quiz quiz, int version) {
        if (e.undoUntil != null) {
            e.hosted = quiz;
            e.hostedVersion = version;
        } else if (catalog.swap(e.id, e.hosted, quiz)) {
            e.hosted = quiz;
            e.hostedVersion = version;
        } else {
            log.warn("library quiz {}: its id is held by another quiz in the catalog; not hosted", e.id);
        }
    }

    /** Keeps the last {@value #KEPT_VERSIONS} versions, and the hosted one however old. */
    private void prune(Entry e) {
        while (e.versions.size() > KEPT_VERSIONS) {
            Integer oldest = null;
            for (Integer n : e.versions.keySet()) {
                if (!n.equals(e.hostedVersion)) {
                    oldest = n;
                    break;
                }
            }
            if (oldest == null || e.versions.tailMap(oldest, true).size() <= KEPT_VERSIONS) {
                return;
            }
            e.versions.remove(oldest);
            try {
                Files.deleteIfExists(e.dir.resolve(LibraryFormat.versionFile(oldest)));
            } catch (IOException ex) {
                log.warn("library quiz {}: old version {} could not be removed: {}", e.id, oldest, ex.toString());
            }
        }
    }

    /** Carries out the deletions whose undo time has passed: their folders are removed. */
    private void purgeExpired() {
        long now = clock.getAsLong();
        for (Owner o : owners.values()) {
            o.quizzes.values().removeIf(e -> {
                if (e.undoUntil == null || e.undoUntil > now) {
                    return false;
                }
                try {
                    LibraryFiles.removeTree(e.dir);
                } catch (IOException ex) {
                    log.warn("library quiz {}: its folder could not be removed ({}); removed at the next start", e.id,
                            ex.toString());
                }
                libraryIds.remove(e.id);
                o.gone.add(e.id);
                if (o.gone.size() > TOMBSTONES) {
                    o.gone.remove(o.gone.iterator().next());
                }
                log.info("library quiz gone {} {}", kv("owner", o.name), kv("quiz", e.id));
                return true;
            });
        }
    }

    /** The owner's quiz, not deleted; else the refusal a stale tab or a wrong id gets. */
    private Entry own(String owner, String id) throws LibraryException {
        Owner o = owners.get(owner);
        Entry e = o == null ? null : o.quizzes.get(id);
        if (e == null) {
            if (o != null && o.gone.contains(id)) {
                throw new LibraryException(Reason.GONE, "This quiz was deleted.");
            }
            if (catalog.has(id) && !libraryIds.contains(id)) {
                throw new LibraryException(Reason.READ_ONLY, "This quiz comes with the server and is read-only: "
                        + "duplicate it to edit a copy.");
            }
            throw notFound(id);
        }
        if (e.undoUntil != null) {
            throw new LibraryException(Reason.GONE, "This quiz was deleted; it can be restored for a few seconds, "
                    + "until " + java.time.Instant.ofEpochMilli(e.undoUntil) + ".");
        }
        return e;
    }

    /** A bundled (or uploaded) quiz of the catalog that is not one of the library's: readable by anyone. */
    private Quiz readOnly(String owner, String id) {
        if (libraryIds.contains(id)) {
            return null;
        }
        return catalog.find(id).orElse(null);
    }

    private Owner ownerForWriting(String owner) throws LibraryException {
        Owner o = owners.get(owner);
        if (o != null) {
            return o;
        }
        Path dir = root.resolve(LibraryLoader.ownerFolder(owner));
        try {
            files.write(dir.resolve(OWNER_FILE), owner.getBytes(StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw storage(ex);
        }
        o = new Owner(owner, dir);
        owners.put(owner, o);
        return o;
    }

    private void checkQuota(Owner o) throws LibraryException {
        long active = o.quizzes.values().stream().filter(e -> e.undoUntil == null).count();
        if (active >= maxQuizzes) {
            throw new LibraryException(Reason.QUOTA, "Your library is full: it holds " + active + " quizzes, the most "
                    + "this server keeps for one organiser. Delete one to make room.");
        }
    }

    private void checkSize(JsonNode draft) throws LibraryException {
        if (draft == null || !draft.isObject()) {
            throw new LibraryException(Reason.BAD_REQUEST, "The draft must be a JSON object (a quiz with a title and questions).");
        }
        int n = LibraryFormat.questionCount(draft);
        if (n > maxQuestions) {
            throw new LibraryException(Reason.BAD_REQUEST, "The quiz has " + n + " questions: a quiz may have at most "
                    + maxQuestions + " on this server. Split it into several quizzes.");
        }
    }

    private String newId() {
        String id;
        do {
            id = LibraryFormat.newId(random);
        } while (libraryIds.contains(id) || catalog.has(id));
        return id;
    }

    private View view(Entry e, JsonNode draft) {
        VersionInfo v = e.currentInfo();
        return new View(e.id, v.version(), v.updatedAt(), draft, e.problems, e.hosted != null, e.hostedVersion, false);
    }

    private JsonNode draft(Entry e, int number) throws LibraryException {
        try {
            JsonNode file = JSON.readTree(Files.readAllBytes(e.dir.resolve(LibraryFormat.versionFile(number))));
            return file.get("draft");
        } catch (IOException ex) {
            throw storage(ex);
        }
    }

    private static LibraryException conflict(Entry e) {
        return new LibraryException(Reason.CONFLICT, "This quiz was changed elsewhere (another tab or device): it is at "
                + "version " + e.current() + " now. Reload it, then make your change again.", e.current());
    }

    private static LibraryException notFound(String id) {
        return new LibraryException(Reason.NOT_FOUND, "There is no quiz " + id + " in your library.");
    }

    private static LibraryException storage(IOException ex) {
        log.error("library write failed: {}", ex.toString());
        return new LibraryException(Reason.STORAGE, "The server could not write the quiz to its disk ("
                + ex.getClass().getSimpleName() + "); what was saved before is unchanged.");
    }

    // ---- for LibraryLoader -------------------------------------------------------------------------------------

    Path root() {
        return root;
    }

    /** Registers a quiz read from disk (its versions, problems, hosted version and deletion already set). */
    void loaded(String ownerName, Path ownerDir, String id, Path dir, List<VersionInfo> versions, List<Problem> problems,
                JsonNode currentDraft, Quiz hosted, Integer hostedVersion, Long undoUntil) {
        Owner o = owners.computeIfAbsent(ownerName, n -> new Owner(n, ownerDir));
        Entry e = new Entry(id, dir);
        versions.forEach(v -> e.versions.put(v.version(), v));
        e.problems = List.copyOf(problems);
        e.hash = LibraryFormat.hash(currentDraft);
        e.undoUntil = undoUntil;
        o.quizzes.put(id, e);
        libraryIds.add(id);
        if (hosted != null) {
            host(e, hosted, hostedVersion);
        }
    }

    /** Registers an owner folder with no quiz in it. */
    void loadedOwner(String ownerName, Path ownerDir) {
        owners.computeIfAbsent(ownerName, n -> new Owner(n, ownerDir));
    }

    static ObjectMapper json() {
        return JSON;
    }
}
