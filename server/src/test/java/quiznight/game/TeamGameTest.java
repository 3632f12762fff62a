package quiznight.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import quiznight.protocol.ErrorCode;
import quiznight.quiz.Submission;
import quiznight.testing.Questions;

/** Team mode and the per-game scoring options inside a game, on the manual clock. */
class TeamGameTest {
    static final long T = 20_000;
    static final long START = 1_000_000;

    private static GameOptions teams(Teams.Mode mode, int count, long talkMs) {
        return new GameOptions(Scoring.Options.DEFAULT, new GameOptions.TeamSetup(mode, count), talkMs);
    }

    private static void assertRefused(Runnable r, ErrorCode code) {
        assertThatThrownBy(r::run).isInstanceOf(GameException.class)
                .satisfies(e -> assertThat(((GameException) e).code()).isEqualTo(code));
    }

    private static Submission right() {
        return new Submission.Choice(0);
    }

    @Test
    void teamScore_isTheRoundedMeanOfItsMembersPoints_soSizeDoesNotWin() {
        Game g = new Game(List.of(Questions.single(0, T), Questions.single(0, T)), teams(Teams.Mode.AUTO, 2, 0));
        // Auto-balanced: a, c in team 0; b, d, e... b and d in team 1.
        for (String id : List.of("a", "b", "c", "d", "e")) {
            g.join(id, "Player " + id, START - 100);
        }
        assertThat(g.teams().teamOf("a")).isZero();
        assertThat(g.teams().teamOf("b")).isEqualTo(1);
        assertThat(g.teams().size(0)).isEqualTo(3); // a, c, e
        g.start(START);
        g.answer("a", 0, right(), START + 100, 0); // 1000
        g.answer("c", 0, right(), START + 10_000, 0); // 750
        g.answer("e", 0, new Submission.Choice(1), START + 100, 0); // wrong: 0
        g.answer("b", 0, right(), START + 20_000, 0); // 500; d does not answer: 0
        g.close(START + 20_000);
        assertThat(g.teams().score(0)).isEqualTo(Math.round(1750 / 3.0));
        assertThat(g.teams().score(1)).isEqualTo(250);
        assertThat(g.teams().ranking()).extracting(Teams.Standing::team, Teams.Standing::rank).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, 1), org.assertj.core.groups.Tuple.tuple(1, 2));
    }

    @Test
    void aJoinerAfterTheQuestionOpened_doesNotCountForItsTeam_unlessItAnswered() {
        Game g = new Game(List.of(Questions.single(0, T)), teams(Teams.Mode.AUTO, 2, 0));
        g.join("a", "Ada", START - 100);
        g.join("b", "Bo", START - 100);
        g.start(START);
        g.join("late", "Late", START + 1_000); // team 0 (a tie goes to the first team)
        assertThat(g.teams().teamOf("late")).isZero();
        g.answer("a", 0, right(), START + 100, 0);
        g.close(START + 20_000);
        assertThat(g.teams().score(0)).isEqualTo(1000);
    }

    @Test
    void pickedTeams_needATeamInTheLobby_andATeamThatDoesNotExistChangesNothing() {
        Game g = new Game(List.of(Questions.single(0, T)), teams(Teams.Mode.PICK, 3, 0));
        assertRefused(() -> g.join("a", "Ada", START, null), ErrorCode.TEAM_REQUIRED);
        assertRefused(() -> g.join("a", "Ada", START, 3), ErrorCode.BAD_MESSAGE);
        assertThat(g.playerCount()).isZero();
        assertThat(g.hasPlayer("a")).isFalse();
        g.join("a", "Ada", START, 2);
        assertThat(g.teams().teamOf("a")).isEqualTo(2);
        g.start(START + 1);
        // After the start a late joiner needs no team and is balanced.
        g.join("late", "Late", START + 2, null);
        assertThat(g.teams().teamOf("late")).isZero();
    }

    @Test
    void aNameTakenInTeamMode_leavesEveryTeamAsItWas() {
        Game g = new Game(List.of(Questions.single(0, T)), teams(Teams.Mode.PICK, 2, 0));
        g.join("a", "Ada", START, 1);
        assertRefused(() -> g.join("b", "Ada", START, 1), ErrorCode.NAME_TAKEN);
        assertThat(g.teams().size(1)).isEqualTo(1);
        assertThat(g.teams().teamOf("b")).isEqualTo(-1);
    }

    @Test
    void aKickedPlayer_leavesItsTeam_andARecordedPlayerComesBackInItsTeam() {
        Game g = new Game(List.of(Questions.single(0, T)), teams(Teams.Mode.PICK, 2, 0));
        g.join("a", "Ada", START, 1);
        g.remove("a");
        assertThat(g.teams().size(1)).isZero();
        Game replayed = new Game(List.of(Questions.single(0, T)), teams(Teams.Mode.PICK, 2, 0));
        replayed.joinRecorded("a", "Ada", START, 1);
        assertThat(replayed.teams().teamOf("a")).isEqualTo(1);
    }

    @Test
    void teamTalk_showsTheQuestionButRefusesAnswers_thenTimesAnswersFromItsEnd() {
        Game g = new Game(List.of(Questions.single(0, T)), teams(Teams.Mode.AUTO, 2, 10_000));
        g.join("a", "Ada", START - 100);
        g.start(START);
        assertThat(g.answersOpenAt()).isEqualTo(START + 10_000);
        assertThat(g.deadline()).isEqualTo(START + 10_000 + T);
        assertRefused(() -> g.answer("a", 0, right(), START + 9_999, 0), ErrorCode.TEAM_TALK);
        assertThat(g.answered()).isZero();
        g.answer("a", 0, right(), START + 12_000, 0);
        assertThat(g.player("a").answer(0).responseMs()).isEqualTo(2_000);
    }

    @Test
    void aPauseDuringTeamTalk_movesTheOpeningOfAnswersOn() {
        Game g = new Game(List.of(Questions.single(0, T)), teams(Teams.Mode.AUTO, 2, 10_000));
        g.join("a", "Ada", START - 100);
        g.start(START);
        g.pause(START + 5_000);
        g.resume(START + 8_000);
        assertThat(g.answersOpenAt()).isEqualTo(START + 13_000);
        assertRefused(() -> g.answer("a", 0, right(), START + 12_000, 0), ErrorCode.TEAM_TALK);
    }

    @Test
    void teamTalk_needsTeams_andIsAtMost30Seconds() {
        assertThatThrownBy(() -> new GameOptions(Scoring.Options.DEFAULT, null, 5_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> teams(Teams.Mode.AUTO, 2, 30_001)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void accuracyOnly_scoresEveryRightAnswerItsFullPoints_whateverTheTime() {
        Game g = new Game(List.of(Questions.single(0, T), Questions.doublePoints(0, T)),
                new GameOptions(new Scoring.Options(false, true), null, 0));
        g.join("a", "Ada", START - 100);
        g.join("b", "Bo", START - 100);
        g.start(START);
        g.answer("a", 0, right(), START + 100, 0);
        g.answer("b", 0, right(), START + 19_000, 0);
        g.close(START + 20_000);
        assertThat(g.player("a").score()).isEqualTo(1000);
        assertThat(g.player("b").score()).isEqualTo(1000);
        g.next(START + 21_000);
        g.next(START + 22_000);
        g.answer("b", 1, right(), START + 40_000, 0);
        g.close(START + 42_000);
        // Double points, a streak of 2 (+100): whatever the time.
        assertThat(g.player("b").answer(1).points()).isEqualTo(2100);
    }

    @Test
    void withoutTheStreakBonus_streaksAreCountedButAddNothing() {
        Game g = new Game(List.of(Questions.single(0, T), Questions.single(0, T)),
                new GameOptions(new Scoring.Options(true, false), null, 0));
        g.join("a", "Ada", START - 100);
        g.start(START);
        g.answer("a", 0, right(), START + 100, 0);
        g.close(START + 1_000);
        g.next(START + 2_000);
        g.next(START + 3_000);
        g.answer("a", 1, right(), START + 3_100, 0);
        g.close(START + 4_000);
        assertThat(g.player("a").streak()).isEqualTo(2);
        assertThat(g.player("a").answer(1).bonus()).isZero();
        assertThat(g.player("a").score()).isEqualTo(2000);
    }

    @Test
    void theCodecTakesAsManyTeamsAsThePaletteHasStyles() {
        assertThat(quiznight.protocol.Codec.MAX_TEAMS).isEqualTo(TeamPalette.MAX_TEAMS);
    }
}
