package quiznight.quiz.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import quiznight.protocol.ClientMessage;
import quiznight.protocol.ErrorCode;
import quiznight.protocol.ProtocolException;
import quiznight.quiz.ProblemCode;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.Solution;
import quiznight.quiz.Submission;
import quiznight.quiz.TextAnswers;

/** {@code text}: no choices; right when the typed answer matches an accepted one after {@link TextAnswers#normalize}. */
public final class TextKind extends KindRules<Solution.Text, Submission.Text> {
    /** The longest typed answer taken. */
    public static final int MAX_TEXT_ANSWER = 200;

    public TextKind() {
        super(Solution.Text.class, Submission.Text.class);
    }

    @Override
    protected List<String> choices(JsonNode node, QuizFields f) throws QuizFormatException {
        return ChoiceFields.none(node, "text", f);
    }

    @Override
    protected Solution.Text solution(JsonNode node, List<String> choices, QuizFields f) throws QuizFormatException {
        if (node == null) {
            throw f.error("correct", ProblemCode.FIELD_REQUIRED);
        }
        if (!node.isArray() || node.isEmpty()) {
            throw f.error("correct", ProblemCode.TEXT_NO_ANSWERS);
        }
        List<String> accepted = new ArrayList<>();
        for (JsonNode n : node) {
            if (!n.isTextual() || n.asText().isBlank() || n.asText().length() > MAX_TEXT_ANSWER) {
                throw f.error("correct", ProblemCode.TEXT_BAD_ANSWER, MAX_TEXT_ANSWER);
            }
            f.displayable("correct", n.asText());
            accepted.add(n.asText().strip());
        }
        return new Solution.Text(accepted);
    }

    @Override
    protected void write(ObjectNode n, List<String> choices, Solution.Text solution) {
        ArrayNode a = n.putArray("correct");
        solution.accepted().forEach(a::add);
    }

    @Override
    public KindDescription describe() {
        return new KindDescription("Typed answer", "Type the answer",
                FieldSpec.of("correct", "texts", "Accepted answers", true).with("minItems", 1)
                        .with("maxLength", MAX_TEXT_ANSWER)
                        .with("help", "Case, accents and spaces are ignored when a typed answer is compared."));
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
    protected Submission.Text answer(ClientMessage.Answer a) {
        if (a.text() == null) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "This question takes 'text'.");
        }
        return new Submission.Text(a.text());
    }

    @Override
    protected void sample(ObjectNode answer, Solution.Text solution, int choiceCount) {
        answer.put("text", "sample");
    }

    @Override
    protected boolean fits(Solution.Text solution, Submission.Text answer, int choiceCount) {
        return answer.text().length() <= MAX_TEXT_ANSWER;
    }

    @Override
    protected String takes(Solution.Text solution, int choiceCount) {
        return "This question takes 'text': at most " + MAX_TEXT_ANSWER + " characters.";
    }

    @Override
    protected boolean isCorrect(Solution.Text solution, Submission.Text answer) {
        String given = TextAnswers.normalize(answer.text());
        return solution.accepted().stream().map(TextAnswers::normalize).anyMatch(given::equals);
    }

    @Override
    protected void count(Solution.Text solution, Submission.Text answer, int[] counts, int delta) {
        // No choices: nothing to count.
    }

    @Override
    protected int slots(Solution.Text solution, int choiceCount) {
        return choiceCount;
    }

    @Override
    protected Object inputOnWire(Solution.Text solution) {
        return null;
    }

    @Override
    public boolean collectsWords() {
        return false;
    }

    @Override
    protected Object solutionOnWire(Solution.Text solution) {
        return solution.accepted();
    }

    @Override
    protected Object answerOnWire(Submission.Text answer) {
        return answer.text();
    }

    @Override
    protected Submission.Text answerFromJournal(JsonNode node) {
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException("the recorded answer is not a text: " + node);
        }
        return new Submission.Text(node.asText());
    }
}
