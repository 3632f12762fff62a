package quiznight.game;

import java.util.ArrayList;
import java.util.List;
import quiznight.protocol.ServerMessage;
import quiznight.quiz.Picture;
import quiznight.quiz.Question;
import quiznight.results.GameResult;

/**
 * A question as it goes out, the one shape of a live game, a practice run and homework (docs/protocol.md): the
 * question as players see it (never its solution, explanation or docs), its pictures, and what its reveal and the
 * results carry (the right answer as the kind writes it, the explanation). The room, practice and homework add only
 * what is theirs (the index, the deadline, the counts). Pure.
 */
public final class QuestionWire {
    private QuestionWire() {
    }

    /**
     * The {@code question} message: {@code index} and {@code total} its place, {@code deadline} when answers stop
     * (0: none), {@code answersOpenAt} when they start after a team talk (null: none).
     */
    public static ServerMessage.Question question(Question q, int index, int total, long deadline, boolean hideText,
                                                  Long answersOpenAt) {
        return new ServerMessage.Question(index, total, q.kind().wire(), q.text(), q.code(), q.choices(),
                q.timeLimitMs(), deadline, q.points(), hideText, q.section(), image(q.image()),
                choiceImages(q.choiceImages()), q.codeLanguage(), q.kind().rules().inputToWire(q), answersOpenAt);
    }

    /** The question's picture ({@code image}); null when it has none. */
    public static ServerMessage.Image image(Picture p) {
        return p == null ? null : new ServerMessage.Image(p.projector(), p.phone(), p.alt());
    }

    /** The choices' pictures ({@code choiceImages}, null for a choice without one); null when no choice has one. */
    public static List<ServerMessage.ChoiceImage> choiceImages(List<Picture> pictures) {
        if (pictures.isEmpty()) {
            return null;
        }
        List<ServerMessage.ChoiceImage> images = new ArrayList<>(pictures.size());
        for (Picture p : pictures) {
            images.add(p == null ? null : new ServerMessage.ChoiceImage(p.projector(), p.phone()));
        }
        return images;
    }

    /** The right answer as a reveal carries it ({@code correct}), as the question's kind writes it. */
    public static Object solution(Question q) {
        return q.kind().rules().solutionToWire(q.solution());
    }

    /** The explanation as the results and homework carry it: null when the quiz gives none. */
    public static String explanation(Question q) {
        return q.explanation().isEmpty() ? null : q.explanation();
    }

    /**
     * The {@code reveal} message of question {@code index}: {@code counts} per slot of the kind, how many answered
     * and how many of them right; a word cloud's {@code words} and {@code hidden} (null without a cloud).
     */
    public static ServerMessage.Reveal reveal(Question q, int index, int[] counts, int answered, int correctCount,
                                              List<ServerMessage.WordCount> words, List<String> hidden) {
        return new ServerMessage.Reveal(index, solution(q), counts, q.explanation(), answered, correctCount, q.docs(),
                words, hidden);
    }

    /** Question {@code index} as the results list it, its right answer included. */
    public static GameResult.QuestionRef inResults(int index, Question q) {
        return new GameResult.QuestionRef(index, q.kind().wire(), q.text(), q.choices(), solution(q), q.points(),
                Judging.judged(q), explanation(q), q.docs());
    }
}
