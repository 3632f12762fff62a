package quiznight.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import quiznight.protocol.ErrorCode;
import quiznight.quiz.Submission;
import quiznight.testing.Questions;

class GameTest {
    static final long T = 20_000;
    static final long START = 1_000_000;

    private static Submission choice(int i) {
        return new Submission.Choice(i);
    }

    private static Game gameWith(int players, quiznight.quiz.Question... qs) {
        Game g = new Game(List.of(qs));
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
    void phases_goLobbyQuestionRevealStandingsThenNextQuestionThenFinished() {
        Game g = gameWith(1, Questions.single(0, T), Questions.single(1, T));
        assertThat(g.phase()).isEqualTo(Phase.LOBBY);
        g.start(START);
        assertThat(g.phase()).isEqualTo(Phase.QUESTION);
        assertThat(g.index()).isZero();
        assertThat(g.deadline()).isEqualTo(START + T);
        g.next(START + 100);
        assertThat(g.phase()).isEqualTo(Phase.REVEAL);
        g.next(START + 200);
        assertThat(g.phase()).isEqualTo(Phase.STANDINGS);
        g.next(START + 300);
        assertThat(g.phase()).isEqualTo(Phase.QUESTION);
        assertThat(g.index()).isEqualTo(1);
        g.next(START + 400);
        g.next(START + 500);
        g.next(START + 600);
        assertThat(g.phase()).isEqualTo(Phase.FINISHED);
        assertRefused(() -> g.next(START + 700), ErrorCode.WRONG_PHASE);
    }

    @Test
    void next_inLobby_isWrongPhase_andStartTwice_isWrongPhase() {
        Game g = gameWith(1, Questions.single(0, T));
        assertRefused(() -> g.next(START), ErrorCode.WRONG_PHASE);
        g.start(START);
        assertRefused(() -> g.start(START), ErrorCode.WRONG_PHASE);
    }

    @Test
    void answer_correctAtOpening_scoresFullPoints_andWrongScoresZero() {
        Game g = gameWith(2, Questions.single(2, T));
        g.start(START);
        g.answer("p1", 0, choice(2), START, 0);
        g.answer("p2", 0, choice(1), START, 0);
        assertThat(g.phase()).isEqualTo(Phase.QUESTION);
        g.close(START + 10);
        assertThat(g.player("p1").score()).isEqualTo(1000);
        assertThat(g.player("p2").score()).isZero();
        assertThat(g.player("p1").answer(0).correct()).isTrue();
        assertThat(g.correctCount()).isEqualTo(1);
        assertThat(g.counts()).containsExactly(0, 1, 1, 0);
    }

    @Test
    void answer_atDeadline_scoresHalf_andAfterDeadline_isQuestionClosed() {
        Game g = gameWith(2, Questions.single(0, T));
        g.start(START);
        g.answer("p1", 0, choice(0), START + T, 0);
        assertRefused(() -> g.answer("p2", 0, choice(0), START + T + 1, 0), ErrorCode.QUESTION_CLOSED);
        g.close(START + T);
        assertThat(g.player("p1").score()).isEqualTo(500);
    }

    @Test
    void answer_networkDelayIsTakenOff_cappedAt300ms() {
        Game g = gameWith(2, Questions.single(0, T));
        g.start(START);
        g.answer("p1", 0, choice(0), START + 10_200, 200);
        g.answer("p2", 0, choice(0), START + 10_900, 5_000);
        g.close(START + 11_000);
        assertThat(g.player("p1").answer(0).responseMs()).isEqualTo(10_000);
        assertThat(g.player("p1").score()).isEqualTo(750);
        assertThat(g.player("p2").answer(0).responseMs()).isEqualTo(10_600);
    }

    @Test
    void answer_twice_isAlreadyAnswered_andFirstAnswerStands() {
        Game g = gameWith(2, Questions.single(0, T));
        g.start(START);
        g.answer("p1", 0, choice(1), START + 100, 0);
        assertRefused(() -> g.answer("p1", 0, choice(0), START + 200, 0), ErrorCode.ALREADY_ANSWERED);
        g.close(START + 300);
        assertThat(g.player("p1").score()).isZero();
    }

    @Test
    void answer_toAnotherQuestionOrOutsideQuestion_isRefusedAndChangesNothing() {
        Game g = gameWith(1, Questions.single(0, T), Questions.single(0, T));
        assertRefused(() -> g.answer("p1", 0, choice(0), START, 0), ErrorCode.WRONG_PHASE);
        g.start(START);
        assertRefused(() -> g.answer("p1", 1, choice(0), START, 0), ErrorCode.QUESTION_CLOSED);
        assertRefused(() -> g.answer("p1", 0, choice(7), START, 0), ErrorCode.BAD_MESSAGE);
        assertRefused(() -> g.answer("p1", 0, new Submission.Text("A"), START, 0), ErrorCode.BAD_MESSAGE);
        assertThat(g.answered()).isZero();
        g.close(START + 1);
        assertRefused(() -> g.answer("p1", 0, choice(0), START + 2, 0), ErrorCode.QUESTION_CLOSED);
    }

    @Test
    void everyoneAnswered_closesWhenAllConnectedHaveAnswered_awayPlayersDoNotHoldItUp() {
        Game g = gameWith(3, Questions.single(0, T));
        g.start(START);
        assertThat(g.answer("p1", 0, choice(0), START + 1, 0)).isFalse();
        g.setConnected("p3", false);
        assertThat(g.everyoneAnswered()).isFalse();
        assertThat(g.answer("p2", 0, choice(0), START + 2, 0)).isTrue();
        g.setConnected("p3", true);
        assertThat(g.everyoneAnswered()).isFalse();
    }

    @Test
    void everyoneAnswered_isFalseWithNobodyConnected() {
        Game g = gameWith(1, Questions.single(0, T));
        g.start(START);
        g.setConnected("p1", false);
        assertThat(g.everyoneAnswered()).isFalse();
    }

    @Test
    void streak_addsBonusPerConsecutiveCorrect_cappedAt500_andWrongResetsIt() {
        quiznight.quiz.Question[] qs = new quiznight.quiz.Question[9];
        for (int i = 0; i < qs.length; i++) {
            qs[i] = Questions.single(0, T);
        }
        Game g = gameWith(1, qs);
        g.start(START);
        int[] expectedPoints = {1000, 1100, 1200, 1300, 1400, 1500, 1500, 0, 1000};
        long now = START;
        for (int i = 0; i < qs.length; i++) {
            int pick = i == 7 ? 1 : 0;
            g.answer("p1", i, choice(pick), now, 0);
            int before = g.player("p1").score();
            g.close(now);
            assertThat(g.player("p1").score() - before).as("question %d", i).isEqualTo(expectedPoints[i]);
            assertThat(g.player("p1").streak()).isEqualTo(i < 7 ? i + 1 : i == 7 ? 0 : 1);
            now += 1000;
            if (i + 1 < qs.length) {
                g.next(now);
                g.next(now);
            }
        }
    }

    @Test
    void missingAnswer_resetsStreak() {
        Game g = gameWith(1, Questions.single(0, T), Questions.single(0, T), Questions.single(0, T));
        g.start(START);
        g.answer("p1", 0, choice(0), START, 0);
        g.close(START);
        g.next(START);
        g.next(START);
        g.close(START + T);
        assertThat(g.player("p1").streak()).isZero();
        g.next(START + T);
        g.next(START + T);
        g.answer("p1", 2, choice(0), START + T, 0);
        g.close(START + T);
        assertThat(g.player("p1").answer(2).bonus()).isZero();
    }

    @Test
    void doublePoints_doubleTheBase() {
        Game g = gameWith(1, Questions.doublePoints(0, T));
        g.start(START);
        g.answer("p1", 0, choice(0), START + 10_000, 0);
        g.close(START + 10_000);
        assertThat(g.player("p1").score()).isEqualTo(1500);
    }

    @Test
    void multi_isCorrectOnlyForTheExactSet() {
        Game g = gameWith(3, Questions.multi(List.of(0, 2), T));
        g.start(START);
        g.answer("p1", 0, new Submission.Choices(new TreeSet<>(List.of(2, 0))), START, 0);
        g.answer("p2", 0, new Submission.Choices(new TreeSet<>(List.of(0))), START, 0);
        g.answer("p3", 0, new Submission.Choices(new TreeSet<>(List.of(0, 1, 2))), START, 0);
        g.close(START);
        assertThat(g.player("p1").answer(0).correct()).isTrue();
        assertThat(g.player("p2").answer(0).correct()).isFalse();
        assertThat(g.player("p3").answer(0).correct()).isFalse();
        assertThat(g.counts()).containsExactly(3, 1, 2, 0);
    }

    @Test
    void text_ignoresCaseSurroundingAndRepeatedSpaces() {
        Game g = gameWith(3, Questions.text(List.of("python manage.py migrate", "migrate"), T));
        g.start(START);
        g.answer("p1", 0, new Submission.Text("  Python   MANAGE.py migrate "), START, 0);
        g.answer("p2", 0, new Submission.Text("MIGRATE"), START, 0);
        g.answer("p3", 0, new Submission.Text("makemigrations"), START, 0);
        g.close(START);
        assertThat(g.player("p1").answer(0).correct()).isTrue();
        assertThat(g.player("p2").answer(0).correct()).isTrue();
        assertThat(g.player("p3").answer(0).correct()).isFalse();
    }

    @Test
    void number_isCorrectWithinTolerance() {
        Game g = gameWith(3, Questions.number(8000, 0.5, T));
        g.start(START);
        g.answer("p1", 0, new Submission.Number(8000.5), START, 0);
        g.answer("p2", 0, new Submission.Number(7999.6), START, 0);
        g.answer("p3", 0, new Submission.Number(8001), START, 0);
        g.close(START);
        assertThat(g.player("p1").answer(0).correct()).isTrue();
        assertThat(g.player("p2").answer(0).correct()).isTrue();
        assertThat(g.player("p3").answer(0).correct()).isFalse();
    }

    @Test
    void ranks_equalScoresShareARank_orderedByWhoReachedItFirst() {
        Game g = gameWith(4, Questions.single(0, T));
        g.start(START);
        g.answer("p2", 0, choice(0), START + 100, 0);
        g.answer("p1", 0, choice(0), START + 200, 0);
        g.answer("p3", 0, choice(0), START + 10_000, 0);
        g.close(START + 20_000);
        assertThat(g.ranking()).extracting(Player::id).containsExactly("p2", "p1", "p3", "p4");
        assertThat(g.ranking()).extracting(Player::rank).containsExactly(1, 1, 3, 4);
        assertThat(g.player("p3").behind()).isEqualTo(250);
        assertThat(g.player("p2").behind()).isZero();
        assertThat(g.player("p4").behind()).isEqualTo(750);
    }

    @Test
    void previousRank_isTheRankAtThePreviousReveal() {
        Game g = gameWith(2, Questions.single(0, T), Questions.doublePoints(0, T));
        g.start(START);
        g.answer("p1", 0, choice(0), START, 0);
        g.close(START);
        g.next(START);
        g.next(START);
        g.answer("p2", 1, choice(0), START, 0);
        g.answer("p1", 1, choice(1), START, 0);
        g.close(START);
        assertThat(g.player("p1").rank()).isEqualTo(2);
        assertThat(g.player("p1").previousRank()).isEqualTo(1);
        assertThat(g.player("p2").rank()).isEqualTo(1);
        assertThat(g.player("p2").previousRank()).isEqualTo(2);
    }

    @Test
    void lateJoiner_startsAtZero_andResponseTimeCountsFromTheirJoin() {
        Game g = gameWith(1, Questions.single(0, T));
        g.start(START);
        g.join("late", "Late", START + 10_000);
        g.answer("late", 0, choice(0), START + 10_100, 0);
        g.close(START + 10_200);
        assertThat(g.player("late").score()).isEqualTo(1000);
        assertThat(g.ranking()).hasSize(2);
    }

    @Test
    void lateJoiners_areRankedLast_sharingTheRankOfOthersWithZero() {
        Game g = gameWith(3, Questions.single(0, T));
        g.start(START);
        g.answer("p1", 0, choice(0), START, 0);
        g.close(START + 1);
        g.join("late1", "Late one", START + 2);
        assertThat(g.player("late1").rank()).isEqualTo(2);
        assertThat(g.player("late1").behind()).isEqualTo(1000);
        g.join("late2", "Late two", START + 3);
        assertThat(g.ranking()).extracting(Player::id).containsExactly("p1", "p2", "p3", "late1", "late2");
        assertThat(g.ranking()).extracting(Player::rank).containsExactly(1, 2, 2, 2, 2);
    }

    @Test
    void lateJoiner_whenEveryoneHasPoints_isRankedBelowThem() {
        Game g = gameWith(1, Questions.single(0, T));
        g.start(START);
        g.answer("p1", 0, choice(0), START, 0);
        g.close(START + 1);
        g.join("late", "Late", START + 2);
        assertThat(g.player("late").rank()).isEqualTo(2);
        assertThat(g.player("late").behind()).isEqualTo(1000);
    }

    @Test
    void lock_refusesNewJoins_unlockAllowsThem() {
        Game g = gameWith(1, Questions.single(0, T));
        g.setLocked(true);
        assertRefused(() -> g.join("p9", "Nine", START), ErrorCode.ROOM_LOCKED);
        g.setLocked(false);
        g.join("p9", "Nine", START);
        assertThat(g.playerCount()).isEqualTo(2);
    }

    @Test
    void names_areUniqueIgnoringCase_andFreedWhenKicked() {
        Game g = gameWith(0, Questions.single(0, T));
        g.join("a", "Ada", START);
        assertRefused(() -> g.join("b", "  ADA ", START), ErrorCode.NAME_TAKEN);
        g.remove("a");
        g.join("b", "ada", START);
        assertThat(g.player("b").name()).isEqualTo("ada");
    }

    @Test
    void names_thatLookAlikeOnAProjector_areTaken() {
        Game g = gameWith(0, Questions.single(0, T));
        g.join("a", "Alice", START);
        // Cyrillic А, Cyrillic е, capital I for l, full-width, zero-width-free accent, all caps.
        for (String lookAlike : List.of("\u0410lice", "Alic\u0435", "AIice", "Ａｌｉｃｅ", "Alicé", "ALICE", "alice")) {
            assertRefused(() -> g.join("b", lookAlike, START), ErrorCode.NAME_TAKEN);
        }
        g.join("b", "Alicia", START);
        assertThat(g.player("b").name()).isEqualTo("Alicia");
    }

    @Test
    void recordedJoins_keepPlayersWhoseNamesNowLookAlike_andTheNameStaysTaken() {
        Game g = gameWith(0, Questions.single(0, T));
        g.joinRecorded("a", "Alice", START);
        g.joinRecorded("b", "\u0410lice", START);
        assertThat(g.player("b").name()).isEqualTo("\u0410lice");
        assertRefused(() -> g.join("c", "ALICE", START), ErrorCode.NAME_TAKEN);
    }

    @Test
    void remove_duringQuestion_takesTheirAnswerOutOfCounts() {
        Game g = gameWith(2, Questions.single(0, T));
        g.start(START);
        g.answer("p1", 0, choice(0), START, 0);
        g.remove("p1");
        assertThat(g.answered()).isZero();
        assertThat(g.counts()).containsExactly(0, 0, 0, 0);
        assertThat(g.answer("p2", 0, choice(0), START, 0)).isTrue();
    }

    @Test
    void end_closesTheOpenQuestionAndFinishes_scoringAnswersAlreadyIn() {
        Game g = gameWith(2, Questions.single(0, T), Questions.single(0, T));
        g.start(START);
        g.answer("p1", 0, choice(0), START, 0);
        g.end(START + 50);
        assertThat(g.phase()).isEqualTo(Phase.FINISHED);
        assertThat(g.player("p1").score()).isEqualTo(1000);
        assertThat(g.ranking()).extracting(Player::id).containsExactly("p1", "p2");
        assertRefused(() -> g.end(START + 60), ErrorCode.WRONG_PHASE);
    }

    @Test
    void join_afterFinish_isWrongPhase() {
        Game g = gameWith(1, Questions.single(0, T));
        g.start(START);
        g.end(START);
        assertRefused(() -> g.join("x", "X", START), ErrorCode.WRONG_PHASE);
    }

    @Test
    void everyAnswerOfTheGame_isReadBackWithItsJudgement_andQuestionsNotAnsweredHaveNone() {
        Game g = gameWith(2, Questions.single(0, T), Questions.single(0, T), Questions.single(0, T));
        assertThat(g.player("p1").answer(0)).as("no answer before the game").isNull();
        g.start(START);
        g.answer("p1", 0, choice(0), START + 1_000, 0);
        assertThat(g.player("p1").answer(0)).as("not judged while open")
                .isEqualTo(new AnswerRecord(choice(0), 1_000, false, 0, 0));
        g.close(START + 2_000);
        g.next(START + 3_000);
        g.next(START + 4_000);
        g.answer("p1", 1, choice(0), START + 4_000, 0);
        g.answer("p2", 1, choice(0), START + 4_500, 0);
        g.close(START + 5_000);
        g.next(START + 6_000);
        g.next(START + 7_000);
        g.answer("p1", 2, choice(3), START + 9_000, 0);
        g.end(START + 10_000);

        Player p1 = g.player("p1");
        assertThat(p1.answer(0)).isEqualTo(new AnswerRecord(choice(0), 1_000, true, 975, 0));
        assertThat(p1.answer(1)).as("a streak of two: 100 bonus").isEqualTo(new AnswerRecord(choice(0), 0, true, 1_100, 100));
        assertThat(p1.answer(2)).isEqualTo(new AnswerRecord(choice(3), 2_000, false, 0, 0));
        assertThat(p1.answered(2)).isTrue();
        assertThat(p1.answer(-1)).isNull();
        assertThat(p1.answer(3)).isNull();
        Player p2 = g.player("p2");
        assertThat(p2.answer(0)).isNull();
        assertThat(p2.answered(0)).isFalse();
        assertThat(p2.answer(1)).isEqualTo(new AnswerRecord(choice(0), 500, true, 988, 0));
        assertThat(p2.answer(2)).isNull();
        assertThat(p1.score()).isEqualTo(975 + 1_100);
    }
}
