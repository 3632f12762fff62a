package quiznight.homework;

import quiznight.quiz.Submission;

/**
 * One student of an assignment: who they are, how far they got, and what they answered. Changed only by
 * {@link Assignment}, on the homework thread.
 */
public final class Student {
    /** An answer given in time, judged at once. */
    public record Given(Submission submission, long receivedAt, long responseMs, boolean correct, int points, int bonus) {
    }

    private final String id;
    private final String token;
    private final String name;
    private final long joinedAt;
    private final Given[] answers;
    /** Questions closed (answered, or their time ran out): the next one to send is this index. */
    int done;
    /** When the open question (index {@link #done}) was sent; -1 when none is open. */
    long sentAt = -1;
    int score;
    int streak;
    /** When the last question closed; 0 while not finished. */
    long finishedAt;

    Student(String id, String token, String name, long joinedAt, int questions) {
        this.id = id;
        this.token = token;
        this.name = name;
        this.joinedAt = joinedAt;
        this.answers = new Given[questions];
    }

    public String id() {
        return id;
    }

    public String token() {
        return token;
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

    /** Questions closed so far: answered or missed. */
    public int done() {
        return done;
    }

    public boolean finished() {
        return done == answers.length;
    }

    public long finishedAt() {
        return finishedAt;
    }

    /** Whether a question is open for this student now (sent, not yet answered or closed). */
    public boolean open() {
        return sentAt >= 0;
    }

    public long sentAt() {
        return sentAt;
    }

    /** Whether the student has been sent at least one question. */
    public boolean started() {
        return done > 0 || sentAt >= 0;
    }

    /** The answer to question {@code index}, or null when none was given in time (or it is not closed yet). */
    public Given answer(int index) {
        return answers[index];
    }

    void record(int index, Given given) {
        answers[index] = given;
    }
}
