package quiznight.quiz.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import quiznight.protocol.ClientMessage;
import quiznight.quiz.Picture;
import quiznight.quiz.Question;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.Solution;
import quiznight.quiz.Submission;

/**
 * Everything one question kind does differently, in one class per kind ({@link quiznight.quiz.Kind} lists them):
 * reading and writing its fields of a quiz file, turning a decoded answer into its typed {@link Submission} and
 * checking its shape, judging it, counting it into the reveal's distribution, whether it scores, and how its
 * solution and answers look on the wire, in the results and in the journal.
 *
 * <p>A kind implements the protected, typed methods ({@code S} its solution, {@code A} its answer); callers use
 * the public ones, which take any solution or submission and hand it on with the one checked cast of this class
 * (a question's solution is of its kind's type by construction: only the kind's {@link #readSolution} makes it).
 * Every typed method is abstract, so a new kind that misses one does not compile.
 *
 * @param <S> the kind's solution
 * @param <A> the kind's answer
 */
public abstract class KindRules<S extends Solution, A extends Submission> {
    private final Class<S> solutionType;
    private final Class<A> answerType;

    protected KindRules(Class<S> solutionType, Class<A> answerType) {
        this.solutionType = solutionType;
        this.answerType = answerType;
    }

    // ---- the kind's typed rules -----------------------------------------------------------------

    /** The choices from a quiz file's {@code choices} field ({@code null} when absent), refused with the loader's messages. */
    protected abstract List<String> choices(JsonNode node, QuizFields f) throws QuizFormatException;

    /** The solution from a quiz file's {@code correct} field ({@code null} when absent). */
    protected abstract S solution(JsonNode node, int choiceCount, QuizFields f) throws QuizFormatException;

    /** Writes {@code choices} and {@code correct} back as {@link #choices} and {@link #solution} read them. */
    protected abstract void write(ObjectNode n, List<String> choices, S solution);

    /**
     * True when the kind's choices are the question's own, shown on tiles and buttons, and so may carry pictures
     * ({@code choiceImages}); false for kinds without choices and for true/false, whose two are fixed words.
     */
    public abstract boolean takesChoiceImages();

    /** True when a right answer scores points and extends a streak (and a wrong or missing one breaks it). */
    public abstract boolean scored();

    /** The typed answer from a decoded {@code answer} frame; refuses (bad-message) one without this kind's field. */
    protected abstract A answer(ClientMessage.Answer a);

    /** True when the answer fits a question with {@code choiceCount} choices. */
    protected abstract boolean fits(A answer, int choiceCount);

    /** The sentence that tells a player what this kind takes (an answer that does not fit). */
    protected abstract String takes(int choiceCount);

    protected abstract boolean isCorrect(S solution, A answer);

    /** Adds {@code delta} to the reveal's count of each choice the answer picked. */
    protected abstract void count(A answer, int[] counts, int delta);

    /** The solution as the reveal and the results show it. */
    protected abstract Object solutionOnWire(S solution);

    /** The answer as the results and the journal record it. */
    protected abstract Object answerOnWire(A answer);

    /** {@link #answerOnWire} read back from a journal; throws IllegalArgumentException when it is not of this kind. */
    protected abstract A answerFromJournal(JsonNode node);

    // ---- what callers use -----------------------------------------------------------------------

    public final List<String> readChoices(JsonNode node, QuizFields f) throws QuizFormatException {
        return choices(node, f);
    }

    /** A quiz file's {@code choiceImages} (null when absent): empty when absent, refused for a kind without shown choices. */
    public final List<Picture> readChoiceImages(JsonNode node, int choiceCount, QuizFields f) throws QuizFormatException {
        return takesChoiceImages() ? ChoiceFields.images(node, choiceCount, f) : ChoiceFields.noImages(node, f);
    }

    public final Solution readSolution(JsonNode node, int choiceCount, QuizFields f) throws QuizFormatException {
        return solution(node, choiceCount, f);
    }

    public final void writeAnswerFields(ObjectNode n, Question q) {
        write(n, q.choices(), solutionType.cast(q.solution()));
    }

    public final Submission decode(ClientMessage.Answer a) {
        return answer(a);
    }

    /** Null when the submission fits the question; else the sentence telling what it takes. */
    public final String shapeProblem(Question q, Submission s) {
        int n = q.choices().size();
        return answerType.isInstance(s) && fits(answerType.cast(s), n) ? null : takes(n);
    }

    /** Whether a submission (one that fits, see {@link #shapeProblem}) answers the question right. */
    public final boolean judge(Question q, Submission s) {
        return isCorrect(solutionType.cast(q.solution()), answerType.cast(s));
    }

    public final void countInto(Submission s, int[] counts, int delta) {
        count(answerType.cast(s), counts, delta);
    }

    public final Object solutionToWire(Solution s) {
        return solutionOnWire(solutionType.cast(s));
    }

    public final Object answerToWire(Submission s) {
        return answerOnWire(answerType.cast(s));
    }

    public final Submission readJournaled(JsonNode node) {
        return answerFromJournal(node);
    }
}
