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
    private static final String EXPECTED_HEADER = "a header row with the columns Question, Answer 1, Answer 2 (to Answer 4), "
            + "Time limit (sec) and Correct answer(s), as in Kahoot's spreadsheet template";

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
                        return draft.finish(defaultId, ImportResult.Format.KAHOOT_XLSX,
                                "expected rows under the header with a question, its answers and the number of the correct one");
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new QuizFormatException(source + ": cannot be read as an Excel workbook (.xlsx): " + e.getMessage(), e);
        }
        throw new QuizFormatException(source + ": expected " + EXPECTED_HEADER + ", in the first " + HEADER_ROWS + " rows");
    }

    static ImportResult readCsv(QuizLoader loader, String source, String defaultId, String title, String text, int maxQuestions) throws QuizFormatException {
        Draft draft = new Draft(loader, source, "line", title, maxQuestions);
        List<Line> records = Csv.parse(source, text);
        if (!questions(draft, records.iterator())) {
            throw new QuizFormatException(source + ": expected " + EXPECTED_HEADER + ", in the first " + HEADER_ROWS + " lines");
        }
        return draft.finish(defaultId, ImportResult.Format.KAHOOT_CSV,
                "expected lines under the header with a question, its answers and the number of the correct one");
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
                throw draft.error(line.number(), "too many rows: a quiz here reads at most " + MAX_ROWS);
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
            throw draft.error(line.number(), "expected a question in column '" + columns.questionName + "'");
        }
        if (answers.size() < 2) {
            throw draft.error(line.number(), "expected at least two answers in columns Answer 1 to Answer " + columns.answers.size()
                    + ", got " + answers.size());
        }
        List<Integer> numbers = new ArrayList<>(answers.keySet());
        List<Integer> correct = new ArrayList<>();
        if (correctCell.isEmpty()) {
            throw draft.error(line.number(), "expected the number of the correct answer (such as 2, or 1,3 for several) in column '"
                    + columns.correctName + "'");
        }
        for (String part : correctCell.split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            String n = integer(part);
            if (n == null || n.length() > 1 || !columns.answers.containsKey(Integer.parseInt(n))) {
                throw draft.error(line.number(), "expected the numbers of the correct answers (such as 2, or 1,3 for several) in column '"
                        + columns.correctName + "', got \"" + AikenImporter.shorten(correctCell) + "\"");
            }
            int number = Integer.parseInt(n);
            if (!answers.containsKey(number)) {
                throw draft.error(line.number(), "correct answer " + number + " names an empty answer (column Answer " + number + ")");
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
                throw draft.error(line.number(), "expected a time limit in whole seconds (such as 20) in column '" + columns.timeName
                        + "', or nothing for the default, got \"" + AikenImporter.shorten(time) + "\"");
            }
            q.put("timeLimitSec", Integer.parseInt(seconds));
        }
        if (!image.isEmpty()) {
            draft.warn(line.number(), Pictures.warning(draft.size(), image));
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
            throw new QuizFormatException(source + ": not an Excel workbook (.xlsx): expected a zip archive"
                    + (ReadableWorkbook.isOLE2Header(content) ? " (this is an old .xls file: save it as .xlsx)" : ""));
        }
        long total = 0;
        byte[] buffer = new byte[8192];
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            int entries = 0;
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (++entries > 1_000) {
                    throw new QuizFormatException(source + ": not a workbook this server reads: more than 1000 parts");
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
                            throw new QuizFormatException(source + ": the workbook unpacks to more than "
                                    + MAX_UNPACKED_BYTES / (1024 * 1024) + " MiB, more than a quiz needs");
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new QuizFormatException(source + ": cannot be read as an Excel workbook (.xlsx): " + e.getMessage(), e);
        }
    }
}
