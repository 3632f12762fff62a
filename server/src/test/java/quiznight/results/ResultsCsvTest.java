package quiznight.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV export against names a spreadsheet would run as formulas, in comma and semicolon locales. */
class ResultsCsvTest {

    @Test
    void everyTextCellIsQuoted() {
        assertThat(ResultsCsv.cell("Ada")).isEqualTo("\"Ada\"");
        assertThat(ResultsCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ResultsCsv.cell("")).isEqualTo("\"\"");
    }

    @Test
    void formulaAfterASemicolon_isDefused_soSemicolonLocalesDoNotSplitItIntoAFormulaCell() {
        assertThat(ResultsCsv.cell("x;=1+1;")).isEqualTo("\"x;'=1+1;\"");
        assertThat(ResultsCsv.cell("x; =1+1")).isEqualTo("\"x; '=1+1\"");
    }

    @Test
    void formulaAfterACommaOrAtTheStart_isDefused() {
        assertThat(ResultsCsv.cell("a,@SUM(1)")).isEqualTo("\"a,'@SUM(1)\"");
        assertThat(ResultsCsv.cell("-2+3")).isEqualTo("\"'-2+3\"");
        assertThat(ResultsCsv.cell("+1")).isEqualTo("\"'+1\"");
        assertThat(ResultsCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    }

    @Test
    void tabOrCarriageReturnStartingAPiece_isDefused() {
        assertThat(ResultsCsv.cell("\t=1")).isEqualTo("\"'\t=1\"");
        assertThat(ResultsCsv.cell("a;\r=1")).isEqualTo("\"a;'\r=1\"");
    }

    @Test
    void triggersInsideAPiece_areLeftAlone() {
        assertThat(ResultsCsv.cell("Jean-Luc")).isEqualTo("\"Jean-Luc\"");
        assertThat(ResultsCsv.cell("a=b")).isEqualTo("\"a=b\"");
    }

    @Test
    void scoresAndRanksStayBareNumbers_whileNamesAreQuoted() {
        GameResult r = new GameResult("123456", new GameResult.QuizRef("q", "Quiz"), 0, 0, 0, true,
                List.of(new GameResult.QuestionRef(0, "choice", "Q?", List.of("a", "b"), 0, 1000, true, null)),
                List.of(new GameResult.PlayerResult(1, "p1", "x;=1+1;", 950, 1,
                        List.of(new GameResult.AnswerResult(0, 0, true, 950, 1200)))));
        List<String> lines = ResultsCsv.render(r).lines().toList();
        assertThat(lines.get(0)).isEqualTo("rank,name,score,correct,q1");
        assertThat(lines.get(1)).isEqualTo("1,\"x;'=1+1;\",950,1,950");
    }
}
