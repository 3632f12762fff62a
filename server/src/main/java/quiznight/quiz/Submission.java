package quiznight.quiz;

import java.util.SortedSet;

/** A player's answer, checked against the question's kind before it reaches the rules. */
public sealed interface Submission {
    /** single, truefalse and poll (the vote). */
    record Choice(int index) implements Submission {
    }

    /** multi: the chosen set. */
    record Choices(SortedSet<Integer> indexes) implements Submission {
        public Choices {
            indexes = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(indexes));
        }
    }

    /** text. */
    record Text(String text) implements Submission {
    }

    /** number. */
    record Number(double value) implements Submission {
    }
}
