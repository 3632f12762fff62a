package quiznight.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Every message the server sends. The codec adds the envelope fields {@code type} (from {@link #type()}) and
 * {@code sentAt}; the record components are the rest. Null components are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface ServerMessage {
    String type();

    /** Lobby and progress updates: a slow reader may miss some, never a phase change. */
    default boolean droppable() {
        return false;
    }

    record QuizInfo(String id, String title, int questions) {
    }

    /** A player in the host's lobby; {@code extraTime} is the factor granted, absent when none. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PlayerRef(String id, String name, Double extraTime) {
        public PlayerRef(String id, String name) {
            this(id, name, null);
        }
    }

    /** A player's own times for the open question, added as {@code you} to their copy of it (extra time). */
    record OwnTime(long timeLimitMs, long deadline) {
    }

    record Entry(int rank, String playerId, String name, int score, Integer previousRank) {
    }

    record You(int rank, int score) {
    }

    record Created(String code, String hostToken, String joinUrl, QuizInfo quiz) implements ServerMessage {
        public String type() {
            return "created";
        }
    }

    record Joined(String playerId, String token, String name) implements ServerMessage {
        public String type() {
            return "joined";
        }
    }

    /** A player's resume fills playerId, name, score and answered; a host's fills code, joinUrl, quiz, locked. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Resumed(String role, String state, String playerId, String name, Integer score, Boolean answered,
                   String code, String joinUrl, QuizInfo quiz, Boolean locked) implements ServerMessage {
        public String type() {
            return "resumed";
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Lobby(String code, int count, boolean locked, List<PlayerRef> players) implements ServerMessage {
        public String type() {
            return "lobby";
        }

        public boolean droppable() {
            return true;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Question(int index, int total, String kind, String text, String code, List<String> choices,
                    long timeLimitMs, long deadline, int points, boolean hideText, String section)
            implements ServerMessage {
        public String type() {
            return "question";
        }
    }

    record Ack(int index) implements ServerMessage {
        public String type() {
            return "ack";
        }
    }

    record Progress(int index, int answered, int players) implements ServerMessage {
        public String type() {
            return "progress";
        }

        public boolean droppable() {
            return true;
        }
    }

    /** {@code correct} is a list of ints, a list of strings, or {"value","tolerance"} by kind. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Reveal(int index, Object correct, int[] counts, String explanation, int answered, int correctCount,
                  String docs) implements ServerMessage {
        public String type() {
            return "reveal";
        }
    }

    record Result(int index, boolean correct, int points, int bonus, int score, int rank, int streak, int behind,
                  int players) implements ServerMessage {
        public String type() {
            return "result";
        }
    }

    record Standings(int index, List<Entry> top, int players) implements ServerMessage {
        public String type() {
            return "standings";
        }
    }

    /** The players' copies add {@code you} (see {@link Codec#withField}). */
    record Finished(List<Entry> podium, List<Entry> top, int players) implements ServerMessage {
        public String type() {
            return "finished";
        }
    }

    /** Added: tells the host that joining is now refused ({@code true}) or allowed again. */
    record Locked(boolean locked) implements ServerMessage {
        public String type() {
            return "locked";
        }
    }

    /** To the host after {@code extraTime}: the factor now granted to that player (1: none). */
    record ExtraTimeGranted(String playerId, double factor) implements ServerMessage {
        public String type() {
            return "extraTime";
        }
    }

    record Kicked() implements ServerMessage {
        public String type() {
            return "kicked";
        }
    }

    record Error(String code, String message) implements ServerMessage {
        public String type() {
            return "error";
        }

        public static Error of(ErrorCode code, String message) {
            return new Error(code.wire(), message);
        }
    }
}
