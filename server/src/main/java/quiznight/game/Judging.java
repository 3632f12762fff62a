package quiznight.game;

import quiznight.protocol.ErrorCode;
import quiznight.quiz.Question;
import quiznight.quiz.Submission;
import quiznight.quiz.kinds.KindRules;

/**
 * How an answer is taken, timed and judged: the one rule of a live game ({@link Game}), a practice run and a
 * homework assignment. Pure: every time is an argument, nothing is kept. What differs between the three is what they
 * pass in: a live answer's time is less the player's network delay and is refused past the deadline; a practice or
 * homework answer is timed from when the server sent its question, with a grace for the request's own time.
 *
 * <p>Allocation-light, for the live game's close of a question with thousands of answers: a verdict that scores no
 * points is a shared constant; only a right answer that scores is a new object.
 */
public final class Judging {
    /** Network delay counted off a live answer's time is at most this (the session measures it: {@code RoundTrips}). */
    public static final long MAX_LATENCY_COMPENSATION_MS = 300;
    /**
     * Past its question's time a live answer is refused: the deadline is the room's, and each player's network delay
     * is counted off their time instead ({@link #MAX_LATENCY_COMPENSATION_MS}).
     */
    public static final long LIVE_GRACE_MS = 0;
    /**
     * A timed practice answer this much past its question's time still scores (the time a request takes); a later
     * one is late: judged and revealed, no points, the streak broken (docs/protocol.md, "Solo practice").
     */
    public static final long PRACTICE_GRACE_MS = 1_500;
    /**
     * A homework answer may arrive this long after its question's time and still count (a phone's slow network);
     * a later one is refused and its question closes unanswered (docs/homework.md).
     */
    public static final long HOMEWORK_GRACE_MS = 2_000;

    /**
     * What one answer came to.
     *
     * @param correct right by its kind's rules, also when too late to score; never for a kind with no right answer
     * @param counts  the question changes scores and streaks ({@link Scoring#counts}: a kind that scores, for points)
     * @param points  the points earned, bonus included
     * @param bonus   the streak bonus in {@code points}
     * @param streak  the streak after it, where the question {@code counts}
     */
    public record Verdict(boolean correct, boolean counts, int points, int bonus, int streak) {
        /** The streak after this answer, from the one before it: as it was where the question does not count. */
        public int streakAfter(int before) {
            return counts ? streak : before;
        }
    }

    private static final Verdict UNCOUNTED_WRONG = new Verdict(false, false, 0, 0, 0);
    private static final Verdict UNCOUNTED_RIGHT = new Verdict(true, false, 0, 0, 0);
    private static final Verdict WRONG = new Verdict(false, true, 0, 0, 0);
    private static final Verdict RIGHT_TOO_LATE = new Verdict(true, true, 0, 0, 0);

    private Judging() {
    }

    /**
     * The answer as it is recorded and judged: refused when it does not fit the question, with the sentence of what
     * it takes; a word cloud's words normalised ({@link WordTally#normaliseAll}) and checked against {@code words}
     * (a blocklist), so a refused word changes nothing.
     *
     * @throws GameException {@link ErrorCode#BAD_MESSAGE}, its message the sentence for the player
     */
    public static Submission accept(Question q, Submission s, NameFilter words) {
        KindRules<?, ?> rules = q.kind().rules();
        String problem = rules.shapeProblem(q, s);
        if (problem != null) {
            throw new GameException(ErrorCode.BAD_MESSAGE, problem);
        }
        if (rules.collectsWords()) {
            return new Submission.Words(WordTally.normaliseAll(((Submission.Words) s).words(), words));
        }
        return s;
    }

    /**
     * An answer's response time: from when its question went out to its answerer ({@code sentAt}) to when it
     * arrived, less the answerer's network delay ({@code latencyMs}, at most {@link #MAX_LATENCY_COMPENSATION_MS};
     * 0 where it is not measured); never below 0.
     */
    public static long responseMs(long arrivedAt, long sentAt, long latencyMs) {
        long latency = Math.min(Math.max(latencyMs, 0), MAX_LATENCY_COMPENSATION_MS);
        return Math.max(0, arrivedAt - sentAt - latency);
    }

    /**
     * Whether an answer that arrived at {@code arrivedAt} is past its time and the grace: {@code dueAt} is when its
     * time ran out (the question's time after it went out; live, the room's deadline with the player's extra time).
     */
    public static boolean late(long arrivedAt, long dueAt, long graceMs) {
        return arrivedAt > dueAt + graceMs;
    }

    /** Whether the question has a right answer to judge by (not a poll or a word cloud). */
    public static boolean judged(Question q) {
        return q.kind().rules().scored();
    }

    /** Whether the question's answers change scores and streaks: a kind that scores, for points. */
    public static boolean counts(Question q) {
        return Scoring.counts(judged(q), q.points());
    }

    /** The verdict of no answer: nothing scored, and the streak broken where the question counts. */
    public static Verdict missed(Question q) {
        return counts(q) ? WRONG : UNCOUNTED_WRONG;
    }

    /**
     * Judges and scores one answer (for none, {@link #missed}), as {@link Scoring#award} scores it: where the
     * question counts, a right answer in time earns the speed-scaled points and the streak bonus and extends the
     * streak; a wrong, late or missing one earns nothing and breaks it. A question that does not count is judged
     * (a right answer is recorded as right) and changes no score or streak.
     *
     * @param s            the accepted answer ({@link #accept})
     * @param late         past its time and the grace: judged, but scores nothing
     * @param streakBefore the answerer's streak before this answer
     * @param responseMs   its response time ({@link #responseMs})
     * @param timeLimitMs  the time the answerer had (extra time included)
     */
    public static Verdict judge(Question q, Submission s, boolean late, int streakBefore, long responseMs,
                                long timeLimitMs, Scoring.Options scoring) {
        boolean correct = judged(q) && q.kind().rules().judge(q, s);
        if (!counts(q)) {
            return correct ? UNCOUNTED_RIGHT : UNCOUNTED_WRONG;
        }
        if (!correct || late) {
            return correct ? RIGHT_TOO_LATE : WRONG;
        }
        Scoring.Award award = Scoring.award(scoring, true, streakBefore, responseMs, timeLimitMs, q.points());
        return new Verdict(true, true, award.points(), award.bonus(), award.streak());
    }
}
