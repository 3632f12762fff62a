package quiznight.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import quiznight.protocol.ErrorCode;
import quiznight.quiz.Submission;
import quiznight.testing.ManualClock;
import quiznight.testing.Questions;

/** order, slider and wordcloud in a game on the manual clock: scoring tables, bad shapes, counts and the cloud. */
class NewKindsGameTest {
    static final long T = 20_000;
    final ManualClock clock = new ManualClock(1_000_000);

    private Game game(quiznight.quiz.Question q, String... players) {
        Game g = new Game(List.of(q));
        for (String id : players) {
            g.join(id, "Player " + id, clock.millis());
        }
        g.start(clock.millis());
        return g;
    }

    private static void assertBad(Runnable r, String sentence) {
        assertThatThrownBy(r::run).isInstanceOf(GameException.class).hasMessageContaining(sentence)
                .satisfies(e -> assertThat(((GameException) e).code()).isEqualTo(ErrorCode.BAD_MESSAGE));
    }

    // ---- order ---------------------------------------------------------------------------------

    @ParameterizedTest(name = "order {0} after {1} ms: {2} points")
    @CsvSource({
            "2 0 3 1, 0,     1000",
            "2 0 3 1, 499,   1000",
            "2 0 3 1, 10000, 750",
            "2 0 3 1, 20000, 500",
            "2 0 1 3, 0,     0",
            "0 1 2 3, 0,     0",
            "1 3 0 2, 0,     0",
    })
    void order_scoresOnlyTheExactOrder_bySpeed(String order, long afterMs, int points) {
        Game g = game(Questions.order(T), "p1");
        List<Integer> list = java.util.Arrays.stream(order.split(" ")).map(Integer::valueOf).toList();
        clock.advance(afterMs);
        g.answer("p1", 0, new Submission.Order(list), clock.millis(), 0);
        g.next(clock.millis());
        assertThat(g.player("p1").score()).isEqualTo(points);
        assertThat(g.player("p1").answer(0).correct()).isEqualTo(points > 0);
    }

    @Test
    void order_thatIsNotAPermutation_isBadMessageWithASentence_andChangesNothing() {
        Game g = game(Questions.order(T), "p1");
        String sentence = "each item number from 0 to 3 exactly once";
        for (List<Integer> bad : List.of(List.of(0, 1, 2), List.of(0, 1, 2, 2), List.of(0, 1, 2, 4),
                List.of(0, 1, 2, 3, 0), List.<Integer>of())) {
            assertBad(() -> g.answer("p1", 0, new Submission.Order(bad), clock.millis(), 0), sentence);
        }
        assertBad(() -> g.answer("p1", 0, new Submission.Choice(1), clock.millis(), 0), sentence);
        assertThat(g.answered()).isZero();
        assertThat(g.player("p1").answer(0)).isNull();
    }

    @Test
    void order_reveal_countsPerItem_howManyPutItInItsPlace_andHowManyGotItExactly() {
        Game g = game(Questions.order(T), "p1", "p2", "p3");
        g.answer("p1", 0, new Submission.Order(List.of(2, 0, 3, 1)), clock.millis(), 0);
        g.answer("p2", 0, new Submission.Order(List.of(2, 0, 1, 3)), clock.millis(), 0);
        g.answer("p3", 0, new Submission.Order(List.of(0, 1, 2, 3)), clock.millis(), 0);
        g.next(clock.millis());
        // Places right: p1 all four; p2 C first and A second; p3 none.
        assertThat(g.counts()).containsExactly(2, 1, 2, 1);
        assertThat(g.correctCount()).isEqualTo(1);
    }

    // ---- slider --------------------------------------------------------------------------------

    @ParameterizedTest(name = "slider {0} (right 40 ± 5) after {1} ms: {2} points")
    @CsvSource({
            "40, 0,     1000",
            "35, 0,     1000",
            "45, 10000, 750",
            "30, 0,     0",
            "50, 0,     0",
            "100, 0,    0",
    })
    void slider_scoresFullInsideTheTolerance_noneOutside_bySpeed(double value, long afterMs, int points) {
        Game g = game(Questions.slider(40, 5, T), "p1");
        clock.advance(afterMs);
        g.answer("p1", 0, new Submission.Number(value), clock.millis(), 0);
        g.next(clock.millis());
        assertThat(g.player("p1").score()).isEqualTo(points);
    }

    @Test
    void slider_valueOutOfRangeOrOffStep_isBadMessageWithASentence_andChangesNothing() {
        Game g = game(Questions.slider(40, 5, T), "p1");
        String sentence = "a number from 0 to 100 in steps of 5";
        for (double bad : new double[] {-5, 105, 42, 0.5, Double.NaN}) {
            assertBad(() -> g.answer("p1", 0, new Submission.Number(bad), clock.millis(), 0), sentence);
        }
        assertThat(g.answered()).isZero();
        g.answer("p1", 0, new Submission.Number(100), clock.millis(), 0);
        assertThat(g.answered()).isEqualTo(1);
    }

    @Test
    void slider_reveal_isAHistogramOfWhereTheAnswersFell() {
        Game g = game(Questions.slider(40, 5, T), "p1", "p2", "p3", "p4");
        g.answer("p1", 0, new Submission.Number(40), clock.millis(), 0);
        g.answer("p2", 0, new Submission.Number(40), clock.millis(), 0);
        g.answer("p3", 0, new Submission.Number(0), clock.millis(), 0);
        g.answer("p4", 0, new Submission.Number(100), clock.millis(), 0);
        g.next(clock.millis());
        int[] counts = g.counts();
        assertThat(counts).hasSize(21);
        assertThat(counts[8]).isEqualTo(2);
        assertThat(counts[0]).isEqualTo(1);
        assertThat(counts[20]).isEqualTo(1);
        assertThat(java.util.Arrays.stream(counts).sum()).isEqualTo(4);
        assertThat(g.correctCount()).isEqualTo(2);
    }

    // ---- wordcloud -----------------------------------------------------------------------------

    @Test
    void wordcloud_countsNormalisedWords_scoresNothing_andLeavesStreaksAlone() {
        Game g = game(Questions.wordcloud(T), "p1", "p2", "p3");
        g.answer("p1", 0, new Submission.Words(List.of("Django", "fast")), clock.millis(), 0);
        g.answer("p2", 0, new Submission.Words(List.of("  DJANGO ", "Django")), clock.millis(), 0);
        assertThat(g.cloudTop(10)).containsExactly(new WordTally.Entry("django", 2), new WordTally.Entry("fast", 1));
        assertThat(g.player("p2").answer(0).submission()).isEqualTo(new Submission.Words(List.of("django")));
        g.next(clock.millis());
        assertThat(g.player("p1").score()).isZero();
        assertThat(g.player("p1").answer(0).correct()).isFalse();
        assertThat(g.counts()).isEmpty();
        assertThat(g.cloudTotal()).isEqualTo(3);
    }

    @Test
    void wordcloud_badEntries_areBadMessageWithASentence_andChangeNothing() {
        Game g = game(Questions.wordcloud(T), "p1");
        g.filterWords(new NameFilter(Set.of("badword")));
        assertBad(() -> g.answer("p1", 0, new Submission.Words(List.of("x".repeat(500))), clock.millis(), 0),
                "at most 25 characters");
        assertBad(() -> g.answer("p1", 0, new Submission.Words(List.of("a", "b", "c", "d")), clock.millis(), 0),
                "1 to 3 words");
        assertBad(() -> g.answer("p1", 0, new Submission.Words(List.of("fine", "BadWord")), clock.millis(), 0),
                "not allowed here");
        assertBad(() -> g.answer("p1", 0, new Submission.Words(List.of("zero\u200Bwidth")), clock.millis(), 0),
                "control or invisible");
        assertThat(g.answered()).isZero();
        assertThat(g.cloudTotal()).isZero();
        assertThat(g.player("p1").answer(0)).isNull();
    }

    @Test
    void wordcloud_hostHidesAWord_itLeavesTheTop_andShowingItAgainRestoresItsCount() {
        Game g = game(Questions.wordcloud(T), "p1", "p2");
        g.answer("p1", 0, new Submission.Words(List.of("rude", "nice")), clock.millis(), 0);
        g.answer("p2", 0, new Submission.Words(List.of("rude")), clock.millis(), 0);
        g.hideWord("rude", true);
        assertThat(g.cloudTop(10)).containsExactly(new WordTally.Entry("nice", 1));
        assertThat(g.hiddenWords()).containsExactly("rude");
        assertBad(() -> g.hideWord("never-sent", true), "No player sent that word");
        g.next(clock.millis());
        g.hideWord("rude", false);
        assertThat(g.cloudTop(10)).containsExactly(new WordTally.Entry("rude", 2), new WordTally.Entry("nice", 1));
    }

    @Test
    void hideWord_withoutACloud_isWrongPhase() {
        Game g = game(Questions.single(0, T), "p1");
        assertThatThrownBy(() -> g.hideWord("x", true)).isInstanceOf(GameException.class)
                .satisfies(e -> assertThat(((GameException) e).code()).isEqualTo(ErrorCode.WRONG_PHASE));
    }

    @Test
    void wordcloud_kickedPlayersWords_leaveTheCloud() {
        Game g = game(Questions.wordcloud(T), "p1", "p2");
        g.answer("p1", 0, new Submission.Words(List.of("rust")), clock.millis(), 0);
        g.answer("p2", 0, new Submission.Words(List.of("rust", "go")), clock.millis(), 0);
        g.remove("p2");
        assertThat(g.cloudTop(10)).containsExactly(new WordTally.Entry("rust", 1));
    }
}
