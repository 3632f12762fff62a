package quiznight.quiz.imports;

import java.util.ArrayList;
import java.util.List;
import quiznight.quiz.ProblemCode;
import quiznight.quiz.QuizFormatException;

/**
 * Comma-separated values as spreadsheets write them (RFC 4180): fields in double quotes may hold the
 * separator, line breaks and doubled quotes. The separator is whichever of comma, semicolon and tab is
 * most frequent outside quotes in the first lines (spreadsheets in some languages save with semicolons).
 */
final class Csv {
    private Csv() {
    }

    static List<KahootImporter.Line> parse(String source, String text) throws QuizFormatException {
        char separator = separator(text);
        List<KahootImporter.Line> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                        line++;
                    }
                    field.append(c);
                }
                continue;
            }
            if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
                quoteLine = line;
                any = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    fields.add(field.toString());
                    records.add(new KahootImporter.Line(recordLine, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                any = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw Draft.refusal(source, "line", quoteLine, ProblemCode.CSV_UNCLOSED_QUOTE);
        }
        if (any || field.length() > 0) {
            fields.add(field.toString());
            records.add(new KahootImporter.Line(recordLine, List.copyOf(fields)));
        }
        return records;
    }

    private static char separator(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < Math.min(text.length(), 8192); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == ',') {
                    comma++;
                } else if (c == ';') {
                    semicolon++;
                } else if (c == '\t') {
                    tab++;
                }
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        return tab > comma ? '\t' : ',';
    }
}
