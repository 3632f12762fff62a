package quiznight.quiz;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A quiz file that cannot be loaded; the message names the file, the question number and the field, and
 * {@link #coded()} says the same as a {@link ProblemCode} with its parameters (null for a refusal that is not about
 * the quiz's content, such as a journal that cannot be replayed).
 */
public final class QuizFormatException extends Exception {
    private final String field;
    private final String problem;
    private final CodedProblem coded;
    /** The line (or row) of an imported file the problem is on, or null. */
    private final Integer line;
    /** "line" or "row": how {@link #line} is counted. */
    private final String unit;
    /** The quiz in the native shape an importer read before the loader refused it (null when none). */
    private transient JsonNode draft;

    public QuizFormatException(String message) {
        this(message, null, null, (CodedProblem) null, null);
    }

    public QuizFormatException(String message, Throwable cause) {
        super(message, cause);
        QuizFormatException inner = cause instanceof QuizFormatException q ? q : null;
        this.field = inner != null ? inner.field : null;
        this.problem = inner != null ? inner.problem : null;
        this.coded = inner != null ? inner.coded : null;
        this.line = inner != null ? inner.line : null;
        this.unit = inner != null ? inner.unit : null;
        this.draft = inner != null ? inner.draft : null;
    }

    /**
     * A field's value refused by {@link QuizLoader}.
     *
     * @param field   the field's name as in the file (such as {@code timeLimitSec})
     * @param problem what is wrong with it, without the place (such as {@code is required})
     */
    public QuizFormatException(String message, String field, String problem) {
        this(message, field, problem, null, null);
    }

    /** A problem with its code: the message is {@code place} followed by its English sentence. */
    public QuizFormatException(String message, CodedProblem coded) {
        this(message, coded.field(), coded.field() != null ? coded.english() : null, coded, null);
    }

    /**
     * A problem found at {@code line} of an imported file, counted in {@code unit}s ("line" or "row"): {@code message}
     * is the sentence with that place; {@code cause} (the loader's refusal, when it was one) is kept.
     */
    public QuizFormatException(String message, CodedProblem coded, Integer line, String unit, Throwable cause) {
        super(message, cause);
        this.field = coded != null ? coded.field() : null;
        this.problem = coded != null && coded.field() != null ? coded.english() : null;
        this.coded = coded;
        this.line = line;
        this.unit = line == null ? null : unit;
        this.draft = cause instanceof QuizFormatException q ? q.draft : null;
    }

    private QuizFormatException(String message, String field, String problem, CodedProblem coded, Integer line) {
        super(message);
        this.field = field;
        this.problem = problem;
        this.coded = coded;
        this.line = line;
        this.unit = null;
    }

    /** The field refused, or null when the error is not about one field (not JSON, not an object). */
    public String field() {
        return field;
    }

    /** What is wrong with {@link #field()}, without the file and question; null when no field is named. */
    public String problem() {
        return problem;
    }

    /** The problem as a code and its parameters, or null for a refusal without one. */
    public CodedProblem coded() {
        return coded;
    }

    /** The line (or row) of an imported file the problem is on, or null. */
    public Integer line() {
        return line;
    }

    /** "line" or "row": how {@link #line()} counts; null when there is no line. */
    public String unit() {
        return unit;
    }

    /** The quiz as an importer read it, in the native JSON shape, when only the loader's rules refused it. */
    public JsonNode draft() {
        return draft;
    }

    /** Attaches the quiz an importer read (see {@link #draft()}); returns this. */
    public QuizFormatException withDraft(JsonNode draft) {
        this.draft = draft;
        return this;
    }
}
