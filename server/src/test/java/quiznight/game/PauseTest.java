package quiznight.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import quiznight.protocol.ErrorCode;
import quiznight.quiz.Submission;
import quiznight.testing.Questions;

/** The host's pause on the manual clock: the question's clock stops for everybody and answer times leave it out. */
class PauseTest {
    static final long T = 20_000;
    static final long START = 1_000_000;

    private static Game started(int players) {
        Game g = new Game(List.of(Questions.single(0, T), Questions.single(0, T)));
        for (int i = 1; i <= players; i++) {
            g.join("p" + i, "Player " + i, START - 1000 + i);
        }
        g.start(START);
        return g;
    }

    private static void assertRefused(Runnable r, ErrorCode code) {
        assertThatThrownBy(r::run).isInstanceOf(GameException.class)
                .satisfies(e -> assertThat(((GameException) e).code()).isEqualTo(code));
    }

    @Test
    void aPausedQuestion_refusesAnswers_andKeepsItsTimeLeft() {
        Game g = started(1);
        g.pause(START + 5_000);
        assertThat(g.paused()).isTrue();
        assertThat(g.remainingMs(START + 9_000)).isEqualTo(15_000);
        assertRefused(() -> g.answer("p1", 0, new Submission.Choice(0), START + 6_000, 0), ErrorCode.PAUSED);
        assertThat(g.player("p1").answer(0)).isNull();
        assertThat(g.answered()).isZero();
    }

    @Test
    void anAnswerDuringAPauseLongerThanTheTimeLeft_isToldPaused_notTooLate() {
        Game g = started(1);
        g.pause(START + 15_000);
        assertRefused(() -> g.answer("p1", 0, new Submission.Choice(0), START + 40_000, 0), ErrorCode.PAUSED);
        g.resume(START + 40_000);
        g.answer("p1", 0, new Submission.Choice(0), START + 41_000, 0);
        assertThat(g.player("p1").answer(0).responseMs()).isEqualTo(16_000);
    }

    @Test
    void resuming_movesTheDeadlineOn_andAnswerTimesLeaveThePauseOut() {
        Game g = started(2);
        g.pause(START + 4_000);
        g.resume(START + 34_000);
        assertThat(g.deadline()).isEqualTo(START + T + 30_000);
        assertThat(g.remainingMs(START + 34_000)).isEqualTo(16_000);
        // 4 s before the pause and 2 s after it: 6 s of answering time, not 36.
        g.answer("p1", 0, new Submission.Choice(0), START + 36_000, 0);
        assertThat(g.player("p1").answer(0).responseMs()).isEqualTo(6_000);
        // Past the old deadline, before the moved one: still open.
        g.answer("p2", 0, new Submission.Choice(0), START + 45_000, 0);
        g.close(START + 45_000);
        assertThat(g.player("p1").score()).isEqualTo(Scoring.basePoints(6_000, T, 1));
        assertThat(g.player("p2").score()).isEqualTo(Scoring.basePoints(15_000, T, 1));
    }

    @Test
    void aPlayerSentTheQuestionDuringThePause_isTimedFromTheResume() {
        Game g = started(1);
        g.pause(START + 4_000);
        g.join("late", "Late", START + 10_000);
        g.questionSentTo("late", START + 10_000);
        g.resume(START + 20_000);
        g.answer("late", 0, new Submission.Choice(0), START + 23_000, 0);
        assertThat(g.player("late").answer(0).responseMs()).isEqualTo(3_000);
    }

    @Test
    void pauseTwice_resumeUnpaused_andPauseAfterTheEnd_areWrongPhase() {
        Game g = started(1);
        assertRefused(() -> g.resume(START + 1), ErrorCode.WRONG_PHASE);
        g.pause(START + 1);
        assertRefused(() -> g.pause(START + 2), ErrorCode.WRONG_PHASE);
        g.end(START + 3);
        assertThat(g.paused()).isFalse();
        assertRefused(() -> g.pause(START + 4), ErrorCode.WRONG_PHASE);
    }

    @Test
    void theHostsNext_whilePaused_resumesThenMovesOn_andTheClosedAnswerTimeIsUnchanged() {
        Game g = started(1);
        g.answer("p1", 0, new Submission.Choice(0), START + 2_000, 0);
        g.pause(START + 3_000);
        g.next(START + 60_000);
        assertThat(g.paused()).isFalse();
        assertThat(g.phase()).isEqualTo(Phase.REVEAL);
        assertThat(g.player("p1").answer(0).responseMs()).isEqualTo(2_000);
        assertThat(g.player("p1").score()).isEqualTo(Scoring.basePoints(2_000, T, 1));
    }

    @Test
    void aPauseOutsideAQuestion_holdsThePhase_andChangesNoClock() {
        Game g = started(1);
        g.close(START + 1_000);
        g.pause(START + 2_000);
        assertThat(g.remainingMs(START + 3_000)).isZero();
        g.resume(START + 9_000);
        g.next(START + 9_000);
        g.next(START + 9_500);
        assertThat(g.phase()).isEqualTo(Phase.QUESTION);
        assertThat(g.deadline()).isEqualTo(START + 9_500 + T);
    }
}
