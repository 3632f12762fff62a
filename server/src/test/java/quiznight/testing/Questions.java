package quiznight.testing;

import java.util.List;
import java.util.TreeSet;
import quiznight.quiz.Kind;
import quiznight.quiz.Question;
import quiznight.quiz.Solution;

/** Small questions for tests. */
public final class Questions {
    private Questions() {
    }

    public static Question single(int correct, long limitMs) {
        return new Question(Kind.SINGLE, "Which one?", null, List.of("A", "B", "C", "D"),
                new Solution.Choices(new TreeSet<>(List.of(correct))), limitMs, 1, "Because.", null, "S1", null);
    }

    public static Question doublePoints(int correct, long limitMs) {
        return new Question(Kind.SINGLE, "Which one, for double?", null, List.of("A", "B", "C", "D"),
                new Solution.Choices(new TreeSet<>(List.of(correct))), limitMs, 2, "Because.", null, "S1", null);
    }

    /** A single-choice question for no points ({@code points: 0}). */
    public static Question noPoints(int correct, long limitMs) {
        return new Question(Kind.SINGLE, "Which one, just for fun?", null, List.of("A", "B", "C", "D"),
                new Solution.Choices(new TreeSet<>(List.of(correct))), limitMs, 0, "", null, null, null);
    }

    public static Question multi(List<Integer> correct, long limitMs) {
        return new Question(Kind.MULTI, "Which ones?", null, List.of("A", "B", "C", "D"),
                new Solution.Choices(new TreeSet<>(correct)), limitMs, 1, "", null, "S2", null);
    }

    public static Question text(List<String> accepted, long limitMs) {
        return new Question(Kind.TEXT, "Type it", null, List.of(), new Solution.Text(accepted), limitMs, 1, "", null, null, null);
    }

    public static Question number(double value, double tolerance, long limitMs) {
        return new Question(Kind.NUMBER, "How many?", null, List.of(), new Solution.Number(value, tolerance), limitMs, 1, "",
                null, null, null);
    }

    public static Question poll(long limitMs) {
        return new Question(Kind.POLL, "Which do you prefer?", null, List.of("A", "B", "C", "D"), new Solution.None(),
                limitMs, 1, "", null, null, null);
    }

    /** An order question shown as A, B, C, D whose right order is C, A, D, B (shown indexes 2, 0, 3, 1). */
    public static Question order(long limitMs) {
        return new Question(Kind.ORDER, "Put them in order", null, List.of("A", "B", "C", "D"),
                new Solution.Order(List.of(2, 0, 3, 1)), limitMs, 1, "", null, null, null);
    }

    /** A slider from 0 to 100 in steps of 5 (21 positions, one histogram bin each). */
    public static Question slider(double value, double tolerance, long limitMs) {
        return new Question(Kind.SLIDER, "How far?", null, List.of(), new Solution.Slider(0, 100, 5, "km", value, tolerance),
                limitMs, 1, "", null, null, null);
    }

    public static Question wordcloud(long limitMs) {
        return new Question(Kind.WORDCLOUD, "One word?", null, List.of(), new Solution.None(), limitMs, 1, "", null,
                null, null);
    }
}
