package quiznight.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import quiznight.game.Judging;
import quiznight.game.NameFilter;
import quiznight.game.Scoring;
import quiznight.quiz.Question;
import quiznight.quiz.Submission;
import quiznight.results.GameReport;
import quiznight.results.Recap;
import quiznight.testing.ManualClock;
import quiznight.testing.Questions;

class AssignmentTest {
    static final long T0 = 1_000_000;
    static final long DAY = 24 * 3600 * 1000L;
    final ManualClock clock = new ManualClock(T0);

    static Assignment assignment(List<Question> questions) {
        return new Assignment(new Assignment.Spec("abcdefghijkl", "default", "Week 1", "mixed", "Mixed", questions,
                T0 + DAY, T0), new NameFilter(Set.of("badword")));
    }

    static List<Question> three() {
        return List.of(Questions.single(1, 10_000), Questions.single(2, 10_000), Questions.single(0, 10_000));
    }

    @Test
    void eachStudentsTimerRunsFromWhenTheirQuestionWasSent() {
        Assignment a = assignment(three());
        Student ada = a.join("s1", "t1", "Ada", T0);
        Student bob = a.join("s2", "t2", "Bob", T0);
        Assignment.Step first = a.question(ada, T0 + 1_000);
        Assignment.Step second = a.question(bob, T0 + 60_000);
        assertThat(first.answerBy()).isEqualTo(T0 + 11_000);
        assertThat(second.answerBy()).isEqualTo(T0 + 70_000);
        // Asking again gives the same open question with its original time, not a fresh one.
        assertThat(a.question(ada, T0 + 5_000).answerBy()).isEqualTo(T0 + 11_000);

        Assignment.Outcome o = a.answer(ada, 0, new Submission.Choice(1), T0 + 6_000);
        assertThat(o.right()).isTrue();
        assertThat(o.points()).isEqualTo(Scoring.basePoints(5_000, 10_000, 1));
        assertThat(o.reveal().correct()).isEqualTo(List.of(1));
        assertThat(o.reveal().explanation()).isEqualTo("Because.");
    }

    @Test
    void aSecondAnswerToTheSameQuestionIsRefusedAndChangesNothing() {
        Assignment a = assignment(three());
        Student ada = a.join("s1", "t1", "Ada", T0);
        a.question(ada, T0);
        a.answer(ada, 0, new Submission.Choice(1), T0 + 100);
        int score = ada.score();
        assertThatThrownBy(() -> a.answer(ada, 0, new Submission.Choice(1), T0 + 200))
                .isInstanceOf(HomeworkException.class).hasMessage("You have already answered this question.")
                .extracting(e -> ((HomeworkException) e).status()).isEqualTo(409);
        assertThat(ada.score()).isEqualTo(score);
        assertThat(ada.done()).isEqualTo(1);
    }

    @Test
    void aQuestionNotYetSentCannotBeAnswered() {
        Assignment a = assignment(three());
        Student ada = a.join("s1", "t1", "Ada", T0);
        a.question(ada, T0);
        assertThatThrownBy(() -> a.answer(ada, 1, new Submission.Choice(2), T0 + 100))
                .hasMessageContaining("has not been sent to you yet");
        assertThat(ada.answer(1)).isNull();
    }

    @Test
    void anAnswerWithinTheGraceCountsAndOneAfterItScoresNothingWithItsReveal() {
        Assignment a = assignment(three());
        Student ada = a.join("s1", "t1", "Ada", T0);
        a.question(ada, T0);
        Assignment.Outcome inGrace = a.answer(ada, 0, new Submission.Choice(1), T0 + 10_000 + Judging.HOMEWORK_GRACE_MS);
        assertThat(inGrace.right()).isTrue();
        assertThat(inGrace.points()).isEqualTo(Scoring.basePoints(10_000, 10_000, 1)); // capped at the time limit

        a.question(ada, T0 + 20_000);
        int before = ada.score();
        assertThatThrownBy(() -> a.answer(ada, 1, new Submission.Choice(2), T0 + 20_000 + 10_000 + Judging.HOMEWORK_GRACE_MS + 1))
                .isInstanceOfSatisfying(HomeworkException.Late.class, late -> {
                    assertThat(late.status()).isEqualTo(409);
                    assertThat(late.reveal().index()).isEqualTo(1);
                    assertThat(late.reveal().correct()).isEqualTo(List.of(2));
                });
        assertThat(ada.score()).isEqualTo(before);
        assertThat(ada.answer(1)).isNull();
        assertThat(ada.streak()).isZero();
        assertThat(ada.done()).isEqualTo(2);
    }

    @Test
    void aQuestionLeftOpenPastItsTimeClosesUnansweredWithItsRevealAndTheNextIsSentOnTheFollowingRequest() {
        Assignment a = assignment(three());
        Student ada = a.join("s1", "t1", "Ada", T0);
        a.question(ada, T0);
        Assignment.Step missed = a.question(ada, T0 + 60_000);
        assertThat(missed.timedOut().index()).isZero();
        assertThat(missed.timedOut().correct()).isEqualTo(List.of(1));
        assertThat(missed.question()).as("the next waits until the student asks again").isNull();
        Assignment.Step next = a.question(ada, T0 + 90_000);
        assertThat(next.index()).isEqualTo(1);
        assertThat(next.answerBy()).isEqualTo(T0 + 100_000);
        assertThat(a.progress().questions().get(0).closed()).isEqualTo(1);
        assertThat(a.progress().questions().get(0).answered()).isZero();
    }

    @Test
    void theChecksAloneChangeNothing_andAMissedRecordClosesTheQuestionAsItsTimerDoes() {
        Assignment a = assignment(three());
        assertThat(a.admit(" Ada ", T0)).isEqualTo("Ada");
        assertThat(a.size()).isZero();
        Student ada = a.join("s1", "t1", "Ada", T0);
        assertThat(a.sends(ada, T0)).isTrue();
        a.question(ada, T0);
        assertThat(a.sends(ada, T0 + 1)).as("one question open at a time").isFalse();
        assertThat(a.accept(ada, 0, new Submission.Choice(1), T0 + 100)).isEqualTo(new Submission.Choice(1));
        assertThat(ada.open()).isTrue();
        assertThat(a.progress().questions().get(0).answered()).isZero();

        long over = T0 + 10_000 + Judging.HOMEWORK_GRACE_MS;
        assertThat(a.expired(ada, over)).isFalse();
        assertThat(a.expired(ada, over + 1)).isTrue();
        assertThatThrownBy(() -> a.missedRecorded(ada, 0, over)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> a.missedRecorded(ada, 1, over + 1)).isInstanceOf(IllegalStateException.class);
        Assignment.Step missed = a.missedRecorded(ada, 0, over + 1);
        assertThat(missed.timedOut().index()).isZero();
        assertThat(missed.question()).isNull();
        assertThat(a.question(ada, over + 2).index()).as("closed once: the next request sends the next").isEqualTo(1);
        assertThat(a.progress().questions().get(0).closed()).isEqualTo(1);
    }

    @Test
    void theDeadlineStopsJoiningAndNewQuestionsButNotAQuestionAlreadyOpen() {
        Assignment a = assignment(three());
        Student ada = a.join("s1", "t1", "Ada", T0);
        long deadline = T0 + DAY;
        a.question(ada, deadline - 1_000);
        Assignment.Outcome o = a.answer(ada, 0, new Submission.Choice(1), deadline + 5_000);
        assertThat(o.right()).isTrue();
        assertThatThrownBy(() -> a.question(ada, deadline + 6_000))
                .extracting(e -> ((HomeworkException) e).status()).isEqualTo(410);
        assertThatThrownBy(() -> a.join("s2", "t2", "Late Larry", deadline + 1))
                .isInstanceOf(HomeworkException.class).hasMessageContaining("closed at its deadline")
                .extracting(e -> ((HomeworkException) e).status()).isEqualTo(410);
        assertThat(a.size()).isEqualTo(1);
    }

    @Test
    void nicknamesFollowTheRoomsRulesAndTheBlocklist() {
        Assignment a = assignment(three());
        a.join("s1", "t1", "Ada", T0);
        assertThatThrownBy(() -> a.join("s2", "t2", "ada", T0)).hasMessageContaining("already uses that nickname");
        assertThatThrownBy(() -> a.join("s3", "t3", "  ", T0))
                .extracting(e -> ((HomeworkException) e).status()).isEqualTo(400);
        assertThatThrownBy(() -> a.join("s4", "t4", "Mr Badword", T0))
                .extracting(e -> ((HomeworkException) e).status()).isEqualTo(400);
        assertThat(a.size()).isEqualTo(1);
    }

    @Test
    void streaksAndRankAmongFinishedFollowTheGameRules() {
        Assignment a = assignment(three());
        Student ada = a.join("s1", "t1", "Ada", T0);
        Student bob = a.join("s2", "t2", "Bob", T0);
        Student cy = a.join("s3", "t3", "Cy", T0);
        int[] right = {1, 2, 0};
        long t = T0;
        for (int i = 0; i < 3; i++) {
            a.question(ada, t);
            a.answer(ada, i, new Submission.Choice(right[i]), t + 100);
            t += 1_000;
        }
        // Three right under 500 ms: 1000, 1000 + 100, 1000 + 200.
        assertThat(ada.score()).isEqualTo(3_300);
        assertThat(ada.finished()).isTrue();
        assertThat(a.rankAmongFinished(ada)).isEqualTo(1);
        for (int i = 0; i < 3; i++) {
            a.question(bob, t);
            a.answer(bob, i, new Submission.Choice(i == 1 ? 3 : right[i]), t + 100);
            t += 1_000;
        }
        assertThat(bob.score()).isEqualTo(2_000);
        assertThat(a.rankAmongFinished(bob)).isEqualTo(2);
        a.question(cy, t);
        a.answer(cy, 0, new Submission.Choice(1), t + 100);
        assertThat(a.finishedCount()).isEqualTo(2);
        Assignment.Progress p = a.progress();
        assertThat(p.students()).isEqualTo(3);
        assertThat(p.started()).isEqualTo(3);
        assertThat(p.finished()).isEqualTo(2);
        assertThat(p.averageScore()).isEqualTo(2_650.0);
        assertThat(p.questions().get(0).shareRight()).isEqualTo(1.0);
        assertThat(p.questions().get(1).shareRight()).isEqualTo(0.5);
    }

    @Test
    void anAnswerThatDoesNotFitTheKindIsRefusedAndChangesNothing() {
        Assignment a = assignment(three());
        Student ada = a.join("s1", "t1", "Ada", T0);
        a.question(ada, T0);
        assertThatThrownBy(() -> a.answer(ada, 0, new Submission.Choice(9), T0 + 100))
                .extracting(e -> ((HomeworkException) e).status()).isEqualTo(400);
        assertThatThrownBy(() -> a.answer(ada, 0, new Submission.Choices(new TreeSet<>(List.of(1))), T0 + 100))
                .extracting(e -> ((HomeworkException) e).status()).isEqualTo(400);
        assertThat(ada.open()).isTrue();
        assertThat(a.answer(ada, 0, new Submission.Choice(1), T0 + 200).right()).isTrue();
    }

    @Test
    void theReportAndTheRecapComeFromTheAssignmentAsFromAGame() {
        Assignment a = assignment(three());
        Student ada = a.join("s1", "t1", "Ada", T0);
        Student bob = a.join("s2", "t2", "Bob", T0);
        a.question(ada, T0);
        a.answer(ada, 0, new Submission.Choice(1), T0 + 100);
        a.question(bob, T0);
        a.answer(bob, 0, new Submission.Choice(3), T0 + 100);
        a.question(bob, T0 + 200);

        Recap recap = AssignmentResults.recap(a, ada, T0 + 300);
        // Only the questions closed for Ada: no right answer of a question she has not been through.
        assertThat(recap.questions()).hasSize(1);
        assertThat(recap.questions().get(0).correct()).isEqualTo(List.of(1));

        GameReport report = GameReport.of(AssignmentResults.of(a, T0 + 300));
        assertThat(report.playerCount()).isEqualTo(2);
        assertThat(report.questions().get(0).answered()).isEqualTo(2);
        assertThat(report.questions().get(0).right()).isEqualTo(1);
        assertThat(report.questions().get(1).answered()).isZero();
        assertThat(report.complete()).isFalse();
        assertThat(GameReport.of(AssignmentResults.of(a, T0 + DAY + 1)).complete()).isTrue();
    }
}
