package quiznight.quiz.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import quiznight.quiz.QuizFormatException;

/** An xlsx's cell size and shared-string count are capped while its bytes stream by, before it is read. */
class XlsxLimitsTest {
    static final Object[] HEADER = {"Question", "Answer 1", "Answer 2", "Time limit (sec)", "Correct answer(s)"};

    @Test
    void aWorkbookWithOneHugeSharedStringCell_isRefusedBeforeItIsRead() {
        byte[] book = Corpus.workbook(new Object[][] {HEADER, {"x".repeat(60 * 1024), "a", "b", 20, 1}});
        assertThatThrownBy(() -> QuizImporters.load("huge-cell.xlsx", book))
                .isInstanceOf(QuizFormatException.class)
                .hasMessage("huge-cell.xlsx: a cell holds more than 32 KiB (in xl/sharedStrings.xml), more than a quiz question needs");
    }

    @Test
    void aWorkbookWithMoreThan50000SharedStrings_isRefusedBeforeItIsRead() {
        Object[][] rows = new Object[25_002][];
        rows[0] = HEADER;
        for (int i = 1; i < rows.length; i++) {
            rows[i] = new Object[] {"q" + i, "a" + i};
        }
        byte[] book = Corpus.workbook(rows);
        assertThatThrownBy(() -> QuizImporters.load("strings.xlsx", book))
                .hasMessage("strings.xlsx: the workbook has more than 50000 different texts (shared strings), more than a quiz needs");
    }

    @Test
    void aSheetWithAHugeInlineStringCell_isRefusedBeforeItIsRead() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"/><c r=\"B1\" t=\"inlineStr\"><is><t>"
                    + "y".repeat(40 * 1024) + "</t></is></c></row></sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> QuizImporters.load("inline.xlsx", out.toByteArray()))
                .hasMessage("inline.xlsx: a cell holds more than 32 KiB (in xl/worksheets/sheet1.xml), more than a quiz question needs");
    }

    @Test
    void anOrdinaryWorkbook_withLongTextsAndManyCells_isRead() throws Exception {
        Object[][] rows = new Object[401][];
        rows[0] = HEADER;
        for (int i = 1; i < rows.length; i++) {
            rows[i] = new Object[] {"Question " + i + " " + "é".repeat(900), "yes " + i, "no " + i, 20, 1};
        }
        assertThat(QuizImporters.load("ok.xlsx", Corpus.workbook(rows)).quiz().questions()).hasSize(400);
    }
}
