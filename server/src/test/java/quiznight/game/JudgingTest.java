package quiznight.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import quiznight.protocol.ErrorCode;
import quiznight.quiz.Kind;
import quiznight.quiz.Question;
import quiznight.quiz.Solution;
import quiznight.quiz.Submission;
import quiznight.testing.ManualClock;
import quiznight.testing.Questions;

/** The one rule of judging, on a manual clock: each kind right and wrong, lateness and grace, speed, streaks. */
class JudgingTest {
    static final long LIMIT = 20_000;
    static final Scoring.Options BOTH = Scoring.Options.DEFAULT;
    final ManualClock clock = new ManualClock(1_000_000);

    static Question trueFalse(int correct) {
        return new Question(Kind.TRUEFALSE, "True?", null, List.of("True", "False"),
                new Solution.Choices(new TreeSet<>(List.of(correct))), LIMIT, 1, "", null, null, null);
    }

    /** A question of every kind with a right answer, its right answer and a wrong one. */
    static Stream<Arguments> judgedKinds() {
        return Stream.of(
                Arguments.of(Questions.single(1, LIMIT), new Submission.Choice(1), new Submission.Choice(2)),
                Arguments.of(trueFalse(0), new Submission.Choice(0), new Submission.Choice(1)),
                Arguments.of(Questions.multi(List.of(0, 2), LIMIT), new Submission.Choices(new TreeSet<>(List.of(0, 2))),
                        new Submission.Choices(new TreeSet<>(List.of(0)))),
                Arguments.of(Questions.text(List.of("Paris"), LIMIT), new Submission.Text(" paris "),
                        new Submission.Text("Lyon")),
                Arguments.of(Questions.number(42, 0, LIMIT), new Submission.Number(42), new Submission.Number(41)),
                Arguments.of(Questions.order(LIMIT), new Submission.Order(List.of(2, 0, 3, 1)),
                        new Submission.Order(List.of(0, 1, 2, 3))),
                Arguments.of(Questions.slider(50, 5, LIMIT), new Submission.Number(55), new Submission.Number(60)));
    }

    private Judging.Verdict inTime(Question q, Submission s, int streakBefore, long afterMs) {
        long sentAt = clock.millis();
        clock.advance(afterMs);
        long response = Judging.responseMs(clock.millis(), sentAt, 0);
        return Judging.judge(q, Judging.accept(q, s, NameFilter.none()), false, streakBefore, response, LIMIT, BOTH);
    }

    /** A verdict of no points, right or not, that breaks a streak of {@code before}. */
    private static void assertScoresNothingAndBreaksTheStreak(Judging.Verdict v, boolean correct, int before) {
        assertThat(v.correct()).isEqualTo(correct);
        assertThat(v.points()).isZero();
        assertThat(v.bonus()).isZero();
        assertThat(v.streakAfter(before)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("judgedKinds")
    void aRightAnswerOfEveryJudgedKindScoresByItsSpeedAndExtendsTheStreak(Question q, Submission right, Submission wrong) {
        Judging.Verdict v = inTime(q, right, 0, 10_000);
        assertThat(v.correct()).isTrue();
        assertThat(v.counts()).isTrue();
        assertThat(v.points()).isEqualTo(750);
        assertThat(v.bonus()).isZero();
        assertThat(v.streakAfter(0)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("judgedKinds")
    void aWrongAnswerOfEveryJudgedKindScoresNothingAndBreaksTheStreak(Question q, Submission right, Submission wrong) {
        assertScoresNothingAndBreaksTheStreak(inTime(q, wrong, 3, 100), false, 3);
    }

    @Test
    void aPollOrAWordCloudIsNeverRightAndLeavesScoreAndStreakAsTheyWere() {
        for (Judging.Verdict v : List.of(inTime(Questions.poll(LIMIT), new Submission.Choice(0), 4, 100),
                inTime(Questions.wordcloud(LIMIT), new Submission.Words(List.of("Django")), 4, 100))) {
            assertThat(v.correct()).isFalse();
            assertThat(v.counts()).isFalse();
            assertThat(v.points()).isZero();
            assertThat(v.streakAfter(4)).isEqualTo(4);
        }
        assertThat(Judging.judged(Questions.poll(LIMIT))).isFalse();
        assertThat(Judging.judged(Questions.wordcloud(LIMIT))).isFalse();
    }

    @Test
    void aQuestionForNoPointsIsJudgedButScoresNothingAndKeepsTheStreak() {
        Question q = Questions.noPoints(1, LIMIT);
        Judging.Verdict right = inTime(q, new Submission.Choice(1), 2, 100);
        assertThat(right.correct()).isTrue();
        assertThat(right.points()).isZero();
        assertThat(right.streakAfter(2)).isEqualTo(2);
        assertThat(inTime(q, new Submission.Choice(0), 2, 100).streakAfter(2)).isEqualTo(2);
        assertThat(Judging.missed(q).streakAfter(2)).isEqualTo(2);
    }

    @Test
    void noAnswerBreaksTheStreakWhereTheQuestionCounts() {
        assertScoresNothingAndBreaksTheStreak(Judging.missed(Questions.single(1, LIMIT)), false, 5);
        assertThat(Judging.missed(Questions.poll(LIMIT)).streakAfter(5)).isEqualTo(5);
    }

    @Test
    void pointsFallWithTheResponseTimeFromFullUnderHalfASecondToHalfAtTheLimit() {
        Question q = Questions.single(1, LIMIT);
        Submission right = new Submission.Choice(1);
        assertThat(inTime(q, right, 0, 499).points()).isEqualTo(1000);
        assertThat(inTime(q, right, 0, 5_000).points()).isEqualTo(875);
        assertThat(inTime(q, right, 0, 10_000).points()).isEqualTo(750);
        assertThat(inTime(q, right, 0, LIMIT).points()).isEqualTo(500);
        assertThat(inTime(Questions.doublePoints(1, LIMIT), right, 0, 10_000).points()).isEqualTo(1500);
        // Without the speed bonus, a right answer is worth its full points whatever the time.
        Judging.Verdict accuracyOnly = Judging.judge(q, right, false, 0, 19_000, LIMIT, new Scoring.Options(false, true));
        assertThat(accuracyOnly.points()).isEqualTo(1000);
    }

    @Test
    void consecutiveRightAnswersEarnTheStreakBonusUpToItsCap() {
        Question q = Questions.single(1, LIMIT);
        int streak = 0;
        int[] bonuses = new int[8];
        for (int i = 0; i < bonuses.length; i++) {
            Judging.Verdict v = inTime(q, new Submission.Choice(1), streak, 100);
            bonuses[i] = v.bonus();
            assertThat(v.points()).isEqualTo(1000 + v.bonus());
            streak = v.streakAfter(streak);
        }
        assertThat(bonuses).containsExactly(0, 100, 200, 300, 400, 500, 500, 500);
        assertThat(streak).isEqualTo(8);
        // With the streak bonus off the streak is still counted, but earns nothing.
        Judging.Verdict off = Judging.judge(q, new Submission.Choice(1), false, 3, 100, LIMIT, new Scoring.Options(true, false));
        assertThat(off.bonus()).isZero();
        assertThat(off.points()).isEqualTo(1000);
        assertThat(off.streakAfter(3)).isEqualTo(4);
    }

    @Test
    void anAnswerUpToTheGraceIsInTimeAndOneAfterItIsLate() {
        long sentAt = clock.millis();
        long due = sentAt + LIMIT;
        assertThat(Judging.late(due + Judging.PRACTICE_GRACE_MS, due, Judging.PRACTICE_GRACE_MS)).isFalse();
        assertThat(Judging.late(due + Judging.PRACTICE_GRACE_MS + 1, due, Judging.PRACTICE_GRACE_MS)).isTrue();
        assertThat(Judging.late(due + Judging.HOMEWORK_GRACE_MS, due, Judging.HOMEWORK_GRACE_MS)).isFalse();
        assertThat(Judging.late(due + Judging.HOMEWORK_GRACE_MS + 1, due, Judging.HOMEWORK_GRACE_MS)).isTrue();
        // Live, the room's deadline is the last moment: its network delay is counted off a player's time instead.
        assertThat(Judging.late(due, due, Judging.LIVE_GRACE_MS)).isFalse();
        assertThat(Judging.late(due + 1, due, Judging.LIVE_GRACE_MS)).isTrue();
    }

    @Test
    void aLateRightAnswerIsStillJudgedRightButScoresNothingAndBreaksTheStreak() {
        Question q = Questions.single(1, LIMIT);
        assertScoresNothingAndBreaksTheStreak(
                Judging.judge(q, new Submission.Choice(1), true, 4, LIMIT + 5_000, LIMIT, BOTH), true, 4);
    }

    @Test
    void theResponseTimeIsLessTheNetworkDelayCappedAndNeverBelowZero() {
        long sentAt = clock.millis();
        clock.advance(2_000);
        assertThat(Judging.responseMs(clock.millis(), sentAt, 0)).isEqualTo(2_000);
        assertThat(Judging.responseMs(clock.millis(), sentAt, 120)).isEqualTo(1_880);
        assertThat(Judging.responseMs(clock.millis(), sentAt, 5_000))
                .isEqualTo(2_000 - Judging.MAX_LATENCY_COMPENSATION_MS);
        assertThat(Judging.responseMs(clock.millis(), sentAt, -50)).isEqualTo(2_000);
        assertThat(Judging.responseMs(sentAt + 100, sentAt, 300)).isZero();
    }

    @Test
    void anAnswerOfTheWrongShapeIsRefusedWithTheSentenceOfWhatTheQuestionTakes() {
        Question q = Questions.single(1, LIMIT);
        assertThatThrownBy(() -> Judging.accept(q, new Submission.Text("B"), NameFilter.none()))
                .isInstanceOfSatisfying(GameException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_MESSAGE))
                .hasMessage(q.kind().rules().shapeProblem(q, new Submission.Text("B")));
        assertThatThrownBy(() -> Judging.accept(q, new Submission.Choice(4), NameFilter.none()))
                .isInstanceOf(GameException.class);
    }

    @Test
    void aWordCloudsWordsAreNormalisedAndABlockedWordIsRefused() {
        Question q = Questions.wordcloud(LIMIT);
        Submission s = Judging.accept(q, new Submission.Words(List.of(" Django ", "ＤＪＡＮＧＯ", "Flask")),
                NameFilter.none());
        assertThat(s).isEqualTo(new Submission.Words(List.of("django", "flask")));
        assertThatThrownBy(() -> Judging.accept(q, new Submission.Words(List.of("badword")),
                new NameFilter(Set.of("badword"))))
                .isInstanceOf(GameException.class).hasMessage("That word is not allowed here: please send another.");
    }

    @Test
    void aVerdictThatScoresNothingIsSharedNotBuiltPerAnswer() {
        Question q = Questions.single(1, LIMIT);
        assertThat(Judging.judge(q, new Submission.Choice(2), false, 3, 100, LIMIT, BOTH))
                .isSameAs(Judging.judge(q, new Submission.Choice(0), false, 1, 900, LIMIT, BOTH));
        assertThat(Judging.missed(q)).isSameAs(Judging.missed(Questions.single(2, LIMIT)));
        Question poll = Questions.poll(LIMIT);
        assertThat(Judging.judge(poll, new Submission.Choice(2), false, 3, 100, LIMIT, BOTH))
                .isSameAs(Judging.judge(poll, new Submission.Choice(0), false, 1, 900, LIMIT, BOTH));
    }
}
