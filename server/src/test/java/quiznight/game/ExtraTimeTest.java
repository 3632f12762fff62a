package quiznight.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import quiznight.protocol.ErrorCode;
import quiznight.quiz.Submission;
import quiznight.testing.Questions;

/** The extra-time accommodation on the manual clock: a later own deadline, speed scored against the own window. */
class ExtraTimeTest {
    static final long T = 20_000;
    static final long START = 1_000_000;

    private static Game lobby(int players) {
        Game g = new Game(List.of(Questions.single(0, T), Questions.single(0, T)));
        for (int i = 1; i <= players; i++) {
            g.join("p" + i, "Player " + i, START - 1000 + i);
        }
        return g;
    }

    private static void assertRefused(Runnable r, ErrorCode code) {
        assertThatThrownBy(r::run).isInstanceOf(GameException.class)
                .satisfies(e -> assertThat(((GameException) e).code()).isEqualTo(code));
    }

    @Test
    void theWindowIsTheLimitTimesTheFactor() {
        assertThat(ExtraTime.extraMs(20_000, 1)).isZero();
        assertThat(ExtraTime.extraMs(20_000, 1.5)).isEqualTo(10_000);
        assertThat(ExtraTime.extraMs(15_000, 2)).isEqualTo(15_000);
        assertThat(ExtraTime.extraMs(15_001, 1.5)).isEqualTo(7_501);
    }

    @Test
    void aPlayerWithDoubleTime_hasALaterOwnDeadline_andEveryoneElseKeepsTheirs() {
        Game g = lobby(2);
        g.setTimeFactor("p1", 2);
        g.start(START);
        assertThat(g.deadline()).isEqualTo(START + T);
        assertThat(g.deadlineFor("p1")).isEqualTo(START + 2 * T);
        assertThat(g.deadlineFor("p2")).isEqualTo(START + T);
        assertThat(g.closesAt()).isEqualTo(START + 2 * T);
        // Past the shared deadline: p2 is too late, p1 is not.
        assertRefused(() -> g.answer("p2", 0, new Submission.Choice(0), START + T + 1, 0), ErrorCode.QUESTION_CLOSED);
        g.answer("p1", 0, new Submission.Choice(0), START + 2 * T, 0);
        assertRefused(() -> g.answer("p1", 1, new Submission.Choice(0), START + 2 * T + 1, 0),
                ErrorCode.QUESTION_CLOSED);
    }

    @Test
    void speedIsScoredAgainstThePlayersOwnWindow() {
        Game g = lobby(2);
        g.setTimeFactor("p1", 1.5);
        g.start(START);
        // Both take 15 s: half of p1's 30 s window, three quarters of p2's 20 s.
        g.answer("p1", 0, new Submission.Choice(0), START + 15_000, 0);
        g.answer("p2", 0, new Submission.Choice(0), START + 15_000, 0);
        g.close(START + 15_000);
        assertThat(g.player("p1").score()).isEqualTo(Scoring.basePoints(15_000, 30_000, 1)).isEqualTo(750);
        assertThat(g.player("p2").score()).isEqualTo(Scoring.basePoints(15_000, T, 1)).isEqualTo(625);
    }

    @Test
    void aGrantDuringAQuestion_appliesFromTheNextOne() {
        Game g = lobby(1);
        g.start(START);
        g.setTimeFactor("p1", 2);
        assertThat(g.deadlineFor("p1")).isEqualTo(START + T);
        assertThat(g.closesAt()).isEqualTo(START + T);
        g.close(START + T);
        g.next(START + T + 1);
        g.next(START + T + 2);
        assertThat(g.deadlineFor("p1")).isEqualTo(START + T + 2 + 2 * T);
        assertThat(g.player("p1").timeFactor()).isEqualTo(2);
    }

    @Test
    void takingTheExtraTimeBack_withFactorOne_restoresTheSharedDeadline() {
        Game g = lobby(1);
        g.setTimeFactor("p1", 2);
        g.setTimeFactor("p1", 1);
        g.start(START);
        assertThat(g.deadlineFor("p1")).isEqualTo(START + T);
        assertThat(g.closesAt()).isEqualTo(START + T);
    }

    @Test
    void aPause_movesTheOwnDeadlineOnAsWell() {
        Game g = lobby(1);
        g.setTimeFactor("p1", 1.5);
        g.start(START);
        g.pause(START + 1_000);
        g.resume(START + 6_000);
        assertThat(g.deadlineFor("p1")).isEqualTo(START + 5_000 + 30_000);
        assertThat(g.closesAt()).isEqualTo(START + 5_000 + 30_000);
    }

    @Test
    void kickingTheOnlyPlayerWithExtraTime_bringsTheCloseBackToTheSharedDeadline() {
        Game g = lobby(2);
        g.setTimeFactor("p2", 2);
        g.start(START);
        g.remove("p2");
        assertThat(g.closesAt()).isEqualTo(START + T);
    }

    @Test
    void anUnknownFactor_anUnknownPlayer_andAFinishedGame_areRefused_andChangeNothing() {
        Game g = lobby(1);
        assertRefused(() -> g.setTimeFactor("p1", 3), ErrorCode.BAD_MESSAGE);
        assertRefused(() -> g.setTimeFactor("p1", 1.25), ErrorCode.BAD_MESSAGE);
        assertRefused(() -> g.setTimeFactor("nobody", 2), ErrorCode.BAD_TOKEN);
        assertThat(g.player("p1").timeFactor()).isEqualTo(1);
        g.start(START);
        g.end(START + 1);
        assertRefused(() -> g.setTimeFactor("p1", 2), ErrorCode.WRONG_PHASE);
        assertThat(g.player("p1").timeFactor()).isEqualTo(1);
    }
}
