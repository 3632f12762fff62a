package quiznight.quiz.imports;

import java.util.Map;
import quiznight.quiz.CodedProblem;
import quiznight.quiz.QuizFormatException;

/**
 * A problem of an imported file as the HTTP API writes it (a warning about what was left out, or why the file was
 * refused; the library's refusal of a whole quiz uses it too, with no line): where (the line or row, when the problem
 * has one), the sentence in English, and the same as a stable {@link quiznight.quiz.ProblemCode} with its
 * parameters, which clients translate.
 *
 * @param line    the line (or row) of the file, 1-based; null when the problem is about the whole file
 * @param unit    "line" or "row": what {@code line} counts; null with no line
 * @param message the English sentence, with the file's name and the place
 * @param code    the code's wire name, such as {@code gift.matchingSkipped}; null for a refusal without one
 * @param params  the code's parameters by name
 */
public record ImportProblem(Integer line, String unit, String message, String code, Map<String, Object> params) {
    public ImportProblem {
        params = params == null ? Map.of() : params;
    }

    ImportProblem(Integer line, String unit, String message, CodedProblem coded) {
        this(line, line == null ? null : unit, message, coded.code().wire(), coded.params());
    }

    /**
     * An HTTP refusal's body: {@code {"error": message, "code", "params", "line", "unit"}} (the last two only with a
     * line; code and params only with a code).
     */
    public Map<String, Object> errorBody() {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("error", message);
        if (code != null) {
            m.put("code", code);
            m.put("params", params);
        }
        if (line != null) {
            m.put("line", line);
            m.put("unit", unit);
        }
        return m;
    }

    /** A refusal as the API writes it. */
    public static ImportProblem of(QuizFormatException e) {
        CodedProblem coded = e.coded();
        return new ImportProblem(e.line(), e.unit(), e.getMessage(), coded == null ? null : coded.code().wire(),
                coded == null ? Map.of() : coded.params());
    }
}
