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

    record PlayerRef(String id, String name) {
    }

    record Entry(int rank, String playerId, String name, int score, Integer previousRank) {
    }

    record You(int rank, int score) {
    }

    /** A question's picture: its projector and phone sizes (paths relative to the server's base path) and alt text. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Image(String projector, String phone, String alt) {
    }

    /** A choice's picture, in {@code choiceImages} (null for a choice without one). */
    record ChoiceImage(String projector, String phone) {
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

    /** {@code nextMedia}: the first question's picture paths (projector size), for screens to fetch ahead; null when none. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Lobby(String code, int count, boolean locked, List<PlayerRef> players, List<String> nextMedia)
            implements ServerMessage {
        public Lobby(String code, int count, boolean locked, List<PlayerRef> players) {
            this(code, count, locked, players, null);
        }

        public String type() {
            return "lobby";
        }

        public boolean droppable() {
            return true;
        }
    }

    /** {@code image}, {@code choiceImages} (parallel to choices, null entries kept) and {@code codeLanguage}: null when none. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Question(int index, int total, String kind, String text, String code, List<String> choices,
                    long timeLimitMs, long deadline, int points, boolean hideText, String section, Image image,
                    List<ChoiceImage> choiceImages, String codeLanguage)
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

    /** {@code nextMedia}: the next question's picture paths (projector size), for screens to fetch ahead; null when none. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Standings(int index, List<Entry> top, int players, List<String> nextMedia) implements ServerMessage {
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

    /**
     * Added: the host paused the game ({@code paused} true) or went on. In a question, {@code remainingMs} is the
     * time left to answer, frozen while paused, and on going on {@code deadline} is the question's new deadline.
     */
    record Paused(boolean paused, Long remainingMs, Long deadline) implements ServerMessage {
        public String type() {
            return "paused";
        }
    }

    /**
     * Added, auto-advance rooms: the room moves on by itself from the phase {@code from} (of question {@code index})
     * at {@code at} (server time), {@code remainingMs} from now; while {@code paused} the countdown is held.
     */
    record AutoNext(int index, String from, long at, long remainingMs, boolean paused) implements ServerMessage {
        public String type() {
            return "autoNext";
        }
    }

    /**
     * Added, to a host: a one-time link that makes a phone a remote control of the room ({@code token} is in it), and
     * how many phones claimed one so far ({@code remotes}). A claim sends the laptop a fresh link.
     */
    record RemoteLink(String token, String url, int remotes) implements ServerMessage {
        public String type() {
            return "remoteLink";
        }
    }

    /** Added, to a phone that claimed a remote link: the token it resumes with from now on (as the host does). */
    record RemoteSession(String token) implements ServerMessage {
        public String type() {
            return "remoteSession";
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
