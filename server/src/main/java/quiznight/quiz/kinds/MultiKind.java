package quiznight.quiz.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import quiznight.protocol.ClientMessage;
import quiznight.protocol.ErrorCode;
import quiznight.protocol.ProtocolException;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.QuizLoader;
import quiznight.quiz.Solution;
import quiznight.quiz.Submission;

/** {@code multi}: 2 to 6 choices, one or more right; right only when the player picks exactly the right set. */
public final class MultiKind extends KindRules<Solution.Choices, Submission.Choices> {
    public MultiKind() {
        super(Solution.Choices.class, Submission.Choices.class);
    }

    @Override
    protected List<String> choices(JsonNode node, QuizFields f) throws QuizFormatException {
        return ChoiceFields.choices(node, 2, QuizLoader.MAX_CHOICES, f);
    }

    @Override
    protected Solution.Choices solution(JsonNode node, List<String> choices, QuizFields f) throws QuizFormatException {
        return new Solution.Choices(ChoiceFields.indexes(node, choices.size(), false, "multi", f));
    }

    @Override
    protected void write(ObjectNode n, List<String> choices, Solution.Choices solution) {
        ChoiceFields.writeChoices(n, choices);
        ChoiceFields.writeIndexes(n, solution.indexes());
    }

    @Override
    public KindDescription describe() {
        return new KindDescription("Multiple answers", "Pick every right answer",
                FieldSpec.choices("Answers", 2, QuizLoader.MAX_CHOICES, QuizLoader.MAX_CHOICE_TEXT, "many")
                        .with("help", "Mark every right answer: a player must pick exactly these."));
    }

    @Override
    public boolean takesChoiceImages() {
        return true;
    }

    @Override
    public boolean scored() {
        return true;
    }

    @Override
    protected Submission.Choices answer(ClientMessage.Answer a) {
        if (a.choices() == null) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "This question takes 'choices': a list of choice numbers.");
        }
        Submission.Choices set = Submission.Choices.of(a.choices());
        if (set.indexes().size() != a.choices().size()) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "Field 'choices' lists a choice twice.");
        }
        return set;
    }

    @Override
    protected void sample(ObjectNode answer, Solution.Choices solution, int choiceCount) {
        answer.putArray("choices").add(0);
    }

    @Override
    protected boolean fits(Solution.Choices solution, Submission.Choices answer, int choiceCount) {
        return !answer.indexes().isEmpty() && answer.indexes().first() >= 0 && answer.indexes().last() < choiceCount;
    }

    @Override
    protected String takes(Solution.Choices solution, int choiceCount) {
        return "This question takes 'choices': a non-empty list of choice numbers from 0 to " + (choiceCount - 1) + ".";
    }

    @Override
    protected boolean isCorrect(Solution.Choices solution, Submission.Choices answer) {
        return solution.indexes().equals(answer.indexes());
    }

    @Override
    protected void count(Solution.Choices solution, Submission.Choices answer, int[] counts, int delta) {
        for (int i : answer.indexes()) {
            counts[i] += delta;
        }
    }

    @Override
    protected int slots(Solution.Choices solution, int choiceCount) {
        return choiceCount;
    }

    @Override
    protected Object inputOnWire(Solution.Choices solution) {
        return null;
    }

    @Override
    public boolean collectsWords() {
        return false;
    }

    @Override
    protected Object solutionOnWire(Solution.Choices solution) {
        return List.copyOf(solution.indexes());
    }

    @Override
    protected Object answerOnWire(Submission.Choices answer) {
        return List.copyOf(answer.indexes());
    }

    @Override
    protected Submission.Choices answerFromJournal(JsonNode node) {
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException("the recorded answer is not a list of choice numbers: " + node);
        }
        List<Integer> indexes = new ArrayList<>(node.size());
        for (JsonNode n : node) {
            if (!n.isInt()) {
                throw new IllegalArgumentException("the recorded answer is not a list of choice numbers: " + node);
            }
            indexes.add(n.asInt());
        }
        return Submission.Choices.of(indexes);
    }
}
