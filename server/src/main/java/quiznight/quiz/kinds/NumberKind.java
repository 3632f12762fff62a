package quiznight.quiz.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import quiznight.protocol.ClientMessage;
import quiznight.protocol.ErrorCode;
import quiznight.protocol.ProtocolException;
import quiznight.quiz.ProblemCode;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.Solution;
import quiznight.quiz.Submission;

/** {@code number}: no choices; right when {@code |given - value| <= tolerance}. */
public final class NumberKind extends KindRules<Solution.Number, Submission.Number> {
    public NumberKind() {
        super(Solution.Number.class, Submission.Number.class);
    }

    @Override
    protected List<String> choices(JsonNode node, QuizFields f) throws QuizFormatException {
        return ChoiceFields.none(node, "number", f);
    }

    @Override
    protected Solution.Number solution(JsonNode node, List<String> choices, QuizFields f) throws QuizFormatException {
        if (node == null) {
            throw f.error("correct", ProblemCode.FIELD_REQUIRED);
        }
        JsonNode value = node.get("value");
        JsonNode tolerance = node.get("tolerance");
        if (!node.isObject() || value == null || !value.isNumber()) {
            throw f.error("correct", ProblemCode.NUMBER_NOT_OBJECT);
        }
        double tol = 0;
        if (tolerance != null) {
            if (!tolerance.isNumber() || tolerance.asDouble() < 0) {
                throw f.error("correct", ProblemCode.NUMBER_BAD_TOLERANCE);
            }
            tol = tolerance.asDouble();
        }
        if (!Double.isFinite(value.asDouble())) {
            throw f.error("correct", ProblemCode.NUMBER_BAD_VALUE);
        }
        return new Solution.Number(value.asDouble(), tol);
    }

    @Override
    protected void write(ObjectNode n, List<String> choices, Solution.Number solution) {
        n.putObject("correct").put("value", solution.value()).put("tolerance", solution.tolerance());
    }

    @Override
    public KindDescription describe() {
        return new KindDescription("Number", "Type a number",
                FieldSpec.of("correct.value", "number", "Right number", true),
                FieldSpec.of("correct.tolerance", "number", "Tolerance (±)", false).with("min", 0).with("default", 0)
                        .with("help", "Answers this far from the right number also count."));
    }

    @Override
    public boolean takesChoiceImages() {
        return false;
    }

    @Override
    public boolean scored() {
        return true;
    }

    @Override
    protected Submission.Number answer(ClientMessage.Answer a) {
        if (a.value() == null) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "This question takes 'value': a number.");
        }
        return new Submission.Number(a.value());
    }

    @Override
    protected void sample(ObjectNode answer, Solution.Number solution, int choiceCount) {
        answer.put("value", 0);
    }

    @Override
    protected boolean fits(Solution.Number solution, Submission.Number answer, int choiceCount) {
        return Double.isFinite(answer.value());
    }

    @Override
    protected String takes(Solution.Number solution, int choiceCount) {
        return "This question takes 'value': a number.";
    }

    @Override
    protected boolean isCorrect(Solution.Number solution, Submission.Number answer) {
        return Math.abs(answer.value() - solution.value()) <= solution.tolerance() + 1e-9;
    }

    @Override
    protected void count(Solution.Number solution, Submission.Number answer, int[] counts, int delta) {
        // No choices: nothing to count.
    }

    @Override
    protected int slots(Solution.Number solution, int choiceCount) {
        return choiceCount;
    }

    @Override
    protected Object inputOnWire(Solution.Number solution) {
        return null;
    }

    @Override
    public boolean collectsWords() {
        return false;
    }

    @Override
    protected Object solutionOnWire(Solution.Number solution) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("value", solution.value());
        m.put("tolerance", solution.tolerance());
        return m;
    }

    @Override
    protected Object answerOnWire(Submission.Number answer) {
        return answer.value();
    }

    @Override
    protected Submission.Number answerFromJournal(JsonNode node) {
        return numberFromJournal(node);
    }

    /** A recorded number answer (number and slider). */
    static Submission.Number numberFromJournal(JsonNode node) {
        if (node == null || !node.isNumber()) {
            throw new IllegalArgumentException("the recorded answer is not a number: " + node);
        }
        return new Submission.Number(node.asDouble());
    }
}
