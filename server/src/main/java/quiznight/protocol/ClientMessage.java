package quiznight.protocol;

import java.util.List;

/** Every frame a client may send, decoded and type-checked by {@link Codec#decode(String)}. */
public sealed interface ClientMessage {

    /**
     * Room options of {@code create}; null fields mean "not given". {@code unsectioned}: with a section choice, the
     * questions that have no section are played too. {@code autoAdvanceSec}: pub quiz mode, the room moves on by
     * itself this many seconds after a reveal and after standings (null: the host moves it on). {@code play}: teams,
     * team talk and the scoring bonuses. {@code realNames}: players are asked for a real name, kept for the report only.
     */
    record CreateOptions(Integer questions, boolean shuffle, Integer timeLimitSec, List<String> sections,
                         boolean hideText, boolean unsectioned, Play play, Integer autoAdvanceSec, boolean realNames) {
        public static final CreateOptions NONE = new CreateOptions(null, false, null, null, false);

        public CreateOptions(Integer questions, boolean shuffle, Integer timeLimitSec, List<String> sections,
                             boolean hideText, boolean unsectioned, Play play, Integer autoAdvanceSec) {
            this(questions, shuffle, timeLimitSec, sections, hideText, unsectioned, play, autoAdvanceSec, false);
        }

        public CreateOptions(Integer questions, boolean shuffle, Integer timeLimitSec, List<String> sections, boolean hideText) {
            this(questions, shuffle, timeLimitSec, sections, hideText, false);
        }

        public CreateOptions(Integer questions, boolean shuffle, Integer timeLimitSec, List<String> sections,
                             boolean hideText, boolean unsectioned) {
            this(questions, shuffle, timeLimitSec, sections, hideText, unsectioned, Play.DEFAULT, null);
        }
    }

    /**
     * How the game is played, from {@code create}'s options: {@code teamMode} null (players alone), "auto" or
     * "pick" with {@code teamCount} teams; {@code teamTalkSec} 0 for none; the speed and streak bonuses.
     */
    record Play(String teamMode, int teamCount, int teamTalkSec, boolean speedBonus, boolean streakBonus) {
        public static final Play DEFAULT = new Play(null, 0, 0, true, true);
    }

    record Create(String quiz, CreateOptions options) implements ClientMessage {
    }

    /**
     * {@code team}: the team picked (0-based) in a room where players pick theirs; null when none was sent.
     * {@code realName}: the player's real name for the report, in a room that asks ("" = chose not to give one);
     * null when the field was absent.
     */
    record Join(String code, String name, Integer team, String realName) implements ClientMessage {
        public Join(String code, String name) {
            this(code, name, null);
        }

        public Join(String code, String name, Integer team) {
            this(code, name, team, null);
        }
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

    /** The host grants one player extra time: {@code factor} 1 (none), 1.5 or 2. */
    record ExtraTime(String playerId, double factor) implements ClientMessage {
    }

    /**
     * An answer as sent: exactly the field that fits the question's kind is used ({@code choice} for single
     * and truefalse, {@code choices} for multi and order, {@code text}, {@code value} for number and slider,
     * {@code words} for wordcloud); the others are null.
     */
    record Answer(int index, Integer choice, List<Integer> choices, String text, Double value, List<String> words)
            implements ClientMessage {
        public Answer(int index, Integer choice, List<Integer> choices, String text, Double value) {
            this(index, choice, choices, text, value, null);
        }
    }

    /** The host hides a word from the word cloud ({@code hidden} true) or shows it again (false). */
    record HideWord(String word, boolean hidden) implements ClientMessage {
    }
}
