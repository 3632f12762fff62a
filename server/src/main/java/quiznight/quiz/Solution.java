package quiznight.quiz;

import java.util.List;
import java.util.SortedSet;

/** The correct answer of a question. Never sent to a client before the reveal. */
public sealed interface Solution {

    /** For single, multi and truefalse: the set of correct choice indexes (exactly one for single and truefalse). */
    record Choices(SortedSet<Integer> indexes) implements Solution {
        public Choices {
            indexes = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(indexes));
        }
    }

    /** For text: the accepted answers, compared after {@link TextAnswers#normalize(String)}. */
    record Text(List<String> accepted) implements Solution {
        public Text {
            accepted = List.copyOf(accepted);
        }
    }

    /** For number: correct when {@code |given - value| <= tolerance}. */
    record Number(double value, double tolerance) implements Solution {
    }

    /** For poll: no right answer; every vote counts into the distribution and none scores. */
    record None() implements Solution {
    }

    /**
     * For order: {@code order} lists, for each place from first to last, the index (among the choices as shown,
     * which are the quiz file's items shuffled) of the item that belongs there.
     */
    record Order(List<Integer> order) implements Solution {
        public Order {
            order = List.copyOf(order);
        }
    }

    /**
     * For slider: the range a player picks from ({@code min} to {@code max} in steps of {@code step}, shown with
     * {@code unit}, may be empty) and the right value; right when {@code |given - value| <= tolerance}.
     */
    record Slider(double min, double max, double step, String unit, double value, double tolerance)
            implements Solution {
    }
}
