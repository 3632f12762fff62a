package quiznight.quiz.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import quiznight.quiz.Picture;
import quiznight.quiz.ProblemCode;
import quiznight.quiz.QuizFormatException;

/**
 * What a kind needs from the quiz loader while it reads its fields: the loader's error (naming file, question and
 * field), its check that a text can be shown on screens, its sharing of equal values within one quiz, and the seed of
 * an order question's shuffle (from the server's secret).
 */
public interface QuizFields {
    /**
     * The loader's refusal of {@code field}: {@code <file>: question <n>: field '<field>' <problem>}, the problem being
     * {@code code}'s sentence; {@code values} are the code's parameters after {@code field}, in order.
     */
    QuizFormatException error(String field, ProblemCode code, Object... values);

    /** Refuses a text that cannot be shown on screens (bidi controls, stacked combining marks). */
    void displayable(String field, String s) throws QuizFormatException;

    /** A picture path (no alt) from one non-null entry of {@code field}, refused with the loader's sentence. */
    Picture picture(String field, JsonNode v) throws QuizFormatException;

    /**
     * The seed of the shuffle of items with these texts (as a set: their order does not change it), from the loader's
     * {@link quiznight.quiz.ShuffleSecret}: the same for every load by this server, not computable without its secret.
     */
    long shuffleSeed(List<String> texts);

    /** The one copy of an equal value this quiz already holds, or {@code value} itself. */
    <T> T share(T value);
}
