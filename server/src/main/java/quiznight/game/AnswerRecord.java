package quiznight.game;

import quiznight.quiz.Submission;

/**
 * An accepted answer, as {@link Player#answer} reads it back. {@code correct}, {@code points} and {@code bonus} are
 * filled when the question closes. The player keeps it compactly (its submission, and three ints per question;
 * a one-choice answer shares one {@link Submission.Choice} per choice), so this record is built on reading.
 *
 * @param responseMs the measured response time, less the player's network delay
 */
public record AnswerRecord(Submission submission, int responseMs, boolean correct, int points, int bonus) {
}
