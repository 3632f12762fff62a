package quiznight.game;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import quiznight.quiz.Submission;
import quiznight.testing.Questions;

/** The pub quiz schedule on the manual clock: reveal, then standings after N, then the next question after N. */
class AutoAdvanceTest {
    static final long N = 8_000;
    static final long T = 20_000;
    static final long START = 1_000_000;

    @Test
    void off_runsNoCountdownInAnyPhase() {
        AutoAdvance a = new AutoAdvance(0);
        a.entered(Phase.REVEAL, 0, START, false);
        assertThat(a.enabled()).isFalse();
        assertThat(a.active()).isFalse();
        assertThat(a.dueAt()).isEqualTo(AutoAdvance.NONE);
        assertThat(a.due(START + 1_000_000)).isFalse();
    }

    @Test
    void theRevealAndTheStandings_eachMoveOnAfterTheDelay_aQuestionAndTheLobbyDoNot() {
        AutoAdvance a = new AutoAdvance(N);
        a.entered(Phase.QUESTION, 0, START, false);
        assertThat(a.active()).isFalse();
        a.entered(Phase.REVEAL, 0, START + 20_000, false);
        assertThat(a.from()).isEqualTo(Phase.REVEAL);
        assertThat(a.dueAt()).isEqualTo(START + 20_000 + N);
        assertThat(a.due(START + 20_000 + N - 1)).isFalse();
        assertThat(a.due(START + 20_000 + N)).isTrue();
        a.entered(Phase.STANDINGS, 0, START + 28_000, false);
        assertThat(a.from()).isEqualTo(Phase.STANDINGS);
        assertThat(a.remainingMs(START + 30_000)).isEqualTo(N - 2_000);
        a.entered(Phase.FINISHED, 0, START + 36_000, false);
        assertThat(a.active()).isFalse();
        a.entered(Phase.LOBBY, -1, START, false);
        assertThat(a.active()).isFalse();
    }

    @Test
    void aPause_holdsTheCountdownWhereItWas_andGoingOnMovesItOnByThePause() {
        AutoAdvance a = new AutoAdvance(N);
        a.entered(Phase.REVEAL, 1, START, false);
        a.pause(START + 3_000);
        assertThat(a.held()).isTrue();
        assertThat(a.dueAt()).isEqualTo(AutoAdvance.NONE);
        assertThat(a.remainingMs(START + 60_000)).isEqualTo(5_000);
        assertThat(a.due(START + 60_000)).isFalse();
        a.resume(START + 60_000);
        assertThat(a.held()).isFalse();
        assertThat(a.dueAt()).isEqualTo(START + 65_000);
        assertThat(a.due(START + 64_999)).isFalse();
        assertThat(a.due(START + 65_000)).isTrue();
        assertThat(a.index()).isEqualTo(1);
    }

    @Test
    void aPhaseEnteredWhilePaused_startsHeld_withTheWholeDelay() {
        AutoAdvance a = new AutoAdvance(N);
        a.entered(Phase.STANDINGS, 0, START, true);
        assertThat(a.active()).isTrue();
        assertThat(a.held()).isTrue();
        assertThat(a.remainingMs(START + 100_000)).isEqualTo(N);
        a.resume(START + 100_000);
        assertThat(a.dueAt()).isEqualTo(START + 100_000 + N);
    }

    @Test
    void pausingOrGoingOnWithNoCountdown_changesNothing_andCancelStopsIt() {
        AutoAdvance a = new AutoAdvance(N);
        a.pause(START);
        a.resume(START + 5_000);
        assertThat(a.active()).isFalse();
        a.entered(Phase.REVEAL, 0, START, false);
        a.resume(START + 1_000); // not paused: the countdown keeps its time
        assertThat(a.dueAt()).isEqualTo(START + N);
        a.cancel();
        assertThat(a.active()).isFalse();
        assertThat(a.remainingMs(START)).isZero();
    }

    /** The whole schedule of a two-question game with its game, paused once in a reveal, without a host's next. */
    @Test
    void aTwoQuestionGame_runsToTheEnd_onTheSchedule_withAPauseInARevealLeftOut() {
        Game g = new Game(List.of(Questions.single(0, T), Questions.single(0, T)));
        g.join("p1", "Ada", START - 1);
        AutoAdvance a = new AutoAdvance(N);
        g.start(START);
        g.answer("p1", 0, new Submission.Choice(0), START + 2_000, 0);
        long now = START + T; // the deadline closes the question
        g.close(now);
        a.entered(g.phase(), g.index(), now, g.paused());
        g.pause(now + 1_000);
        a.pause(now + 1_000);
        g.resume(now + 31_000);
        a.resume(now + 31_000);
        assertThat(a.dueAt()).isEqualTo(now + 31_000 + N - 1_000);
        now = a.dueAt();
        g.next(now);
        assertThat(g.phase()).isEqualTo(Phase.STANDINGS);
        a.entered(g.phase(), g.index(), now, g.paused());
        now = a.dueAt();
        g.next(now);
        assertThat(g.phase()).isEqualTo(Phase.QUESTION);
        assertThat(g.index()).isEqualTo(1);
        a.entered(g.phase(), g.index(), now, g.paused());
        assertThat(a.active()).isFalse();
        now = g.deadline();
        g.close(now);
        a.entered(g.phase(), g.index(), now, g.paused());
        now = a.dueAt();
        g.next(now);
        a.entered(g.phase(), g.index(), now, g.paused());
        now = a.dueAt();
        g.next(now);
        assertThat(g.phase()).isEqualTo(Phase.FINISHED);
        assertThat(g.finishedAt()).isEqualTo(START + T + 30_000 + N + N + T + N + N);
    }
}
