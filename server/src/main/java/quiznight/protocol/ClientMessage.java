package quiznight.protocol;

import java.util.List;

/** Every frame a client may send, decoded and type-checked by {@link Codec#decode(String)}. */
public sealed interface ClientMessage {

    /**
     * Room options of {@code create}; null fields mean "not given". {@code unsectioned}: with a section choice, the
     * questions that have no section are played too.
     */
    record CreateOptions(Integer questions, boolean shuffle, Integer timeLimitSec, List<String> sections,
                         boolean hideText, boolean unsectioned) {
        public static final CreateOptions NONE = new CreateOptions(null, false, null, null, false);

        public CreateOptions(Integer questions, boolean shuffle, Integer timeLimitSec, List<String> sections, boolean hideText) {
            this(questions, shuffle, timeLimitSec, sections, hideText, false);
        }
    }

    record Create(String quiz, CreateOptions options) implements ClientMessage {
    }

    record Join(String code, String name) implements ClientMessage {
    }

    record Resume(String code, String token) implements ClientMessage {
    }

    record Start() implements ClientMessage {
    }

    record Next() implements ClientMessage {
    }

    record End() implements ClientMessage {
    }

    record Kick(String playerId) implements ClientMessage {
    }

    record Lock(boolean locked) implements ClientMessage {
    }

    /** The host grants one player extra time: {@code factor} 1 (none), 1.5 or 2. */
    record ExtraTime(String playerId, double factor) implements ClientMessage {
    }

    /**
     * An answer as sent: exactly the field that fits the question's kind is used ({@code choice} for single
     * and truefalse, {@code choices} for multi, {@code text}, {@code value}); the others are null.
     */
    record Answer(int index, Integer choice, List<Integer> choices, String text, Double value)
            implements ClientMessage {
    }
}
