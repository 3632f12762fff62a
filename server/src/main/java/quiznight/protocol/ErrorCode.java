package quiznight.protocol;

/** The stable error codes of the wire contract ({@code error.code}), plus the ones this server adds. */
public enum ErrorCode {
    BAD_JSON("bad-json"),
    BAD_MESSAGE("bad-message"),
    ROOM_NOT_FOUND("room-not-found"),
    ROOM_LOCKED("room-locked"),
    NAME_TAKEN("name-taken"),
    BAD_NAME("bad-name"),
    NOT_HOST("not-host"),
    WRONG_PHASE("wrong-phase"),
    QUESTION_CLOSED("question-closed"),
    ALREADY_ANSWERED("already-answered"),
    BAD_TOKEN("bad-token"),
    RATE_LIMITED("rate-limited"),
    /** Added: the quiz id in {@code create} is not one this server has. */
    QUIZ_NOT_FOUND("quiz-not-found"),
    /** Added: the server is stopping; sent just before the connection closes with 1001. */
    SERVER_SHUTDOWN("server-shutdown"),
    /** Added: the room is full, or the server holds as many rooms as it may. */
    CAPACITY("capacity"),
    /** Added: cluster mode, the shared directory (Redis) cannot be reached just now; the request changed nothing. */
    UNAVAILABLE("unavailable"),
    /** Added: {@code create} from a connection without an organiser (no key, no signed-in session, or a stale one). */
    NOT_ORGANISER("not-organiser"),
    /** Added: an answer while the host has paused the game; nothing recorded, the phone may answer after the pause. */
    PAUSED("paused"),
    /** Added: an answer during a question's team talk (the question is shown, answers open after it); nothing recorded. */
    TEAM_TALK("team-talk"),
    /** Added: a join in a lobby where players pick their team, without a team; a {@code teams} frame lists them. */
    TEAM_REQUIRED("team-required"),
    /** Added: a join without {@code realName} in a room that asks for real names (for the report only); send it, "" allowed. */
    REAL_NAME_WANTED("real-name-wanted");

    private final String wire;

    ErrorCode(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
