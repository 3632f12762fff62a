package quiznight.game;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import quiznight.quiz.Submission;
import quiznight.testing.ManualClock;
import quiznight.testing.Questions;

/** A question for no points ({@code points: 0}): judged and revealed, but no score moves and no streak either. */
class NoPointsGameTest {
    static final long T = 20_000;
    final ManualClock clock = new ManualClock(1_000_000);

    private long later(long ms) {
        clock.advance(ms);
        return clock.millis();
    }

    /** p1, p2 and p3 answer question 0 (single, right is 0) right, so each has a streak of 1 and a score. */
    private Game afterARightFirstAnswer() {
        Game g = new Game(List.of(Questions.single(0, T), Questions.noPoints(1, T), Questions.single(0, T)));
        for (String id : List.of("p1", "p2", "p3")) {
            g.join(id, "Player " + id, clock.millis());
        }
        g.start(clock.millis());
        for (String id : List.of("p1", "p2", "p3")) {
            g.answer(id, 0, new Submission.Choice(0), later(100), 0);
        }
        g.next(later(1000));
        g.next(later(1000));
        g.next(later(1000));
        return g;
    }

    @Test
    void noPointsQuestion_judgesRightAndWrong_butScoresNothing_andLeavesEveryStreakAsItWas() {
        Game g = afterARightFirstAnswer();
        int[] before = {g.player("p1").score(), g.player("p2").score(), g.player("p3").score()};
        assertThat(java.util.Arrays.stream(before).min().getAsInt()).isPositive();

        g.answer("p1", 1, new Submission.Choice(1), later(300), 0); // right
        g.answer("p2", 1, new Submission.Choice(2), later(300), 0); // wrong; p3 does not answer
        g.next(later(1000));

        AnswerRecord right = g.player("p1").answer(1);
        assertThat(right.correct()).as("a right answer is still judged right").isTrue();
        assertThat(right.points()).isZero();
        assertThat(right.bonus()).isZero();
        assertThat(g.player("p2").answer(1).correct()).isFalse();
        assertThat(g.correctCount()).isEqualTo(1);
        assertThat(g.counts()).containsExactly(0, 1, 1, 0);
        assertThat(new int[] {g.player("p1").score(), g.player("p2").score(), g.player("p3").score()})
                .containsExactly(before);
        assertThat(g.player("p1").streak()).as("not extended by a right answer").isEqualTo(1);
        assertThat(g.player("p2").streak()).as("not broken by a wrong answer").isEqualTo(1);
        assertThat(g.player("p3").streak()).as("not broken by no answer").isEqualTo(1);
    }

    @Test
    void theStreakGoesOnAcrossANoPointsQuestion_toTheNextScoredOne() {
        Game g = afterARightFirstAnswer();
        g.answer("p2", 1, new Submission.Choice(3), later(300), 0);
        g.next(later(1000));
        g.next(later(1000));
        g.next(later(1000));
        int score = g.player("p2").score();
        g.answer("p2", 2, new Submission.Choice(0), later(100), 0);
        g.next(later(1000));
        assertThat(g.player("p2").streak()).isEqualTo(2);
        assertThat(g.player("p2").answer(2).bonus()).isEqualTo(Scoring.streakBonus(2));
        assertThat(g.player("p2").score() - score).isEqualTo(1000 + Scoring.streakBonus(2));
    }

    @Test
    void onlyAScoredKindForOneOrTwoPoints_changesScores() {
        assertThat(Scoring.counts(true, 1)).isTrue();
        assertThat(Scoring.counts(true, 2)).isTrue();
        assertThat(Scoring.counts(true, 0)).isFalse();
        assertThat(Scoring.counts(false, 1)).as("a poll").isFalse();
        assertThat(Scoring.basePoints(0, T, 0)).isZero();
    }
}
