package quiznight.quiz.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import quiznight.protocol.ClientMessage;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.QuizLoader;
import quiznight.quiz.Solution;
import quiznight.quiz.Submission;

/** {@code truefalse}: two choices ("True", "False" when absent), one right; the player picks one. */
public final class TrueFalseKind extends KindRules<Solution.Choices, Submission.Choice> {
    public TrueFalseKind() {
        super(Solution.Choices.class, Submission.Choice.class);
    }

    @Override
    protected List<String> choices(JsonNode node, QuizFields f) throws QuizFormatException {
        if (node == null) {
            return List.of("True", "False");
        }
        return ChoiceFields.choices(node, 2, 2, f);
    }

    @Override
    protected Solution.Choices solution(JsonNode node, List<String> choices, QuizFields f) throws QuizFormatException {
        return new Solution.Choices(ChoiceFields.indexes(node, choices.size(), true, "truefalse", f));
    }

    @Override
    protected void write(ObjectNode n, List<String> choices, Solution.Choices solution) {
        ChoiceFields.writeChoices(n, choices);
        ChoiceFields.writeIndexes(n, solution.indexes());
    }

    @Override
    public KindDescription describe() {
        return new KindDescription("True or false", "True or false?",
                FieldSpec.choices("Answers", 2, 2, QuizLoader.MAX_CHOICE_TEXT, "one")
                        .with("default", List.of("True", "False")).with("help", "Mark the right one."));
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
    protected Submission.Choice answer(ClientMessage.Answer a) {
        return ChoiceFields.choice(a);
    }

    @Override
    protected void sample(ObjectNode answer, Solution.Choices solution, int choiceCount) {
        answer.put("choice", 0);
    }

    @Override
    protected boolean fits(Solution.Choices solution, Submission.Choice answer, int choiceCount) {
        return ChoiceFields.fits(answer, choiceCount);
    }

    @Override
    protected String takes(Solution.Choices solution, int choiceCount) {
        return ChoiceFields.takesChoice(choiceCount);
    }

    @Override
    protected boolean isCorrect(Solution.Choices solution, Submission.Choice answer) {
        return solution.indexes().size() == 1 && solution.indexes().contains(answer.index());
    }

    @Override
    protected void count(Solution.Choices solution, Submission.Choice answer, int[] counts, int delta) {
        counts[answer.index()] += delta;
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
    protected Object answerOnWire(Submission.Choice answer) {
        return answer.index();
    }

    @Override
    protected Submission.Choice answerFromJournal(JsonNode node) {
        return ChoiceFields.choiceFromJournal(node);
    }
}
