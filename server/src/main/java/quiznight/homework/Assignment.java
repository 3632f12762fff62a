package quiznight.homework;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import quiznight.game.GameException;
import quiznight.game.Judging;
import quiznight.game.NameFilter;
import quiznight.game.Names;
import quiznight.game.QuestionWire;
import quiznight.game.Scoring;
import quiznight.quiz.Question;
import quiznight.quiz.Submission;

/**
 * The rules of one homework assignment, pure: every method takes the time as input and throws a
 * {@link HomeworkException} before changing anything. Each student plays alone: a question is sent to them when they
 * ask for it, and its time runs from then ({@code sentAt}); their answer is taken, judged and scored at once by
 * {@link Judging} as in a live game (speed and streak bonuses; it counts until {@link Judging#HOMEWORK_GRACE_MS}
 * after the question's time); the right answer and the explanation come back with their answer (or once its time
 * ran out), never before. After the deadline nobody joins and no question is sent; a question sent before it may
 * still be answered in its own time. Used on one thread.
 */
public final class Assignment {
    /** Students one assignment takes. */
    public static final int MAX_STUDENTS = 5_000;

    /**
     * What the organiser chose.
     *
     * @param questions the questions played, in order, with their time limits
     * @param deadline  epoch ms after which nobody joins and no question is sent
     */
    public record Spec(String id, String owner, String title, String quizId, String quizTitle, List<Question> questions,
                       long deadline, long createdAt) {
        public Spec {
            questions = List.copyOf(questions);
            if (questions.isEmpty()) {
                throw new IllegalArgumentException("an assignment needs questions");
            }
        }
    }

    /** A question's right answer as the reveal carries it ({@code correct} null for a poll), and its explanation. */
    public record Reveal(int index, Object correct, boolean judged, String explanation, String docs) {
    }

    /** The answer to a student's answer: how it scored, their total, and the reveal. */
    public record Outcome(int index, boolean right, int points, int bonus, int score, boolean finished, Reveal reveal) {
    }

    /**
     * What a student's {@code question} request gets: the open question (sent now or earlier) with the time it
     * closes; or, with no question, {@code timedOut}, the reveal of a question whose time ran out since (the next
     * one is sent on the next request, so the student reads it on their own time); or nothing when they finished.
     */
    public record Step(Student student, int index, Question question, long answerBy, Reveal timedOut) {
        public boolean finished() {
            return student.finished();
        }
    }

    /** One question's figures so far: students it closed for, how many answered, how many right. */
    public record QuestionProgress(int index, String text, boolean judged, int closed, int answered, int right) {
        /** Right among those who answered; null before anyone did or for a question with no right answer. */
        public Double shareRight() {
            return answered == 0 || !judged ? null : (double) right / answered;
        }
    }

    /** The organiser's view: students joined, started, finished, the finished students' average score, per question. */
    public record Progress(int students, int started, int finished, Double averageScore,
                           List<QuestionProgress> questions) {
    }

    private final Spec spec;
    private final NameFilter names;
    private final Scoring.Options scoring;
    private final Map<String, Student> byToken = new HashMap<>();
    private final Map<String, Student> byId = new LinkedHashMap<>();
    private final Map<String, String> idByNameKey = new HashMap<>();
    private final int[] closed;
    private final int[] answered;
    private final int[] right;
    private int started;
    private int finished;
    private long finishedScores;

    public Assignment(Spec spec, NameFilter names) {
        this.spec = spec;
        this.names = names;
        this.scoring = Scoring.Options.DEFAULT;
        int n = spec.questions().size();
        this.closed = new int[n];
        this.answered = new int[n];
        this.right = new int[n];
    }

    public Spec spec() {
        return spec;
    }

    public int total() {
        return spec.questions().size();
    }

    public boolean closed(long now) {
        return now > spec.deadline();
    }

    public Collection<Student> students() {
        return Collections.unmodifiableCollection(byId.values());
    }

    public int size() {
        return byId.size();
    }

    // ---- joining -------------------------------------------------------------------------------

    /**
     * A student joins under a nickname (the rules and the blocklist of joining a room), with the id and token the
     * caller drew. Refused after the deadline (410), when full or the name is taken (409), for a bad name (400).
     */
    public Student join(String id, String token, String rawName, long now) {
        String name = admit(rawName, now);
        return add(id, token, name, now, Names.keys(name));
    }

    /**
     * Whether a student may join now under {@code rawName}, changing nothing: the nickname cleaned, as {@link #join}
     * would record it, or the refusal {@link #join} would throw.
     */
    public String admit(String rawName, long now) {
        if (closed(now)) {
            throw new HomeworkException(410, "This homework closed at its deadline: it cannot be started any more.");
        }
        if (byId.size() >= MAX_STUDENTS) {
            throw new HomeworkException(409, "This homework already has " + MAX_STUDENTS
                    + " students: no more can join.");
        }
        String name;
        try {
            name = Names.clean(rawName);
            names.check(name);
        } catch (GameException e) {
            throw new HomeworkException(400, e.getMessage());
        }
        for (String key : Names.keys(name)) {
            if (idByNameKey.containsKey(key)) {
                throw new HomeworkException(409, "Someone doing this homework already uses that nickname.");
            }
        }
        return name;
    }

    /** A join read back from the journal: as it was, whatever the time and the blocklist say now. */
    public Student joinRecorded(String id, String token, String name, long at) {
        return add(id, token, name, at, Names.keys(name));
    }

    private Student add(String id, String token, String name, long now, List<String> keys) {
        Student s = new Student(id, token, name, now, total());
        byId.put(id, s);
        byToken.put(token, s);
        for (String key : keys) {
            idByNameKey.putIfAbsent(key, id);
        }
        return s;
    }

    /** The student with this id, or null (journal replay). */
    Student studentById(String id) {
        return byId.get(id);
    }

    /** The student holding this token; 403 for a token of nobody here. */
    public Student student(String token) {
        Student s = token == null ? null : byToken.get(token);
        if (s == null) {
            throw new HomeworkException(403, "That student token is not one of this homework's: start it again with your name.");
        }
        return s;
    }

    // ---- questions -----------------------------------------------------------------------------

    /**
     * The student's open question, or the next one sent now (its time starts now); after the last, the finished
     * step. A question whose time (and grace) ran out unanswered closes instead, scoring nothing, and its reveal is
     * the answer: the next question waits for the next request. No new question after the deadline (410).
     */
    public Step question(Student s, long now) {
        Reveal timedOut = closeIfExpired(s, now);
        if (s.open()) {
            return openStep(s, null);
        }
        if (s.finished() || timedOut != null) {
            return new Step(s, s.done, null, 0, timedOut);
        }
        if (closed(now)) {
            throw new HomeworkException(410, "This homework closed at its deadline: no more questions are sent.");
        }
        send(s, now);
        return openStep(s, timedOut);
    }

    /** Whether {@link #question} sends the student a new question now (nothing open, none left to close, in time). */
    public boolean sends(Student s, long now) {
        return !s.open() && !s.finished() && !closed(now);
    }

    /** Whether the student's open question's time and the grace are over: the next request closes it unanswered. */
    public boolean expired(Student s, long now) {
        return s.open() && Judging.late(now, s.sentAt + spec.questions().get(s.done).timeLimitMs(),
                Judging.HOMEWORK_GRACE_MS);
    }

    /**
     * Journal replay, and a shared journal's change: question {@code index}'s time ran out and it closed unanswered at
     * {@code at}; the step {@link #question} answers then (its reveal as {@code timedOut}).
     */
    public Step missedRecorded(Student s, int index, long at) {
        if (!expired(s, at) || s.done != index) {
            throw new IllegalStateException("question " + index + " closed out of turn for " + s.id());
        }
        return new Step(s, index, null, 0, closeIfExpired(s, at));
    }

    /** Journal replay: question {@code index} was sent at {@code at}. */
    public void sentRecorded(Student s, int index, long at) {
        closeIfExpired(s, at);
        if (s.open() || s.done != index) {
            throw new IllegalStateException("question " + index + " sent out of turn to " + s.id());
        }
        send(s, at);
    }

    private void send(Student s, long now) {
        if (!s.started()) {
            started++;
        }
        s.sentAt = now;
    }

    private Step openStep(Student s, Reveal timedOut) {
        Question q = spec.questions().get(s.done);
        return new Step(s, s.done, q, s.sentAt + q.timeLimitMs(), timedOut);
    }

    /** Closes the open question unanswered when its time and the grace are over; its reveal, else null. */
    private Reveal closeIfExpired(Student s, long now) {
        if (!expired(s, now)) {
            return null;
        }
        Question q = spec.questions().get(s.done);
        int index = s.done;
        s.streak = Judging.missed(q).streakAfter(s.streak);
        close(s, index, now);
        return reveal(index);
    }

    private void close(Student s, int index, long now) {
        closed[index]++;
        s.sentAt = -1;
        s.done++;
        if (s.finished()) {
            s.finishedAt = now;
            finished++;
            finishedScores += s.score;
        }
    }

    // ---- answers -------------------------------------------------------------------------------

    /**
     * The student's answer to question {@code index}: judged and scored at once. Refused when it is not their open
     * question (409: answered already, or not sent yet), when it does not fit the kind (400), and after its time and
     * the grace ({@link HomeworkException.Late}: the question closes unanswered, with its reveal).
     */
    public Outcome answer(Student s, int index, Submission submission, long now) {
        Submission accepted = accept(s, index, submission, now);
        return judge(s, index, spec.questions().get(index), accepted, now);
    }

    /**
     * The checks of {@link #answer} without judging: the submission as {@link #answer} would record it (words
     * normalised), or its refusal. Changes nothing, except a late answer's question, which closes ({@code Late}).
     */
    public Submission accept(Student s, int index, Submission submission, long now) {
        if (index < 0 || index >= total()) {
            throw new HomeworkException(400, "This homework has no question " + (index + 1) + ".");
        }
        if (!s.open() || index != s.done) {
            if (index < s.done) {
                throw new HomeworkException(409, s.answer(index) != null
                        ? "You have already answered this question."
                        : "Time was up for this question: it cannot be answered any more.");
            }
            throw new HomeworkException(409, "That question has not been sent to you yet: ask for your next question.");
        }
        if (expired(s, now)) {
            throw new HomeworkException.Late(closeIfExpired(s, now));
        }
        try {
            return Judging.accept(spec.questions().get(index), submission, names);
        } catch (GameException e) {
            throw new HomeworkException(400, e.getMessage());
        }
    }

    /** Journal replay: the answer was accepted at {@code at}. */
    public Outcome answerRecorded(Student s, int index, Submission submission, long at) {
        if (!s.open() || index != s.done) {
            throw new IllegalStateException("answer " + index + " out of turn from " + s.id());
        }
        return judge(s, index, spec.questions().get(index), submission, at);
    }

    private Outcome judge(Student s, int index, Question q, Submission submission, long now) {
        long response = Judging.responseMs(now, s.sentAt, 0);
        Judging.Verdict v = Judging.judge(q, submission, false, s.streak, response, q.timeLimitMs(), scoring);
        s.streak = v.streakAfter(s.streak);
        s.score += v.points();
        s.record(index, new Student.Given(submission, now, response, v.correct(), v.points(), v.bonus()));
        answered[index]++;
        right[index] += v.correct() ? 1 : 0;
        close(s, index, now);
        return new Outcome(index, v.correct(), v.points(), v.bonus(), s.score, s.finished(), reveal(index));
    }

    /** The reveal of question {@code index}: only ever handed to a student whose question closed. */
    Reveal reveal(int index) {
        Question q = spec.questions().get(index);
        boolean judged = Judging.judged(q);
        return new Reveal(index, judged ? QuestionWire.solution(q) : null, judged, QuestionWire.explanation(q),
                q.docs());
    }

    // ---- standings -----------------------------------------------------------------------------

    /** A finished student's rank among those who finished so far (1 is first; equal scores share a rank). */
    public int rankAmongFinished(Student s) {
        int rank = 1;
        for (Student o : byId.values()) {
            if (o != s && o.finished() && o.score > s.score) {
                rank++;
            }
        }
        return rank;
    }

    public int finishedCount() {
        return finished;
    }

    public Progress progress() {
        List<QuestionProgress> qs = new ArrayList<>(total());
        for (int i = 0; i < total(); i++) {
            Question q = spec.questions().get(i);
            boolean judged = Judging.judged(q);
            qs.add(new QuestionProgress(i, q.text(), judged, closed[i], answered[i], judged ? right[i] : 0));
        }
        return new Progress(byId.size(), started, finished,
                finished == 0 ? null : (double) finishedScores / finished, List.copyOf(qs));
    }
}
