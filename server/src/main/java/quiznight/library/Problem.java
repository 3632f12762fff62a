package quiznight.library;

import java.util.Map;
import quiznight.quiz.CodedProblem;
import quiznight.quiz.ProblemCode;

/**
 * One thing that keeps a draft from being hosted, as the editor shows it beside the field.
 *
 * @param question the question's index (0-based), or null for the quiz itself (title, description, time limit,
 *                 the list of questions)
 * @param field    the field as named in the quiz format (such as {@code timeLimitSec}), or null when the problem
 *                 is not about one field (a question that is not an object)
 * @param message  a sentence for people, such as {@code timeLimitSec must be a whole number from 5 to 600 (got 3)}
 * @param code     the same as a stable {@link ProblemCode} (its wire name, such as {@code field.notWholeNumber}),
 *                 which clients translate; null only for a refusal without one
 * @param params   the code's parameters by name (such as {@code {"field": "timeLimitSec", "min": 5, ...}})
 */
public record Problem(Integer question, String field, String message, String code, Map<String, Object> params) {
    public Problem {
        params = params == null ? Map.of() : params;
    }

    /** A problem of {@code question} (null: the quiz's own), its sentence {@code message}. */
    public Problem(Integer question, String message, CodedProblem coded) {
        this(question, coded == null ? null : coded.field(), message, coded == null ? null : coded.code().wire(),
                coded == null ? Map.of() : coded.params());
    }

    /** A problem not about one field, with a code that has no parameters. */
    public static Problem of(Integer question, ProblemCode code, String message) {
        return new Problem(question, message, code.with());
    }
}
