package quiznight.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import quiznight.game.Judging;
import quiznight.game.NameFilter;
import quiznight.homework.Assignment;
import quiznight.homework.AssignmentStore;
import quiznight.homework.Homework;
import quiznight.homework.HomeworkException;
import quiznight.homework.Student;
import quiznight.quiz.Question;
import quiznight.quiz.Quiz;
import quiznight.quiz.Submission;
import quiznight.testing.ManualClock;
import quiznight.testing.Questions;
import quiznight.testing.RedisServer;

/**
 * Two servers' homework on one Redis (the rules on a manual clock, the journal in a real Redis): each serves any
 * request of any student, catching up with the other's records first, and a change that loses a race to the other
 * server is checked again after it, so nothing is lost or counted twice.
 */
class SharedHomeworkTest {
    static final long DEADLINE_IN = 3_600_000;
    static RedisServer redis;
    static RedisLink link;
    final ManualClock clock = new ManualClock(5_000_000);
    Homework a;
    Homework b;

    @BeforeAll
    static void startRedis() throws Exception {
        redis = new RedisServer();
        link = new RedisLink(redis.url(), (channel, message) -> { });
    }

    @AfterAll
    static void stopRedis() throws InterruptedException {
        link.close();
        redis.close();
    }

    @BeforeEach
    void twoServers() {
        a = Homework.open(new RedisAssignments(link), NameFilter.none(), clock);
        b = Homework.open(new RedisAssignments(link), NameFilter.none(), clock);
    }

    @AfterEach
    void stop() {
        a.close();
        b.close();
        link.sync().flushall();
    }

    static Quiz quiz() {
        List<Question> qs = List.of(Questions.single(1, 10_000), Questions.single(2, 10_000), Questions.single(0, 10_000));
        return new Quiz("mixed", "Mixed", "", qs);
    }

    /** Runs on that server's homework thread, throwing what it throws. */
    static <T> T on(Homework h, Supplier<T> work) {
        try {
            return h.on(work).join();
        } catch (CompletionException e) {
            throw (RuntimeException) e.getCause();
        }
    }

    String create(Homework h) {
        return on(h, () -> h.create("default", "Week 1", quiz(), quiz().questions(), clock.millis() + DEADLINE_IN))
                .spec().id();
    }

    static String join(Homework h, String id, String name) {
        return on(h, () -> h.join(h.find(id), name)).token();
    }

    static Assignment.Step question(Homework h, String id, String token) {
        return on(h, () -> {
            Assignment as = h.find(id);
            return h.question(as, as.student(token));
        });
    }

    static Assignment.Outcome answer(Homework h, String id, String token, int index, int choice) {
        return on(h, () -> {
            Assignment as = h.find(id);
            return h.answer(as, as.student(token), index, new Submission.Choice(choice));
        });
    }

    static Assignment.Progress progress(Homework h, String id) {
        return on(h, () -> h.find(id).progress());
    }

    static Student student(Homework h, String id, String token) {
        return on(h, () -> h.find(id).student(token));
    }

    static int status(Runnable r) {
        try {
            r.run();
        } catch (HomeworkException e) {
            return e.status();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aStudentJoinedOnOneServerIsServedByTheOther_andEachSeesTheOthersChanges() {
        String id = create(a);
        assertThat(on(b, () -> b.find(id).spec().title())).isEqualTo("Week 1");
        assertThat(on(b, () -> b.of("default"))).extracting(x -> x.spec().id()).containsExactly(id);

        String ada = join(a, id, "Ada");
        assertThat(status(() -> join(b, id, "ADA"))).as("the nickname is taken on every server").isEqualTo(409);
        Assignment.Step first = question(b, id, ada);
        assertThat(first.index()).isZero();
        clock.advance(2_000);
        assertThat(question(a, id, ada).answerBy()).as("the same open question, with its time").isEqualTo(first.answerBy());
        Assignment.Outcome o = answer(a, id, ada, 0, 1);
        assertThat(o.right()).isTrue();

        assertThat(student(b, id, ada).score()).isEqualTo(o.score());
        assertThat(question(b, id, ada).index()).isEqualTo(1);
        assertThat(progress(b, id).questions().get(0).answered()).isEqualTo(1);
        assertThat(progress(a, id)).isEqualTo(progress(b, id));
    }

    @Test
    void anAnswerThatLosesTheRaceToTheSameAnswerOnTheOtherServerIsRefused_andCountsOnce() {
        String id = create(a);
        String ada = join(a, id, "Ada");
        question(a, id, ada);
        clock.advance(1_000);
        // Server a has checked Ada's answer against what it replayed; server b records the same answer just before
        // a appends its own.
        Homework racing = Homework.open(new Racing(new RedisAssignments(link), "answered",
                () -> answer(b, id, ada, 0, 1)), NameFilter.none(), clock);
        try {
            on(racing, () -> racing.find(id));
            assertThatThrownBy(() -> answer(racing, id, ada, 0, 1)).isInstanceOf(HomeworkException.class)
                    .hasMessage("You have already answered this question.");
            int score = student(b, id, ada).score();
            assertThat(score).isPositive();
            for (Homework h : List.of(a, b, racing)) {
                assertThat(progress(h, id).questions().get(0).answered()).isEqualTo(1);
                assertThat(student(h, id, ada).score()).isEqualTo(score);
            }
            assertThat(new RedisAssignments(link).read(id)).extracting(r -> r.get("t").asText())
                    .containsExactly("created", "joined", "sent", "answered");
        } finally {
            racing.close();
        }
    }

    @Test
    void aJoinThatLosesTheRaceToTheSameNicknameIsRefused() {
        String id = create(a);
        Homework racing = Homework.open(new Racing(new RedisAssignments(link), "joined", () -> join(b, id, "Ada")),
                NameFilter.none(), clock);
        try {
            on(racing, () -> racing.find(id));
            assertThat(status(() -> join(racing, id, "ada"))).isEqualTo(409);
            assertThat(progress(a, id).students()).isEqualTo(1);
        } finally {
            racing.close();
        }
    }

    @Test
    void aQuestionThatTimedOutClosesOnceForEveryServer() {
        String id = create(a);
        String ada = join(a, id, "Ada");
        question(a, id, ada);
        clock.advance(10_000 + Judging.HOMEWORK_GRACE_MS + 1);

        Assignment.Step missed = question(b, id, ada);
        assertThat(missed.question()).isNull();
        assertThat(missed.timedOut().index()).isZero();
        Assignment.Step next = question(a, id, ada);
        assertThat(next.timedOut()).as("server a knows it closed: its reveal is not shown twice").isNull();
        assertThat(next.index()).isEqualTo(1);
        assertThat(progress(a, id).questions().get(0).closed()).isEqualTo(1);
        assertThat(progress(b, id)).isEqualTo(progress(a, id));
    }

    @Test
    void aLateAnswerClosesTheQuestionOnEveryServer_andAfterTheDeadlineNoServerTakesAJoinOrSendsAQuestion() {
        String id = create(a);
        String ada = join(a, id, "Ada");
        String bob = join(b, id, "Bob");
        clock.advance(DEADLINE_IN - 1_000);
        question(a, id, ada);
        clock.advance(10_000 + Judging.HOMEWORK_GRACE_MS + 1);

        assertThatThrownBy(() -> answer(b, id, ada, 0, 1)).isInstanceOf(HomeworkException.Late.class);
        assertThatThrownBy(() -> answer(a, id, ada, 0, 1)).isInstanceOf(HomeworkException.class)
                .hasMessage("Time was up for this question: it cannot be answered any more.");
        for (Homework h : List.of(a, b)) {
            assertThat(status(() -> question(h, id, ada))).isEqualTo(410);
            assertThat(status(() -> question(h, id, bob))).isEqualTo(410);
            assertThat(status(() -> join(h, id, "Cy"))).isEqualTo(410);
            assertThat(student(h, id, ada).score()).isZero();
            assertThat(progress(h, id).questions().get(0).answered()).isZero();
        }
    }

    @Test
    void aServerStartedLaterReadsEveryAssignmentBackFromTheStore() {
        String id = create(a);
        String ada = join(a, id, "Ada");
        question(b, id, ada);
        clock.advance(3_000);
        answer(b, id, ada, 0, 1);
        Assignment.Step open = question(a, id, ada);

        Homework later = Homework.open(new RedisAssignments(link), NameFilter.none(), clock);
        try {
            assertThat(on(later, () -> later.of("default"))).hasSize(1);
            assertThat(student(later, id, ada).score()).isEqualTo(student(a, id, ada).score());
            assertThat(question(later, id, ada).answerBy()).isEqualTo(open.answerBy());
            assertThat(status(() -> on(later, () -> later.find("AAAAAAAAAAAA")))).isEqualTo(404);
        } finally {
            later.close();
        }
    }

    /** A store that lets the other server change the journal just before its first append of one kind of record. */
    static final class Racing implements AssignmentStore {
        private final RedisAssignments store;
        private final String type;
        private Runnable before;

        Racing(RedisAssignments store, String type, Runnable before) {
            this.store = store;
            this.type = type;
            this.before = before;
        }

        @Override
        public boolean shared() {
            return true;
        }

        @Override
        public boolean append(String id, int at, ObjectNode record) {
            if (before != null && record.path("t").asText().equals(type)) {
                Runnable r = before;
                before = null;
                r.run();
            }
            return store.append(id, at, record);
        }

        @Override
        public void append(String id, ObjectNode record) {
            store.append(id, record);
        }

        @Override
        public List<String> ids() {
            return store.ids();
        }

        @Override
        public List<String> ids(String owner) {
            return store.ids(owner);
        }

        @Override
        public List<JsonNode> read(String id) {
            return store.read(id);
        }

        @Override
        public List<JsonNode> read(String id, int from) {
            return store.read(id, from);
        }
    }
}
