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
 */
public record RoomOptions(String code, String hostToken, String joinUrl, Quiz quiz, List<Question> questions,
                          boolean hideText, long createdAt, GameOptions play) {
    public RoomOptions(String code, String hostToken, String joinUrl, Quiz quiz, List<Question> questions,
                       boolean hideText, long createdAt) {
        this(code, hostToken, joinUrl, quiz, questions, hideText, createdAt, GameOptions.DEFAULT);
    }
}
