package quiznight.quiz.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import quiznight.protocol.ClientMessage;
import quiznight.protocol.ErrorCode;
import quiznight.protocol.ProtocolException;
import quiznight.quiz.ProblemCode;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.QuizLoader;
import quiznight.quiz.Solution;
import quiznight.quiz.Submission;

/**
 * {@code order} (Kahoot's puzzle): 3 to 6 items, written in the quiz file in the right order, to be put back in
 * order. The items are held and sent shuffled: the same shuffle for everybody, decided by the items' texts and the
 * server's secret ({@link QuizFields#shuffleSeed}: a quiz loaded twice, restored from a journal or loaded on another
 * server of the cluster shuffles the same way, and nobody without the secret can work the right order out from the
 * texts) and never the right order. The answer is
 * a permutation of the shown indexes from first to last place; only the exact order is right (speed-scored like
 * the others). The reveal's counts say, per shown item, how many players put it in its right place.
 */
public final class OrderKind extends KindRules<Solution.Order, Submission.Order> {
    public static final int MIN_ITEMS = 3;
    public static final int MAX_ITEMS = 6;

    public OrderKind() {
        super(Solution.Order.class, Submission.Order.class);
    }

    /**
     * The shuffle of {@code n} items from {@code seed}: {@code shown[i] = right[p[i]]}. The loader's seed depends on
     * the texts as a set (not their order), so the same one is found from the items in the right order
     * ({@link #choices}) and from them shuffled ({@link #solution}). Never the identity: a shuffle that left every
     * item in place is turned by one.
     */
    static int[] shuffle(int n, long seed) {
        int[] p = new int[n];
        Arrays.setAll(p, i -> i);
        Random random = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        boolean identity = true;
        for (int i = 0; i < n; i++) {
            identity &= p[i] == i;
        }
        if (identity) {
            for (int i = 0; i < n; i++) {
                p[i] = (i + 1) % n;
            }
        }
        return p;
    }

    /** The items as written (the right order), returned shuffled: the choices as held and shown. */
    @Override
    protected List<String> choices(JsonNode node, QuizFields f) throws QuizFormatException {
        List<String> right = ChoiceFields.choices(node, MIN_ITEMS, MAX_ITEMS, f);
        int[] p = shuffle(right.size(), f.shuffleSeed(right));
        List<String> shown = new ArrayList<>(right.size());
        for (int i : p) {
            shown.add(right.get(i));
        }
        return shown;
    }

    @Override
    protected Solution.Order solution(JsonNode node, List<String> choices, QuizFields f) throws QuizFormatException {
        if (node != null) {
            throw f.error("correct", ProblemCode.ORDER_NO_CORRECT);
        }
        int[] p = shuffle(choices.size(), f.shuffleSeed(choices));
        Integer[] order = new Integer[p.length];
        for (int shown = 0; shown < p.length; shown++) {
            order[p[shown]] = shown;
        }
        return new Solution.Order(Arrays.asList(order));
    }

    /** The items back in the right order, as the quiz file has them. */
    @Override
    protected void write(ObjectNode n, List<String> choices, Solution.Order solution) {
        List<String> right = new ArrayList<>(choices.size());
        for (int shown : solution.order()) {
            right.add(choices.get(shown));
        }
        ChoiceFields.writeChoices(n, right);
    }

    @Override
    public KindDescription describe() {
        return new KindDescription("Order", "Put them in order",
                FieldSpec.choices("Items, in the right order", MIN_ITEMS, MAX_ITEMS, QuizLoader.MAX_CHOICE_TEXT, "order")
                        .with("help", "Write the items first to last: players see them shuffled and put them back."));
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
    protected Submission.Order answer(ClientMessage.Answer a) {
        if (a.choices() == null) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE,
                    "This question takes 'choices': every item's number, in your order from first to last.");
        }
        return new Submission.Order(a.choices());
    }

    /** The items in the order shown. */
    @Override
    protected void sample(ObjectNode answer, Solution.Order solution, int choiceCount) {
        ArrayNode order = answer.putArray("choices");
        for (int i = 0; i < choiceCount; i++) {
            order.add(i);
        }
    }

    @Override
    protected boolean fits(Solution.Order solution, Submission.Order answer, int choiceCount) {
        if (answer.order().size() != choiceCount) {
            return false;
        }
        boolean[] seen = new boolean[choiceCount];
        for (int i : answer.order()) {
            if (i < 0 || i >= choiceCount || seen[i]) {
                return false;
            }
            seen[i] = true;
        }
        return true;
    }

    @Override
    protected String takes(Solution.Order solution, int choiceCount) {
        return "This question takes 'choices': each item number from 0 to " + (choiceCount - 1)
                + " exactly once, in your order from first to last.";
    }

    @Override
    protected boolean isCorrect(Solution.Order solution, Submission.Order answer) {
        return solution.order().equals(answer.order());
    }

    @Override
    protected int slots(Solution.Order solution, int choiceCount) {
        return choiceCount;
    }

    /** Counts each shown item the answer put in its right place. */
    @Override
    protected void count(Solution.Order solution, Submission.Order answer, int[] counts, int delta) {
        List<Integer> right = solution.order();
        for (int place = 0; place < right.size(); place++) {
            int item = answer.order().get(place);
            if (item == right.get(place)) {
                counts[item] += delta;
            }
        }
    }

    @Override
    protected Object inputOnWire(Solution.Order solution) {
        return null;
    }

    @Override
    public boolean collectsWords() {
        return false;
    }

    @Override
    protected Object solutionOnWire(Solution.Order solution) {
        return solution.order();
    }

    @Override
    protected Object answerOnWire(Submission.Order answer) {
        return answer.order();
    }

    @Override
    protected Submission.Order answerFromJournal(JsonNode node) {
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException("the recorded answer is not an order of item numbers: " + node);
        }
        List<Integer> order = new ArrayList<>();
        for (JsonNode n : node) {
            if (!n.isInt()) {
                throw new IllegalArgumentException("the recorded answer is not an order of item numbers: " + node);
            }
            order.add(n.asInt());
        }
        return new Submission.Order(order);
    }
}
