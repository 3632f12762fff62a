package quiznight.protocol;

import java.util.List;

/** Every frame a client may send, decoded and type-checked by {@link Codec#decode(String)}. */
public sealed interface ClientMessage {

    /**
     * Room options of {@code create}; null fields mean "not given". {@code unsectioned}: with a section choice, the
     * questions that have no section are played too. {@code autoAdvanceSec}: pub quiz mode, the room moves on by
     * itself this many seconds after a reveal and after standings (null: the host moves it on).
     */
    record CreateOptions(Integer questions, boolean shuffle, Integer timeLimitSec, List<String> sections,
                         boolean hideText, boolean unsectioned, Integer autoAdvanceSec) {
        public static final CreateOptions NONE = new CreateOptions(null, false, null, null, false);

        public CreateOptions(Integer questions, boolean shuffle, Integer timeLimitSec, List<String> sections, boolean hideText) {
            this(questions, shuffle, timeLimitSec, sections, hideText, false);
        }

        public CreateOptions(Integer questions, boolean shuffle, Integer timeLimitSec, List<String> sections,
                             boolean hideText, boolean unsectioned) {
            this(questions, shuffle, timeLimitSec, sections, hideText, unsectioned, null);
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

    /** A host command: pause the game ({@code true}) or go on. */
    record Pause(boolean paused) implements ClientMessage {
    }

    /** A host command: a one-time link for controlling the room from a phone. */
    record RemoteLink() implements ClientMessage {
    }

    /**
     * An answer as sent: exactly the field that fits the question's kind is used ({@code choice} for single
     * and truefalse, {@code choices} for multi, {@code text}, {@code value}); the others are null.
     */
    record Answer(int index, Integer choice, List<Integer> choices, String text, Double value)
            implements ClientMessage {
    }
}
