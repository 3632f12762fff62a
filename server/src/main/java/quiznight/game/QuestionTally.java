package quiznight.game;

import quiznight.quiz.Question;
import quiznight.quiz.Submission;

/**
 * What the open (or last) question has received: how many answered (in all, and among the connected players),
 * the count per slot its kind keeps for the reveal, and its word cloud when the kind collects words. Kept by
 * {@link Game} on its thread.
 */
final class QuestionTally {
    private final Question question;
    private final int[] counts;
    /** The word cloud when the kind collects words; else null. */
    private final WordTally cloud;
    private int answered;
    private int answeredConnected;

    /** Before the first question: nothing counted. */
    static final QuestionTally NONE = new QuestionTally();

    private QuestionTally() {
        question = null;
        counts = new int[0];
        cloud = null;
    }

    QuestionTally(Question question) {
        this.question = question;
        this.counts = new int[question.kind().rules().countSlots(question)];
        this.cloud = question.kind().rules().collectsWords() ? new WordTally() : null;
    }

    /** An answer counted (a word cloud's: its words normalised, {@link Judging#accept}). */
    void add(Submission s, boolean connected) {
        answered++;
        if (connected) {
            answeredConnected++;
        }
        question.kind().rules().countInto(question, s, counts, +1);
        if (cloud != null) {
            cloud.add(((Submission.Words) s).words());
        }
    }

    /** An answer no longer counts (its player was removed). */
    void remove(Submission s, boolean connected) {
        answered--;
        if (connected) {
            answeredConnected--;
        }
        question.kind().rules().countInto(question, s, counts, -1);
        if (cloud != null) {
            cloud.remove(((Submission.Words) s).words());
        }
    }

    /** A player who answered went away ({@code -1}) or came back ({@code +1}). */
    void connectedChanged(int delta) {
        answeredConnected += delta;
    }

    int answered() {
        return answered;
    }

    int answeredConnected() {
        return answeredConnected;
    }

    int[] counts() {
        return counts.clone();
    }

    /** The word cloud, or null when the question collects no words. */
    WordTally cloud() {
        return cloud;
    }
}
