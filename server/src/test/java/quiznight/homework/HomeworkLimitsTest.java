package quiznight.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import quiznight.game.NameFilter;
import quiznight.quiz.Question;
import quiznight.quiz.Quiz;
import quiznight.testing.ManualClock;
import quiznight.testing.Questions;

/** The limits of homework and the choice of its questions: each refusal is a sentence and changes nothing. */
class HomeworkLimitsTest {
    final ManualClock clock = new ManualClock(10_000_000);

    static Quiz quiz() {
        return new Quiz("q", "Q", "", List.of(Questions.single(1, 10_000), Questions.multi(List.of(0, 2), 10_000),
                Questions.text(List.of("x"), 10_000)));
    }

    @Test
    void anOrganiserKeepsAtMostFiftyAssignmentsAndOthersAreNotCounted() {
        Homework h = Homework.open(AssignmentStore.NONE, NameFilter.none(), clock);
        for (int i = 0; i < Homework.MAX_PER_OWNER; i++) {
            h.create("ada", "A" + i, quiz(), quiz().questions(), clock.millis() + 60_000);
        }
        assertThatThrownBy(() -> h.create("ada", "one more", quiz(), quiz().questions(), clock.millis() + 60_000))
                .isInstanceOf(HomeworkException.class).hasMessageContaining("50 assignments")
                .extracting(e -> ((HomeworkException) e).status()).isEqualTo(409);
        assertThat(h.of("ada")).hasSize(Homework.MAX_PER_OWNER);
        assertThat(h.create("bob", "B", quiz(), quiz().questions(), clock.millis() + 60_000).spec().owner()).isEqualTo("bob");
        assertThat(h.of("bob")).hasSize(1);
        h.close();
    }

    @Test
    void aDeadlineInThePastIsRefused() {
        Homework h = Homework.open(AssignmentStore.NONE, NameFilter.none(), clock);
        assertThatThrownBy(() -> h.create("ada", "late", quiz(), quiz().questions(), clock.millis()))
                .hasMessage("The deadline must be in the future.");
        assertThat(h.of("ada")).isEmpty();
        h.close();
    }

    @Test
    void anAssignmentIsFullAtItsStudentLimit() {
        Assignment a = new Assignment(new Assignment.Spec("abcdefghijkl", "o", "T", "q", "Q", quiz().questions(),
                clock.millis() + 60_000, clock.millis()), NameFilter.none());
        for (int i = 0; i < Assignment.MAX_STUDENTS; i++) {
            a.join("s" + i, "t" + i, "Student " + i, clock.millis());
        }
        assertThatThrownBy(() -> a.join("late", "tl", "Latecomer", clock.millis()))
                .hasMessage("This homework already has 5000 students: no more can join.");
        assertThat(a.size()).isEqualTo(Assignment.MAX_STUDENTS);
    }

    @Test
    void theQuestionsAreChosenAsACreateChoosesThem() {
        List<Question> two = new Selection(List.of(), false, false, 2, 30).from(quiz(), new Random(1));
        assertThat(two).hasSize(2);
        assertThat(two).allMatch(q -> q.timeLimitMs() == 30_000);
        assertThat(new Selection(List.of("S2"), false, false, null, null).from(quiz(), new Random(1)))
                .extracting(Question::text).containsExactly("Which ones?");
        assertThat(new Selection(List.of("S1"), true, false, null, null).from(quiz(), new Random(1))).hasSize(2);
        assertThatThrownBy(() -> new Selection(List.of("Nope"), false, false, null, null).from(quiz(), new Random(1)))
                .hasMessage("This quiz has no section 'Nope'. Its sections: S1, S2.");
        assertThatThrownBy(() -> new Selection(List.of(), false, false, 0, null).from(quiz(), new Random(1)))
                .hasMessage("An assignment needs at least one question.");
        assertThatThrownBy(() -> new Selection(List.of(), false, false, null, 4).from(quiz(), new Random(1)))
                .hasMessage("The time per question must be 5 to 600 seconds.");
    }
}
