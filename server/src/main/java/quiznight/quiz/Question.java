package quiznight.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One question of a quiz, as loaded and validated.
 *
 * @param kind         what kind of answer it takes
 * @param text         the question as shown to people
 * @param code         an optional code snippet shown monospaced (null when absent)
 * @param choices      the options for choice kinds; empty for text and number
 * @param solution     the correct answer (server-side only until the reveal)
 * @param timeLimitMs  the time players have to answer
 * @param points       0 (no points: judged, scores nothing, streaks untouched), 1 (standard) or 2 (double points)
 * @param explanation  shown with the reveal (may be empty)
 * @param docs         an optional link to read more (null when absent)
 * @param section      an optional section name used to play part of a quiz (null when absent)
 * @param seed         an optional number tying the question to its source (null when absent)
 * @param image        an optional picture shown with the question (null when absent)
 * @param choiceImages a picture per choice, null for a choice without one; empty when no choice has one
 * @param codeLanguage the language {@code code} is highlighted as (null: the screens guess)
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
        Integer seed,
        Picture image,
        List<Picture> choiceImages,
        String codeLanguage) {

    public Question {
        choices = List.copyOf(choices);
        choiceImages = choiceImages == null || choiceImages.stream().allMatch(Objects::isNull)
                ? List.of() : Collections.unmodifiableList(new ArrayList<>(choiceImages));
    }

    /** A question without pictures or a named code language. */
    public Question(Kind kind, String text, String code, List<String> choices, Solution solution, long timeLimitMs,
                    int points, String explanation, String docs, String section, Integer seed) {
        this(kind, text, code, choices, solution, timeLimitMs, points, explanation, docs, section, seed, null, null,
                null);
    }

    /** The same question with another time limit (a room's {@code timeLimitSec} option). */
    public Question withTimeLimitMs(long ms) {
        return new Question(kind, text, code, choices, solution, ms, points, explanation, docs, section, seed, image,
                choiceImages, codeLanguage);
    }

    /**
     * The projector paths of every picture this question shows (its own, then its choices' in order), each once:
     * what a screen fetches ahead of it. Only paths: no text, no answer.
     */
    public List<String> mediaPaths() {
        List<String> paths = new ArrayList<>();
        if (image != null) {
            paths.add(image.projector());
        }
        for (Picture p : choiceImages) {
            if (p != null && !paths.contains(p.projector())) {
                paths.add(p.projector());
            }
        }
        return List.copyOf(paths);
    }
}
