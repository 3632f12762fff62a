package quiznight.quiz.kinds;

import java.util.List;

/**
 * How one kind appears in the editor ({@code GET /api/kinds}): its label, the hint the screens show, its own fields
 * (choices and which are right, accepted answers, a number and its tolerance …) and the common question fields it
 * does not take ({@code omit}, e.g. a poll's {@code points}).
 */
public record KindDescription(String label, String hint, List<FieldSpec> fields, List<String> omit) {
    public KindDescription {
        fields = List.copyOf(fields);
        omit = List.copyOf(omit);
    }

    public KindDescription(String label, String hint, FieldSpec... fields) {
        this(label, hint, List.of(fields), List.of());
    }
}
