package quiznight.game;

import quiznight.quiz.Submission;

/**
 * An accepted answer (the player keeps it under its question's index). {@code correct}, {@code points} and
 * {@code bonus} are filled when the question closes. Kept per player and question for the whole game: 40 bytes
 * (no index, the response time as an int), plus a shared {@link Submission.Choice} for a one-choice answer.
 *
 * @param responseMs the measured response time, less the player's network delay
 */
public record AnswerRecord(Submission submission, long receivedAt, int responseMs,
                           boolean correct, int points, int bonus) {

    AnswerRecord judged(boolean correct, int points, int bonus) {
        return new AnswerRecord(submission, receivedAt, responseMs, correct, points, bonus);
    }
}
