package quiznight.quiz.imports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quiznight.quiz.ProblemCode;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.QuizLoader;

/**
 * The Aiken format: a question's text (one or more lines), its options {@code A.} or {@code A)} in
 * order, one a line, then {@code ANSWER: X}. Blank lines between questions are optional. Every question
 * becomes a {@code single} question.
 */
final class AikenImporter {
    static final Pattern OPTION = Pattern.compile("^([A-Z])[.)][ \\t]+(.*)$");
    static final Pattern ANSWER = Pattern.compile("^ANSWER\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);

    private AikenImporter() {
    }

    static ImportResult read(QuizLoader loader, String source, String defaultId, String title, String text, int maxQuestions) throws QuizFormatException {
        Draft draft = new Draft(loader, source, "line", title, maxQuestions);
        String[] lines = Texts.lines(text);
        int start = 0;
        List<String> question = new ArrayList<>();
        List<String> options = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty()) {
                if (!options.isEmpty()) {
                    throw draft.error(lineNo, ProblemCode.AIKEN_BLANK_LINE, letter(options.size()), start);
                }
                continue;
            }
            if (question.isEmpty()) {
                if (ANSWER.matcher(line).matches() || OPTION.matcher(line).matches()) {
                    throw draft.error(lineNo, ProblemCode.AIKEN_NO_TEXT);
                }
                start = lineNo;
                question.add(line);
                continue;
            }
            Matcher answer = ANSWER.matcher(line);
            if (answer.matches()) {
                if (options.size() < 2) {
                    throw draft.error(lineNo, ProblemCode.AIKEN_TWO_OPTIONS);
                }
                String letter = answer.group(1).strip().toUpperCase(java.util.Locale.ROOT);
                if (!letter.matches("[A-Z]")) {
                    throw draft.error(lineNo, ProblemCode.AIKEN_ANSWER_LETTER, letter(options.size() - 1), letter);
                }
                int index = letter.charAt(0) - 'A';
                if (index >= options.size()) {
                    throw draft.error(lineNo, ProblemCode.AIKEN_ANSWER_NO_OPTION, letter, letter(options.size() - 1));
                }
                ObjectNode q = draft.question(start);
                q.put("kind", "single");
                q.put("text", String.join(" ", question));
                ArrayNode c = q.putArray("choices");
                options.forEach(c::add);
                q.putArray("correct").add(index);
                question.clear();
                options.clear();
                continue;
            }
            Matcher option = OPTION.matcher(line);
            if (option.matches() && option.group(1).charAt(0) - 'A' == options.size()) {
                options.add(option.group(2).strip());
                continue;
            }
            if (!options.isEmpty()) {
                throw draft.error(lineNo, ProblemCode.AIKEN_EXPECTED_OPTION, letter(options.size()), shorten(line));
            }
            if (option.matches()) {
                throw draft.error(lineNo, ProblemCode.AIKEN_OPTION_A_FIRST, option.group(1));
            }
            question.add(line);
        }
        if (!question.isEmpty()) {
            throw draft.error(start, ProblemCode.AIKEN_NO_ANSWER_LINE);
        }
        return draft.finish(defaultId, ImportResult.Format.AIKEN, ProblemCode.AIKEN_NO_QUESTIONS);
    }

    private static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }
}
