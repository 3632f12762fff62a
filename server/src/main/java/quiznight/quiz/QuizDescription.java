package quiznight.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import quiznight.quiz.kinds.FieldSpec;
import quiznight.quiz.kinds.KindDescription;

/**
 * The quiz format as the editor is generated from it ({@code GET /api/kinds}, docs/protocol.md): the quiz's own
 * fields, the fields every question has, and each {@link Kind}'s own fields as its class describes them. Every limit
 * is one of {@link QuizLoader}'s constants, so the editor refuses what the loader refuses and nothing else.
 */
public final class QuizDescription {
    /** The quiz's own fields. */
    public static final List<FieldSpec> QUIZ_FIELDS = List.of(
            FieldSpec.text("title", "Title", true, QuizLoader.MAX_TITLE),
            FieldSpec.text("description", "Description", false, QuizLoader.MAX_DESCRIPTION).with("multiline", true),
            FieldSpec.integer("timeLimitSec", "Seconds per question", false, QuizLoader.MIN_TIME_LIMIT_SEC,
                    QuizLoader.MAX_TIME_LIMIT_SEC).with("default", QuizLoader.DEFAULT_TIME_LIMIT_SEC)
                    .with("step", 5));

    /** The fields every question has (a kind may omit some, see {@link KindDescription#omit}). */
    public static final List<FieldSpec> QUESTION_FIELDS = List.of(
            FieldSpec.text("text", "Question", true, QuizLoader.MAX_TEXT).with("multiline", true)
                    .with("help", "$…$ is typeset as maths; `code` in backticks."),
            FieldSpec.of("code", "code", "Code snippet", false).with("maxLength", QuizLoader.MAX_CODE)
                    .with("maxLines", QuizLoader.MAX_CODE_LINES),
            FieldSpec.of("codeLanguage", "enum", "Code language", false).with("requires", "code")
                    .with("options", languages()).with("help", "Empty: guessed from the code."),
            FieldSpec.of("image", "image", "Picture", false),
            FieldSpec.text("imageAlt", "What the picture shows (alt text)", false, Picture.MAX_ALT)
                    .with("requires", "image"),
            FieldSpec.integer("timeLimitSec", "Seconds for this question", false, QuizLoader.MIN_TIME_LIMIT_SEC,
                    QuizLoader.MAX_TIME_LIMIT_SEC).with("step", 5).with("help", "Empty: the quiz's time."),
            FieldSpec.of("points", "enum", "Points", false).with("default", QuizLoader.STANDARD_POINTS)
                    .with("options", FieldSpec.options(QuizLoader.MIN_POINTS, "No points",
                            QuizLoader.STANDARD_POINTS, "Standard", QuizLoader.DOUBLE_POINTS, "Double")),
            FieldSpec.text("explanation", "Explanation", false, QuizLoader.MAX_EXPLANATION).with("multiline", true)
                    .with("help", "Shown with the answer."),
            FieldSpec.of("docs", "url", "Read more (link)", false).with("maxLength", QuizLoader.MAX_DOCS),
            FieldSpec.text("section", "Section", false, QuizLoader.MAX_SECTION));

    private static final Map<String, Object> WIRE = build();

    private static List<Map<String, Object>> languages() {
        List<Object> pairs = new ArrayList<>();
        for (String l : QuizLoader.CODE_LANGUAGES) {
            pairs.add(l);
            pairs.add(l);
        }
        return FieldSpec.options(pairs.toArray());
    }

    private QuizDescription() {
    }

    /** The whole description, as {@code GET /api/kinds} answers it (built once). */
    public static Map<String, Object> wire() {
        return WIRE;
    }

    private static Map<String, Object> build() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("quizFields", QUIZ_FIELDS.stream().map(FieldSpec::toWire).toList());
        m.put("questionFields", QUESTION_FIELDS.stream().map(FieldSpec::toWire).toList());
        List<Map<String, Object>> kinds = new ArrayList<>();
        for (Kind k : Kind.values()) {
            KindDescription d = k.rules().describe();
            Map<String, Object> km = new LinkedHashMap<>();
            km.put("kind", k.wire());
            km.put("label", d.label());
            km.put("hint", d.hint());
            // Choices shown on tiles may carry pictures (choiceImages): said on the choices field.
            km.put("fields", d.fields().stream()
                    .map(f -> "choices".equals(f.type()) && k.rules().takesChoiceImages() ? f.with("pictures", true) : f)
                    .map(FieldSpec::toWire).toList());
            if (!d.omit().isEmpty()) {
                km.put("omit", d.omit());
            }
            kinds.add(km);
        }
        m.put("kinds", List.copyOf(kinds));
        return java.util.Collections.unmodifiableMap(m);
    }
}
