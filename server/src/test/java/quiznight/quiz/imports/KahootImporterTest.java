package quiznight.quiz.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import quiznight.quiz.Question;

/** Kahoot's spreadsheet template as xlsx and CSV: columns found by their header, errors by row. */
class KahootImporterTest {
    private static final String HEADER = "Question,Answer 1,Answer 2,Answer 3,Answer 4,Time limit (sec),Correct answer(s)\n";

    private static ImportResult csv(String text) throws Exception {
        return QuizImporters.load("test.csv", Corpus.utf8(text));
    }

    @Test
    void xlsxErrors_nameTheSpreadsheetRow_andCellsOfAnyTypeAreReadAsText() throws Exception {
        Object[] header = {"Question", "Answer 1", "Answer 2", "Answer 3", "Time limit (sec)", "Correct answer(s)"};
        byte[] ok = Corpus.workbook(new Object[][] {header, {"Is 2 > 1?", true, false, 0.5, 20.0, 1.0}});
        Question q = QuizImporters.load("types.xlsx", ok).quiz().questions().get(0);
        assertThat(q.choices()).containsExactly("True", "False", "0.5");
        assertThat(q.timeLimitMs()).isEqualTo(20_000);
        byte[] bad = Corpus.workbook(new Object[][] {{"A title"}, header, {"Q1?", "a", "b", null, null, 1}, null, {"Q2?", "a", "b", null, 30, 3}});
        assertThatThrownBy(() -> QuizImporters.load("bad.xlsx", bad))
                .hasMessage("bad.xlsx: row 5: correct answer 3 names an empty answer (column Answer 3)");
        byte[] tooShort = Corpus.workbook(new Object[][] {header, {"Q1?", "a", "b", null, 1, 1}});
        assertThatThrownBy(() -> QuizImporters.load("short.xlsx", tooShort))
                .hasMessage("short.xlsx: row 2: field 'timeLimitSec' must be a whole number from 5 to 600 (got 1)");
    }

    @Test
    void csv_withSemicolons_asSomeSpreadsheetsSaveIt() throws Exception {
        ImportResult r = csv("Question;Answer 1;Answer 2;Time limit (sec);Correct answer(s)\n\"Is 1,5 a number?\";Yes;No;;1\n");
        Question q = r.quiz().questions().get(0);
        assertThat(q.text()).isEqualTo("Is 1,5 a number?");
        assertThat(q.choices()).containsExactly("Yes", "No");
    }

    @Test
    void columnsInAnyOrder_extraColumnsIgnored_upToSixAnswers() throws Exception {
        ImportResult r = csv("Correct answer(s),Notes,Answer 2,Question,Answer 1,Answer 5,Answer 6,Answer 3,Answer 4\n"
                + "\"5, 6\",ignore me,b,Pick the last two.,a,e,f,c,d\n");
        Question q = r.quiz().questions().get(0);
        assertThat(q.text()).isEqualTo("Pick the last two.");
        assertThat(q.choices()).containsExactly("a", "b", "c", "d", "e", "f");
        assertThat(q.solution().toString()).contains("[4, 5]");
        assertThat(q.timeLimitMs()).isEqualTo(20_000);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "Q?,a,b,,,20,x|test.csv: line 2: expected the numbers of the correct answers (such as 2, or 1,3 for several) in column 'Correct answer(s)', got \"x\"",
            "Q?,a,b,,,20,5|test.csv: line 2: expected the numbers of the correct answers",
            "Q?,a,b,,,20,|test.csv: line 2: expected the number of the correct answer (such as 2, or 1,3 for several) in column 'Correct answer(s)'",
            "Q?,a,,,,20,1|test.csv: line 2: expected at least two answers in columns Answer 1 to Answer 4, got 1",
            "Q?,a,b,,,soon,1|test.csv: line 2: expected a time limit in whole seconds (such as 20) in column 'Time limit (sec)', or nothing for the default, got \"soon\"",
            "Q?,a,b,,,2,1|test.csv: line 2: field 'timeLimitSec' must be a whole number from 5 to 600 (got 2)",
            ",a,b,,,20,1|test.csv: line 2: expected a question in column 'Question'",
            "\"Q?,a,b,,,20,1|test.csv: line 2: expected a closing '\"' for the quoted field that starts here",
    })
    void csvErrors_nameTheLineAndTheColumn(String row, String message) {
        assertThatThrownBy(() -> csv(HEADER + row + "\n")).hasMessageStartingWith(message);
    }

    @Test
    void aFileWithoutTheTemplateHeader_isRefused_sayingWhichColumnsAreExpected() {
        assertThatThrownBy(() -> csv("What,Options\nQ?,a\n"))
                .hasMessageStartingWith("test.csv: expected a header row with the columns Question, Answer 1, Answer 2 (to Answer 4), "
                        + "Time limit (sec) and Correct answer(s), as in Kahoot's spreadsheet template");
        assertThatThrownBy(() -> csv(HEADER)).hasMessageStartingWith("test.csv: no questions found");
    }

    @Test
    void notAWorkbook_orAnOldXls_isRefusedSayingSo() {
        assertThatThrownBy(() -> QuizImporters.load("test.xlsx", Corpus.utf8("Question,Answer 1")))
                .hasMessage("test.xlsx: not an Excel workbook (.xlsx): expected a zip archive");
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0};
        assertThatThrownBy(() -> QuizImporters.load("test.xlsx", ole2)).hasMessageContaining("old .xls file: save it as .xlsx");
        assertThatThrownBy(() -> QuizImporters.load("test.xls", ole2)).hasMessageContaining("save it as .xlsx");
    }

    @Test
    void aWorkbookThatUnpacksToMoreThan64MiB_isRefusedBeforeItIsRead() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 65; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(out.size()).isLessThan(1 << 20);
        assertThatThrownBy(() -> QuizImporters.load("bomb.xlsx", out.toByteArray()))
                .hasMessage("bomb.xlsx: the workbook unpacks to more than 64 MiB, more than a quiz needs");
    }

    @Test
    void aZipThatIsNoWorkbook_isRefusedAsUnreadable() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write(Corpus.utf8("hello"));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> QuizImporters.load("notes.xlsx", out.toByteArray()))
                .hasMessageStartingWith("notes.xlsx: cannot be read as an Excel workbook (.xlsx): ");
    }

    @Test
    void anImageLinkColumn_isNeverFetched_eachAddressIsAWarningNamingTheRowAndQuestion() throws Exception {
        ImportResult r = csv("Question,Answer 1,Answer 2,Time limit (sec),Correct answer(s),Image link\n"
                + "Which planet?,Mars,Venus,20,1,https://example.org/mars.jpg\n"
                + "No picture?,Yes,No,,1,\n"
                + ",,,,,\n"
                + "Which moon?,Io,Europa,,2,https://example.org/europa.png\n");
        assertThat(r.quiz().questions()).hasSize(3);
        assertThat(r.quiz().questions().get(0).text()).isEqualTo("Which planet?");
        assertThat(r.warnings()).containsExactly(
                "test.csv: line 2: question 1 had a picture at https://example.org/mars.jpg: upload it in the editor instead (pictures in imported files are not fetched)",
                "test.csv: line 5: question 3 had a picture at https://example.org/europa.png: upload it in the editor instead (pictures in imported files are not fetched)");
    }
}
