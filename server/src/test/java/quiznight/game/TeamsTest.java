package quiznight.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class TeamsTest {
    @Test
    void autoTeams_putEveryJoinerInTheSmallestTeam_firstByNumberOnATie() {
        Teams teams = new Teams(Teams.Mode.AUTO, 3);
        assertThat(List.of(teams.assign("a", null, false), teams.assign("b", 2, false), teams.assign("c", null, false),
                teams.assign("d", 0, false))).containsExactly(0, 1, 2, 0);
        assertThat(List.of(teams.size(0), teams.size(1), teams.size(2))).containsExactly(2, 1, 1);
    }

    @Test
    void pickedTeams_areKeptInTheLobby_andAJoinerWhoPicksNoneIsBalanced() {
        Teams teams = new Teams(Teams.Mode.PICK, 2);
        assertThat(teams.assign("a", 1, false)).isEqualTo(1);
        assertThat(teams.assign("b", 1, false)).isEqualTo(1);
        assertThat(teams.assign("c", null, false)).isEqualTo(0);
    }

    @Test
    void lateJoiners_goToTheSmallestTeam_whateverTheyPick() {
        Teams teams = new Teams(Teams.Mode.PICK, 2);
        teams.assign("a", 0, false);
        teams.assign("b", 0, false);
        assertThat(teams.assign("late", 0, true)).isEqualTo(1);
    }

    @Test
    void aTeamThatDoesNotExist_isBadMessage_andChangesNothing() {
        Teams teams = new Teams(Teams.Mode.PICK, 2);
        for (Integer bad : new Integer[] {2, -1, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> teams.assign("a", bad, false))
                    .isInstanceOf(GameException.class)
                    .hasMessageContaining("There is no team " + bad);
        }
        assertThat(teams.teamOf("a")).isEqualTo(-1);
        assertThat(teams.size(0) + teams.size(1)).isZero();
    }

    @Test
    void aReturningPlayer_keepsItsTeam_andARemovedOneLeavesIt() {
        Teams teams = new Teams(Teams.Mode.AUTO, 2);
        teams.assign("a", null, false);
        teams.assign("b", null, false);
        assertThat(teams.assign("a", null, true)).isEqualTo(0);
        assertThat(teams.size(0)).isEqualTo(1);
        teams.remove("a");
        assertThat(teams.teamOf("a")).isEqualTo(-1);
        assertThat(teams.size(0)).isZero();
        assertThat(teams.assign("c", null, true)).isEqualTo(0);
    }

    @Test
    void theTeamScore_isTheRoundedMeanOfItsCountedMembers_soSizeDoesNotWin() {
        Teams teams = new Teams(Teams.Mode.PICK, 2);
        for (String p : List.of("a1", "a2", "a3", "a4")) {
            teams.assign(p, 0, false);
        }
        teams.assign("b1", 1, false);
        // Team 0: four members, two right (1000, 501), one wrong (0), one who saw the question and did not answer (0).
        int[] points = teams.scoreQuestion(Map.of("a1", 1000, "a2", 501, "a3", 0, "a4", 0, "b1", 900));
        assertThat(points).containsExactly(375, 900);
        assertThat(teams.score(0)).isEqualTo(375);
        assertThat(teams.score(1)).isEqualTo(900);
        // A member not sent the question (joined after it opened) is not counted; a team with nobody counted scores 0.
        points = teams.scoreQuestion(Map.of("a1", 1000, "a2", 1000));
        assertThat(points).containsExactly(1000, 0);
        assertThat(teams.score(0)).isEqualTo(1375);
        assertThat(teams.score(1)).isEqualTo(900);
    }

    @Test
    void pointsOfPlayersWithoutATeam_areIgnored() {
        Teams teams = new Teams(Teams.Mode.AUTO, 2);
        teams.assign("a", null, false);
        assertThat(teams.scoreQuestion(Map.of("a", 600, "stranger", 1000))).containsExactly(600, 0);
    }

    @Test
    void theRanking_isByScore_tiesShareARank_andAreListedByTeamNumber() {
        Teams teams = new Teams(Teams.Mode.PICK, 3);
        teams.assign("a", 0, false);
        teams.assign("b", 1, false);
        teams.assign("c", 2, false);
        teams.scoreQuestion(Map.of("a", 500, "b", 800, "c", 800));
        assertThat(teams.ranking()).extracting(Teams.Standing::team, Teams.Standing::rank, Teams.Standing::score)
                .containsExactly(Tuple.tuple(1, 1, 800), Tuple.tuple(2, 1, 800),
                        Tuple.tuple(0, 3, 500));
        Teams.Standing first = teams.ranking().get(0);
        assertThat(first.name()).isEqualTo("Blue Whales");
        assertThat(first.colour()).matches("#[0-9a-f]{6}");
        assertThat(first.members()).isEqualTo(1);
        assertThat(first.lastPoints()).isEqualTo(800);
    }

    @Test
    void teamCounts_outsideTwoToThePaletteSize_areRefusedWithASentence() {
        assertThatThrownBy(() -> new Teams(Teams.Mode.AUTO, 1)).hasMessageContaining("from 2 to " + TeamPalette.MAX_TEAMS);
        assertThatThrownBy(() -> new Teams(Teams.Mode.AUTO, TeamPalette.MAX_TEAMS + 1)).isInstanceOf(GameException.class);
        assertThat(new Teams(Teams.Mode.AUTO, TeamPalette.MAX_TEAMS).count()).isEqualTo(20);
    }

    @Test
    void thePalette_hasDistinctNamesAndColours() {
        Set<String> names = new HashSet<>();
        Set<String> colours = new HashSet<>();
        for (int i = 0; i < TeamPalette.MAX_TEAMS; i++) {
            names.add(TeamPalette.style(i).name());
            colours.add(TeamPalette.style(i).colour());
        }
        assertThat(names).hasSize(TeamPalette.MAX_TEAMS);
        assertThat(colours).hasSize(TeamPalette.MAX_TEAMS);
    }

    @Test
    void aJournaledTeam_isRestored_andCountsForItsSize() {
        Teams teams = new Teams(Teams.Mode.AUTO, 2);
        teams.restore("a", 1);
        teams.restore("a", 0);
        teams.restore("b", 7);
        assertThat(teams.teamOf("a")).isEqualTo(1);
        assertThat(teams.teamOf("b")).isEqualTo(-1);
        assertThat(teams.assign("c", null, false)).isEqualTo(0);
    }
}
