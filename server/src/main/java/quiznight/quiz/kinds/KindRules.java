package quiznight.quiz.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
 * checking its shape, judging it, counting it into the reveal's distribution, whether it scores, how its
 * solution and answers look on the wire, in the results and in the journal, and an answer of its shape (the
 * warm-up game's).
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

    /**
     * The solution from a quiz file's {@code correct} field ({@code null} when absent); {@code choices} is what
     * {@link #choices} returned (an order question derives its solution from them).
     */
    protected abstract S solution(JsonNode node, List<String> choices, QuizFields f) throws QuizFormatException;

    /** Writes {@code choices} and {@code correct} back as {@link #choices} and {@link #solution} read them. */
    protected abstract void write(ObjectNode n, List<String> choices, S solution);

    /**
     * The kind's own fields as the editor shows them ({@code GET /api/kinds}), with the limits its reading enforces:
     * a new kind that does not describe itself does not compile.
     */
    public abstract KindDescription describe();

    /**
     * True when the kind's choices are the question's own, shown on tiles and buttons, and so may carry pictures
     * ({@code choiceImages}); false for kinds without choices and for true/false, whose two are fixed words.
     */
    public abstract boolean takesChoiceImages();

    /** True when a right answer scores points and extends a streak (and a wrong or missing one breaks it). */
    public abstract boolean scored();

    /** The typed answer from a decoded {@code answer} frame; refuses (bad-message) one without this kind's field. */
    protected abstract A answer(ClientMessage.Answer a);

    /** True when the answer fits a question with {@code choiceCount} choices (and the solution's range, a slider's). */
    protected abstract boolean fits(S solution, A answer, int choiceCount);

    /**
     * Puts the fields of an answer of this kind's shape that fits the question (right or wrong does not matter) into
     * {@code answer}, as an {@code answer} frame carries them: the answers of the server's off-line warm-up game.
     */
    protected abstract void sample(ObjectNode answer, S solution, int choiceCount);

    /** The sentence that tells a player what this kind takes (an answer that does not fit). */
    protected abstract String takes(S solution, int choiceCount);

    protected abstract boolean isCorrect(S solution, A answer);

    /**
     * How many counts the reveal carries ({@code counts}): one per choice for the choice kinds, a histogram's bins
     * for a slider, none for the typed kinds.
     */
    protected abstract int slots(S solution, int choiceCount);

    /** Adds {@code delta} to the reveal's counts the answer falls in (the choices it picked, its bin …). */
    protected abstract void count(S solution, A answer, int[] counts, int delta);

    /**
     * What the phone's input needs besides the choices, sent with the question as {@code input} (a slider's range,
     * step and unit); null when nothing. Never part of the answer: it goes out before the reveal.
     */
    protected abstract Object inputOnWire(S solution);

    /** True when the answers are words counted into a live word cloud ({@code game/WordTally}). */
    public abstract boolean collectsWords();

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

    public final Solution readSolution(JsonNode node, List<String> choices, QuizFields f) throws QuizFormatException {
        return solution(node, choices, f);
    }

    public final void writeAnswerFields(ObjectNode n, Question q) {
        write(n, q.choices(), solutionType.cast(q.solution()));
    }

    public final Submission decode(ClientMessage.Answer a) {
        return answer(a);
    }

    /**
     * The fields of an answer to {@code q} of this kind's shape, one that {@link #decode} takes and that fits
     * ({@link #shapeProblem} is null): {@code {"choice": 0}}, {@code {"words": ["sample"]}} …
     */
    public final ObjectNode sampleAnswer(Question q) {
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        sample(answer, solutionType.cast(q.solution()), q.choices().size());
        return answer;
    }

    /** Null when the submission fits the question; else the sentence telling what it takes. */
    public final String shapeProblem(Question q, Submission s) {
        int n = q.choices().size();
        S solution = solutionType.cast(q.solution());
        return answerType.isInstance(s) && fits(solution, answerType.cast(s), n) ? null : takes(solution, n);
    }

    /** Whether a submission (one that fits, see {@link #shapeProblem}) answers the question right. */
    public final boolean judge(Question q, Submission s) {
        return isCorrect(solutionType.cast(q.solution()), answerType.cast(s));
    }

    /** The number of counts the reveal of {@code q} carries. */
    public final int countSlots(Question q) {
        return slots(solutionType.cast(q.solution()), q.choices().size());
    }

    public final void countInto(Question q, Submission s, int[] counts, int delta) {
        count(solutionType.cast(q.solution()), answerType.cast(s), counts, delta);
    }

    /** The question message's {@code input} (null when the kind needs none). */
    public final Object inputToWire(Question q) {
        return inputOnWire(solutionType.cast(q.solution()));
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
