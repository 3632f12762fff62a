package quiznight.quiz.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import quiznight.protocol.ClientMessage;
import quiznight.quiz.ProblemCode;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.QuizLoader;
import quiznight.quiz.Solution;
import quiznight.quiz.Submission;

/**
 * {@code poll}: 2 to 6 choices and no right answer; the player votes one choice. Votes count into the reveal's
 * distribution; none is correct, none scores, and a poll leaves every streak as it was.
 */
public final class PollKind extends KindRules<Solution.None, Submission.Choice> {
    private static final Solution.None NONE = new Solution.None();

    public PollKind() {
        super(Solution.None.class, Submission.Choice.class);
    }

    @Override
    protected List<String> choices(JsonNode node, QuizFields f) throws QuizFormatException {
        return ChoiceFields.choices(node, 2, QuizLoader.MAX_CHOICES, f);
    }

    @Override
    protected Solution.None solution(JsonNode node, List<String> choices, QuizFields f) throws QuizFormatException {
        if (node != null) {
            throw f.error("correct", ProblemCode.POLL_NO_CORRECT);
        }
        return NONE;
    }

    @Override
    protected void write(ObjectNode n, List<String> choices, Solution.None solution) {
        ChoiceFields.writeChoices(n, choices);
    }

    @Override
    public KindDescription describe() {
        return new KindDescription("Poll", "Vote: pick one",
                List.of(FieldSpec.choices("Options", 2, QuizLoader.MAX_CHOICES, QuizLoader.MAX_CHOICE_TEXT, "none")
                        .with("help", "Nothing is right: the room votes, nobody scores.")),
                List.of("points"));
    }

    @Override
    public boolean takesChoiceImages() {
        return true;
    }

    @Override
    public boolean scored() {
        return false;
    }

    @Override
    protected Submission.Choice answer(ClientMessage.Answer a) {
        return ChoiceFields.choice(a);
    }

    @Override
    protected void sample(ObjectNode answer, Solution.None solution, int choiceCount) {
        answer.put("choice", 0);
    }

    @Override
    protected boolean fits(Solution.None solution, Submission.Choice answer, int choiceCount) {
        return ChoiceFields.fits(answer, choiceCount);
    }

    @Override
    protected String takes(Solution.None solution, int choiceCount) {
        return ChoiceFields.takesChoice(choiceCount);
    }

    @Override
    protected boolean isCorrect(Solution.None solution, Submission.Choice answer) {
        return false;
    }

    @Override
    protected void count(Solution.None solution, Submission.Choice answer, int[] counts, int delta) {
        counts[answer.index()] += delta;
    }

    @Override
    protected int slots(Solution.None solution, int choiceCount) {
        return choiceCount;
    }

    @Override
    protected Object inputOnWire(Solution.None solution) {
        return null;
    }

    @Override
    public boolean collectsWords() {
        return false;
    }

    @Override
    protected Object solutionOnWire(Solution.None solution) {
        return List.of();
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
