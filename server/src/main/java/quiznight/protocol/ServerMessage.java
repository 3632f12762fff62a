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

    /** A player in the host's lobby: {@code team} the team number, in team mode only; {@code extraTime} the factor granted, absent when none. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PlayerRef(String id, String name, Integer team, Double extraTime) {
        public PlayerRef(String id, String name) {
            this(id, name, null, null);
        }
    }

    /** A player's own times for the open question, added as {@code you} to their copy of it (extra time). */
    record OwnTime(long timeLimitMs, long deadline) {
    }

    record Entry(int rank, String playerId, String name, int score, Integer previousRank) {
    }

    /** {@code team}: the player's team and its final standing, in team mode only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record You(int rank, int score, Team team) {
        public You(int rank, int score) {
            this(rank, score, null);
        }
    }

    /**
     * A team (team mode): its number (0-based), name and {@code #rrggbb} colour, and where they apply its
     * {@code score}, {@code rank} (ties share it), {@code members} and {@code points} scored with the last question.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Team(int team, String name, String colour, Integer score, Integer rank, Integer members, Integer points) {
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

    /** {@code team}: the team the player is in (team mode only). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Joined(String playerId, String token, String name, Team team) implements ServerMessage {
        public Joined(String playerId, String token, String name) {
            this(playerId, token, name, null);
        }

        public String type() {
            return "joined";
        }
    }

    /** A player's resume fills playerId, name, score and answered; a host's fills code, joinUrl, quiz, locked. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Resumed(String role, String state, String playerId, String name, Integer score, Boolean answered,
                   String code, String joinUrl, QuizInfo quiz, Boolean locked, Team team) implements ServerMessage {
        public Resumed(String role, String state, String playerId, String name, Integer score, Boolean answered,
                       String code, String joinUrl, QuizInfo quiz, Boolean locked) {
            this(role, state, playerId, name, score, answered, code, joinUrl, quiz, locked, null);
        }

        public String type() {
            return "resumed";
        }
    }

    /** {@code nextMedia}: the first question's picture paths (projector size), for screens to fetch ahead; null when none. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Lobby(String code, int count, boolean locked, List<PlayerRef> players, List<String> nextMedia,
                 List<Team> teams) implements ServerMessage {
        public Lobby(String code, int count, boolean locked, List<PlayerRef> players) {
            this(code, count, locked, players, null);
        }

        public Lobby(String code, int count, boolean locked, List<PlayerRef> players, List<String> nextMedia) {
            this(code, count, locked, players, nextMedia, null);
        }

        public String type() {
            return "lobby";
        }

        public boolean droppable() {
            return true;
        }
    }

    /**
     * {@code image}, {@code choiceImages} (parallel to choices, null entries kept) and {@code codeLanguage}: null when
     * none. {@code input}: what the kind's input needs besides the choices (a slider's min, max, step, unit), null
     * when nothing. {@code answersOpenAt}: with team talk only, when answers open (before it the team talks).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Question(int index, int total, String kind, String text, String code, List<String> choices,
                    long timeLimitMs, long deadline, int points, boolean hideText, String section, Image image,
                    List<ChoiceImage> choiceImages, String codeLanguage, Object input, Long answersOpenAt)
            implements ServerMessage {
        public Question(int index, int total, String kind, String text, String code, List<String> choices,
                        long timeLimitMs, long deadline, int points, boolean hideText, String section, Image image,
                        List<ChoiceImage> choiceImages, String codeLanguage) {
            this(index, total, kind, text, code, choices, timeLimitMs, deadline, points, hideText, section, image,
                    choiceImages, codeLanguage, null, null);
        }

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

    /**
     * {@code correct} is a list of ints, a list of strings, or {"value","tolerance"} by kind. {@code words} and
     * {@code hidden}: a word cloud's top words and the words the host hid (null for other kinds).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Reveal(int index, Object correct, int[] counts, String explanation, int answered, int correctCount,
                  String docs, List<WordCount> words, List<String> hidden) implements ServerMessage {
        public Reveal(int index, Object correct, int[] counts, String explanation, int answered, int correctCount,
                      String docs) {
            this(index, correct, counts, explanation, answered, correctCount, docs, null, null);
        }

        public String type() {
            return "reveal";
        }
    }

    /** One word of a word cloud and how many players sent it. */
    record WordCount(String word, int count) {
    }

    /**
     * The live word cloud of the open question, to the host: its top words (hidden ones left out), the words the
     * host hid, and how many words were sent in all. Coalesced (a few per second at most) and droppable; sent at
     * once after the host hides or shows a word.
     */
    record Words(int index, List<WordCount> words, List<String> hidden, int total) implements ServerMessage {
        public String type() {
            return "words";
        }

        public boolean droppable() {
            return true;
        }
    }

    /** {@code team}: team mode only, the player's team with its score, rank and the points it scored with this question. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Result(int index, boolean correct, int points, int bonus, int score, int rank, int streak, int behind,
                  int players, Team team) implements ServerMessage {
        public Result(int index, boolean correct, int points, int bonus, int score, int rank, int streak, int behind,
                      int players) {
            this(index, correct, points, bonus, score, rank, streak, behind, players, null);
        }

        public String type() {
            return "result";
        }
    }

    /**
     * {@code nextMedia}: the next question's picture paths (projector size), for screens to fetch ahead; null when none.
     * Team mode adds {@code teams} (every team, best first) and {@code teamTop} (the top players of the leading team). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Standings(int index, List<Entry> top, int players, List<String> nextMedia, List<Team> teams,
                     List<Entry> teamTop) implements ServerMessage {
        public Standings(int index, List<Entry> top, int players, List<String> nextMedia) {
            this(index, top, players, nextMedia, null, null);
        }

        public String type() {
            return "standings";
        }
    }

    /** The players' copies add {@code you} (see {@link Codec#withField}). Team mode adds {@code teams}, best first. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Finished(List<Entry> podium, List<Entry> top, int players, List<Team> teams) implements ServerMessage {
        public Finished(List<Entry> podium, List<Entry> top, int players) {
            this(podium, top, players, null);
        }

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

    /** Added: the teams a player may pick, sent just before {@code error team-required} answers a join without one. */
    record Teams(List<Team> teams) implements ServerMessage {
        public String type() {
            return "teams";
        }
    }

    /**
     * Added: the host paused the game ({@code paused} true) or went on. In a question, {@code remainingMs} is the
     * time left to answer, frozen while paused, and on going on {@code deadline} is the question's new deadline.
     * With team talk: while paused {@code talkRemainingMs}, the talk left (frozen; 0 once answers were open), and on
     * going on {@code answersOpenAt}, the moment answers open, moved on by the pause like the deadline.
     */
    record Paused(boolean paused, Long remainingMs, Long deadline, Long talkRemainingMs, Long answersOpenAt)
            implements ServerMessage {
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
