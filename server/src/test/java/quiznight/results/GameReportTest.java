package quiznight.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GameReportTest {
    static final GameResult.QuizRef QUIZ = new GameResult.QuizRef("q", "Quiz");

    private static GameResult.QuestionRef single(int i, int right, String explanation) {
        return new GameResult.QuestionRef(i, "single", "Q" + i, List.of("a", "b", "c"), List.of(right), 1, true, explanation);
    }

    private static GameResult.AnswerResult ans(int i, Object answer, boolean correct, long ms) {
        return new GameResult.AnswerResult(i, answer, correct, correct ? 900 : 0, ms);
    }

    private static GameResult.PlayerResult player(int rank, String name, GameResult.AnswerResult... answers) {
        int right = (int) List.of(answers).stream().filter(GameResult.AnswerResult::correct).count();
        int score = List.of(answers).stream().mapToInt(GameResult.AnswerResult::points).sum();
        return new GameResult.PlayerResult(rank, "id-" + name, name, score, right, List.of(answers));
    }

    /** Four players, three questions: Q0 easy (3 of 4 right), Q1 hard (1 of 4), Q2 a poll. */
    static GameResult game() {
        GameResult.QuestionRef poll = new GameResult.QuestionRef(2, "poll", "Best framework?", List.of("Django", "Flask"),
                List.of(), 1, false, null);
        return new GameResult("123456", QUIZ, 1000, 2000, 9000, true,
                List.of(single(0, 0, null), single(1, 2, "Because c."), poll),
                List.of(player(1, "Ada", ans(0, 0, true, 1000), ans(1, 2, true, 3000), ans(2, 0, false, 500)),
                        player(2, "Bob", ans(0, 0, true, 2000), ans(1, 1, false, 5000), ans(2, 1, false, 700)),
                        player(3, "Cy", ans(0, 0, true, 3000), ans(2, 0, false, 900)),
                        player(4, "Di", ans(0, 2, false, 4000), ans(1, 0, false, 1000))));
    }

    @Test
    void perQuestion_theShareRightCountsSilenceAsNotRight_andTheAverageTimeIsOfThoseWhoAnswered() {
        GameReport r = GameReport.of(game());
        GameReport.QuestionStats q0 = r.questions().get(0);
        assertThat(q0.answered()).isEqualTo(4);
        assertThat(q0.right()).isEqualTo(3);
        assertThat(q0.shareRight()).isEqualTo(0.75);
        assertThat(q0.averageMs()).isEqualTo(2500);
        assertThat(q0.distribution()).containsExactly(new GameReport.Bar("a", 3, true), new GameReport.Bar("b", 0, false),
                new GameReport.Bar("c", 1, false));
        GameReport.QuestionStats q1 = r.questions().get(1);
        assertThat(q1.answered()).isEqualTo(3);
        assertThat(q1.shareRight()).isEqualTo(0.25);
        assertThat(q1.averageMs()).isEqualTo(3000);
    }

    @Test
    void aPoll_hasADistributionWithNoRightBar_andNoShareRight_andCountsForNobodysAccuracy() {
        GameReport r = GameReport.of(game());
        GameReport.QuestionStats poll = r.questions().get(2);
        assertThat(poll.judged()).isFalse();
        assertThat(poll.shareRight()).isNull();
        assertThat(poll.right()).isNull();
        assertThat(poll.distribution()).containsExactly(new GameReport.Bar("Django", 2, false), new GameReport.Bar("Flask", 1, false));
        GameReport.PlayerStats ada = r.players().get(0);
        assertThat(ada.accuracy()).isEqualTo(1.0);
        assertThat(ada.answers()).extracting(GameReport.Cell::outcome).containsExactly("right", "right", "answered");
    }

    @Test
    void theHardestQuestions_areTheLowestShareRight_withTheirExplanation_pollsNever() {
        GameReport r = GameReport.of(game());
        assertThat(r.hardest()).containsExactly(1, 0);
        assertThat(r.questions().get(1).hardest()).isTrue();
        assertThat(r.questions().get(1).explanation()).isEqualTo("Because c.");
        assertThat(r.questions().get(2).hardest()).isFalse();
    }

    @Test
    void perPlayer_rightWrongUnanswered_andAccuracy_andWhoMayNeedHelp_lowestFirst() {
        GameReport r = GameReport.of(game());
        GameReport.PlayerStats cy = r.players().get(2);
        assertThat(List.of(cy.right(), cy.wrong(), cy.unanswered())).containsExactly(1, 0, 1);
        assertThat(cy.accuracy()).isEqualTo(0.5);
        assertThat(cy.answers()).extracting(GameReport.Cell::outcome).containsExactly("right", "none", "answered");
        GameReport.PlayerStats di = r.players().get(3);
        assertThat(di.accuracy()).isEqualTo(0.0);
        assertThat(r.needHelp()).containsExactly("Di");
        assertThat(r.averageAccuracy()).isEqualTo((1.0 + 0.5 + 0.5 + 0.0) / 4);
        assertThat(r.playerCount()).isEqualTo(4);
        assertThat(r.questionsPlayed()).isEqualTo(3);
    }

    @Test
    void typedAnswers_areListedMostGivenFirst_wholeNumbersWithoutAPoint_andTheRestAsOther() {
        GameResult.QuestionRef number = new GameResult.QuestionRef(0, "number", "How many?", List.of(),
                Map.of("value", 8.0, "tolerance", 0.0), 1, true, null);
        List<GameResult.PlayerResult> players = new ArrayList<>();
        double[] given = {8, 8, 8, 7, 7, 6.5, 1, 2, 3};
        for (int i = 0; i < given.length; i++) {
            players.add(player(i + 1, "P" + i, ans(0, given[i], given[i] == 8, 1000)));
        }
        GameReport r = GameReport.of(new GameResult("123456", QUIZ, 0, 0, 1, true, List.of(number), players));
        GameReport.QuestionStats q = r.questions().get(0);
        assertThat(q.distribution()).extracting(GameReport.Bar::label).containsExactly("8", "7", "6.5", "1", "2");
        assertThat(q.distribution().get(0)).isEqualTo(new GameReport.Bar("8", 3, true));
        assertThat(q.other()).isEqualTo(1);
    }

    @Test
    void aGameCutShort_reportsOnlyTheQuestionsPlayed() {
        GameResult g = game();
        GameResult cut = new GameResult(g.code(), g.quiz(), g.createdAt(), g.startedAt(), g.finishedAt(), false,
                g.questions(), List.of(player(1, "Ada", ans(0, 0, true, 1000))));
        GameReport r = GameReport.of(cut);
        assertThat(r.questionsPlayed()).isEqualTo(1);
        assertThat(r.questions()).hasSize(1);
        assertThat(r.players().get(0).accuracy()).isEqualTo(1.0);
    }

    @Test
    void resultsWrittenBeforeJudgedExisted_readBack_andTreatEveryQuestionAsHavingARightAnswer() throws Exception {
        String old = """
                {"code":"123456","quiz":{"id":"q","title":"Quiz"},"createdAt":1,"startedAt":2,"finishedAt":3,"complete":true,
                 "questions":[{"index":0,"kind":"single","text":"Q","choices":["a","b"],"correct":[1],"points":1}],
                 "players":[{"rank":1,"playerId":"p1","name":"Ada","score":900,"correctAnswers":1,
                             "answers":[{"index":0,"answer":1,"correct":true,"points":900,"responseMs":700}]}]}""";
        GameResult g = new ObjectMapper().readValue(old, GameResult.class);
        GameReport r = GameReport.of(g);
        assertThat(r.questions().get(0).shareRight()).isEqualTo(1.0);
        assertThat(r.questions().get(0).distribution()).containsExactly(new GameReport.Bar("a", 0, false), new GameReport.Bar("b", 1, true));
    }

    @Test
    void aGameWithoutPlayers_hasNoAccuracies_andNoOneToHelp() {
        GameResult g = game();
        GameReport r = GameReport.of(new GameResult(g.code(), g.quiz(), 0, 0, 0, true, g.questions(), List.of()));
        assertThat(r.averageAccuracy()).isNull();
        assertThat(r.questions().get(0).shareRight()).isNull();
        assertThat(r.hardest()).isEmpty();
        assertThat(r.needHelp()).isEmpty();
    }
}
