package quiznight.quiz.imports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import quiznight.quiz.ProblemCode;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.QuizLoader;

/**
 * Moodle's GIFT format (docs/quiz-format.md, "Moodle GIFT"). Questions are separated by blank lines;
 * lines starting with {@code //} are comments. One question:
 * {@code ::title::[format]text {answers} more text}, where the answers decide the kind:
 * {@code =right ~wrong} single, {@code ~%50%a ~%50%b ~%-100%c} (no {@code =}) multi, {@code T}/{@code F}
 * truefalse, {@code =a =b} text, {@code #value:tolerance} or {@code #min..max} number. Matching, essay
 * ({@code {}}) and description (no answers) questions are skipped with a warning naming their line.
 */
final class GiftImporter {
    // Escaped characters are swapped for private-use characters while the question is split, then put back.
    private static final char TILDE = '\uE000';
    private static final char EQUALS = '\uE001';
    private static final char HASH = '\uE002';
    private static final char OPEN = '\uE003';
    private static final char CLOSE = '\uE004';
    private static final char COLON = '\uE005';
    private static final char BACKSLASH = '\uE006';
    private static final char NEWLINE = '\uE007';
    private static final String ESCAPABLE = "~=#{}:\\n";
    private static final String PLACEHOLDERS = "" + TILDE + EQUALS + HASH + OPEN + CLOSE + COLON + BACKSLASH + NEWLINE;
    private static final String RESTORED = "~=#{}:\\\n";

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\n]+");
    private static final Pattern FORMAT = Pattern.compile("^\\[(html|moodle|plain|markdown)]", Pattern.CASE_INSENSITIVE);

    private final Draft draft;
    private String section;
    /** The pictures of the question being read, and the line it starts on (for their warnings). */
    private final List<String> pictures = new ArrayList<>();
    private int questionLine;

    private GiftImporter(Draft draft) {
        this.draft = draft;
    }

    static ImportResult read(QuizLoader loader, String source, String defaultId, String title, String text, int maxQuestions) throws QuizFormatException {
        Draft draft = new Draft(loader, source, "line", title, maxQuestions);
        GiftImporter gift = new GiftImporter(draft);
        String[] lines = Texts.lines(text);
        List<Integer> numbers = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            if (line.strip().startsWith("//")) {
                continue;
            }
            if (line.isBlank()) {
                if (!block.isEmpty()) {
                    gift.block(new Block(numbers, block));
                    numbers.clear();
                    block.clear();
                }
                continue;
            }
            if (PLACEHOLDERS.chars().anyMatch(c -> line.indexOf(c) >= 0)) {
                throw draft.error(i + 1, ProblemCode.GIFT_PRIVATE_USE);
            }
            numbers.add(i + 1);
            block.add(escape(line));
        }
        return draft.finish(defaultId, ImportResult.Format.GIFT, ProblemCode.GIFT_NO_QUESTIONS);
    }

    /** {@code \~ \= \# \{ \} \: \\} become placeholders and {@code \n} a placeholder for a line break. */
    private static String escape(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && ESCAPABLE.indexOf(line.charAt(i + 1)) >= 0) {
                out.append(PLACEHOLDERS.charAt(ESCAPABLE.indexOf(line.charAt(i + 1))));
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The escaped characters back as themselves. */
    private static String restore(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int p = PLACEHOLDERS.indexOf(c);
            out.append(p >= 0 ? RESTORED.charAt(p) : c);
        }
        return out.toString();
    }

    /** The lines of one question, joined with line breaks, and where each starts in the file. */
    private record Block(String text, int[] starts, int[] lineNumbers) {
        Block(List<Integer> numbers, List<String> lines) {
            this(String.join("\n", lines), starts(lines), numbers.stream().mapToInt(Integer::intValue).toArray());
        }

        private static int[] starts(List<String> lines) {
            int[] starts = new int[lines.size()];
            int at = 0;
            for (int i = 0; i < lines.size(); i++) {
                starts[i] = at;
                at += lines.get(i).length() + 1;
            }
            return starts;
        }

        /** The file's line number of an offset in {@link #text}. */
        int line(int offset) {
            int k = 0;
            while (k + 1 < starts.length && starts[k + 1] <= offset) {
                k++;
            }
            return lineNumbers[k];
        }

        Block from(int offset) {
            int k = 0;
            while (k + 1 < starts.length && starts[k + 1] <= offset) {
                k++;
            }
            int[] s = new int[starts.length - k];
            for (int i = 0; i < s.length; i++) {
                s[i] = Math.max(0, starts[k + i] - offset);
            }
            return new Block(text.substring(offset), s, java.util.Arrays.copyOfRange(lineNumbers, k, lineNumbers.length));
        }
    }

    /** One answer between the braces: its marker ({@code =} or {@code ~}), weight, text and feedback. */
    private record Answer(char marker, Double weight, String text, String feedback, int offset) {
        boolean fullyRight() {
            return marker == '=' && (weight == null || weight >= 100);
        }
    }

    private void block(Block b) throws QuizFormatException {
        String text = b.text();
        int skip = text.length() - text.stripLeading().length();
        if (text.regionMatches(true, skip, "$CATEGORY:", 0, 10)) {
            int nl = text.indexOf('\n', skip);
            section = sectionOf(restore(text.substring(skip + 10, nl < 0 ? text.length() : nl)));
            if (nl >= 0) {
                block(b.from(nl + 1));
            }
            return;
        }
        int start = b.line(0);
        pictures.clear();
        questionLine = start;
        int at = text.length() - text.stripLeading().length();
        String title = null;
        if (text.startsWith("::", at)) {
            int end = text.indexOf("::", at + 2);
            if (end < 0) {
                throw draft.error(start, ProblemCode.GIFT_TITLE_UNCLOSED);
            }
            title = clean(text.substring(at + 2, end), false);
            at = end + 2;
        }
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        boolean html = false;
        var format = FORMAT.matcher(text.substring(at));
        if (format.find()) {
            html = format.group(1).equalsIgnoreCase("html");
            at += format.end();
        }
        int open = text.indexOf('{', at);
        int strayClose = text.indexOf('}', at);
        if (strayClose >= 0 && (open < 0 || strayClose < open)) {
            throw draft.error(b.line(strayClose), ProblemCode.GIFT_STRAY_CLOSE);
        }
        if (open < 0) {
            draft.warn(start, ProblemCode.GIFT_DESCRIPTION_SKIPPED);
            return;
        }
        int close = text.indexOf('}', open + 1);
        int nested = text.indexOf('{', open + 1);
        if (close < 0 || (nested >= 0 && nested < close)) {
            throw draft.error(b.line(open), ProblemCode.GIFT_UNCLOSED);
        }
        String after = text.substring(close + 1);
        if (after.indexOf('{') >= 0) {
            throw draft.error(b.line(close + 1 + after.indexOf('{')), ProblemCode.GIFT_SECOND_BLOCK);
        }
        if (after.indexOf('}') >= 0) {
            throw draft.error(b.line(close + 1 + after.indexOf('}')), ProblemCode.GIFT_STRAY_CLOSE);
        }
        String before = shown(text.substring(at, open), html);
        String afterText = shown(after, html);
        String question;
        if (afterText.isEmpty()) {
            question = before;
        } else {
            // Missing-word form: "The {=sun ~moon} is a star." shows a blank where the answers were.
            question = (before + " _____" + (Character.isLetterOrDigit(afterText.codePointAt(0)) ? " " : "") + afterText).strip();
        }
        if (question.isEmpty()) {
            if (title == null) {
                throw draft.error(start, pictures.isEmpty() ? ProblemCode.GIFT_NO_TEXT : ProblemCode.GIFT_ONLY_PICTURE);
            }
            question = title;
        }

        String answers = text.substring(open + 1, close);
        String general = null;
        int generalAt = answers.indexOf("####");
        if (generalAt >= 0) {
            general = shown(answers.substring(generalAt + 4), html);
            answers = answers.substring(0, generalAt);
        }
        int base = open + 1;
        String trimmed = answers.strip();
        int lead = answers.length() - answers.stripLeading().length();
        if (trimmed.isEmpty()) {
            draft.warn(start, ProblemCode.GIFT_ESSAY_SKIPPED);
            return;
        }
        if (trimmed.charAt(0) == '#') {
            number(b, question, trimmed.substring(1), base + lead + 1, general);
            return;
        }
        String tf = trimmed.split("#", 2)[0].strip().toUpperCase(Locale.ROOT);
        if (tf.equals("T") || tf.equals("TRUE") || tf.equals("F") || tf.equals("FALSE")) {
            trueFalse(b, question, trimmed, tf.startsWith("T"), general, html);
            return;
        }
        List<Answer> list = answers(b, answers, base);
        if (list.stream().anyMatch(a -> a.text().contains("->"))) {
            draft.warn(start, ProblemCode.GIFT_MATCHING_SKIPPED);
            return;
        }
        if (list.stream().anyMatch(a -> a.marker() == '~')) {
            choice(b, question, list, general, html);
        } else {
            shortAnswer(b, question, list, general, html);
        }
    }

    /** Splits the answers at each {@code =} or {@code ~}; text before the first one is refused. */
    private List<Answer> answers(Block b, String answers, int base) throws QuizFormatException {
        List<Answer> list = new ArrayList<>();
        int i = 0;
        while (i < answers.length() && Character.isWhitespace(answers.charAt(i))) {
            i++;
        }
        if (i < answers.length() && answers.charAt(i) != '=' && answers.charAt(i) != '~') {
            int end = i;
            while (end < answers.length() && answers.charAt(end) != '=' && answers.charAt(end) != '~') {
                end++;
            }
            throw draft.error(b.line(base + i), ProblemCode.GIFT_BAD_ANSWER_START, clean(answers.substring(i, end), false));
        }
        while (i < answers.length()) {
            char marker = answers.charAt(i);
            int end = i + 1;
            while (end < answers.length() && answers.charAt(end) != '=' && answers.charAt(end) != '~') {
                end++;
            }
            String body = answers.substring(i + 1, end);
            int offset = base + i;
            Double weight = null;
            String stripped = body.stripLeading();
            if (stripped.startsWith("%")) {
                int close = stripped.indexOf('%', 1);
                String w = close < 0 ? "" : stripped.substring(1, close).strip();
                if (close < 0 || !NUMBER.matcher(w).matches()) {
                    throw draft.error(b.line(offset), ProblemCode.GIFT_BAD_WEIGHT, String.valueOf(marker),
                            clean(close < 0 ? stripped : stripped.substring(0, close + 1), false));
                }
                weight = Double.parseDouble(w);
                stripped = stripped.substring(close + 1);
            }
            String feedback = null;
            int hash = stripped.indexOf('#');
            if (hash >= 0) {
                feedback = stripped.substring(hash + 1);
                stripped = stripped.substring(0, hash);
            }
            list.add(new Answer(marker, weight, stripped, feedback, offset));
            i = end;
        }
        return list;
    }

    private void choice(Block b, String question, List<Answer> list, String general, boolean html) throws QuizFormatException {
        int line = b.line(list.get(0).offset());
        long equals = list.stream().filter(a -> a.marker() == '=').count();
        if (equals > 1) {
            throw draft.error(b.line(list.stream().filter(a -> a.marker() == '=').skip(1).findFirst().orElseThrow().offset()),
                    ProblemCode.GIFT_TWO_EQUALS);
        }
        List<String> choices = new ArrayList<>();
        List<Integer> correct = new ArrayList<>();
        List<String> feedback = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Answer a = list.get(i);
            String choice = shown(a.text(), html);
            if (choice.isEmpty()) {
                throw draft.error(b.line(a.offset()), ProblemCode.GIFT_EMPTY_ANSWER, String.valueOf(a.marker()));
            }
            choices.add(choice);
            boolean right = equals == 1 ? a.marker() == '=' : a.weight() != null && a.weight() > 0;
            if (right) {
                correct.add(i);
                if (a.feedback() != null && !shown(a.feedback(), html).isEmpty()) {
                    feedback.add(shown(a.feedback(), html));
                }
            }
        }
        if (correct.isEmpty()) {
            throw draft.error(line, ProblemCode.GIFT_NO_RIGHT_ANSWER);
        }
        ObjectNode q = draft.question(b.line(0));
        q.put("kind", equals == 1 ? "single" : "multi");
        q.put("text", question);
        ArrayNode c = q.putArray("choices");
        choices.forEach(c::add);
        ArrayNode r = q.putArray("correct");
        correct.forEach(r::add);
        finish(q, general != null && !general.isEmpty() ? general : String.join(" ", feedback));
    }

    private void shortAnswer(Block b, String question, List<Answer> list, String general, boolean html) throws QuizFormatException {
        ObjectNode q = draft.question(b.line(0));
        q.put("kind", "text");
        q.put("text", question);
        ArrayNode accepted = q.putArray("correct");
        String feedback = null;
        for (Answer a : list) {
            String answer = shown(a.text(), html);
            if (answer.isEmpty()) {
                throw draft.error(b.line(a.offset()), ProblemCode.GIFT_EMPTY_ACCEPTED);
            }
            if (!a.fullyRight()) {
                draft.warn(b.line(a.offset()), ProblemCode.GIFT_PARTLY_RIGHT, answer, format(a.weight()));
                continue;
            }
            accepted.add(answer);
            if (feedback == null && a.feedback() != null && !shown(a.feedback(), html).isEmpty()) {
                feedback = shown(a.feedback(), html);
            }
        }
        if (accepted.isEmpty()) {
            throw draft.error(b.line(list.get(0).offset()), ProblemCode.GIFT_NO_FULLY_RIGHT);
        }
        finish(q, general != null && !general.isEmpty() ? general : feedback);
    }

    private void trueFalse(Block b, String question, String answers, boolean truth, String general, boolean html) throws QuizFormatException {
        // {T#feedback when answered wrong#feedback when answered right}
        String[] parts = answers.split("#", 3);
        String wrong = parts.length > 1 ? shown(parts[1], html) : "";
        String right = parts.length > 2 ? shown(parts[2], html) : "";
        ObjectNode q = draft.question(b.line(0));
        q.put("kind", "truefalse");
        q.put("text", question);
        q.putArray("correct").add(truth ? 0 : 1);
        finish(q, general != null && !general.isEmpty() ? general : !right.isEmpty() ? right : wrong);
    }

    private void number(Block b, String question, String spec, int offset, String general) throws QuizFormatException {
        String chosen = spec;
        int chosenAt = offset;
        String trimmed = spec.strip();
        if (!trimmed.isEmpty() && (trimmed.charAt(0) == '=' || trimmed.charAt(0) == '~')) {
            List<Answer> list = answers(b, spec, offset);
            Answer first = list.stream().filter(Answer::fullyRight).findFirst().orElseThrow(() ->
                    draft.error(b.line(offset), ProblemCode.GIFT_NO_FULLY_RIGHT_NUMBER));
            if (list.size() > 1) {
                draft.warn(b.line(offset), ProblemCode.GIFT_FIRST_NUMBER_KEPT, clean(first.text(), false));
            }
            chosen = first.text() + (first.feedback() == null ? "" : "#" + first.feedback());
            chosenAt = first.offset();
        }
        String feedback = null;
        int hash = chosen.indexOf('#');
        if (hash >= 0) {
            feedback = shown(chosen.substring(hash + 1), false);
            chosen = chosen.substring(0, hash);
        }
        String value = restore(chosen).strip();
        int line = b.line(chosenAt);
        double v;
        double tolerance;
        int range = value.indexOf("..");
        int colon = value.indexOf(':');
        if (range >= 0) {
            double min = parse(line, value.substring(0, range), value);
            double max = parse(line, value.substring(range + 2), value);
            if (min > max) {
                throw draft.error(line, ProblemCode.GIFT_BAD_RANGE, value);
            }
            v = (min + max) / 2;
            tolerance = (max - min) / 2;
        } else if (colon >= 0) {
            v = parse(line, value.substring(0, colon), value);
            tolerance = parse(line, value.substring(colon + 1), value);
            if (tolerance < 0) {
                throw draft.error(line, ProblemCode.GIFT_BAD_TOLERANCE, value);
            }
        } else {
            v = parse(line, value, value);
            tolerance = 0;
        }
        ObjectNode q = draft.question(b.line(0));
        q.put("kind", "number");
        q.put("text", question);
        q.putObject("correct").put("value", v).put("tolerance", tolerance);
        finish(q, general != null && !general.isEmpty() ? general : feedback);
    }

    private double parse(int line, String number, String whole) throws QuizFormatException {
        String n = number.strip();
        if (!NUMBER.matcher(n).matches()) {
            throw draft.error(line, ProblemCode.GIFT_BAD_NUMBER, whole);
        }
        double d = Double.parseDouble(n);
        if (!Double.isFinite(d)) {
            throw draft.error(line, ProblemCode.GIFT_NOT_FINITE, whole);
        }
        return d;
    }

    private void finish(ObjectNode q, String explanation) {
        // A picture seen twice (the same feedback read for a check and then kept) is reported once.
        pictures.stream().distinct().forEach(src -> Pictures.warn(draft, questionLine, src));
        if (explanation != null && !explanation.isBlank()) {
            q.put("explanation", explanation);
        }
        if (section != null) {
            q.put("section", section);
        }
    }

    /**
     * Text shown to players: as {@link #clean}, with its pictures ({@code <img>}, Markdown images) taken out and
     * kept for the question's warnings; the server never fetches them.
     */
    private String shown(String s, boolean html) {
        String t = restore(SPACES.matcher(s).replaceAll(" ").strip());
        Pictures.Found found = Pictures.strip(t);
        pictures.addAll(found.sources());
        if (!found.sources().isEmpty()) {
            t = found.text().replaceAll("[ \\t]{2,}", " ");
        }
        if (html) {
            t = Texts.htmlToText(t);
        }
        return t.strip();
    }

    /** Line breaks of the file and runs of spaces become one space; escapes become their characters. */
    private static String clean(String s, boolean html) {
        String t = SPACES.matcher(s).replaceAll(" ").strip();
        t = restore(t);
        if (html) {
            t = Texts.htmlToText(t);
        }
        return t.strip();
    }

    /** The last named part of a category path: {@code $course$/top/Geography/Capitals} → {@code Capitals}. */
    private static String sectionOf(String path) {
        String result = null;
        for (String part : path.split("/")) {
            String p = part.strip();
            if (!p.isEmpty() && !p.startsWith("$") && !p.equals("top")) {
                result = p;
            }
        }
        return result;
    }

    private static String format(Double weight) {
        if (weight == null) {
            return "100";
        }
        return weight == Math.rint(weight) ? String.valueOf(weight.longValue()) : String.valueOf(weight);
    }
}
