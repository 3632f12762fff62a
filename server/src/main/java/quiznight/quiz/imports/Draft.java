package quiznight.quiz.imports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.QuizLoader;

/**
 * A quiz being imported: the importer adds questions in the native JSON shape, each with the line (or
 * row) it came from; {@link #finish} then validates the whole quiz with {@link QuizLoader}, exactly as a
 * native file, and turns its "question N" messages into the source's line numbers.
 */
final class Draft {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final String source;
    private final String unit;
    private final ObjectNode root = F.objectNode();
    private final ArrayNode questions;
    private final List<Integer> lines = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final int maxQuestions;
    private final QuizLoader loader;

    /**
     * @param loader what validates the quiz at {@link #finish} (the server's, with its shuffle secret)
     * @param source the file name, first in every message
     * @param unit   "line" or "row": how positions in this format are named
     * @param title  the quiz title (cut to the format's 200 characters)
     * @param maxQuestions the most questions this quiz may have; reading stops with an error at the next one
     */
    Draft(QuizLoader loader, String source, String unit, String title, int maxQuestions) {
        this.loader = loader;
        this.maxQuestions = maxQuestions;
        this.source = source;
        this.unit = unit;
        root.put("title", title.length() > 200 ? title.substring(0, 200) : title);
        questions = root.putArray("questions");
    }

    /** A new, empty question object; {@code line} is where it starts in the source. */
    ObjectNode question(int line) throws QuizFormatException {
        if (questions.size() >= maxQuestions) {
            throw tooMany(source, maxQuestions);
        }
        lines.add(line);
        return questions.addObject();
    }

    /** The sentence for a quiz with more questions than this server takes. */
    static QuizFormatException tooMany(String source, int maxQuestions) {
        return new QuizFormatException(source + ": more than " + maxQuestions
                + " questions: a quiz uploaded here may have at most " + maxQuestions + "; split it into several files");
    }

    void warn(int line, String sentence) {
        warnings.add(at(line) + sentence);
    }

    QuizFormatException error(int line, String sentence) {
        return new QuizFormatException(at(line) + sentence);
    }

    String at(int line) {
        return source + ": " + unit + " " + line + ": ";
    }

    int size() {
        return questions.size();
    }

    /**
     * Validates and returns the quiz. {@code nothingFound} is the sentence used when no question was
     * read (e.g. what a question of this format looks like).
     */
    ImportResult finish(String defaultId, ImportResult.Format format, String nothingFound) throws QuizFormatException {
        if (questions.isEmpty()) {
            throw new QuizFormatException(source + ": no questions found: " + nothingFound
                    + (warnings.isEmpty() ? "" : " (" + warnings.size() + " skipped: " + String.join("; ", warnings) + ")"));
        }
        Quiz quiz;
        try {
            quiz = loader.load(root, source, defaultId);
        } catch (QuizFormatException e) {
            throw new QuizFormatException(relocate(e.getMessage()), e).withDraft(root);
        }
        return new ImportResult(quiz, format, warnings);
    }

    /** "file: question 3: field 'x' …" → "file: line 17: field 'x' …". */
    private String relocate(String message) {
        Matcher m = Pattern.compile("^" + Pattern.quote(source) + ": question (\\d+): (.*)$", Pattern.DOTALL).matcher(message);
        if (!m.matches()) {
            return message;
        }
        int index = Integer.parseInt(m.group(1)) - 1;
        return index >= 0 && index < lines.size() ? at(lines.get(index)) + m.group(2) : message;
    }
}
