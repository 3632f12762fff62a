package quiznight.game;

import quiznight.quiz.Submission;

/**
 * An accepted answer. {@code correct}, {@code points} and {@code bonus} are filled when the question closes.
 *
 * @param responseMs the measured response time, less the player's network delay
 */
public record AnswerRecord(int index, Submission submission, long receivedAt, long responseMs,
                           boolean correct, int points, int bonus) {

    AnswerRecord judged(boolean correct, int points, int bonus) {
        return new AnswerRecord(index, submission, receivedAt, responseMs, correct, points, bonus);
    }
}
