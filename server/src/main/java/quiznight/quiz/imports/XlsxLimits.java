package quiznight.quiz.imports;

import java.util.Locale;
import quiznight.quiz.ProblemCode;
import quiznight.quiz.QuizFormatException;

/**
 * Limits on an xlsx's parts, checked while its bytes stream by, before any reader holds them: one cell's size
 * (a 62 KB workbook with one 60 MiB cell took the server from 161 to 521 MB) and the number of shared strings
 * (3.7 million of them peaked at about 945 MB), both far above what a quiz needs. One instance per zip entry.
 */
final class XlsxLimits {
    /** The most bytes of XML one cell ({@code <c>} in a sheet, {@code <si>} in the shared strings) may take. */
    static final int MAX_CELL_BYTES = 32 * 1024;
    /** The most shared strings (distinct texts) a workbook may have. */
    static final int MAX_SHARED_STRINGS = 50_000;

    private final String source;
    private final String part;
    /** The element measured: "si" or "c". */
    private final String element;
    private final int maxCount;

    private long position;
    private long openAt = -1;
    private int count;
    /** Inside a tag: its name collected so far, or null when not collecting. */
    private StringBuilder name;
    private boolean inTag;
    private boolean startOfElement;
    private int previous;

    private XlsxLimits(String source, String part, String element, int maxCount) {
        this.source = source;
        this.part = part;
        this.element = element;
        this.maxCount = maxCount;
    }

    /** The checker for a zip entry of this name, or null when the entry is not limited. */
    static XlsxLimits forPart(String source, String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        if (lower.endsWith("sharedstrings.xml")) {
            return new XlsxLimits(source, part, "si", MAX_SHARED_STRINGS);
        }
        if (lower.contains("worksheets/") && lower.endsWith(".xml")) {
            return new XlsxLimits(source, part, "c", Integer.MAX_VALUE);
        }
        return null;
    }

    void accept(byte[] buffer, int length) throws QuizFormatException {
        for (int i = 0; i < length; i++) {
            accept(buffer[i] & 0xff);
        }
    }

    private void accept(int b) throws QuizFormatException {
        if (b == '<') {
            inTag = true;
            name = new StringBuilder();
            startOfElement = false;
        } else if (inTag && name != null) {
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '>' || (b == '/' && name.length() > 0)) {
                tag(name.toString());
                name = null;
            } else if (name.length() < 64) {
                name.append((char) b);
            }
        }
        if (inTag && b == '>') {
            inTag = false;
            if (startOfElement && previous == '/') {
                close(); // <c r="A1"/>
            }
        }
        if (openAt >= 0 && position - openAt > MAX_CELL_BYTES) {
            throw Draft.refusal(source, ProblemCode.KAHOOT_BIG_CELL, MAX_CELL_BYTES / 1024, part);
        }
        previous = b;
        position++;
    }

    private void tag(String tag) throws QuizFormatException {
        boolean closing = tag.startsWith("/");
        String local = tag.substring(tag.indexOf(':') + 1 + (closing && tag.indexOf(':') < 0 ? 1 : 0));
        if (!local.equals(element)) {
            return;
        }
        if (closing) {
            close();
            return;
        }
        startOfElement = true;
        openAt = position - tag.length() - 1;
        if (++count > maxCount) {
            throw Draft.refusal(source, ProblemCode.KAHOOT_TOO_MANY_TEXTS, maxCount);
        }
    }

    private void close() {
        openAt = -1;
        startOfElement = false;
    }
}
