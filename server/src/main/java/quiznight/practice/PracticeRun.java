package quiznight.practice;

import java.util.ArrayList;
import java.util.List;
import quiznight.game.GameException;
import quiznight.game.Judging;
import quiznight.game.NameFilter;
import quiznight.game.Scoring;
import quiznight.quiz.Question;
import quiznight.quiz.Quiz;
import quiznight.quiz.Submission;

/**
 * One learner's solo practice of a quiz: some of its questions, in the quiz's order, one at a time; each answer is
 * taken, judged and scored by {@link Judging} as a live game's (timed: speed and streak bonus, the question's own
 * time; untimed: the full points of a right answer, no bonus), then the next question goes out. Pure: time is an
 * argument. Not thread-safe: {@link PracticeSessions} guards it.
 *
 * <p>The time of an answer is measured here, from when its question went out (the previous answer, or the start).
 * A timed answer later than the question's time and {@link Judging#PRACTICE_GRACE_MS} scores nothing but is still
 * judged and revealed.
 */
public final class PracticeRun {
    private static final Scoring.Options UNTIMED = new Scoring.Options(false, false);

    /**
     * What one answer came to.
     *
     * @param position   the question's place in this run (0-based), as its {@code index} said
     * @param quizIndex  the question's index in the quiz (what a retry names)
     * @param judged     false for a kind with no right answer (a poll, a word cloud)
     * @param correct    the answer is right (also when it came too late to score)
     * @param late       timed, and past the question's time and the grace: it scored nothing
     * @param points     the points it earned, bonus included
     * @param bonus      the streak bonus in {@code points}
     * @param responseMs how long after the question went out the answer came
     * @param submission the answer as judged (a word cloud's words normalised)
     */
    public record Outcome(int position, int quizIndex, boolean judged, boolean correct, boolean late, int points,
                          int bonus, long responseMs, Submission submission) {
        /** True when a retry should ask it again: judged, and not answered right in time. */
        public boolean missed() {
            return judged && (!correct || late);
        }
    }

    private final String id;
    private final String address;
    private final Quiz quiz;
    private final List<Integer> order;
    private final boolean timed;
    private final List<Outcome> outcomes = new ArrayList<>();
    private int position;
    private int score;
    private int streak;
    private long sentAt;
    private long lastUsed;

    /**
     * @param order the quiz's question indexes to ask, in order (at least one, each a question of the quiz)
     * @param now   when the first question goes out
     */
    public PracticeRun(String id, String address, Quiz quiz, List<Integer> order, boolean timed, long now) {
        if (order.isEmpty()) {
            throw new IllegalArgumentException("a practice run needs at least one question");
        }
        this.id = id;
        this.address = address;
        this.quiz = quiz;
        this.order = List.copyOf(order);
        this.timed = timed;
        this.sentAt = now;
        this.lastUsed = now;
    }

    /**
     * Judges and scores the answer to the question at {@code position}, and sends the next one out at {@code now}.
     * Refused, changing nothing, when the run is not at that question ({@link PracticeException.Reason#CONFLICT}) or
     * the answer does not fit the question ({@link PracticeException.Reason#BAD}).
     */
    public Outcome answer(int position, Submission s, long now) {
        requireOpen(position);
        Question q = question();
        Submission accepted;
        try {
            accepted = Judging.accept(q, s, NameFilter.none());
        } catch (GameException e) {
            throw new PracticeException(PracticeException.Reason.BAD, e.getMessage());
        }
        return judge(q, accepted, now);
    }

    /**
     * Refuses ({@link PracticeException.Reason#CONFLICT}) unless the question at {@code position} is the one out now:
     * one answered already, one not sent yet, or a finished run.
     */
    public void requireOpen(int position) {
        if (finished()) {
            throw new PracticeException(PracticeException.Reason.CONFLICT,
                    "This practice run has finished: start a new one to play again.");
        }
        if (position < this.position) {
            throw new PracticeException(PracticeException.Reason.CONFLICT,
                    "You have already answered question " + (position + 1) + ".");
        }
        if (position > this.position) {
            throw new PracticeException(PracticeException.Reason.CONFLICT,
                    "Question " + (position + 1) + " is not open yet: answer question " + (this.position + 1) + " first.");
        }
    }

    private Outcome judge(Question q, Submission s, long now) {
        long response = Judging.responseMs(now, sentAt, 0);
        boolean late = timed && Judging.late(now, deadline(), Judging.PRACTICE_GRACE_MS);
        Judging.Verdict v = Judging.judge(q, s, late, streak, response, q.timeLimitMs(),
                timed ? Scoring.Options.DEFAULT : UNTIMED);
        streak = v.streakAfter(streak);
        score += v.points();
        Outcome o = new Outcome(this.position, order.get(this.position), Judging.judged(q), v.correct(), late,
                v.points(), v.bonus(), response, s);
        outcomes.add(o);
        this.position++;
        sentAt = now;
        lastUsed = now;
        return o;
    }

    /** Marks the run as used at {@code now} (a learner came back to it): it is idle from then. */
    public void touch(long now) {
        lastUsed = Math.max(lastUsed, now);
    }

    public String id() {
        return id;
    }

    /** The client address that started it (its share of the per-address limit). */
    public String address() {
        return address;
    }

    public Quiz quiz() {
        return quiz;
    }

    public boolean timed() {
        return timed;
    }

    /** The place in this run of the question out now; {@link #total()} once finished. */
    public int position() {
        return position;
    }

    public int total() {
        return order.size();
    }

    public boolean finished() {
        return position >= order.size();
    }

    /** The question out now; only while not {@link #finished()}. */
    public Question question() {
        return quiz.questions().get(order.get(position));
    }

    /** When the question out now went out (a reload gets the same time: reloading does not add time). */
    public long sentAt() {
        return sentAt;
    }

    /** The time the question out now must be answered by to score: its own time after it went out (timed runs). */
    public long deadline() {
        return sentAt + question().timeLimitMs();
    }

    public int score() {
        return score;
    }

    public int streak() {
        return streak;
    }

    public long lastUsed() {
        return lastUsed;
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** The quiz indexes of the questions a retry should ask again ({@link Outcome#missed()}), in order. */
    public List<Integer> missed() {
        return outcomes.stream().filter(Outcome::missed).map(Outcome::quizIndex).toList();
    }

    /** How many answers were right in time. */
    public int rightCount() {
        return (int) outcomes.stream().filter(o -> o.judged() && o.correct() && !o.late()).count();
    }
}
