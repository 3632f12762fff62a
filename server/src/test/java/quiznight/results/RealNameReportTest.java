package quiznight.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The players' real names in the report, the CSV and the workbook: a column only when the game asked for them. */
class RealNameReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The sample game as a game that asked: the first player gave "Ada Lovelace", the others chose not to ("" ). */
    private static GameResult asked() {
        GameResult g = GameReportTest.game();
        List<GameResult.PlayerResult> players = g.players().stream()
                .map(p -> new GameResult.PlayerResult(p.rank(), p.playerId(), p.name(), p.score(), p.correctAnswers(),
                        p.answers(), p.team(), p.rank() == 1 ? "=Ada Lovelace" : ""))
                .toList();
        return new GameResult(g.code(), g.quiz(), g.createdAt(), g.startedAt(), g.finishedAt(), g.complete(),
                g.questions(), players, g.played(), g.teams());
    }

    private static List<Row> players(GameResult r) throws Exception {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(ReportXlsx.render(GameReport.of(r))))) {
            return wb.findSheet("Players").orElseThrow().read();
        }
    }

    @Test
    void theReportsPlayersCarryTheRealName_onlyWhenTheGameAsked() throws Exception {
        GameReport asked = GameReport.of(asked());
        assertThat(asked.hasRealNames()).isTrue();
        assertThat(asked.players()).extracting(GameReport.PlayerStats::realName).containsExactly("=Ada Lovelace", "", "", "");
        assertThat(JSON.writeValueAsString(asked)).contains("\"realName\":\"=Ada Lovelace\"");

        GameReport not = GameReport.of(GameReportTest.game());
        assertThat(not.hasRealNames()).isFalse();
        assertThat(JSON.writeValueAsString(not)).doesNotContain("realName");
        assertThat(JSON.writeValueAsString(GameReportTest.game())).doesNotContain("realName");
    }

    @Test
    void theCsvEndsEveryPlayerRowWithARealNameColumn_onlyWhenTheGameAsked_defusedLikeAnyText() {
        List<String> lines = ResultsCsv.render(asked()).lines().toList();
        assertThat(lines.get(0)).endsWith(",real name");
        assertThat(lines.get(1)).startsWith("1,\"Ada\"").endsWith(",\"'=Ada Lovelace\"");
        assertThat(lines.get(2)).endsWith(",\"\"");

        assertThat(ResultsCsv.render(GameReportTest.game())).doesNotContain("real name");
    }

    @Test
    void theWorkbooksPlayersSheetHasARealNameColumnAfterTheName_onlyWhenTheGameAsked() throws Exception {
        List<Row> asked = players(asked());
        assertThat(asked.get(0).getCellText(1)).isEqualTo("Name");
        assertThat(asked.get(0).getCellText(2)).isEqualTo("Real name");
        assertThat(asked.get(0).getCellText(3)).isEqualTo("Score");
        assertThat(asked.get(1).getCellText(2)).isEqualTo("=Ada Lovelace");
        assertThat(asked.get(1).getCell(2).getFormula()).isNull();

        List<Row> not = players(GameReportTest.game());
        assertThat(not.get(0).getCellText(2)).isEqualTo("Score");
        assertThat(not.stream().map(r -> r.getCellText(0))).doesNotContain("Real name");
    }
}
