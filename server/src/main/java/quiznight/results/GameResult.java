package quiznight.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The full result of one game ({@code complete} false when the server stopped it before its end), as written to the results folder and served by the results endpoint. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GameResult(
        String code,
        QuizRef quiz,
        long createdAt,
        long startedAt,
        long finishedAt,
        boolean complete,
        List<QuestionRef> questions,
        List<PlayerResult> players,
        Integer played,
        List<TeamResult> teams) {

    /**
     * {@code played}: how many questions were shown and revealed (the first ones); null in results written before
     * it existed, and then read as {@link #playedCount()} says. {@code teams}: team mode only.
     */
    public GameResult(String code, QuizRef quiz, long createdAt, long startedAt, long finishedAt, boolean complete,
                      List<QuestionRef> questions, List<PlayerResult> players) {
        this(code, quiz, createdAt, startedAt, finishedAt, complete, questions, players, null, null);
    }

    /**
     * Questions played: {@code played} when the results say it; in older results every question of a complete game,
     * else up to the last one anybody answered.
     */
    /** Whether the game asked its players for real names (some player carries one, maybe empty). */
    public boolean hasRealNames() {
        return players.stream().anyMatch(p -> p.realName() != null);
    }

    public int playedCount() {
        if (played != null) {
            return Math.min(played, questions.size());
        }
        if (complete) {
            return questions.size();
        }
        int last = -1;
        for (PlayerResult p : players) {
            for (AnswerResult a : p.answers()) {
                last = Math.max(last, a.index());
            }
        }
        return Math.min(last + 1, questions.size());
    }

    public record QuizRef(String id, String title) {
    }

    /**
     * {@code correct}: as in {@code reveal}. {@code judged}: false for a kind with no right answer (a poll), whose
     * answers are all {@code correct: false}; null in results written before it existed (read as true).
     * {@code explanation}: the quiz's explanation, {@code docs} its read-more link, null when it has none.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionRef(int index, String kind, String text, List<String> choices, Object correct, int points,
                              Boolean judged, String explanation, String docs) {
        public QuestionRef(int index, String kind, String text, List<String> choices, Object correct, int points,
                           Boolean judged, String explanation) {
            this(index, kind, text, choices, correct, points, judged, explanation, null);
        }

        /** Whether the question has a right answer (results from before {@code judged} existed: yes). */
        public boolean hasRightAnswer() {
            return judged == null || judged;
        }
    }

    /**
     * {@code team}: the name of the player's team, in team mode only (the {@code teams} table lists them).
     * {@code realName}: the real name the player gave, only in a game that asked for them ("" = none given).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlayerResult(int rank, String playerId, String name, int score, int correctAnswers,
                               List<AnswerResult> answers, String team, String realName) {
        /**
         * The answers are kept as an immutable copy, compact ({@link AnswerResults}), unless they are a finished
         * game's read through ({@link FinishedAnswers}).
         */
        public PlayerResult {
            answers = AnswerResults.of(answers);
        }

        /**
         * This player's answer to question {@code question}, or null where they gave none. The answers are in
         * question order, one per question at most; a finished game's read through answer it directly, a copy is
         * looked through backwards from where the answer would be. Not a component: Jackson does not write it.
         */
        public AnswerResult answerTo(int question) {
            if (answers instanceof FinishedAnswers finished) {
                return finished.toQuestion(question);
            }
            if (answers == null) {
                return null;
            }
            for (int i = Math.min(question, answers.size() - 1); i >= 0; i--) {
                AnswerResult a = answers.get(i);
                if (a.index() == question) {
                    return a;
                }
                if (a.index() < question) {
                    return null;
                }
            }
            return null;
        }

        public PlayerResult(int rank, String playerId, String name, int score, int correctAnswers,
                            List<AnswerResult> answers) {
            this(rank, playerId, name, score, correctAnswers, answers, null);
        }

        public PlayerResult(int rank, String playerId, String name, int score, int correctAnswers,
                            List<AnswerResult> answers, String team) {
            this(rank, playerId, name, score, correctAnswers, answers, team, null);
        }
    }

    /**
     * One team of a game in team mode, best first: its rank (ties share it), number (0-based), name, colour, score
     * (the sum of its per-question means) and its members at the end.
     */
    public record TeamResult(int rank, int team, String name, String colour, int score, int members) {
    }

    /** {@code answer}: the choice index, the list of indexes, the text or the number as given. */
    public record AnswerResult(int index, Object answer, boolean correct, int points, long responseMs) {
    }
}
