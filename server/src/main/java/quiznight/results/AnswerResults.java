package quiznight.results;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * One player's answers in a {@link GameResult}, kept compact: a room holds its results in memory until it goes (the
 * results page and every player's recap read them), and a stadium's are 10,000 players times the questions. Here an
 * answer is three ints and a reference, about half the {@link GameResult.AnswerResult} object (56 bytes with its slot
 * in a list) it would otherwise be; that record is built when an answer is read. Immutable, and equal to any list of
 * the same answers.
 */
final class AnswerResults extends AbstractList<GameResult.AnswerResult> implements RandomAccess {
    private static final int INTS = 3;
    /** Per answer: {@code index << 1 | correct}, points, response time in ms. */
    private final int[] numbers;
    /** Per answer: the answer as given (a choice index, a list of them, a text, a number). */
    private final Object[] answers;

    private AnswerResults(int[] numbers, Object[] answers) {
        this.numbers = numbers;
        this.answers = answers;
    }

    /**
     * These answers as an immutable list: compact when every number fits an int (as a live game's do), else a plain
     * copy. Null stays null; a list that is immutable already (this class, {@link FinishedAnswers}) stays as it is.
     */
    static List<GameResult.AnswerResult> of(List<GameResult.AnswerResult> list) {
        if (list == null || list instanceof AnswerResults || list instanceof FinishedAnswers) {
            return list;
        }
        int n = list.size();
        int[] numbers = new int[n * INTS];
        Object[] answers = new Object[n];
        for (int i = 0; i < n; i++) {
            GameResult.AnswerResult a = list.get(i);
            if (a == null || a.index() < 0 || a.index() > Integer.MAX_VALUE >> 1 || a.responseMs() != (int) a.responseMs()) {
                return java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
            }
            numbers[i * INTS] = a.index() << 1 | (a.correct() ? 1 : 0);
            numbers[i * INTS + 1] = a.points();
            numbers[i * INTS + 2] = (int) a.responseMs();
            answers[i] = a.answer();
        }
        return new AnswerResults(numbers, answers);
    }

    @Override
    public GameResult.AnswerResult get(int i) {
        java.util.Objects.checkIndex(i, answers.length);
        int at = i * INTS;
        return new GameResult.AnswerResult(numbers[at] >>> 1, answers[i], (numbers[at] & 1) != 0, numbers[at + 1],
                numbers[at + 2]);
    }

    @Override
    public int size() {
        return answers.length;
    }
}
