package quiznight.library;

import static net.logstash.logback.argument.StructuredArguments.kv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quiznight.library.LibraryException.Reason;
import quiznight.library.LibraryStorage.Meta;
import quiznight.library.LibraryStorage.Stored;
import quiznight.quiz.ProblemCode;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizCatalog;
import quiznight.quiz.QuizWriter;
import quiznight.quiz.imports.QuizImporters;

/**
 * The organisers' quizzes, as the in-browser editor keeps them: per owner, each quiz an id, its current version
 * and the last {@value #KEPT_VERSIONS} before it, kept by a {@link LibraryStorage} (the data folder, or Redis shared
 * by every server of a cluster). A draft with problems is stored all the same; the quiz's latest version without
 * problems is in this server's {@link QuizCatalog} under the quiz's id, so rooms are created from it (and, in a
 * cluster, in every server's: a change another server makes is put in the catalog here too). A save names the
 * version it was based on and is refused when that is not the current one (a stale tab, on any server). A deleted
 * quiz can be restored for {@value #UNDO_MS} ms, then it is gone. Every method is synchronized and does I/O: call it
 * off the event loops. Every refusal is a {@link LibraryException} and changes nothing.
 */
public final class LibraryStore {
    private static final Logger log = LoggerFactory.getLogger(LibraryStore.class);
    /** The owner every route uses until organisers sign in. */
    public static final String DEFAULT_OWNER = "default";
    public static final int KEPT_VERSIONS = 20;
    public static final long UNDO_MS = 10_000;
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

    /**
     * A new quiz made from a file, with the format read and what the importer left out (or, for a file only the
     * loader's rules refused, why), each with its code and line.
     */
    public record Imported(View quiz, String format, List<quiznight.quiz.imports.ImportProblem> details) {
    }

    /** What an export downloads. */
    public record Export(String fileName, JsonNode quiz) {
    }

    private final LibraryStorage storage;
    private final QuizCatalog catalog;
    private final LongSupplier clock;
    private final int maxQuizzes;
    private final int maxQuestions;
    /** Library quizzes in this server's catalog. */
    private final LibraryHosting hosted;
    private final SecureRandom random = new SecureRandom();

    private LibraryStore(LibraryStorage storage, QuizCatalog catalog, LongSupplier clock, int maxQuizzes, int maxQuestions) {
        this.storage = storage;
        this.catalog = catalog;
        this.clock = clock;
        this.maxQuizzes = maxQuizzes;
        this.maxQuestions = maxQuestions;
        this.hosted = new LibraryHosting(catalog);
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
        return open(FileLibraryStorage.open(root, files), catalog, clock, maxQuizzes, maxQuestions);
    }

    /**
     * Opens the library kept by {@code storage}: a deletion whose undo time has passed is carried out, the hostable
     * quizzes are put in the catalog, and from now on the changes other servers make to it (a shared storage) too.
     */
    public static LibraryStore open(LibraryStorage storage, QuizCatalog catalog, LongSupplier clock, int maxQuizzes,
                                    int maxQuestions) throws IOException {
        LibraryStore store = new LibraryStore(storage, catalog, clock, maxQuizzes, maxQuestions);
        synchronized (store) {
            store.purgeExpired();
            for (Stored s : storage.all()) {
                if (s.undoUntil() == null && s.meta().hostedVersion() != null) {
                    try {
                        store.refresh(s.owner(), s.id());
                    } catch (LibraryException e) {
                        throw new IOException(e.getMessage(), e);
                    }
                }
            }
        }
        storage.onChange(store::changedElsewhere);
        return store;
    }

    // ---- reads -------------------------------------------------------------------------------------------------

    /** The owner's quizzes, last edited first, then the read-only ones; {@code query} filters by title (null: all). */
    public synchronized List<Summary> list(String owner, String query) throws LibraryException {
        purgeExpired();
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<Summary> mine = new ArrayList<>();
        for (Stored s : LibraryIo.read(() -> storage.quizzes(owner))) {
            VersionInfo v = s.meta().currentInfo();
            if (s.undoUntil() == null && matches(v.title(), q)) {
                mine.add(new Summary(s.id(), v.title(), v.questions(), v.updatedAt(), v.version(),
                        s.meta().hostedVersion() != null, s.meta().problems().size(), false));
            }
        }
        mine.sort(Comparator.comparing(Summary::updatedAt).reversed().thenComparing(Summary::id));
        for (Quiz quiz : catalog.all()) {
            if (!hosted.has(quiz.id()) && matches(quiz.title(), q)) {
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
        Quiz readOnly = readOnly(id);
        if (readOnly != null) {
            return new View(id, null, null, LibraryFormat.exported(readOnly), List.of(), true, null, true);
        }
        Stored s = own(owner, id);
        return view(s.id(), s.meta(), draft(s, s.meta().current()));
    }

    /** The kept versions, newest first. */
    public synchronized List<VersionInfo> versions(String owner, String id) throws LibraryException {
        purgeExpired();
        List<VersionInfo> versions = new ArrayList<>(own(owner, id).meta().versions());
        Collections.reverse(versions);
        return versions;
    }

    /**
     * The quiz in QuizNight JSON: its hosted form when the current version has no problems, else the draft as
     * saved (with the quiz's id).
     */
    public synchronized Export export(String owner, String id) throws LibraryException {
        purgeExpired();
        Quiz readOnly = readOnly(id);
        if (readOnly != null) {
            return new Export(LibraryFormat.fileName(readOnly.title(), id), QuizWriter.quiz(readOnly));
        }
        Stored s = own(owner, id);
        Meta m = s.meta();
        JsonNode draft = draft(s, m.current());
        JsonNode quiz = null;
        if (m.problems().isEmpty() && m.hostedVersion() != null && m.hostedVersion() == m.current()) {
            LibraryHosting.Hosted h = hosted.get(id);
            Quiz q = h != null && h.version() == m.current() ? h.quiz() : DraftCheck.check(catalog.loader(), draft, id).quiz();
            quiz = q == null ? null : QuizWriter.quiz(q);
        }
        if (quiz == null) {
            ObjectNode copy = ((ObjectNode) draft).deepCopy();
            copy.put("id", id);
            quiz = copy;
        }
        return new Export(LibraryFormat.fileName(m.currentInfo().title(), id), quiz);
    }

    /** Every problem of a draft, storing nothing. */
    public List<Problem> validate(JsonNode draft) throws LibraryException {
        checkSize(draft);
        return DraftCheck.check(catalog.loader(), draft, "draft").problems();
    }

    // ---- writes ------------------------------------------------------------------------------------------------

    /** A new quiz from a draft (version 1). */
    public synchronized View create(String owner, JsonNode draft) throws LibraryException {
        purgeExpired();
        checkSize(draft);
        checkQuota(owner);
        String id = newId();
        DraftCheck.Result r = DraftCheck.check(catalog.loader(), draft, id);
        VersionInfo v = info(1, draft, r);
        Meta meta = new Meta(List.of(v), r.problems(), LibraryFormat.hash(draft), r.hostable() ? 1 : null);
        int current = LibraryIo.write(() -> storage.append(owner, id, 0, meta, draft));
        if (current != -1) {
            throw conflict(current);
        }
        if (r.hostable()) {
            hosted.place(id, 1, r.quiz());
        }
        storage.changed(id);
        log.info("library quiz created {} {} {}", kv("owner", owner), kv("quiz", id), kv("problems", r.problems().size()));
        return view(id, meta, draft);
    }

    /** A new quiz with the current version of one of the owner's quizzes or of a bundled one, titled "… (copy)". */
    public synchronized View duplicate(String owner, String sourceId) throws LibraryException {
        purgeExpired();
        Quiz readOnly = readOnly(sourceId);
        ObjectNode draft;
        if (readOnly != null) {
            draft = LibraryFormat.exported(readOnly);
        } else {
            Stored source = own(owner, sourceId);
            draft = ((ObjectNode) draft(source, source.meta().current())).deepCopy();
        }
        draft.remove("id");
        if (draft.path("title").isTextual()) {
            draft.put("title", draft.get("title").asText() + " (copy)");
        }
        return create(owner, draft);
    }

    /**
     * Saves a new version based on {@code baseVersion}: refused with {@link Reason#CONFLICT} when the quiz is at
     * another version (on whichever server it was saved). A draft equal to the current one makes no new version.
     */
    public synchronized View save(String owner, String id, int baseVersion, JsonNode draft) throws LibraryException {
        purgeExpired();
        Stored s = own(owner, id);
        if (baseVersion != s.meta().current()) {
            throw conflict(s.meta().current());
        }
        checkSize(draft);
        return saveNext(s, draft);
    }

    /** Makes a kept version the current one again, as a new version. {@code baseVersion} null: whatever is current. */
    public synchronized View restoreVersion(String owner, String id, int number, Integer baseVersion) throws LibraryException {
        purgeExpired();
        Stored s = own(owner, id);
        if (baseVersion != null && baseVersion != s.meta().current()) {
            throw conflict(s.meta().current());
        }
        JsonNode draft = s.meta().versions().stream().anyMatch(v -> v.version() == number) ? draft(s, number) : null;
        if (draft == null) {
            throw new LibraryException(Reason.NOT_FOUND, "Version " + number + " of this quiz is not kept: the last "
                    + KEPT_VERSIONS + " versions are.");
        }
        return saveNext(s, draft);
    }

    /** Deletes a quiz; {@link #restore} undoes it until the time returned (epoch ms), then it is gone. */
    public synchronized long delete(String owner, String id) throws LibraryException {
        purgeExpired();
        own(owner, id);
        long until = clock.getAsLong() + UNDO_MS;
        LibraryIo.write(() -> {
            storage.setDeleted(owner, id, until);
            return 0;
        });
        hosted.place(id, null, null);
        storage.changed(id);
        log.info("library quiz deleted {} {}", kv("owner", owner), kv("quiz", id));
        return until;
    }

    /** Undoes a delete within {@value #UNDO_MS} ms; a quiz not deleted is answered as it is. */
    public synchronized View restore(String owner, String id) throws LibraryException {
        purgeExpired();
        Stored s = LibraryIo.read(() -> storage.quiz(owner, id));
        if (s == null || (s.undoUntil() != null && s.undoUntil() <= clock.getAsLong())) {
            if (s != null || LibraryIo.read(() -> storage.gone(owner, id))) {
                throw new LibraryException(Reason.GONE, "This quiz was deleted more than " + UNDO_MS / 1000
                        + " seconds ago: it can no longer be restored.");
            }
            throw notFound(id);
        }
        if (s.undoUntil() != null) {
            checkQuota(owner);
            LibraryIo.write(() -> {
                storage.setDeleted(owner, id, null);
                return 0;
            });
            refresh(owner, id);
            if (s.meta().hostedVersion() != null && !hosted.has(id)) {
                log.warn("library quiz {}: its id was taken in the catalog meanwhile; not hostable here until saved", id);
            }
            storage.changed(id);
            log.info("library quiz restored {} {}", kv("owner", owner), kv("quiz", id));
        }
        return view(id, s.meta(), draft(s, s.meta().current()));
    }

    /**
     * A new quiz from a file of any format {@link QuizImporters} reads; a file the importer reads but the loader
     * refuses becomes a draft with its problems ({@link LibraryImports}).
     */
    public Imported importFile(String owner, String fileName, byte[] content) throws LibraryException {
        return LibraryImports.importFile(this, owner, fileName, content, maxQuestions);
    }

    // ---- inside ------------------------------------------------------------------------------------------------

    private View saveNext(Stored s, JsonNode draft) throws LibraryException {
        Meta old = s.meta();
        if (LibraryFormat.hash(draft).equals(old.hash())) {
            return view(s.id(), old, null);
        }
        DraftCheck.Result r = DraftCheck.check(catalog.loader(), draft, s.id());
        VersionInfo v = info(old.current() + 1, draft, r);
        Integer hostedVersion = r.hostable() ? Integer.valueOf(v.version()) : old.hostedVersion();
        List<VersionInfo> all = new ArrayList<>(old.versions());
        all.add(v);
        List<VersionInfo> kept = new ArrayList<>();
        List<Integer> pruned = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            int n = all.get(i).version();
            if (i >= all.size() - KEPT_VERSIONS || hostedVersion != null && n == hostedVersion) {
                kept.add(all.get(i));
            } else {
                pruned.add(n);
            }
        }
        Meta meta = new Meta(kept, r.problems(), LibraryFormat.hash(draft), hostedVersion);
        int current = LibraryIo.write(() -> storage.append(s.owner(), s.id(), old.current(), meta, draft));
        if (current != -1) {
            throw conflict(current);
        }
        if (!pruned.isEmpty()) {
            storage.removeVersions(s.owner(), s.id(), pruned);
        }
        if (r.hostable()) {
            hosted.place(s.id(), v.version(), r.quiz());
        }
        storage.changed(s.id());
        return view(s.id(), meta, null);
    }

    private VersionInfo info(int number, JsonNode draft, DraftCheck.Result r) {
        return new VersionInfo(number, clock.getAsLong(), LibraryFormat.title(draft), LibraryFormat.questionCount(draft),
                r.problems().size());
    }

    /** Puts the quiz's hosted version, as the storage has it now, in this server's catalog (or takes it out). */
    private void refresh(String owner, String id) throws LibraryException {
        Stored s = owner == null ? null : LibraryIo.read(() -> storage.quiz(owner, id));
        Integer target = s == null || s.undoUntil() != null ? null : s.meta().hostedVersion();
        LibraryHosting.Hosted now = hosted.get(id);
        if (target == null) {
            hosted.place(id, null, null);
        } else if (now == null || now.version() != target) {
            JsonNode draft = LibraryIo.read(() -> storage.draft(owner, id, target));
            DraftCheck.Result r = draft == null ? null : DraftCheck.check(catalog.loader(), draft, id);
            if (r != null && r.hostable()) {
                hosted.place(id, target, r.quiz());
            } else {
                log.warn("library quiz {}: its hosted version {} cannot be hosted here", id, target);
                hosted.place(id, null, null);
            }
        }
    }

    /** Another server saved, deleted, restored or purged the quiz: this catalog follows. */
    private synchronized void changedElsewhere(String id) {
        try {
            refresh(LibraryIo.read(() -> storage.ownerOf(id)), id);
        } catch (LibraryException | RuntimeException e) {
            log.warn("library quiz {} changed on another server but could not be read here: {}", id, e.toString());
        }
    }

    /** Carries out the deletions whose undo time has passed. */
    private void purgeExpired() {
        for (Stored s : storage.purgeExpired(clock.getAsLong())) {
            hosted.place(s.id(), null, null);
        }
    }

    /** The owner's quiz, not deleted; else the refusal a stale tab or a wrong id gets. */
    private Stored own(String owner, String id) throws LibraryException {
        Stored s = LibraryIo.read(() -> storage.quiz(owner, id));
        if (s == null) {
            if (LibraryIo.read(() -> storage.gone(owner, id))) {
                throw new LibraryException(Reason.GONE, "This quiz was deleted.");
            }
            if (catalog.has(id) && !hosted.has(id)) {
                throw new LibraryException(Reason.READ_ONLY, "This quiz comes with the server and is read-only: "
                        + "duplicate it to edit a copy.");
            }
            throw notFound(id);
        }
        if (s.undoUntil() != null) {
            throw new LibraryException(Reason.GONE, "This quiz was deleted; it can be restored for a few seconds, "
                    + "until " + java.time.Instant.ofEpochMilli(s.undoUntil()) + ".");
        }
        return s;
    }

    /** A bundled (or uploaded) quiz of the catalog that is not one of the library's: readable by anyone. */
    private Quiz readOnly(String id) {
        if (hosted.has(id)) {
            return null;
        }
        return catalog.find(id).orElse(null);
    }

    private void checkQuota(String owner) throws LibraryException {
        long active = LibraryIo.read(() -> storage.quizzes(owner)).stream().filter(s -> s.undoUntil() == null).count();
        if (active >= maxQuizzes) {
            throw new LibraryException(Reason.QUOTA, ProblemCode.LIBRARY_FULL.with(active));
        }
    }

    private void checkSize(JsonNode draft) throws LibraryException {
        if (draft == null || !draft.isObject()) {
            throw new LibraryException(Reason.BAD_REQUEST, "The draft must be a JSON object (a quiz with a title and questions).");
        }
        int n = LibraryFormat.questionCount(draft);
        if (n > maxQuestions) {
            throw new LibraryException(Reason.BAD_REQUEST, ProblemCode.LIBRARY_TOO_MANY_QUESTIONS.with(n, maxQuestions));
        }
    }

    private String newId() throws LibraryException {
        String id;
        do {
            id = LibraryFormat.newId(random);
        } while (catalog.has(id) || LibraryIo.read(storageOwnerOf(id)) != null);
        return id;
    }

    private LibraryIo.Io<String> storageOwnerOf(String id) {
        return () -> storage.ownerOf(id);
    }

    private View view(String id, Meta m, JsonNode draft) {
        VersionInfo v = m.currentInfo();
        return new View(id, v.version(), v.updatedAt(), draft, m.problems(), m.hostedVersion() != null, m.hostedVersion(), false);
    }

    private JsonNode draft(Stored s, int number) throws LibraryException {
        JsonNode draft = LibraryIo.read(() -> storage.draft(s.owner(), s.id(), number));
        if (draft == null) {
            throw new LibraryException(Reason.NOT_FOUND, "Version " + number + " of this quiz is not kept: the last "
                    + KEPT_VERSIONS + " versions are.");
        }
        return draft;
    }

    private static LibraryException conflict(int current) {
        return new LibraryException(Reason.CONFLICT, "This quiz was changed elsewhere (another tab or device): it is at "
                + "version " + current + " now. Reload it, then make your change again.", current);
    }

    private static LibraryException notFound(String id) {
        return new LibraryException(Reason.NOT_FOUND, "There is no quiz " + id + " in your library.");
    }
}
