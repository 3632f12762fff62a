package quiznight.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import quiznight.quiz.Question;
import quiznight.quiz.Quiz;
import quiznight.quiz.Submission;
import quiznight.testing.ManualClock;
import quiznight.testing.Questions;

/** The practice runs in memory: selection, bounds per address and in all, idle expiry, on a manual clock. */
class PracticeSessionsTest {
    static final Question S1 = Questions.single(1, 10_000);
    static final Question S2 = new Question(S1.kind(), "Other?", null, S1.choices(), S1.solution(), 10_000, 1, "",
            null, "S2", null);
    static final Quiz QUIZ = new Quiz("q", "Test", "", List.of(S1, S2, S1, S2));
    final ManualClock clock = new ManualClock(1_000_000);

    private static PracticeSessions.Request all() {
        return new PracticeSessions.Request(QUIZ, List.of(), List.of(), true);
    }

    private static PracticeException.Reason reason(Runnable r) {
        try {
            r.run();
        } catch (PracticeException e) {
            return e.reason();
        }
        return null;
    }

    @Test
    void aRunAsksTheChosenSectionsOrQuestionIndexesInTheQuizsOrder() {
        assertThat(PracticeSessions.select(all())).containsExactly(0, 1, 2, 3);
        assertThat(PracticeSessions.select(new PracticeSessions.Request(QUIZ, List.of("S2"), List.of(), true)))
                .containsExactly(1, 3);
        assertThat(PracticeSessions.select(new PracticeSessions.Request(QUIZ, List.of(), List.of(3, 0), true)))
                .containsExactly(0, 3);
    }

    @Test
    void aSelectionNamingWhatTheQuizLacksIsRefusedAsBad() {
        assertThat(reason(() -> PracticeSessions.select(new PracticeSessions.Request(QUIZ, List.of("Nope"), List.of(), true))))
                .isEqualTo(PracticeException.Reason.BAD);
        assertThat(reason(() -> PracticeSessions.select(new PracticeSessions.Request(QUIZ, List.of(), List.of(4), true))))
                .isEqualTo(PracticeException.Reason.BAD);
        assertThat(reason(() -> PracticeSessions.select(new PracticeSessions.Request(QUIZ, List.of(), List.of(1, 1), true))))
                .isEqualTo(PracticeException.Reason.BAD);
        assertThat(reason(() -> PracticeSessions.select(new PracticeSessions.Request(QUIZ, List.of("S1"), List.of(1), true))))
                .isEqualTo(PracticeException.Reason.BAD);
    }

    @Test
    void aRunIsFoundByItsIdAndForgottenAfterBeingIdleTooLong() {
        PracticeSessions sessions = new PracticeSessions(clock, 100, 10, 60 * 60_000);
        PracticeRun run = sessions.start("a", all());
        assertThat(run.id()).hasSize(22);
        clock.advance(59 * 60_000);
        sessions.with(run.id(), r -> r.answer(0, new Submission.Choice(1), clock.millis()));
        clock.advance(59 * 60_000);
        assertThat(sessions.with(run.id(), PracticeRun::position)).as("used again: idle from then").isEqualTo(1);
        clock.advance(60 * 60_000);
        assertThat(reason(() -> sessions.with(run.id(), PracticeRun::position))).isEqualTo(PracticeException.Reason.NOT_FOUND);
        assertThat(sessions.size()).isZero();
        assertThat(sessions.countFor("a")).isZero();
    }

    @Test
    void aFullServerForgetsItsLongestIdleRunToMakeRoom() {
        PracticeSessions sessions = new PracticeSessions(clock, 3, 10, 60 * 60_000);
        PracticeRun oldest = sessions.start("a", all());
        clock.advance(1);
        PracticeRun second = sessions.start("b", all());
        clock.advance(1);
        PracticeRun third = sessions.start("c", all());
        clock.advance(PracticeSessions.BUSY_MS);
        sessions.with(oldest.id(), PracticeRun::position); // used: now the second is the longest idle
        sessions.start("d", all());
        assertThat(sessions.size()).isEqualTo(3);
        assertThat(reason(() -> sessions.with(second.id(), PracticeRun::position))).isEqualTo(PracticeException.Reason.NOT_FOUND);
        assertThat(sessions.with(third.id(), PracticeRun::position)).isZero();
        assertThat(sessions.countFor("b")).isZero();
    }

    @Test
    void aFullServerWhoseRunsAreAllInUseRefusesANewOne_andLosesNone() {
        PracticeSessions sessions = new PracticeSessions(clock, 2, 10, 60 * 60_000);
        PracticeRun first = sessions.start("a", all());
        PracticeRun second = sessions.start("b", all());
        clock.advance(PracticeSessions.BUSY_MS - 1);
        assertThat(reason(() -> sessions.start("c", all()))).isEqualTo(PracticeException.Reason.TOO_MANY);
        assertThat(sessions.size()).isEqualTo(2);
        assertThat(sessions.countFor("c")).isZero();
        assertThat(sessions.with(first.id(), PracticeRun::position)).isZero();
        clock.advance(1);
        sessions.start("c", all()); // the second, idle a minute now, makes room
        assertThat(reason(() -> sessions.with(second.id(), PracticeRun::position))).isEqualTo(PracticeException.Reason.NOT_FOUND);
    }

    @Test
    void aFullAddressIsRefusedWhileItsRunsAreBusy_thenItsOldestIdleRunMakesRoom() {
        PracticeSessions sessions = new PracticeSessions(clock, 100, 2, 60 * 60_000);
        PracticeRun first = sessions.start("a", all());
        sessions.start("a", all());
        assertThat(reason(() -> sessions.start("a", all()))).isEqualTo(PracticeException.Reason.TOO_MANY);
        assertThat(sessions.countFor("a")).isEqualTo(2);
        assertThat(sessions.start("b", all())).as("another address is not held up").isNotNull();
        clock.advance(PracticeSessions.BUSY_MS);
        sessions.start("a", all());
        assertThat(sessions.countFor("a")).isEqualTo(2);
        assertThat(reason(() -> sessions.with(first.id(), PracticeRun::position))).isEqualTo(PracticeException.Reason.NOT_FOUND);
    }
}
