package quiznight.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import quiznight.quiz.Submission;

/** A player's compact answers: two ints a question keep what the judge gave, up to the largest scoring awards. */
class PlayerTest {
    @Test
    void judgedAnswers_readBackExactly_atTheLargestPointsAndBonusScoringGives() {
        Player p = new Player("p1", "Ada", 0);
        p.record(0, 3, Submission.Choice.of(1), 100, 1_234);
        p.record(2, 3, Submission.Choice.of(0), 200, 600_000);
        int most = 1000 * quiznight.quiz.QuizLoader.MAX_POINTS + Scoring.STREAK_BONUS_CAP;
        p.judge(0, true, most, Scoring.STREAK_BONUS_CAP);
        p.judge(2, false, 0, 0);

        assertThat(p.answer(0)).isEqualTo(new AnswerRecord(Submission.Choice.of(1), 1_234, true, most, 500));
        assertThat(p.answer(1)).as("not answered").isNull();
        assertThat(p.answer(2)).isEqualTo(new AnswerRecord(Submission.Choice.of(0), 600_000, false, 0, 0));
        assertThat(p.correct(0)).isTrue();
        assertThat(p.correct(2)).isFalse();
        p.judge(0, true, Player.MAX_MARK, Player.MAX_MARK);
        assertThat(p.answer(0).points()).isEqualTo(Player.MAX_MARK);
        assertThat(p.answer(0).bonus()).isEqualTo(Player.MAX_MARK);
    }

    @Test
    void pointsOrBonusBeyondWhatTheMarksHold_areRefused_notWrapped() {
        Player p = new Player("p1", "Ada", 0);
        p.record(0, 1, Submission.Choice.of(1), 100, 1_000);
        assertThatThrownBy(() -> p.judge(0, true, Player.MAX_MARK + 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.judge(0, true, 10, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(p.answer(0).points()).as("unchanged").isZero();
    }
}
