package quiznight.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a teacher learns from one game (issue 17's report), computed from its {@link GameResult} alone, so a game
 * read back from its results file gives the same report as the room that just ended.
 *
 * <ul>
 *   <li>Per question: how many answered, the share right (of the players in the results, so silence counts as
 *       not right), the answer distribution, the average answer time, and whether it is among the hardest.</li>
 *   <li>The hardest questions: the {@link #HARDEST} questions with a right answer and the lowest share right (ties
 *       by order in the quiz), with their explanation.</li>
 *   <li>Per player: rank, score, right / wrong / unanswered per question, accuracy (right of the questions with a
 *       right answer that were played).</li>
 *   <li>Players who may need help: accuracy under {@link #HELP_BELOW}, lowest first, at most {@link #HELP_MAX},
 *       by nickname only.</li>
 * </ul>
 * Questions without a right answer (polls) have a distribution and no share right; they count for nobody's accuracy.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GameReport(
        String code,
        GameResult.QuizRef quiz,
        long startedAt,
        long finishedAt,
        boolean complete,
        int playerCount,
        int questionsPlayed,
        Double averageAccuracy,
        List<QuestionStats> questions,
        List<Integer> hardest,
        List<PlayerStats> players,
        List<String> needHelp) {

    public static final int HARDEST = 3;
    public static final double HELP_BELOW = 0.5;
    public static final int HELP_MAX = 5;
    /** Distinct typed answers (text, number) listed per question; the rest are counted as "other". */
    public static final int TYPED_SHOWN = 5;

    /** One bar of a question's distribution: a choice or a typed answer, how many gave it, and whether it is right. */
    public record Bar(String label, int count, boolean right) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionStats(int index, String kind, String text, boolean judged, int answered, Integer right,
                                Double shareRight, Long averageMs, List<Bar> distribution, int other, boolean hardest,
                                String explanation) {
    }

    /**
     * One cell of a player's row: {@code right}, {@code wrong}, {@code none} (no answer) or {@code answered} (a poll);
     * {@code answer} what the player gave, as a person reads it (the choices' texts, the text or number typed).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Cell(int index, String outcome, int points, Long responseMs, String answer) {
    }

    /** {@code realName}: the real name the player gave, only in a game that asked for them ("" = none given). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlayerStats(int rank, String name, int score, int right, int wrong, int unanswered, Double accuracy,
                              List<Cell> answers, String realName) {
    }

    /** Whether the game asked its players for real names (the players table then has a "Real name" column). */
    public boolean hasRealNames() {
        return players.stream().anyMatch(p -> p.realName() != null);
    }

    public static GameReport of(GameResult r) {
        int played = r.playedCount();
        List<GameResult.QuestionRef> qs = r.questions().subList(0, played);
        int players = r.players().size();

        List<QuestionStats> stats = new ArrayList<>();
        for (GameResult.QuestionRef q : qs) {
            stats.add(questionStats(q, r.players(), players));
        }
        List<Integer> hardest = stats.stream()
                .filter(s -> s.shareRight() != null)
                .sorted(Comparator.comparingDouble(QuestionStats::shareRight).thenComparingInt(QuestionStats::index))
                .limit(HARDEST)
                .map(QuestionStats::index)
                .toList();
        stats.replaceAll(s -> hardest.contains(s.index()) ? withHardest(s) : s);

        List<PlayerStats> rows = new ArrayList<>();
        double accuracySum = 0;
        int withAccuracy = 0;
        for (GameResult.PlayerResult p : r.players()) {
            PlayerStats row = playerStats(p, qs);
            rows.add(row);
            if (row.accuracy() != null) {
                accuracySum += row.accuracy();
                withAccuracy++;
            }
        }
        List<String> needHelp = rows.stream()
                .filter(p -> p.accuracy() != null && p.accuracy() < HELP_BELOW)
                .sorted(Comparator.comparingDouble(PlayerStats::accuracy).thenComparingInt(PlayerStats::rank))
                .limit(HELP_MAX)
                .map(PlayerStats::name)
                .toList();
        return new GameReport(r.code(), r.quiz(), r.startedAt(), r.finishedAt(), r.complete(), players, played,
                withAccuracy == 0 ? null : accuracySum / withAccuracy, stats, hardest, rows, needHelp);
    }

    private static QuestionStats questionStats(GameResult.QuestionRef q, List<GameResult.PlayerResult> players,
                                               int playerCount) {
        int answered = 0;
        int right = 0;
        long timeSum = 0;
        int[] choiceCounts = q.choices() == null || q.choices().isEmpty() ? null : new int[q.choices().size()];
        Map<String, Integer> typed = new LinkedHashMap<>();
        for (GameResult.PlayerResult p : players) {
            GameResult.AnswerResult a = p.answerTo(q.index());
            if (a == null) {
                continue;
            }
            answered++;
            right += a.correct() ? 1 : 0;
            timeSum += a.responseMs();
            if (choiceCounts != null) {
                for (int i : picked(a.answer())) {
                    if (i >= 0 && i < choiceCounts.length) {
                        choiceCounts[i]++;
                    }
                }
            } else if (a.answer() != null) {
                typed.merge(typedLabel(a.answer()), 1, Integer::sum);
            }
        }
        List<Bar> bars = new ArrayList<>();
        int other = 0;
        if (choiceCounts != null) {
            List<Integer> rightChoices = picked(q.correct());
            for (int i = 0; i < choiceCounts.length; i++) {
                bars.add(new Bar(q.choices().get(i), choiceCounts[i], q.hasRightAnswer() && rightChoices.contains(i)));
            }
        } else {
            Map<String, Boolean> rightTyped = rightTyped(q, players);
            List<Map.Entry<String, Integer>> sorted = new ArrayList<>(typed.entrySet());
            sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
            for (int i = 0; i < sorted.size(); i++) {
                Map.Entry<String, Integer> e = sorted.get(i);
                if (i < TYPED_SHOWN) {
                    bars.add(new Bar(e.getKey(), e.getValue(), rightTyped.getOrDefault(e.getKey(), false)));
                } else {
                    other += e.getValue();
                }
            }
        }
        boolean judged = q.hasRightAnswer();
        return new QuestionStats(q.index(), q.kind(), q.text(), judged, answered, judged ? right : null,
                judged && playerCount > 0 ? (double) right / playerCount : null,
                answered == 0 ? null : Math.round((double) timeSum / answered), bars, other, false, q.explanation());
    }

    /** Which typed answers were judged right, as the players' own answers were judged. */
    private static Map<String, Boolean> rightTyped(GameResult.QuestionRef q, List<GameResult.PlayerResult> players) {
        Map<String, Boolean> right = new HashMap<>();
        for (GameResult.PlayerResult p : players) {
            GameResult.AnswerResult a = p.answerTo(q.index());
            if (a != null && a.answer() != null && a.correct()) {
                right.put(typedLabel(a.answer()), true);
            }
        }
        return right;
    }

    private static QuestionStats withHardest(QuestionStats s) {
        return new QuestionStats(s.index(), s.kind(), s.text(), s.judged(), s.answered(), s.right(), s.shareRight(),
                s.averageMs(), s.distribution(), s.other(), true, s.explanation());
    }

    private static PlayerStats playerStats(GameResult.PlayerResult p, List<GameResult.QuestionRef> qs) {
        List<Cell> cells = new ArrayList<>();
        int right = 0;
        int wrong = 0;
        int none = 0;
        int judgedQuestions = 0;
        for (GameResult.QuestionRef q : qs) {
            GameResult.AnswerResult a = p.answerTo(q.index());
            boolean judged = q.hasRightAnswer();
            judgedQuestions += judged ? 1 : 0;
            String outcome;
            if (a == null) {
                outcome = "none";
                none += judged ? 1 : 0;
            } else if (!judged) {
                outcome = "answered";
            } else if (a.correct()) {
                outcome = "right";
                right++;
            } else {
                outcome = "wrong";
                wrong++;
            }
            cells.add(new Cell(q.index(), outcome, a == null ? 0 : a.points(), a == null ? null : a.responseMs(),
                    a == null ? null : answerLabel(q, a.answer())));
        }
        return new PlayerStats(p.rank(), p.name(), p.score(), right, wrong, none,
                judgedQuestions == 0 ? null : (double) right / judgedQuestions, cells, p.realName());
    }


    /** An answer as a person reads it: the picked choices' texts joined with "; ", or what was typed. */
    private static String answerLabel(GameResult.QuestionRef q, Object answer) {
        if (q.choices() == null || q.choices().isEmpty()) {
            return answer == null ? null : typedLabel(answer);
        }
        List<String> texts = new ArrayList<>();
        for (int i : picked(answer)) {
            if (i >= 0 && i < q.choices().size()) {
                texts.add(q.choices().get(i));
            }
        }
        return String.join("; ", texts);
    }

    /** A typed answer as one bar's label: text as typed (ends trimmed), a whole number without ".0". */
    private static String typedLabel(Object answer) {
        if (answer instanceof Double d && d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(answer).strip();
    }

    /** The choice indexes of an answer or a solution as the results write them: a number or a list of numbers. */
    private static List<Integer> picked(Object value) {
        if (value instanceof Number n) {
            return List.of(n.intValue());
        }
        if (value instanceof List<?> list) {
            return list.stream().filter(Objects::nonNull).filter(Number.class::isInstance)
                    .map(x -> ((Number) x).intValue()).toList();
        }
        return List.of();
    }
}
