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
}
