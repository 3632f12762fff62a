package quiznight.results;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * One player's answers in a {@link GameResult}, read through from where their finished game keeps them instead of
 * copied: a room holds its game and its results in memory until it goes, and a stadium's answers are 10,000 players
 * times the questions, so a copy (an {@link AnswerResults}, about 20 bytes an answer) would keep every answer twice.
 * The owner, a subclass, reads question {@code q} of a game that no longer changes, and builds each
 * {@link GameResult.AnswerResult} when it is read; this list is the answered ones among the first {@code played}
 * questions, in question order. Immutable (the owner promises its answers are), equal to any list of the same answers.
 *
 * <p>Not {@link java.util.RandomAccess}: {@link #get} looks for the {@code i}-th answered question (unless every
 * question was answered), and a reader that goes through them all gets the iterator, one step a question; the answer
 * to a given question is one read ({@link GameResult.PlayerResult#answerTo}), which the report and recap use.
 */
public abstract class FinishedAnswers extends AbstractList<GameResult.AnswerResult> {
    private final int played;
    private final int size;

    /**
     * @param played   the questions to read: 0 to {@code played - 1}
     * @param answered how many of them {@link #answered}: the size of this list
     */
    protected FinishedAnswers(int played, int answered) {
        this.played = played;
        this.size = answered;
    }

    /** Whether the player answered question {@code q} (below {@code played}). */
    protected abstract boolean answered(int q);

    /** The answer to question {@code q}, which the player {@link #answered}. */
    protected abstract GameResult.AnswerResult read(int q);

    /** The answer to question {@code q}, or null where it was not answered or not played: one read, no search. */
    final GameResult.AnswerResult toQuestion(int q) {
        return q >= 0 && q < played && answered(q) ? read(q) : null;
    }

    @Override
    public final int size() {
        return size;
    }

    @Override
    public final GameResult.AnswerResult get(int i) {
        java.util.Objects.checkIndex(i, size);
        if (size == played) {
            return read(i);
        }
        int seen = -1;
        for (int q = 0; q < played; q++) {
            if (answered(q) && ++seen == i) {
                return read(q);
            }
        }
        throw new IllegalStateException("answer " + i + " of " + size + " is not among the " + played + " questions");
    }

    @Override
    public final Iterator<GameResult.AnswerResult> iterator() {
        return new Iterator<>() {
            private int q = next(0);

            private int next(int from) {
                while (from < played && !answered(from)) {
                    from++;
                }
                return from;
            }

            @Override
            public boolean hasNext() {
                return q < played;
            }

            @Override
            public GameResult.AnswerResult next() {
                if (q >= played) {
                    throw new NoSuchElementException();
                }
                GameResult.AnswerResult a = read(q);
                q = next(q + 1);
                return a;
            }
        };
    }
}
