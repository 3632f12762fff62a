package quiznight.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import quiznight.game.Judging;
import quiznight.game.Scoring;
import quiznight.quiz.Quiz;
import quiznight.quiz.Submission;
import quiznight.testing.Questions;

/** One practice run's rules: order, judging, scoring as a live game (timed) or full points (untimed), lateness. */
class PracticeRunTest {
    static final Quiz QUIZ = new Quiz("q", "Test", "", List.of(Questions.single(1, 10_000),
            Questions.single(2, 10_000), Questions.single(0, 10_000), Questions.poll(10_000)));

    private static Submission.Choice pick(int i) {
        return new Submission.Choice(i);
    }

    @Test
    void aTimedRunScoresSpeedAndStreakAsALiveGameDoes() {
        PracticeRun run = new PracticeRun("id", "a", QUIZ, List.of(0, 1, 2), true, 0);
        PracticeRun.Outcome first = run.answer(0, pick(1), 2_000);
        assertThat(first.correct()).isTrue();
        assertThat(first.points()).isEqualTo(Scoring.basePoints(2_000, 10_000, 1));
        assertThat(first.responseMs()).isEqualTo(2_000);
        PracticeRun.Outcome second = run.answer(1, pick(2), 2_100); // 100 ms after it went out
        assertThat(second.bonus()).isEqualTo(Scoring.streakBonus(2));
        assertThat(second.points()).isEqualTo(1000 + 100);
        assertThat(run.streak()).isEqualTo(2);
        PracticeRun.Outcome third = run.answer(2, pick(3), 3_000);
        assertThat(third.correct()).isFalse();
        assertThat(third.points()).isZero();
        assertThat(run.streak()).isZero();
        assertThat(run.score()).isEqualTo(first.points() + second.points());
        assertThat(run.finished()).isTrue();
        assertThat(run.missed()).containsExactly(2);
        assertThat(run.rightCount()).isEqualTo(2);
    }

    @Test
    void anUntimedRunGivesFullPointsForARightAnswerWithoutBonusHoweverLongItTook() {
        PracticeRun run = new PracticeRun("id", "a", QUIZ, List.of(0, 1), false, 0);
        assertThat(run.answer(0, pick(1), 600_000).points()).isEqualTo(1000);
        PracticeRun.Outcome second = run.answer(1, pick(2), 900_000);
        assertThat(second.points()).isEqualTo(1000);
        assertThat(second.bonus()).isZero();
        assertThat(second.late()).isFalse();
        assertThat(run.streak()).isEqualTo(2);
    }

    @Test
    void aTimedAnswerPastTheTimeAndGraceScoresNothingButIsStillJudgedAndCountsAsMissed() {
        PracticeRun run = new PracticeRun("id", "a", QUIZ, List.of(0, 1), true, 0);
        PracticeRun.Outcome inGrace = run.answer(0, pick(1), 10_000 + Judging.PRACTICE_GRACE_MS);
        assertThat(inGrace.late()).isFalse();
        assertThat(inGrace.points()).isPositive();
        long sent = 10_000 + Judging.PRACTICE_GRACE_MS;
        PracticeRun.Outcome late = run.answer(1, pick(2), sent + 10_000 + Judging.PRACTICE_GRACE_MS + 1);
        assertThat(late.late()).isTrue();
        assertThat(late.correct()).isTrue();
        assertThat(late.points()).isZero();
        assertThat(run.streak()).isZero();
        assertThat(run.missed()).containsExactly(1);
    }

    @Test
    void answeringTwiceOrAheadIsAConflictAndChangesNothing() {
        PracticeRun run = new PracticeRun("id", "a", QUIZ, List.of(0, 1), true, 0);
        assertThatThrownBy(() -> run.answer(1, pick(2), 100))
                .isInstanceOfSatisfying(PracticeException.class, e -> assertThat(e.reason()).isEqualTo(PracticeException.Reason.CONFLICT))
                .hasMessageContaining("not open yet");
        run.answer(0, pick(1), 100);
        assertThatThrownBy(() -> run.answer(0, pick(1), 200))
                .isInstanceOfSatisfying(PracticeException.class, e -> assertThat(e.reason()).isEqualTo(PracticeException.Reason.CONFLICT))
                .hasMessageContaining("already answered");
        assertThat(run.position()).isEqualTo(1);
        assertThat(run.sentAt()).isEqualTo(100);
        run.answer(1, pick(2), 300);
        assertThatThrownBy(() -> run.answer(2, pick(0), 400)).hasMessageContaining("finished");
    }

    @Test
    void anAnswerThatDoesNotFitTheQuestionIsRefusedAsBadAndChangesNothing() {
        PracticeRun run = new PracticeRun("id", "a", QUIZ, List.of(0), true, 0);
        assertThatThrownBy(() -> run.answer(0, pick(9), 100))
                .isInstanceOfSatisfying(PracticeException.class, e -> assertThat(e.reason()).isEqualTo(PracticeException.Reason.BAD));
        assertThatThrownBy(() -> run.answer(0, new Submission.Text("B"), 100)).isInstanceOf(PracticeException.class);
        assertThat(run.position()).isZero();
        assertThat(run.outcomes()).isEmpty();
    }

    @Test
    void aPollIsRevealedButNeitherJudgedNorMissedNorTouchesTheStreak() {
        PracticeRun run = new PracticeRun("id", "a", QUIZ, List.of(0, 3), true, 0);
        run.answer(0, pick(1), 100);
        PracticeRun.Outcome vote = run.answer(1, pick(0), 200);
        assertThat(vote.judged()).isFalse();
        assertThat(vote.points()).isZero();
        assertThat(run.streak()).isEqualTo(1);
        assertThat(run.missed()).isEmpty();
    }
}
