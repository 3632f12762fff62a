package quiznight.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One player's recap of a game ("My answers", {@code GET /api/rooms/<code>/recap} with the player's own token): every
 * question that was played, what the player answered, the right answer as the reveal carried it, the points, and the
 * explanation with its link. Only played questions: a question the game never revealed is not in it, so no right
 * answer leaves the server before its reveal.
 *
 * @param rank     the player's final rank (1 is first)
 * @param players  how many played
 * @param complete false when the server stopped the game before its end
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Recap(String code, String quizTitle, String name, int rank, int score, int players, boolean complete,
                    List<Item> questions) {

    /**
     * One question. {@code correct}: the right answer in the reveal's form (null for a kind with none, a poll);
     * {@code answer}: what the player answered in the results' form, null when they did not; {@code right}: null when
     * unanswered or nothing is right; {@code points}: what the question was worth, {@code earned} what the player got.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(int index, String kind, String text, List<String> choices, Object correct, boolean judged,
                       int points, String explanation, String docs, Object answer, Boolean right, int earned,
                       Long responseMs) {
    }

    /** The recap of {@code playerId} in {@code result}; empty when no such player played. */
    public static Optional<Recap> of(GameResult result, String playerId) {
        GameResult.PlayerResult me = null;
        for (GameResult.PlayerResult p : result.players()) {
            if (p.playerId().equals(playerId)) {
                me = p;
                break;
            }
        }
        if (me == null) {
            return Optional.empty();
        }
        int played = result.playedCount();
        List<Item> items = new ArrayList<>(played);
        for (GameResult.QuestionRef q : result.questions()) {
            if (q.index() >= played) {
                break;
            }
            GameResult.AnswerResult a = me.answerTo(q.index());
            boolean judged = q.hasRightAnswer();
            items.add(new Item(q.index(), q.kind(), q.text(), q.choices(), judged ? q.correct() : null, judged,
                    q.points(), q.explanation(), q.docs(), a == null ? null : a.answer(),
                    a == null || !judged ? null : a.correct(), a == null ? 0 : a.points(),
                    a == null ? null : a.responseMs()));
        }
        return Optional.of(new Recap(result.code(), result.quiz().title(), me.name(), me.rank(), me.score(),
                result.players().size(), result.complete(), List.copyOf(items)));
    }

}
