package quiznight.library;

/**
 * One thing that keeps a draft from being hosted, as the editor shows it beside the field.
 *
 * @param question the question's index (0-based), or null for the quiz itself (title, description, time limit,
 *                 the list of questions)
 * @param field    the field as named in the quiz format (such as {@code timeLimitSec}), or null when the problem
 *                 is not about one field (a question that is not an object)
 * @param message  a sentence for people, such as {@code timeLimitSec must be a whole number from 5 to 600 (got 3)}
 */
public record Problem(Integer question, String field, String message) {
}
