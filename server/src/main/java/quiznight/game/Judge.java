package quiznight.game;

import quiznight.protocol.ErrorCode;
import quiznight.quiz.Kind;
import quiznight.quiz.Question;
import quiznight.quiz.Solution;
import quiznight.quiz.TextAnswers;

/** Decides whether a submission answers a question correctly, and whether it fits the question at all. */
public final class Judge {
    public static final int MAX_TEXT_ANSWER = 200;

    private Judge() {
    }

    /** Throws {@code bad-message} when the submission is not of the question's kind or out of range. */
    public static void checkShape(Question q, Submission s) {
        Kind kind = q.kind();
        int n = q.choices().size();
        boolean fits;
        if (s instanceof Submission.Choice c) {
            fits = (kind == Kind.SINGLE || kind == Kind.TRUEFALSE) && c.index() >= 0 && c.index() < n;
        } else if (s instanceof Submission.Choices c) {
            fits = kind == Kind.MULTI && !c.indexes().isEmpty() && c.indexes().first() >= 0 && c.indexes().last() < n;
        } else if (s instanceof Submission.Text t) {
            fits = kind == Kind.TEXT && t.text().length() <= MAX_TEXT_ANSWER;
        } else {
            fits = kind == Kind.NUMBER && Double.isFinite(((Submission.Number) s).value());
        }
        if (!fits) {
            throw new GameException(ErrorCode.BAD_MESSAGE, switch (kind) {
                case SINGLE, TRUEFALSE -> "This question takes 'choice': a choice number from 0 to " + (n - 1) + ".";
                case MULTI -> "This question takes 'choices': a non-empty list of choice numbers from 0 to " + (n - 1) + ".";
                case TEXT -> "This question takes 'text': at most " + MAX_TEXT_ANSWER + " characters.";
                case NUMBER -> "This question takes 'value': a number.";
            });
        }
    }

    public static boolean isCorrect(Question q, Submission s) {
        Solution solution = q.solution();
        if (solution instanceof Solution.Choices c) {
            if (s instanceof Submission.Choice one) {
                return c.indexes().size() == 1 && c.indexes().contains(one.index());
            }
            return s instanceof Submission.Choices many && c.indexes().equals(many.indexes());
        }
        if (solution instanceof Solution.Text t) {
            if (!(s instanceof Submission.Text text)) {
                return false;
            }
            String given = TextAnswers.normalize(text.text());
            return t.accepted().stream().map(TextAnswers::normalize).anyMatch(given::equals);
        }
        Solution.Number num = (Solution.Number) solution;
        return s instanceof Submission.Number given && Math.abs(given.value() - num.value()) <= num.tolerance() + 1e-9;
    }
}
