package quiznight.homework;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import quiznight.quiz.QuizWriter;
import quiznight.quiz.Submission;

/**
 * Every homework assignment of this server, and the one thread their state lives on ({@link #on}): each change is
 * written to the assignment's journal ({@link AssignmentStore}) before it is answered, and the journals are replayed
 * at start, with the times they recorded, so a student resumes at the same question with the same score.
 */
public final class Homework implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Homework.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Assignments one organiser (or, with hosting open or by key, everyone together) keeps. */
    public static final int MAX_PER_OWNER = 50;
    /** The created record's mark that the quiz's order questions were shuffled with the server's secret. */
    private static final String ORDER_SHUFFLE = "orderShuffle";

    private final AssignmentStore store;
    private final NameFilter names;
    private final Clock clock;
    private final Map<String, Assignment> byId = new LinkedHashMap<>();
    /** The latest deadline of any assignment of each quiz, by quiz id: read from any thread ({@link #assigns}). */
    private final Map<String, Long> deadlines = new java.util.concurrent.ConcurrentHashMap<>();
    private final ExecutorService loop = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "quiznight-homework");
        t.setDaemon(true);
        return t;
    });

    private Homework(AssignmentStore store, NameFilter names, Clock clock) {
        this.store = store;
        this.names = names;
        this.clock = clock;
    }

    /** As {@link #open(AssignmentStore, NameFilter, Clock, QuizLoader)} with {@link QuizLoader#forChecking()}. */
    public static Homework open(AssignmentStore store, NameFilter names, Clock clock) {
        return open(store, names, clock, QuizLoader.forChecking());
    }

    /**
     * Opens the store and replays every journal in it; one that cannot be read is left out (and logged).
     * {@code loader} is the server's (its shuffle secret): each journal's questions are loaded again with it.
     */
    public static Homework open(AssignmentStore store, NameFilter names, Clock clock, QuizLoader loader) {
        Homework h = new Homework(store, names, clock);
        for (String id : store.ids()) {
            try {
                Assignment a = replay(store.read(id), names, loader);
                h.byId.put(a.spec().id(), a);
                h.deadlines.merge(a.spec().quizId(), a.spec().deadline(), Math::max);
            } catch (QuizFormatException | RuntimeException e) {
                log.warn("homework journal {} cannot be replayed and was left out: {}", id, e.toString());
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
     * True while an assignment of quiz {@code quizId} is open at {@code now} (its deadline not passed): its students
     * must not find the answers elsewhere (solo practice). Safe from any thread.
     */
    public boolean assigns(String quizId, long now) {
        Long deadline = deadlines.get(quizId);
        return deadline != null && now <= deadline;
    }

    /** Runs {@code work} on the homework thread; the future fails with what it throws. */
    public <T> CompletableFuture<T> on(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, loop);
    }

    // ---- on the homework thread ----------------------------------------------------------------

    /** The assignment, or 404. */
    public Assignment find(String id) {
        Assignment a = id == null ? null : byId.get(id);
        if (a == null) {
            throw new HomeworkException(404, "There is no homework with that link: check it with your teacher.");
        }
        return a;
    }

    /** The owner's assignments, newest first. */
    public List<Assignment> of(String owner) {
        List<Assignment> list = new ArrayList<>();
        for (Assignment a : byId.values()) {
            if (a.spec().owner().equals(owner)) {
                list.add(a);
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
        if (of(owner).size() >= MAX_PER_OWNER) {
            throw new HomeworkException(409, "You already have " + MAX_PER_OWNER + " assignments: that is the most one organiser keeps.");
        }
        Assignment.Spec spec = new Assignment.Spec(randomId(), owner, title, quiz.id(), quiz.title(), questions,
                deadline, now);
        ObjectNode created = record("created", now);
        created.put("id", spec.id()).put("owner", owner).put("title", title).put("quizId", quiz.id())
                .put("quizTitle", quiz.title()).put("deadline", deadline).put(ORDER_SHUFFLE, "secret");
        created.set("quiz", QuizWriter.quiz(quiz.id(), quiz.title(), questions));
        store.append(spec.id(), created);
        Assignment a = new Assignment(spec, names);
        byId.put(spec.id(), a);
        deadlines.merge(quiz.id(), deadline, Math::max);
        return a;
    }

    public Student join(Assignment a, String name) {
        Student s = a.join(randomId(), randomToken(), name, clock.millis());
        ObjectNode r = record("joined", s.joinedAt());
        r.put("student", s.id()).put("token", s.token()).put("name", s.name());
        store.append(a.spec().id(), r);
        return s;
    }

    public Assignment.Step question(Assignment a, Student s) {
        boolean wasOpen = s.open();
        int before = s.done();
        Assignment.Step step = a.question(s, clock.millis());
        if (step.question() != null && (!wasOpen || before != s.done())) {
            ObjectNode r = record("sent", s.sentAt());
            r.put("student", s.id()).put("index", step.index());
            store.append(a.spec().id(), r);
        }
        return step;
    }

    public Assignment.Outcome answer(Assignment a, Student s, int index, Submission submission) {
        long now = clock.millis();
        Assignment.Outcome o = a.answer(s, index, submission, now);
        Question q = a.spec().questions().get(index);
        ObjectNode r = record("answered", now);
        r.put("student", s.id()).put("index", index);
        r.set("answer", JSON.valueToTree(q.kind().rules().answerToWire(s.answer(index).submission())));
        store.append(a.spec().id(), r);
        return o;
    }

    // ---- replay --------------------------------------------------------------------------------

    /**
     * An assignment from its journal. Its questions are loaded with {@code loader}, or, for a journal written before
     * order questions were shuffled with a secret (no {@code orderShuffle}), with the shuffle of then
     * ({@link QuizLoader#beforeSecrets()}), so that recorded answers name the items as they were shown.
     */
    static Assignment replay(List<JsonNode> records, NameFilter names, QuizLoader loader) throws QuizFormatException {
        if (records.isEmpty() || !"created".equals(records.get(0).path("t").asText())) {
            throw new QuizFormatException("the journal does not start with its created record");
        }
        JsonNode c = records.get(0);
        Quiz played;
        try {
            played = QuizLoader.forJournal(loader, c.has(ORDER_SHUFFLE)).load(
                    new ByteArrayInputStream(JSON.writeValueAsBytes(c.get("quiz"))),
                    "homework journal " + c.path("id").asText(), c.path("quizId").asText());
        } catch (IOException e) {
            throw new QuizFormatException("the journal's questions cannot be read: " + e.getMessage(), e);
        }
        Assignment a = new Assignment(new Assignment.Spec(c.path("id").asText(), c.path("owner").asText(),
                c.path("title").asText(), c.path("quizId").asText(), c.path("quizTitle").asText(), played.questions(),
                c.path("deadline").asLong(), c.path("at").asLong()), names);
        Map<String, Student> students = new LinkedHashMap<>();
        for (JsonNode r : records.subList(1, records.size())) {
            long at = r.path("at").asLong();
            switch (r.path("t").asText()) {
                case "joined" -> students.put(r.path("student").asText(), a.joinRecorded(r.path("student").asText(),
                        r.path("token").asText(), r.path("name").asText(), at));
                case "sent" -> a.sentRecorded(known(students, r), r.path("index").asInt(), at);
                case "answered" -> {
                    int index = r.path("index").asInt();
                    Question q = a.spec().questions().get(index);
                    a.answerRecorded(known(students, r), index, q.kind().rules().readJournaled(r.get("answer")), at);
                }
                default -> throw new QuizFormatException("unknown journal record '" + r.path("t").asText() + "'");
            }
        }
        return a;
    }

    private static Student known(Map<String, Student> students, JsonNode r) {
        Student s = students.get(r.path("student").asText());
        if (s == null) {
            throw new IllegalStateException("a record names a student who never joined");
        }
        return s;
    }

    private static ObjectNode record(String type, long at) {
        ObjectNode r = JSON.createObjectNode();
        r.put("t", type).put("at", at);
        return r;
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
