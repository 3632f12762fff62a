package quiznight.game;

/**
 * One player's standing in a game. Mutated only by {@link Game}; read by the room to build messages.
 */
public final class Player {
    private final String id;
    private final String name;
    private final long joinedAt;
    private final AnswerRecord[] answers;

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

    Player(String id, String name, long joinedAt, int questions) {
        this.id = id;
        this.name = name;
        this.joinedAt = joinedAt;
        this.reachedAt = joinedAt;
        this.answers = new AnswerRecord[questions];
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
        return index >= 0 && index < answers.length ? answers[index] : null;
    }

    void record(int index, AnswerRecord a) {
        answers[index] = a;
    }
}
