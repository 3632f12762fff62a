package quiznight.room;

import java.util.List;
import quiznight.game.GameOptions;
import quiznight.quiz.Question;
import quiznight.quiz.Quiz;

/**
 * What makes one room: everything its journal's first record holds.
 *
 * @param code      the six-digit room code
 * @param hostToken the secret the host resumes with
 * @param joinUrl   the address players join at (shown as a QR code)
 * @param quiz      the quiz played
 * @param questions the questions in the order they are played (a selection of the quiz's, maybe shuffled)
 * @param hideText  players' screens show only the choices, not the question's text
 * @param createdAt when the room was created (ms since the epoch)
 * @param play      how the game is played: scoring, teams, team talk
 * @param autoAdvanceMs pub quiz mode: the reveal and the standings move on by themselves after this long (0: off)
 * @param realNames players are asked for a real name, kept for the report only (never sent to any screen)
 */
public record RoomOptions(String code, String hostToken, String joinUrl, Quiz quiz, List<Question> questions,
                          boolean hideText, long createdAt, GameOptions play, long autoAdvanceMs, boolean realNames) {
    public RoomOptions(String code, String hostToken, String joinUrl, Quiz quiz, List<Question> questions,
                       boolean hideText, long createdAt, GameOptions play, long autoAdvanceMs) {
        this(code, hostToken, joinUrl, quiz, questions, hideText, createdAt, play, autoAdvanceMs, false);
    }

    public RoomOptions(String code, String hostToken, String joinUrl, Quiz quiz, List<Question> questions,
                       boolean hideText, long createdAt) {
        this(code, hostToken, joinUrl, quiz, questions, hideText, createdAt, GameOptions.DEFAULT, 0);
    }

    /**
     * The page a phone opens to control the room with a one-time remote link: beside the join page, the code and the
     * token in the fragment (so they never reach a server's logs).
     */
    public String remoteUrl(String token) {
        return remoteUrl(joinUrl, code, token);
    }

    /** As {@link #remoteUrl(String)}, from a room's join URL. */
    public static String remoteUrl(String joinUrl, String code, String token) {
        int play = joinUrl.lastIndexOf("/play");
        String base = play < 0 ? "" : joinUrl.substring(0, play);
        return base + "/remote.html#" + code + "." + token;
    }
}
