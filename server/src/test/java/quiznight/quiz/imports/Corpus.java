package quiznight.quiz.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.QuizLoader;
import quiznight.quiz.QuizWriter;

/** The importer test corpus (src/test/resources/imports/) and the Kahoot workbook the tests write. */
public final class Corpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Corpus() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream("imports/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource imports/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The expected quiz of a corpus file, in the native format, loaded (and so validated) by QuizLoader. */
    public static Quiz expected(String name) throws QuizFormatException {
        return QuizLoader.forChecking().load(new ByteArrayInputStream(bytes(name)), name, "expected");
    }

    /** A quiz as native JSON text, for comparisons whose failures read as a diff. */
    public static String nativeJson(Quiz quiz) {
        return QuizWriter.quiz(quiz).toPrettyString();
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A workbook laid out like Kahoot's template: a title row and notes, the header on row 8 (Kahoot's
     * own column titles, column A numbered), then the questions; numbers stored as numbers, one time limit
     * left blank, one answer left empty, a blank row between questions.
     */
    public static byte[] kahootWorkbook() {
        String[] header = {"", "Question - max 120 characters", "Answer 1 - max 75 characters", "Answer 2 - max 75 characters",
                "Answer 3 - max 75 characters", "Answer 4 - max 75 characters",
                "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs", "Correct answer(s) - choose at least one"};
        return workbook(new Object[][] {
                {null, "Quiz template"},
                {null, "Add questions, at least two answer alternatives, time limit and choose correct answers (at least one)."},
                null, null, null, null, null,
                header,
                {1, "Which is the highest mountain on Earth?", "K2", "Everest", "Kangchenjunga", "Mont Blanc", 30, 2},
                {2, "Which of these mountains are in the Alps?", "Matterhorn", "Kilimanjaro", "Mont Blanc", "Denali", 60, "1,3"},
                {3, "Which continent is Aconcagua on?", "Asia", "South America", "Africa", null, null, 2},
                null,
                {4, "Mount Fuji is a volcano.", "True", "False", null, null, 20, "1"},
        });
    }

    /** A one-sheet workbook: row i of {@code rows} is the sheet's row i + 1; null rows and cells stay empty. */
    public static byte[] workbook(Object[][] rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "QuizNight tests", "1.0");
            Worksheet ws = wb.newWorksheet("Sheet1");
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    continue;
                }
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof String s) {
                        ws.value(r, c, s);
                    } else if (v instanceof Number n) {
                        ws.value(r, c, n);
                    } else if (v instanceof Boolean b) {
                        ws.value(r, c, b);
                    }
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
