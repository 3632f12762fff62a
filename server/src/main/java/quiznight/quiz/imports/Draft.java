package quiznight.quiz.imports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quiznight.quiz.CodedProblem;
import quiznight.quiz.ProblemCode;
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
    private final List<ImportProblem> warnings = new ArrayList<>();
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

    /** The refusal of a quiz with more questions than this server takes. */
    static QuizFormatException tooMany(String source, int maxQuestions) {
        return refusal(source, ProblemCode.IMPORT_TOO_MANY_QUESTIONS, maxQuestions);
    }

    /** A refusal of the whole file {@code source}: "{@code <source>: <sentence>}". */
    static QuizFormatException refusal(String source, ProblemCode code, Object... values) {
        CodedProblem p = code.with(values);
        return new QuizFormatException(source + ": " + p.english(), p);
    }

    /** A refusal at {@code line} of {@code source}, counted in {@code unit}s: "{@code <source>: line <n>: <sentence>}". */
    static QuizFormatException refusal(String source, String unit, int line, ProblemCode code, Object... values) {
        CodedProblem p = code.with(values);
        return new QuizFormatException(source + ": " + unit + " " + line + ": " + p.english(), p, line, unit, null);
    }

    /** Notes what was left out at {@code line} (a question of a kind QuizNight has not, a picture) and why. */
    void warn(int line, ProblemCode code, Object... values) {
        CodedProblem p = code.with(values);
        warnings.add(new ImportProblem(line, unit, at(line) + p.english(), p));
    }

    QuizFormatException error(int line, ProblemCode code, Object... values) {
        return refusal(source, unit, line, code, values);
    }

    String at(int line) {
        return source + ": " + unit + " " + line + ": ";
    }

    int size() {
        return questions.size();
    }

    /**
     * Validates and returns the quiz. {@code nothingFound} says what was expected when no question was read (what a
     * question of this format looks like).
     */
    ImportResult finish(String defaultId, ImportResult.Format format, ProblemCode nothingFound) throws QuizFormatException {
        if (questions.isEmpty()) {
            CodedProblem p = nothingFound.with();
            throw new QuizFormatException(source + ": no questions found: " + p.english()
                    + (warnings.isEmpty() ? "" : " (" + warnings.size() + " skipped: "
                    + String.join("; ", warnings.stream().map(ImportProblem::message).toList()) + ")"), p);
        }
        Quiz quiz;
        try {
            quiz = loader.load(root, source, defaultId);
        } catch (QuizFormatException e) {
            throw relocate(e).withDraft(root);
        }
        return new ImportResult(quiz, format, warnings);
    }

    /** "file: question 3: field 'x' …" → "file: line 17: field 'x' …", the code and the line kept. */
    private QuizFormatException relocate(QuizFormatException e) {
        Matcher m = Pattern.compile("^" + Pattern.quote(source) + ": question (\\d+): (.*)$", Pattern.DOTALL)
                .matcher(e.getMessage());
        int index = m.matches() ? Integer.parseInt(m.group(1)) - 1 : -1;
        if (index < 0 || index >= lines.size()) {
            return new QuizFormatException(e.getMessage(), e);
        }
        int line = lines.get(index);
        return new QuizFormatException(at(line) + m.group(2), e.coded(), line, unit, e);
    }
}
