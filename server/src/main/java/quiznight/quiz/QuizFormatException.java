package quiznight.quiz;

import com.fasterxml.jackson.databind.JsonNode;

/** A quiz file that cannot be loaded; the message names the file, the question number and the field. */
public final class QuizFormatException extends Exception {
    private final String field;
    private final String problem;
    /** The quiz in the native shape an importer read before the loader refused it (null when none). */
    private transient JsonNode draft;

    public QuizFormatException(String message) {
        super(message);
        this.field = null;
        this.problem = null;
    }

    public QuizFormatException(String message, Throwable cause) {
        super(message, cause);
        QuizFormatException inner = cause instanceof QuizFormatException q ? q : null;
        this.field = inner != null ? inner.field : null;
        this.problem = inner != null ? inner.problem : null;
        this.draft = inner != null ? inner.draft : null;
    }

    /**
     * A field's value refused by {@link QuizLoader}.
     *
     * @param field   the field's name as in the file (such as {@code timeLimitSec})
     * @param problem what is wrong with it, without the place (such as {@code is required})
     */
    public QuizFormatException(String message, String field, String problem) {
        super(message);
        this.field = field;
        this.problem = problem;
    }

    /** The field refused, or null when the error is not about one field (not JSON, not an object). */
    public String field() {
        return field;
    }

    /** What is wrong with {@link #field()}, without the file and question; null when no field is named. */
    public String problem() {
        return problem;
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
