package quiznight.quiz;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One problem as a {@link ProblemCode} with its parameters' values (numbers or texts, never sentences), from which
 * a client writes the sentence in its reader's language.
 *
 * @param code   what is wrong
 * @param params the code's parameters by name ({@link ProblemCode#params()}), in order
 */
public record CodedProblem(ProblemCode code, Map<String, Object> params) {
    public CodedProblem {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The field named, or null when the code names none. */
    public String field() {
        return code.aboutField() ? String.valueOf(params.get("field")) : null;
    }

    /** The English sentence, as {@link ProblemCode#english()} (for a field's problem, the part after its name). */
    public String english() {
        return code.fill(params);
    }
}
