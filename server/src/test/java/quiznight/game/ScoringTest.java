package quiznight.game;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringTest {

    @ParameterizedTest(name = "t={0} ms of T={1} ms at x{2} scores {3}")
    @CsvSource({
            "0, 20000, 1, 1000",
            "400, 20000, 1, 1000",
            "499, 20000, 1, 1000",
            "500, 20000, 1, 988",
            "10000, 20000, 1, 750",
            "20000, 20000, 1, 500",
            "30000, 20000, 1, 500",
            "0, 20000, 2, 2000",
            "10000, 20000, 2, 1500",
            "20000, 20000, 2, 1000",
            "5000, 10000, 1, 750",
    })
    void basePoints_followsTheSpeedFormula(long t, long limit, int points, int expected) {
        assertThat(Scoring.basePoints(t, limit, points)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "streak {0} adds {1}")
    @CsvSource({"0, 0", "1, 0", "2, 100", "3, 200", "4, 300", "5, 400", "6, 500", "7, 500", "20, 500"})
    void streakBonus_growsBy100AndCapsAt500(int streak, int bonus) {
        assertThat(Scoring.streakBonus(streak)).isEqualTo(bonus);
    }

    @Test
    void basePoints_isNeverBelowHalf() {
        for (long t = 0; t <= 40_000; t += 777) {
            assertThat(Scoring.basePoints(t, 20_000, 1)).isBetween(500, 1000);
        }
    }

    @ParameterizedTest(name = "speed {0}, t={1} ms of T=20000 at x{2} scores {3}")
    @CsvSource({
            "true, 10000, 1, 750",
            "false, 10000, 1, 1000",
            "false, 19999, 2, 2000",
            "false, 0, 1, 1000",
            "false, 0, 0, 0",
    })
    void basePoints_withTheSpeedBonusOff_isTheFullPointsWhateverTheTime(boolean speed, long t, int points, int expected) {
        assertThat(Scoring.basePoints(new Scoring.Options(speed, true), t, 20_000, points)).isEqualTo(expected);
    }

    @Test
    void streakBonus_withTheStreakBonusOff_isAlwaysZero() {
        Scoring.Options off = new Scoring.Options(true, false);
        for (int streak = 0; streak < 10; streak++) {
            assertThat(Scoring.streakBonus(off, streak)).isZero();
            assertThat(Scoring.streakBonus(Scoring.Options.DEFAULT, streak)).isEqualTo(Scoring.streakBonus(streak));
        }
    }

    @Test
    void award_aRightAnswerExtendsTheStreakAndAddsItsBonus_aWrongOneScoresNothingAndEndsIt() {
        Scoring.Award third = Scoring.award(Scoring.Options.DEFAULT, true, 2, 10_000, 20_000, 1);
        assertThat(third).isEqualTo(new Scoring.Award(750 + 200, 200, 3));
        assertThat(Scoring.award(Scoring.Options.DEFAULT, false, 2, 100, 20_000, 1)).isEqualTo(new Scoring.Award(0, 0, 0));
        Scoring.Award accuracyOnly = Scoring.award(new Scoring.Options(false, false), true, 4, 19_000, 20_000, 2);
        assertThat(accuracyOnly).isEqualTo(new Scoring.Award(2000, 0, 5));
    }
}
