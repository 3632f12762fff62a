package quiznight.quiz;

import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

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
        /** One instance per set of choices below {@link QuizLoader#MAX_CHOICES}, indexed by its bit mask. */
        private static final Choices[] SHARED = new Choices[1 << QuizLoader.MAX_CHOICES];

        static {
            for (int mask = 0; mask < SHARED.length; mask++) {
                TreeSet<Integer> set = new TreeSet<>();
                for (int i = 0; i < QuizLoader.MAX_CHOICES; i++) {
                    if ((mask & 1 << i) != 0) {
                        set.add(i);
                    }
                }
                SHARED[mask] = new Choices(set);
            }
        }

        public Choices {
            indexes = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(indexes));
        }

        /**
         * The set of {@code indexes} (a choice listed twice counts once): the same instance for every answer that
         * picks the same choices when each is below {@link QuizLoader#MAX_CHOICES}, as a game keeps one per answer
         * (a set of its own is about 170 bytes); allocates nothing then. Otherwise a set of its own.
         */
        public static Choices of(Collection<Integer> indexes) {
            int mask = 0;
            for (Integer i : indexes) {
                if (i == null) {
                    throw new IllegalArgumentException("a choice index is missing (null) in " + indexes);
                }
                if (i < 0 || i >= QuizLoader.MAX_CHOICES) {
                    return new Choices(new TreeSet<>(indexes));
                }
                mask |= 1 << i;
            }
            return SHARED[mask];
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
