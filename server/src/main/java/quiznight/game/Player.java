package quiznight.game;

import quiznight.quiz.Submission;

/**
 * One player's standing in a game. Mutated only by {@link Game}; read by the room to build messages.
 */
public final class Player {
    private final String id;
    private final String name;
    private final long joinedAt;
    /**
     * The answers, kept compact for a room of thousands: per question its submission (null: none given) and
     * {@link #MARKS} ints in {@link #marks}: the response time, and {@code points << 16 | bonus << 1 | correct}
     * (both below {@link #MAX_MARK}: scoring gives at most 2,500 and 500); both arrays allocated at the first answer.
     * {@link #answer} builds an {@link AnswerRecord} from them.
     */
    private Submission[] submissions;
    private int[] marks;
    private static final int MARKS = 2;
    /** Points and a bonus are kept in 15 bits each. */
    static final int MAX_MARK = (1 << 15) - 1;
    /** When the server read this player's last answer (the open question's while one is open). */
    long answeredAt;

    int score;
    int streak;
    long reachedAt;
    int rank;
    int previousRank;
    int behind;
    boolean connected = true;
    long openedAt;
    double timeFactor = 1;
    long extraMs;

    Player(String id, String name, long joinedAt) {
        this.id = id;
        this.name = name;
        this.joinedAt = joinedAt;
        this.reachedAt = joinedAt;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public long joinedAt() {
        return joinedAt;
    }

    public int score() {
        return score;
    }

    public int streak() {
        return streak;
    }

    /** Rank after the last reveal (ties share a rank); 0 before the first. */
    public int rank() {
        return rank;
    }

    /** Rank at the reveal before the last one; 0 when there was none. */
    public int previousRank() {
        return previousRank;
    }

    /** Points behind the player ranked just above after the last reveal; 0 when first. */
    public int behind() {
        return behind;
    }

    public boolean connected() {
        return connected;
    }

    /** The extra-time factor the host granted (1 when none); it applies from the next question opened. */
    public double timeFactor() {
        return timeFactor;
    }

    /** The time this player has beyond the open (or last) question's deadline; 0 without extra time. */
    public long extraMs() {
        return extraMs;
    }

    /** The answer to question {@code index}, or null when none was given. */
    public AnswerRecord answer(int index) {
        if (!answered(index)) {
            return null;
        }
        int at = index * MARKS;
        int judged = marks[at + 1];
        return new AnswerRecord(submissions[index], marks[at], (judged & 1) != 0, judged >>> 16, judged >> 1 & MAX_MARK);
    }

    /** True when this player answered question {@code index}. */
    public boolean answered(int index) {
        return submissions != null && index >= 0 && index < submissions.length && submissions[index] != null;
    }

    /** The submission of question {@code index}'s answer (which must have one), without building a record. */
    Submission submission(int index) {
        return submissions[index];
    }

    /** The response time of question {@code index}'s answer (which must have one). */
    int responseMs(int index) {
        return marks[index * MARKS];
    }

    /** True when question {@code index} was answered and judged right. */
    boolean correct(int index) {
        return answered(index) && (marks[index * MARKS + 1] & 1) != 0;
    }

    /** Records an accepted answer to question {@code index} of {@code questions}, not yet judged. */
    void record(int index, int questions, Submission s, long receivedAt, int responseMs) {
        if (submissions == null) {
            submissions = new Submission[questions];
            marks = new int[questions * MARKS];
        }
        submissions[index] = s;
        marks[index * MARKS] = responseMs;
        answeredAt = receivedAt;
    }

    /** Judges the answer to question {@code index} (which must have one) when its question closes. */
    void judge(int index, boolean correct, int points, int bonus) {
        if (points < 0 || points > MAX_MARK || bonus < 0 || bonus > MAX_MARK) {
            throw new IllegalArgumentException("points " + points + " and bonus " + bonus + " must be 0 to " + MAX_MARK);
        }
        marks[index * MARKS + 1] = points << 16 | bonus << 1 | (correct ? 1 : 0);
    }
}
