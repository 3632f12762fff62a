package quiznight.homework;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quiznight.game.Clock;
import quiznight.game.NameFilter;
import quiznight.quiz.Question;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.QuizLoader;
import quiznight.quiz.Submission;

/**
 * Every homework assignment of this server, and the one thread their state lives on ({@link #on}): each change is
 * written to the assignment's journal ({@link AssignmentStore}) before it is applied and answered, and the journals
 * are replayed, with the times they recorded, so a student resumes at the same question with the same score.
 *
 * <p>With a store several servers share (cluster mode), this server's assignments are a cache of the store: each is
 * read when first asked for and caught up with what the other servers appended before every request; a change is
 * checked against the caught-up state and appended only at the length this server replayed, else caught up and
 * checked again. So a student may send each request to any server, and a duplicate answer sent to two at once is
 * judged once: the second is checked after the first and refused.
 */
public final class Homework implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Homework.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Assignments one organiser (or, with hosting open or by key, everyone together) keeps. */
    public static final int MAX_PER_OWNER = 50;
    /** Tries of one change when other servers keep appending first (each try catches up and checks again). */
    static final int ATTEMPTS = 20;

    private final AssignmentStore store;
    private final boolean shared;
    private final NameFilter names;
    private final Clock clock;
    private final Map<String, Kept> byId = new LinkedHashMap<>();
    /** Loads each journal's questions: the server's loader, with its shuffle secret. */
    private final QuizLoader loader;
    /** The latest deadline of any assignment of each quiz, by quiz id: read from any thread ({@link #assigns}). */
    private final Map<String, Long> deadlines = new java.util.concurrent.ConcurrentHashMap<>();
    /** The deadline of each assignment known here, by id: read from any thread ({@link #isOpen}). */
    private final Map<String, Long> deadlineById = new java.util.concurrent.ConcurrentHashMap<>();
    private final ExecutorService loop = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "quiznight-homework");
        t.setDaemon(true);
        return t;
    });

    /** An assignment as replayed here, and how many of its journal's records that is. */
    private static final class Kept {
        final Assignment assignment;
        int records;

        Kept(Assignment assignment, int records) {
            this.assignment = assignment;
            this.records = records;
        }
    }

    private Homework(AssignmentStore store, NameFilter names, Clock clock, QuizLoader loader) {
        this.loader = loader;
        this.store = store;
        this.shared = store.shared();
        this.names = names;
        this.clock = clock;
    }

    /** As {@link #open(AssignmentStore, NameFilter, Clock, QuizLoader)} with {@link QuizLoader#forChecking()}. */
    public static Homework open(AssignmentStore store, NameFilter names, Clock clock) {
        return open(store, names, clock, QuizLoader.forChecking());
    }

    /**
     * Opens the store. A store only this server writes is replayed now, every journal; one that cannot be read is
     * left out (and logged). A shared store is read as assignments are asked for. {@code loader} is the server's
     * (its shuffle secret): each journal's questions are loaded again with it.
     */
    public static Homework open(AssignmentStore store, NameFilter names, Clock clock, QuizLoader loader) {
        Homework h = new Homework(store, names, clock, loader);
        if (!h.shared) {
            for (String id : store.ids()) {
                h.load(id);
            }
        }
        return h;
    }

    public Clock clock() {
        return clock;
    }

    public NameFilter names() {
        return names;
    }

    /**
     * True while an assignment of quiz {@code quizId} known to this server is open at {@code now} (its deadline not
     * passed): its students must not find the answers elsewhere (solo practice). Safe from any thread.
     */
    public boolean assigns(String quizId, long now) {
        Long deadline = deadlines.get(quizId);
        return deadline != null && now <= deadline;
    }

    /**
     * True while the assignment with this id is known to this server and its deadline has not passed at {@code now}
     * (what counts joins to it may forget them after). Safe from any thread.
     */
    public boolean isOpen(String id, long now) {
        Long deadline = deadlineById.get(id);
        return deadline != null && now <= deadline;
    }

    /** Runs {@code work} on the homework thread; the future fails with what it throws. */
    public <T> CompletableFuture<T> on(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, loop);
    }

    // ---- on the homework thread ----------------------------------------------------------------

    /** The assignment (in a shared store, as it is now), or 404. */
    public Assignment find(String id) {
        Kept k = id == null ? null : current(id);
        if (k == null) {
            throw new HomeworkException(404, "There is no homework with that link: check it with your teacher.");
        }
        return k.assignment;
    }

    /** The owner's assignments, newest first. */
    public List<Assignment> of(String owner) {
        List<Assignment> list = new ArrayList<>();
        if (shared) {
            for (String id : stored(() -> store.ids(owner))) {
                Kept k = current(id);
                if (k != null && k.assignment.spec().owner().equals(owner)) {
                    list.add(k.assignment);
                }
            }
        } else {
            for (Kept k : byId.values()) {
                if (k.assignment.spec().owner().equals(owner)) {
                    list.add(k.assignment);
                }
            }
        }
        list.sort(Comparator.comparingLong((Assignment a) -> a.spec().createdAt()).reversed());
        return list;
    }

    /** A new assignment of {@code questions} (chosen and timed already). 409 past the owner's limit, 400 for a past deadline. */
    public Assignment create(String owner, String title, Quiz quiz, List<Question> questions, long deadline) {
        long now = clock.millis();
        if (deadline <= now) {
            throw new HomeworkException(400, "The deadline must be in the future.");
        }
        int kept = shared ? stored(() -> store.ids(owner)).size() : of(owner).size();
        if (kept >= MAX_PER_OWNER) {
            throw new HomeworkException(409, "You already have " + MAX_PER_OWNER + " assignments: that is the most one organiser keeps.");
        }
        for (int i = 0; i < ATTEMPTS; i++) {
            Assignment.Spec spec = new Assignment.Spec(randomId(), owner, title, quiz.id(), quiz.title(), questions,
                    deadline, now);
            if (stored(() -> store.append(spec.id(), 0, JournalRecords.created(spec, quiz)))) {
                Assignment a = new Assignment(spec, names);
                byId.put(spec.id(), new Kept(a, 1));
                known(spec);
                return a;
            }
        }
        throw busy();
    }

    public Student join(Assignment a, String name) {
        Kept k = kept(a);
        for (int i = 0; i < ATTEMPTS; i++) {
            long now = clock.millis();
            String cleaned = a.admit(name, now);
            String id = randomId();
            String token = randomToken();
            if (append(k, JournalRecords.joined(id, token, cleaned, now))) {
                return a.joinRecorded(id, token, cleaned, now);
            }
        }
        throw busy();
    }

    public Assignment.Step question(Assignment a, Student s) {
        Kept k = kept(a);
        for (int i = 0; i < ATTEMPTS; i++) {
            long now = clock.millis();
            if (shared && a.expired(s, now)) {
                int open = s.done();
                if (append(k, JournalRecords.missed(s, open, now))) {
                    return a.missedRecorded(s, open, now);
                }
            } else if (!a.sends(s, now) || append(k, JournalRecords.sent(s, s.done(), now))) {
                // Alone, a timed-out question closes here unrecorded: the next record's replay closes it again.
                return a.question(s, now);
            }
        }
        throw busy();
    }

    public Assignment.Outcome answer(Assignment a, Student s, int index, Submission submission) {
        Kept k = kept(a);
        for (int i = 0; i < ATTEMPTS; i++) {
            long now = clock.millis();
            if (shared && a.expired(s, now)) {
                int open = s.done();
                if (!append(k, JournalRecords.missed(s, open, now))) {
                    continue;
                }
                Assignment.Step closed = a.missedRecorded(s, open, now);
                if (index == open) {
                    throw new HomeworkException.Late(closed.timedOut());
                }
            }
            Submission accepted = a.accept(s, index, submission, now);
            if (append(k, JournalRecords.answered(a, s, index, accepted, now))) {
                return a.answerRecorded(s, index, accepted, now);
            }
        }
        throw busy();
    }

    // ---- the store -----------------------------------------------------------------------------

    /** The assignment as its journal is now: read the first time; in a shared store, caught up. Null if none. */
    private Kept current(String id) {
        Kept k = byId.get(id);
        if (k == null) {
            return shared ? load(id) : null;
        }
        if (shared) {
            catchUp(id, k);
        }
        return k;
    }

    /** Replays a whole journal into the cache; null (and logged) when it is empty or cannot be replayed. */
    private Kept load(String id) {
        List<JsonNode> records = stored(() -> store.read(id));
        if (records.isEmpty()) {
            if (!shared) {
                log.warn("homework journal {} is empty and was left out", id);
            }
            return null;
        }
        try {
            Kept k = new Kept(JournalRecords.replay(records, names, loader), records.size());
            byId.put(k.assignment.spec().id(), k);
            known(k.assignment.spec());
            return k;
        } catch (QuizFormatException | RuntimeException e) {
            log.warn("homework journal {} cannot be replayed and was left out: {}", id, e.toString());
            return null;
        }
    }

    /** Notes an assignment's deadline for the reads from any thread ({@link #assigns}, {@link #isOpen}). */
    private void known(Assignment.Spec spec) {
        deadlines.merge(spec.quizId(), spec.deadline(), Math::max);
        deadlineById.put(spec.id(), spec.deadline());
    }

    /** Applies what other servers appended since this server last read the journal. */
    private void catchUp(String id, Kept k) {
        for (JsonNode r : stored(() -> store.read(id, k.records))) {
            try {
                JournalRecords.apply(k.assignment, r);
            } catch (QuizFormatException | RuntimeException e) {
                // Every record was checked against the records before it when it was appended: this one is damaged.
                byId.remove(id);
                log.error("homework journal {}: record {} cannot be replayed: {}", id, k.records, e.toString());
                throw new HomeworkException(503, "This homework cannot be read just now: tell your teacher.");
            }
            k.records++;
        }
    }

    /**
     * Appends the record of a change checked against the assignment as replayed: true, and the caller applies it;
     * false when another server appended first, and the assignment is caught up for the caller to check again.
     */
    private boolean append(Kept k, ObjectNode record) {
        String id = k.assignment.spec().id();
        if (stored(() -> store.append(id, k.records, record))) {
            k.records++;
            return true;
        }
        catchUp(id, k);
        return false;
    }

    private Kept kept(Assignment a) {
        Kept k = byId.get(a.spec().id());
        if (k == null || k.assignment != a) {
            throw new HomeworkException(503, "This homework was reloaded meanwhile: ask again.");
        }
        return k;
    }

    /** What the store answers; a store that cannot be reached (or written) is a 503 with its sentence. */
    private <T> T stored(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            log.warn("the homework store failed: {}", e.toString());
            throw new HomeworkException(503, "Homework cannot be saved or read just now: try again in a moment.");
        }
    }

    private static HomeworkException busy() {
        return new HomeworkException(503, "This homework is very busy just now: try again in a moment.");
    }

    private static String randomId() {
        byte[] b = new byte[9];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String randomToken() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    @Override
    public void close() {
        loop.shutdown();
        try {
            loop.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
    }
}
