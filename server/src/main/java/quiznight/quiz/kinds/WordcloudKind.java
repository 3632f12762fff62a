package quiznight.quiz.kinds;

import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * {@code wordcloud}: each player sends 1 to {@value #MAX_WORDS} short words; nothing is right and nothing scores.
 * This class checks the answer's shape (how many words, none longer than {@value #MAX_LENGTH} characters); the game
 * normalises the words and applies the nickname blocklist ({@code game/WordTally}, which {@link #collectsWords()}
 * asks for) and the room sends the growing cloud to the projector, coalesced.
 */
public final class WordcloudKind extends KindRules<Solution.None, Submission.Words> {
    /** Kept equal to {@code game.WordTally.MAX_WORDS_PER_PLAYER} (the quiz layer cannot import the game's). */
    public static final int MAX_WORDS = 3;
    /** Kept equal to {@code game.WordTally.MAX_LENGTH}. */
    public static final int MAX_LENGTH = 25;
    private static final Solution.None NONE = new Solution.None();

    public WordcloudKind() {
        super(Solution.None.class, Submission.Words.class);
    }

    @Override
    protected List<String> choices(JsonNode node, QuizFields f) throws QuizFormatException {
        return ChoiceFields.none(node, "wordcloud", f);
    }

    @Override
    protected Solution.None solution(JsonNode node, List<String> choices, QuizFields f) throws QuizFormatException {
        if (node != null) {
            throw f.error("correct", ProblemCode.WORDCLOUD_NO_CORRECT);
        }
        return NONE;
    }

    @Override
    protected void write(ObjectNode n, List<String> choices, Solution.None solution) {
        // Nothing of its own: the question's text asks for the words.
    }

    @Override
    public KindDescription describe() {
        return new KindDescription("Word cloud", "Send up to " + MAX_WORDS + " words", List.of(), List.of("points"));
    }

    @Override
    public boolean takesChoiceImages() {
        return false;
    }

    @Override
    public boolean scored() {
        return false;
    }

    @Override
    protected Submission.Words answer(ClientMessage.Answer a) {
        if (a.words() == null) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, takes(NONE, 0));
        }
        return new Submission.Words(a.words());
    }

    @Override
    protected void sample(ObjectNode answer, Solution.None solution, int choiceCount) {
        answer.putArray("words").add("sample");
    }

    @Override
    protected boolean fits(Solution.None solution, Submission.Words answer, int choiceCount) {
        if (answer.words().isEmpty() || answer.words().size() > MAX_WORDS) {
            return false;
        }
        for (String w : answer.words()) {
            String s = w.strip();
            if (s.isEmpty() || s.codePointCount(0, s.length()) > MAX_LENGTH) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected String takes(Solution.None solution, int choiceCount) {
        return "This question takes 'words': 1 to " + MAX_WORDS + " words of at most " + MAX_LENGTH
                + " characters each.";
    }

    @Override
    protected boolean isCorrect(Solution.None solution, Submission.Words answer) {
        return false;
    }

    @Override
    protected int slots(Solution.None solution, int choiceCount) {
        return 0;
    }

    @Override
    protected void count(Solution.None solution, Submission.Words answer, int[] counts, int delta) {
        // The words are counted by the game's tally, not in slots.
    }

    @Override
    protected Object inputOnWire(Solution.None solution) {
        return null;
    }

    @Override
    public boolean collectsWords() {
        return true;
    }

    @Override
    protected Object solutionOnWire(Solution.None solution) {
        return List.of();
    }

    @Override
    protected Object answerOnWire(Submission.Words answer) {
        return answer.words();
    }

    @Override
    protected Submission.Words answerFromJournal(JsonNode node) {
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException("the recorded answer is not a list of words: " + node);
        }
        List<String> words = new ArrayList<>();
        for (JsonNode n : node) {
            if (!n.isTextual()) {
                throw new IllegalArgumentException("the recorded answer is not a list of words: " + node);
            }
            words.add(n.asText());
        }
        return new Submission.Words(words);
    }
}
