package quiznight.quiz.imports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import quiznight.quiz.ProblemCode;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.QuizLoader;

/**
 * Kahoot's spreadsheet template, as {@code .xlsx} (read with fastexcel-reader) or as CSV with the same
 * columns. A header row (within the first {@value #HEADER_ROWS} rows) names the columns: Question,
 * Answer 1 to Answer 4 (up to 6 are read), Time limit (sec) and Correct answer(s); each later row with a
 * question is one {@code single} question, or {@code multi} when its correct answers are several
 * ({@code 1,3}). Columns are found by the start of their header, so Kahoot's "Question - max 120
 * characters" matches, and other columns (Kahoot's "#") are ignored. A column whose header starts with "Image"
 * (an "Image link") is never fetched: each address in it becomes a warning ({@link Pictures}).
 */
final class KahootImporter {
    static final int HEADER_ROWS = 20;
    static final int MAX_ROWS = 5_000;
    /** An xlsx is a zip: refused when it unpacks to more than this (a zip bomb in an upload). */
    static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;
    private static final int MAX_ANSWERS = 6;
    private static final Pattern ANSWER = Pattern.compile("^answer\\s*([1-9])\\b.*");

    private KahootImporter() {
    }

    /** One row of cells as text ("" when empty); {@code number} is the row (xlsx) or line (CSV) it starts on. */
    record Line(int number, List<String> cells) {
        String cell(int column) {
            return column >= 0 && column < cells.size() && cells.get(column) != null ? cells.get(column).strip() : "";
        }
    }

    static ImportResult readXlsx(QuizLoader loader, String source, String defaultId, String title, byte[] content, int maxQuestions) throws QuizFormatException {
        checkZip(source, content);
        Draft draft = new Draft(loader, source, "row", title, maxQuestions);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            for (Sheet sheet : book.getSheets().toList()) {
                try (Stream<Row> rows = sheet.openStream()) {
                    if (questions(draft, rows.limit(MAX_ROWS + 1L).map(KahootImporter::line).iterator())) {
                        return draft.finish(defaultId, ImportResult.Format.KAHOOT_XLSX, ProblemCode.KAHOOT_NO_QUESTIONS);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw unreadable(source, e);
        }
        throw Draft.refusal(source, ProblemCode.KAHOOT_NO_HEADER, HEADER_ROWS);
    }

    static ImportResult readCsv(QuizLoader loader, String source, String defaultId, String title, String text, int maxQuestions) throws QuizFormatException {
        Draft draft = new Draft(loader, source, "line", title, maxQuestions);
        List<Line> records = Csv.parse(source, text);
        if (!questions(draft, records.iterator())) {
            throw Draft.refusal(source, ProblemCode.KAHOOT_CSV_NO_HEADER, HEADER_ROWS);
        }
        return draft.finish(defaultId, ImportResult.Format.KAHOOT_CSV, ProblemCode.KAHOOT_CSV_NO_QUESTIONS);
    }

    /** Reads the questions under the header; false when no header row was found (nothing read). */
    private static boolean questions(Draft draft, Iterator<Line> lines) throws QuizFormatException {
        Columns columns = null;
        int seen = 0;
        while (lines.hasNext()) {
            Line line = lines.next();
            seen++;
            if (columns == null) {
                columns = Columns.of(line);
                if (columns == null && seen >= HEADER_ROWS) {
                    return false;
                }
                continue;
            }
            if (seen > MAX_ROWS) {
                throw draft.error(line.number(), ProblemCode.KAHOOT_TOO_MANY_ROWS, MAX_ROWS);
            }
            question(draft, columns, line);
        }
        return columns != null;
    }

    private static void question(Draft draft, Columns columns, Line line) throws QuizFormatException {
        String text = line.cell(columns.question);
        Map<Integer, String> answers = new TreeMap<>();
        columns.answers.forEach((n, column) -> {
            String a = line.cell(column);
            if (!a.isEmpty()) {
                answers.put(n, a);
            }
        });
        String correctCell = line.cell(columns.correct);
        String time = columns.time < 0 ? "" : line.cell(columns.time);
        String image = columns.image < 0 ? "" : line.cell(columns.image);
        if (text.isEmpty()) {
            if (answers.isEmpty() && correctCell.isEmpty() && time.isEmpty() && image.isEmpty()) {
                return; // a blank row
            }
            throw draft.error(line.number(), ProblemCode.KAHOOT_NO_QUESTION, columns.questionName);
        }
        if (answers.size() < 2) {
            throw draft.error(line.number(), ProblemCode.KAHOOT_TWO_ANSWERS, columns.answers.size(), answers.size());
        }
        List<Integer> numbers = new ArrayList<>(answers.keySet());
        List<Integer> correct = new ArrayList<>();
        if (correctCell.isEmpty()) {
            throw draft.error(line.number(), ProblemCode.KAHOOT_NO_CORRECT, columns.correctName);
        }
        for (String part : correctCell.split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            String n = integer(part);
            if (n == null || n.length() > 1 || !columns.answers.containsKey(Integer.parseInt(n))) {
                throw draft.error(line.number(), ProblemCode.KAHOOT_BAD_CORRECT, columns.correctName,
                        AikenImporter.shorten(correctCell));
            }
            int number = Integer.parseInt(n);
            if (!answers.containsKey(number)) {
                throw draft.error(line.number(), ProblemCode.KAHOOT_EMPTY_ANSWER, number);
            }
            int index = numbers.indexOf(number);
            if (!correct.contains(index)) {
                correct.add(index);
            }
        }
        correct.sort(null);
        ObjectNode q = draft.question(line.number());
        q.put("kind", correct.size() == 1 ? "single" : "multi");
        q.put("text", text);
        ArrayNode choices = q.putArray("choices");
        answers.values().forEach(choices::add);
        ArrayNode c = q.putArray("correct");
        correct.forEach(c::add);
        if (!time.isEmpty()) {
            String seconds = integer(time);
            if (seconds == null || seconds.length() > 6) {
                throw draft.error(line.number(), ProblemCode.KAHOOT_BAD_TIME, columns.timeName, AikenImporter.shorten(time));
            }
            q.put("timeLimitSec", Integer.parseInt(seconds));
        }
        if (!image.isEmpty()) {
            Pictures.warn(draft, line.number(), image);
        }
    }

    /** "20", "20.0" or " 20 " → "20"; anything else → null. */
    private static String integer(String s) {
        try {
            BigDecimal d = new BigDecimal(s.strip());
            if (d.signum() < 0 || d.stripTrailingZeros().scale() > 0) {
                return null;
            }
            return d.toBigInteger().toString();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Where the template's columns are, found from the header row. */
    private static final class Columns {
        int question = -1;
        String questionName;
        final Map<Integer, Integer> answers = new LinkedHashMap<>();
        int time = -1;
        String timeName;
        int correct = -1;
        String correctName;
        /** A picture's address (newer templates' "Image link"): never fetched, reported as a warning. */
        int image = -1;

        static Columns of(Line header) {
            Columns c = new Columns();
            Map<Integer, Integer> found = new TreeMap<>();
            for (int i = 0; i < header.cells().size(); i++) {
                String name = header.cell(i);
                String key = name.toLowerCase(Locale.ROOT);
                Matcher answer = ANSWER.matcher(key);
                if (key.startsWith("question") && c.question < 0) {
                    c.question = i;
                    c.questionName = name;
                } else if (answer.matches()) {
                    found.putIfAbsent(Integer.parseInt(answer.group(1)), i);
                } else if (key.startsWith("time limit") && c.time < 0) {
                    c.time = i;
                    c.timeName = name;
                } else if (key.startsWith("correct answer") && c.correct < 0) {
                    c.correct = i;
                    c.correctName = name;
                } else if (key.startsWith("image") && c.image < 0) {
                    c.image = i;
                }
            }
            for (int n = 1; n <= MAX_ANSWERS && found.containsKey(n); n++) {
                c.answers.put(n, found.get(n));
            }
            return c.question >= 0 && c.correct >= 0 && c.answers.size() >= 2 ? c : null;
        }
    }

    private static Line line(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            Optional<Cell> cell = row.getOptionalCell(i);
            cells.add(cell.map(KahootImporter::text).orElse(""));
        }
        return new Line(row.getRowNum(), cells);
    }

    private static String text(Cell cell) {
        return switch (cell.getType()) {
            case NUMBER -> cell.asNumber().stripTrailingZeros().toPlainString();
            case BOOLEAN -> cell.asBoolean() ? "True" : "False";
            case EMPTY -> "";
            case STRING -> cell.asString();
            default -> cell.getRawValue() == null ? "" : cell.getRawValue();
        };
    }

    /** Refuses what is not a zip, and a zip that unpacks to more than {@link #MAX_UNPACKED_BYTES}, before the reader opens it. */
    private static void checkZip(String source, byte[] content) throws QuizFormatException {
        if (!ReadableWorkbook.isOOXMLZipHeader(content)) {
            throw Draft.refusal(source, ReadableWorkbook.isOLE2Header(content) ? ProblemCode.KAHOOT_OLD_XLS
                    : ProblemCode.KAHOOT_NOT_ZIP);
        }
        long total = 0;
        byte[] buffer = new byte[8192];
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            int entries = 0;
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (++entries > 1_000) {
                    throw Draft.refusal(source, ProblemCode.KAHOOT_TOO_MANY_PARTS, 1000);
                }
                XlsxLimits limits = XlsxLimits.forPart(source, entry.getName());
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        if (limits != null) {
                            limits.accept(buffer, n);
                        }
                        total += n;
                        if (total > MAX_UNPACKED_BYTES) {
                            throw Draft.refusal(source, ProblemCode.KAHOOT_TOO_BIG, MAX_UNPACKED_BYTES / (1024 * 1024));
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw unreadable(source, e);
        }
    }

    private static QuizFormatException unreadable(String source, Exception e) {
        QuizFormatException refusal = Draft.refusal(source, ProblemCode.KAHOOT_UNREADABLE, String.valueOf(e.getMessage()));
        refusal.initCause(e);
        return refusal;
    }
}
