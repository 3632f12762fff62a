package quiznight.quiz;

import java.util.List;
import java.util.SortedSet;

/** A player's answer, checked against the question's kind before it reaches the rules. */
public sealed interface Submission {
    /** single, truefalse and poll (the vote). */
    record Choice(int index) implements Submission {
        private static final Choice[] SHARED = new Choice[64];

        static {
            for (int i = 0; i < SHARED.length; i++) {
                SHARED[i] = new Choice(i);
            }
        }

        /** The same instance for every answer that picks choice {@code index} (below 64): kept per answer. */
        public static Choice of(int index) {
            return index >= 0 && index < SHARED.length ? SHARED[index] : new Choice(index);
        }
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

    /** order: the choices' indexes (as shown) from first to last place. */
    record Order(List<Integer> order) implements Submission {
        public Order {
            order = List.copyOf(order);
        }
    }

    /** wordcloud: 1 to 3 words (as sent until the game normalises them, then as counted). */
    record Words(List<String> words) implements Submission {
        public Words {
            words = List.copyOf(words);
        }
    }

    /** number and slider. */
    record Number(double value) implements Submission {
    }
}
