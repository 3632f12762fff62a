package quiznight.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class ReportXlsxTest {
    private static List<Row> sheet(ReadableWorkbook wb, String name) throws Exception {
        Sheet s = wb.findSheet(name).orElseThrow();
        return s.read();
    }

    @Test
    void theWorkbook_hasASheetPerView_withTheReportsNumbers() throws Exception {
        GameReport report = GameReport.of(GameReportTest.game());
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(ReportXlsx.render(report)))) {
            assertThat(wb.getSheets().map(Sheet::getName).toList()).containsExactly("Overview", "Questions", "Players", "Answers");

            List<Row> overview = sheet(wb, "Overview");
            assertThat(overview.get(0).getCellText(1)).isEqualTo("Quiz");
            assertThat(overview.get(1).getCellText(1)).isEqualTo("123456");

            List<Row> questions = sheet(wb, "Questions");
            assertThat(questions.get(0).getCellText(5)).isEqualTo("Share right");
            Row q1 = questions.get(2);
            assertThat(q1.getCellText(2)).isEqualTo("Q1");
            assertThat(q1.getCell(5).asNumber()).isEqualByComparingTo(new BigDecimal("0.25"));
            assertThat(q1.getCell(6).asNumber()).isEqualByComparingTo(new BigDecimal("3"));
            assertThat(q1.getCellText(7)).isEqualTo("yes");
            assertThat(q1.getCellText(8)).isEqualTo("a: 1; b: 1; c: 1 (right)");
            assertThat(q1.getCellText(9)).isEqualTo("Because c.");

            List<Row> players = sheet(wb, "Players");
            assertThat(players).hasSize(5);
            assertThat(players.get(4).getCellText(1)).isEqualTo("Di");
            assertThat(players.get(4).getCell(6).asNumber()).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(players.get(3).getCellText(8)).isEqualTo("none");

            List<Row> answers = sheet(wb, "Answers");
            assertThat(answers).hasSize(1 + 4 * 3);
            assertThat(answers.get(1).getCellText(0)).isEqualTo("Ada");
            assertThat(answers.get(1).getCellText(4)).isEqualTo("a");
            assertThat(answers.get(1).getCellText(5)).isEqualTo("right");
        }
    }

    @Test
    void aNicknameThatLooksLikeAFormula_isWrittenAsText_neverAsAFormula() throws Exception {
        GameResult g = GameReportTest.game();
        GameResult.PlayerResult evil = new GameResult.PlayerResult(5, "x", "=HYPERLINK(\"http://evil\",\"hi\")", 0, 0, List.of());
        List<GameResult.PlayerResult> players = new ArrayList<>(g.players());
        players.add(evil);
        GameReport report = GameReport.of(new GameResult(g.code(), g.quiz(), 0, 0, 1, true, g.questions(), players));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(ReportXlsx.render(report)))) {
            Row row = sheet(wb, "Players").get(5);
            assertThat(row.getCell(1).getType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(1).getFormula()).isNull();
            assertThat(row.getCellText(1)).isEqualTo("=HYPERLINK(\"http://evil\",\"hi\")");
        }
    }
}
