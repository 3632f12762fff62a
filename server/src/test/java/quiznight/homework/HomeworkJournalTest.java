package quiznight.homework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.game.NameFilter;
import quiznight.quiz.Question;
import quiznight.quiz.Quiz;
import quiznight.quiz.Submission;
import quiznight.testing.ManualClock;
import quiznight.testing.Questions;

class HomeworkJournalTest {
    @TempDir
    Path data;

    final ManualClock clock = new ManualClock(5_000_000);

    static Quiz quiz() {
        List<Question> qs = List.of(Questions.single(1, 10_000), Questions.text(List.of("paris"), 20_000),
                Questions.order(15_000), Questions.single(0, 10_000));
        return new Quiz("mixed", "Mixed", "", qs);
    }

    private static <T> T on(Homework h, java.util.function.Supplier<T> work) {
        return h.on(work).join();
    }

    @Test
    void aRestartMidAssignmentResumesEachStudentAtTheirQuestionWithTheSameScore() throws Exception {
        Homework before = Homework.open(new FileAssignmentStore(data), NameFilter.none(), clock);
        Assignment a = on(before, () -> before.create("default", "Week 1", quiz(), quiz().questions(),
                clock.millis() + 3_600_000));
        Student ada = on(before, () -> before.join(a, "Ada"));
        Student bob = on(before, () -> before.join(a, "Bob"));
        on(before, () -> before.question(a, ada));
        clock.advance(1_200);
        on(before, () -> before.answer(a, ada, 0, new Submission.Choice(1)));
        on(before, () -> before.question(a, ada));
        clock.advance(3_000);
        on(before, () -> before.answer(a, ada, 1, new Submission.Text("Paris")));
        on(before, () -> before.question(a, bob));
        clock.advance(900);
        on(before, () -> before.answer(a, bob, 0, new Submission.Choice(2)));
        Assignment.Step open = on(before, () -> before.question(a, ada)); // question 3 open when the server stops
        clock.advance(2_000);
        int adaScore = ada.score();
        assertThat(adaScore).isGreaterThan(1_000);
        before.close();

        Homework after = Homework.open(new FileAssignmentStore(data), NameFilter.none(), clock);
        Assignment again = on(after, () -> after.find(a.spec().id()));
        Student ada2 = again.student(ada.token());
        Student bob2 = again.student(bob.token());
        assertThat(ada2.score()).isEqualTo(adaScore);
        assertThat(ada2.streak()).isEqualTo(2);
        assertThat(bob2.score()).isZero();
        assertThat(again.spec().questions()).hasSize(4);
        assertThat(again.spec().deadline()).isEqualTo(a.spec().deadline());
        // Ada's third question goes on with its original deadline.
        Assignment.Step resumed = on(after, () -> after.question(again, ada2));
        assertThat(resumed.index()).isEqualTo(2);
        assertThat(resumed.answerBy()).isEqualTo(open.answerBy());
        // Bob resumes at his second question, and cannot answer his first again.
        assertThat(on(after, () -> after.question(again, bob2)).index()).isEqualTo(1);
        assertThat(on(after, () -> after.of("default"))).hasSize(1);
        after.close();
    }

    @Test
    void aQuizIsAssignedUntilItsLatestOpenDeadline_alsoAfterARestart() throws Exception {
        Homework before = Homework.open(new FileAssignmentStore(data), NameFilter.none(), clock);
        assertThat(before.assigns("mixed", clock.millis())).isFalse();
        long deadline = clock.millis() + 60_000;
        on(before, () -> before.create("default", "Week 1", quiz(), quiz().questions(), deadline));
        on(before, () -> before.create("default", "Week 0", quiz(), quiz().questions(), deadline - 30_000));
        assertThat(before.assigns("mixed", clock.millis())).isTrue();
        assertThat(before.assigns("other", clock.millis())).isFalse();
        before.close();

        Homework after = Homework.open(new FileAssignmentStore(data), NameFilter.none(), clock);
        assertThat(after.assigns("mixed", deadline - 30_001)).isTrue();
        assertThat(after.assigns("mixed", deadline)).as("the last moment it is open").isTrue();
        assertThat(after.assigns("mixed", deadline + 1)).as("past its deadline").isFalse();
        after.close();
    }

    @Test
    void aTornLastRecordIsSkippedAndTheRestReplays() throws Exception {
        Homework h = Homework.open(new FileAssignmentStore(data), NameFilter.none(), clock);
        Assignment a = on(h, () -> h.create("default", "Week 2", quiz(), quiz().questions(), clock.millis() + 60_000));
        on(h, () -> h.join(a, "Ada"));
        h.close();
        Files.writeString(data.resolve("homework").resolve(a.spec().id() + ".journal"), "{\"t\":\"joi",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Homework again = Homework.open(new FileAssignmentStore(data), NameFilter.none(), clock);
        assertThat(on(again, () -> again.find(a.spec().id()).size())).isEqualTo(1);
        again.close();
    }
}
