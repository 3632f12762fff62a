package quiznight.quiz.kinds;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One field of a quiz file as the editor shows it ({@code GET /api/kinds}, docs/protocol.md): its name in the file
 * (a dotted path for a field inside an object, e.g. {@code correct.value}), its type (one renderer per type in the
 * editor), label, whether it is required, and the type's limits, which the callers take from the loader's own
 * constants. Immutable; {@link #with} returns a copy with one more property.
 */
public final class FieldSpec {
    private final Map<String, Object> wire;

    private FieldSpec(Map<String, Object> wire) {
        this.wire = Collections.unmodifiableMap(wire);
    }

    public static FieldSpec of(String name, String type, String label, boolean required) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("type", type);
        m.put("label", label);
        m.put("required", required);
        return new FieldSpec(m);
    }

    /** A text field of at most {@code maxLength} characters. */
    public static FieldSpec text(String name, String label, boolean required, int maxLength) {
        return of(name, "text", label, required).with("maxLength", maxLength);
    }

    /** A whole number from {@code min} to {@code max}. */
    public static FieldSpec integer(String name, String label, boolean required, int min, int max) {
        return of(name, "integer", label, required).with("min", min).with("max", max);
    }

    /**
     * The choices of a kind answered by picking ({@code choices}, with {@code correct} as indexes when {@code correct}
     * is "one" or "many"; "none": nothing is right).
     */
    public static FieldSpec choices(String label, int minItems, int maxItems, int maxLength, String correct) {
        return of("choices", "choices", label, true).with("minItems", minItems).with("maxItems", maxItems)
                .with("maxLength", maxLength).with("correct", correct);
    }

    /** {@code options}: {@code [value, label]} pairs in order. */
    public static List<Map<String, Object>> options(Object... valueLabelPairs) {
        List<Map<String, Object>> list = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < valueLabelPairs.length; i += 2) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("value", valueLabelPairs[i]);
            o.put("label", valueLabelPairs[i + 1]);
            list.add(Collections.unmodifiableMap(o));
        }
        return List.copyOf(list);
    }

    /** A copy with {@code key} set (maxLength, multiline, min, max, step, default, options, help, …). */
    public FieldSpec with(String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(wire);
        m.put(key, value);
        return new FieldSpec(m);
    }

    public String name() {
        return (String) wire.get("name");
    }

    public String type() {
        return (String) wire.get("type");
    }

    /** A property ({@code maxLength}, {@code min}, …), or null. */
    public Object get(String key) {
        return wire.get(key);
    }

    /** The field as {@code GET /api/kinds} writes it. */
    public Map<String, Object> toWire() {
        return wire;
    }
}
