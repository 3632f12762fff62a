package quiznight.quiz.imports;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.CRC32;
import quiznight.quiz.ProblemCode;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.QuizLoader;

/**
 * An Open Trivia DB API response: {@code {"response_code": 0, "results": [...]}} with the default
 * encoding (HTML entities). {@code multiple} becomes {@code single} with the answers shuffled (seeded by
 * the question's text, so a file always imports the same), {@code boolean} becomes {@code truefalse},
 * {@code category} becomes the section.
 */
final class OpenTdbImporter {
    private OpenTdbImporter() {
    }

    /** True when a parsed JSON file is an Open Trivia DB response rather than a native quiz. */
    static boolean looksLikeOne(JsonNode root) {
        return root != null && root.isObject() && root.has("results") && !root.has("questions");
    }

    static ImportResult read(QuizLoader loader, String source, String defaultId, String title, JsonNode root, byte[] content, int maxQuestions) throws QuizFormatException {
        Draft draft = new Draft(loader, source, "line", title, maxQuestions);
        JsonNode code = root.get("response_code");
        if (code != null && !(code.isIntegralNumber() && code.asInt() == 0)) {
            throw Draft.refusal(source, ProblemCode.OPENTDB_RESPONSE_CODE, code.toString());
        }
        JsonNode results = root.get("results");
        if (!results.isArray()) {
            throw Draft.refusal(source, ProblemCode.OPENTDB_NO_RESULTS);
        }
        List<Integer> lines = resultLines(content, results.size());
        for (int i = 0; i < results.size(); i++) {
            question(draft, results.get(i), lines.get(i), i);
        }
        return draft.finish(defaultId, ImportResult.Format.OPENTDB, ProblemCode.OPENTDB_NO_QUESTIONS);
    }

    private static void question(Draft draft, JsonNode r, int line, int index) throws QuizFormatException {
        if (!r.isObject()) {
            throw draft.error(line, ProblemCode.OPENTDB_NOT_OBJECT, index);
        }
        String type = string(draft, r, "type", line, index);
        if (!type.equals("multiple") && !type.equals("boolean")) {
            throw draft.error(line, type.endsWith("=") || type.contains("%") ? ProblemCode.OPENTDB_ENCODED
                    : ProblemCode.OPENTDB_BAD_TYPE, index, AikenImporter.shorten(type));
        }
        String text = Texts.decodeEntities(string(draft, r, "question", line, index));
        String correct = Texts.decodeEntities(string(draft, r, "correct_answer", line, index));
        JsonNode wrong = r.get("incorrect_answers");
        if (wrong == null || !wrong.isArray() || wrong.isEmpty()) {
            throw draft.error(line, ProblemCode.OPENTDB_NO_WRONG, index);
        }
        List<String> incorrect = new ArrayList<>();
        for (JsonNode w : wrong) {
            if (!w.isTextual()) {
                throw draft.error(line, ProblemCode.OPENTDB_WRONG_NOT_STRING, index, w.toString());
            }
            incorrect.add(Texts.decodeEntities(w.asText()));
        }
        ObjectNode q = draft.question(line);
        q.put("text", text);
        if (type.equals("boolean")) {
            String answer = correct.strip().toLowerCase(Locale.ROOT);
            if (!answer.equals("true") && !answer.equals("false")) {
                throw draft.error(line, ProblemCode.OPENTDB_BAD_BOOLEAN, index, AikenImporter.shorten(correct));
            }
            q.put("kind", "truefalse");
            q.putArray("correct").add(answer.equals("true") ? 0 : 1);
        } else {
            List<String> choices = new ArrayList<>(incorrect);
            choices.add(correct);
            Collections.shuffle(choices, new Random(seed(text)));
            q.put("kind", "single");
            ArrayNode c = q.putArray("choices");
            choices.forEach(c::add);
            q.putArray("correct").add(choices.indexOf(correct));
        }
        JsonNode category = r.get("category");
        if (category != null && category.isTextual() && !category.asText().isBlank()) {
            q.put("section", Texts.decodeEntities(category.asText()).strip());
        }
    }

    private static String string(Draft draft, JsonNode r, String field, int line, int index) throws QuizFormatException {
        JsonNode v = r.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw draft.error(line, ProblemCode.OPENTDB_EMPTY_FIELD, index, field);
        }
        return v.asText();
    }

    /** The same for every run and machine: CRC-32 of the question's text. */
    static long seed(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    /** The line on which each element of the top-level {@code results} array starts. */
    private static List<Integer> resultLines(byte[] content, int count) {
        List<Integer> lines = new ArrayList<>();
        try (JsonParser p = QuizLoader.parser(content)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t.isStructStart() || t.isScalarValue()) {
                    JsonStreamContext ctx = p.getParsingContext();
                    JsonStreamContext array = t.isStructStart() ? ctx.getParent() : ctx;
                    if (array != null && array.inArray() && array.getParent() != null && array.getParent().inObject()
                            && array.getParent().getParent() != null && array.getParent().getParent().inRoot()
                            && "results".equals(array.getParent().getCurrentName())) {
                        lines.add(p.currentTokenLocation().getLineNr());
                    }
                }
                if (t.isStructStart() && lines.size() >= count) {
                    break;
                }
            }
        } catch (IOException e) {
            // Already parsed once: cannot happen; fall back to line 1 below.
        }
        while (lines.size() < count) {
            lines.add(1);
        }
        return lines;
    }
}
