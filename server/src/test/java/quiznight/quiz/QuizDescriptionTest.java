package quiznight.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import quiznight.quiz.kinds.FieldSpec;

/**
 * {@code GET /api/kinds}'s description is the loader's rules: every kind is described, and each limit it states is
 * the one the loader enforces (the value at the limit is taken, one past it refused, naming the field).
 */
class QuizDescriptionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A valid question of each kind, as the editor would save it. */
    private static final Map<Kind, String> SAMPLES = Map.of(
            Kind.SINGLE, "{\"kind\":\"single\",\"text\":\"q\",\"choices\":[\"a\",\"b\"],\"correct\":[0]}",
            Kind.MULTI, "{\"kind\":\"multi\",\"text\":\"q\",\"choices\":[\"a\",\"b\"],\"correct\":[0,1]}",
            Kind.TRUEFALSE, "{\"kind\":\"truefalse\",\"text\":\"q\",\"correct\":[1]}",
            Kind.TEXT, "{\"kind\":\"text\",\"text\":\"q\",\"correct\":[\"yes\"]}",
            Kind.NUMBER, "{\"kind\":\"number\",\"text\":\"q\",\"correct\":{\"value\":3}}",
            Kind.POLL, "{\"kind\":\"poll\",\"text\":\"q\",\"choices\":[\"a\",\"b\"]}",
            Kind.ORDER, "{\"kind\":\"order\",\"text\":\"q\",\"choices\":[\"a\",\"b\",\"c\"]}",
            Kind.SLIDER, "{\"kind\":\"slider\",\"text\":\"q\",\"correct\":{\"min\":0,\"max\":100,\"value\":50}}",
            Kind.WORDCLOUD, "{\"kind\":\"wordcloud\",\"text\":\"q\"}");

    private static ObjectNode quiz(Kind kind) throws Exception {
        ObjectNode q = JSON.createObjectNode().put("title", "T");
        q.putArray("questions").add(JSON.readTree(SAMPLES.get(kind)));
        return q;
    }

    private static ObjectNode question(ObjectNode quiz) {
        return (ObjectNode) quiz.get("questions").get(0);
    }

    private static void load(ObjectNode quiz) throws QuizFormatException {
        QuizLoader.forChecking().load(quiz, "t.json", "t");
    }

    private static void taken(ObjectNode quiz) {
        assertThatCode(() -> load(quiz)).as(quiz.toString()).doesNotThrowAnyException();
    }

    private static void refused(ObjectNode quiz, String field) {
        assertThatThrownBy(() -> load(quiz)).as(quiz.toString()).isInstanceOf(QuizFormatException.class)
                .satisfies(e -> assertThat(((QuizFormatException) e).field()).isEqualTo(field));
    }

    /** Sets a dotted path ({@code correct.value}) in {@code node}. */
    private static void set(ObjectNode node, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        ObjectNode at = node;
        for (int i = 0; i < parts.length - 1; i++) {
            at = at.has(parts[i]) ? (ObjectNode) at.get(parts[i]) : at.putObject(parts[i]);
        }
        at.set(parts[parts.length - 1], value);
    }

    private static JsonNode text(int length) {
        String s = "x".repeat(length);
        return JSON.getNodeFactory().textNode(s);
    }

    private static JsonNode wire() {
        return JSON.valueToTree(QuizDescription.wire());
    }

    @Test
    void theDescriptionListsEveryKindInRegistryOrder_withItsLabelHintAndFields() {
        JsonNode kinds = wire().get("kinds");
        assertThat(kinds).hasSize(Kind.values().length);
        for (int i = 0; i < Kind.values().length; i++) {
            JsonNode k = kinds.get(i);
            assertThat(k.get("kind").asText()).isEqualTo(Kind.values()[i].wire());
            assertThat(k.get("label").asText()).isNotBlank();
            assertThat(k.get("hint").asText()).isNotBlank();
            assertThat(k.get("fields").isArray()).isTrue();
        }
        assertThat(SAMPLES.keySet()).as("a sample question for every kind").containsExactlyInAnyOrder(Kind.values());
    }

    @Test
    void everyFieldHasANameTypeLabelAndRequired_andATypeTheEditorKnows() {
        List<String> types = List.of("text", "integer", "number", "enum", "url", "image", "code", "choices", "texts",
                "boolean");
        JsonNode w = wire();
        List<JsonNode> fields = new java.util.ArrayList<>();
        w.get("quizFields").forEach(fields::add);
        w.get("questionFields").forEach(fields::add);
        w.get("kinds").forEach(k -> k.get("fields").forEach(fields::add));
        for (JsonNode f : fields) {
            assertThat(f.get("name").asText()).isNotBlank();
            assertThat(types).contains(f.get("type").asText());
            assertThat(f.get("label").asText()).isNotBlank();
            assertThat(f.get("required").isBoolean()).isTrue();
        }
        assertThat(w.get("kinds").get(Kind.POLL.ordinal()).get("omit").toString()).isEqualTo("[\"points\"]");
    }

    @Test
    void theQuizFieldsLimitsAreTheLoaders() throws Exception {
        for (FieldSpec f : QuizDescription.QUIZ_FIELDS) {
            checkLimits(f, () -> quiz(Kind.SINGLE), n -> n);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theCommonQuestionFieldsLimitsAreTheLoaders(Kind kind) throws Exception {
        List<String> omitted = kind.rules().describe().omit();
        for (FieldSpec f : QuizDescription.QUESTION_FIELDS) {
            if (omitted.contains(f.name())) {
                ObjectNode quiz = quiz(kind);
                set(question(quiz), f.name(), JSON.getNodeFactory().numberNode(1));
                refused(quiz, f.name());
                continue;
            }
            checkLimits(f, () -> quiz(kind), QuizDescriptionTest::question);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void eachKindsOwnFieldsLimitsAreTheLoaders(Kind kind) throws Exception {
        taken(quiz(kind));
        for (FieldSpec f : kind.rules().describe().fields()) {
            checkLimits(f, () -> quiz(kind), QuizDescriptionTest::question);
            if (f.get("minItems") != null) {
                checkItems(kind, f);
            }
        }
    }

    private interface Fresh {
        ObjectNode get() throws Exception;
    }

    private interface Target {
        ObjectNode of(ObjectNode quiz);
    }

    /** The value at each stated limit is taken, one past it refused naming the field; a required field must be there. */
    private static void checkLimits(FieldSpec f, Fresh given, Target target) throws Exception {
        String name = f.name();
        Object requires = f.get("requires");
        Fresh fresh = requires == null ? given : () -> {
            ObjectNode quiz = given.get();
            target.of(quiz).put((String) requires, requires.equals("image") ? "/media/" + "a".repeat(64) + "-p.png" : "x = 1");
            return quiz;
        };
        String field = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (f.get("maxLength") instanceof Integer max && !f.type().equals("choices") && !f.type().equals("texts")) {
            String prefix = f.type().equals("url") ? "https://example.org/" : "";
            ObjectNode at = fresh.get();
            set(target.of(at), name, JSON.getNodeFactory().textNode(prefix + "x".repeat(max - prefix.length())));
            taken(at);
            ObjectNode past = fresh.get();
            set(target.of(past), name, JSON.getNodeFactory().textNode(prefix + "x".repeat(max - prefix.length() + 1)));
            refused(past, field);
        }
        if (f.get("maxLines") instanceof Integer lines) {
            ObjectNode at = fresh.get();
            set(target.of(at), name, JSON.getNodeFactory().textNode("x\n".repeat(lines).strip()));
            taken(at);
            ObjectNode past = fresh.get();
            set(target.of(past), name, JSON.getNodeFactory().textNode("x\n".repeat(lines + 1).strip()));
            refused(past, field);
        }
        if (f.type().equals("integer")) {
            int min = (Integer) f.get("min");
            int max = (Integer) f.get("max");
            for (int ok : new int[] {min, max}) {
                ObjectNode at = fresh.get();
                set(target.of(at), name, JSON.getNodeFactory().numberNode(ok));
                taken(at);
            }
            for (int bad : new int[] {min - 1, max + 1}) {
                ObjectNode past = fresh.get();
                set(target.of(past), name, JSON.getNodeFactory().numberNode(bad));
                refused(past, field);
            }
        }
        if (f.type().equals("number") && f.get("min") instanceof Integer min) {
            ObjectNode past = fresh.get();
            set(target.of(past), name, JSON.getNodeFactory().numberNode(min - 0.5));
            refused(past, field);
        }
        if (f.type().equals("enum")) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> options = (List<Map<String, Object>>) f.get("options");
            for (Map<String, Object> o : options) {
                ObjectNode at = fresh.get();
                set(target.of(at), name, JSON.valueToTree(o.get("value")));
                taken(at);
            }
            ObjectNode past = fresh.get();
            set(target.of(past), name, JSON.getNodeFactory().numberNode(99));
            refused(past, field);
        }
        if (Boolean.TRUE.equals(f.get("required")) && f.get("default") == null) {
            ObjectNode without = fresh.get();
            target.of(without).remove(field);
            refused(without, field);
        }
    }

    /** minItems/maxItems and each item's maxLength of a list field (choices, accepted answers). */
    private static void checkItems(Kind kind, FieldSpec f) throws Exception {
        int min = (Integer) f.get("minItems");
        Integer max = (Integer) f.get("maxItems");
        int maxLength = (Integer) f.get("maxLength");
        boolean choices = f.type().equals("choices");
        int top = max == null ? 3 : max;
        ObjectNode at = quiz(kind);
        set(question(at), f.name(), items(top, maxLength));
        taken(at);
        if (max != null) {
            ObjectNode past = quiz(kind);
            set(question(past), f.name(), items(max + 1, 5));
            refused(past, f.name());
        }
        if (min > 0) {
            ObjectNode fewer = quiz(kind);
            set(question(fewer), f.name(), items(min - 1, 5));
            refused(fewer, choices && "none".equals(f.get("correct")) || choices ? "choices" : f.name());
        }
        ObjectNode longer = quiz(kind);
        ArrayNode a = items(min == 0 ? 1 : Math.max(min, 2), 5);
        a.set(0, text(maxLength + 1));
        set(question(longer), f.name(), a);
        refused(longer, f.name());
        assertThat(Arrays.asList("one", "many", "none", "order", null)).contains((String) f.get("correct"));
    }

    /** {@code n} distinct strings, the first {@code length} long. */
    private static ArrayNode items(int n, int length) {
        ArrayNode a = JSON.createArrayNode();
        for (int i = 0; i < n; i++) {
            a.add(i == 0 ? "x".repeat(length) : "item " + i);
        }
        return a;
    }
}
