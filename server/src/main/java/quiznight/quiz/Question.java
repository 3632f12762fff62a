package quiznight.quiz;

import java.util.List;

/**
 * One question of a quiz, as loaded and validated.
 *
 * @param kind        what kind of answer it takes
 * @param text        the question as shown to people
 * @param code        an optional code snippet shown monospaced (null when absent)
 * @param choices     the options for choice kinds; empty for text and number
 * @param solution    the correct answer (server-side only until the reveal)
 * @param timeLimitMs the time players have to answer
 * @param points      1 (standard) or 2 (double points)
 * @param explanation shown with the reveal (may be empty)
 * @param docs        an optional link to read more (null when absent)
 * @param section     an optional section name used to play part of a quiz (null when absent)
 * @param seed        an optional number tying the question to its source (null when absent)
 */
public record Question(
        Kind kind,
        String text,
        String code,
        List<String> choices,
        Solution solution,
        long timeLimitMs,
        int points,
        String explanation,
        String docs,
        String section,
        Integer seed) {

    public Question {
        choices = List.copyOf(choices);
    }

    /** The same question with another time limit (a room's {@code timeLimitSec} option). */
    public Question withTimeLimitMs(long ms) {
        return new Question(kind, text, code, choices, solution, ms, points, explanation, docs, section, seed);
    }
}
