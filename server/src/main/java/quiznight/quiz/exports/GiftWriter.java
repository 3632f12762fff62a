package quiznight.quiz.exports;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import quiznight.quiz.QuizLoader;
import quiznight.quiz.QuizWriter;
import quiznight.quiz.Quiz;

/**
 * A quiz as Moodle GIFT text that QuizNight's own GIFT importer reads back to the same questions: single
 * ({@code {=right ~wrong}}), multi ({@code {~%50%a ~%50%b ~%-100%c}}), truefalse ({@code {T}}), text
 * ({@code {=a =b}}), number ({@code {#value:tolerance}}), the explanation as general feedback ({@code ####…}) and
 * sections as {@code $CATEGORY:} lines. What GIFT has no place for (polls, code snippets, pictures, time limits,
 * points, links, …) is left out and listed in {@code //} comment lines at the top. Works on the native JSON form
 * ({@link QuizWriter}), so a field the format gains later is reported by its name until this class learns it.
 */
public final class GiftWriter {
    private static final String SPECIAL = "~=#{}:\\";
    private static final Pattern FORMAT_MARK = Pattern.compile("^\\[(html|moodle|plain|markdown)]", Pattern.CASE_INSENSITIVE);
    /** Question fields GIFT carries (or that need no place: {@code seed} ties a question to its source only). */
    private static final List<String> CARRIED = List.of("kind", "text", "choices", "correct", "explanation", "section", "seed");
    /** How the fields GIFT drops are named in the top comment, in this order. */
    private static final Map<String, String> DROPPED = new LinkedHashMap<>();

    static {
        DROPPED.put("code", "code snippet");
        DROPPED.put("codeLanguage", "code language");
        DROPPED.put("image", "picture");
        DROPPED.put("imageAlt", "picture description");
        DROPPED.put("choiceImages", "answer pictures");
        DROPPED.put("timeLimitSec", "time limit");
        DROPPED.put("points", "points");
        DROPPED.put("docs", "link to read more");
    }

    private GiftWriter() {
    }

    /** The quiz as GIFT text (UTF-8 when written out), with what was left out listed at the top. */
    public static String write(Quiz quiz) {
        JsonNode root = QuizWriter.quiz(quiz);
        List<String> leftOut = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        String category = null;
        int n = 0;
        for (JsonNode q : root.path("questions")) {
            n++;
            String kind = q.path("kind").asText();
            String answers = answers(q, kind);
            if (answers == null) {
                leftOut.add("question " + n + " (" + kind + ") left out: GIFT has no " + kind + " questions");
                continue;
            }
            List<String> dropped = dropped(q, kind);
            if (!dropped.isEmpty()) {
                leftOut.add("question " + n + ": " + String.join(", ", dropped) + " left out");
            }
            String section = q.path("section").isTextual() ? q.get("section").asText() : null;
            if (section != null && !categoryName(section)) {
                leftOut.add("question " + n + ": section \"" + section + "\" left out (a GIFT category name cannot hold '/' or start with '$')");
                section = null;
            }
            if (!java.util.Objects.equals(section, category)) {
                body.append("$CATEGORY: ").append(section == null ? "top" : "$course$/top/" + section).append("\n\n");
                category = section;
            }
            String text = q.path("text").asText();
            if (text.strip().startsWith("//") || FORMAT_MARK.matcher(text.strip()).find()) {
                body.append("[plain]"); // the text would read as a comment line or a format mark
            }
            body.append(escape(text)).append(" {").append(answers);
            if (q.path("explanation").isTextual() && !q.get("explanation").asText().isEmpty()) {
                body.append(" ####").append(escape(q.get("explanation").asText()));
            }
            body.append("}\n\n");
        }
        StringBuilder out = new StringBuilder();
        out.append("// ").append(oneLine(quiz.title())).append(" (QuizNight quiz ").append(quiz.id()).append(", Moodle GIFT)\n");
        if (!quiz.description().isEmpty()) {
            out.append("// ").append(oneLine(quiz.description())).append('\n');
        }
        if (!leftOut.isEmpty()) {
            out.append("// GIFT has no place for some of this quiz; left out:\n");
            leftOut.forEach(s -> out.append("//   ").append(oneLine(s)).append('\n'));
        }
        out.append('\n').append(body);
        return out.toString();
    }

    /** The braces' content for a kind GIFT can express; null for one it cannot (poll). */
    private static String answers(JsonNode q, String kind) {
        switch (kind) {
            case "single": {
                StringBuilder s = new StringBuilder();
                int right = q.path("correct").path(0).asInt();
                JsonNode choices = q.path("choices");
                for (int i = 0; i < choices.size(); i++) {
                    s.append(i == 0 ? "" : " ").append(i == right ? '=' : '~').append(escape(choices.get(i).asText()));
                }
                return s.toString();
            }
            case "multi": {
                JsonNode choices = q.path("choices");
                java.util.Set<Integer> right = new java.util.HashSet<>();
                q.path("correct").forEach(c -> right.add(c.asInt()));
                int wrong = choices.size() - right.size();
                String plus = weight(100.0 / right.size());
                String minus = wrong == 0 ? null : weight(-100.0 / wrong);
                StringBuilder s = new StringBuilder();
                for (int i = 0; i < choices.size(); i++) {
                    s.append(i == 0 ? "" : " ").append("~%").append(right.contains(i) ? plus : minus).append('%')
                            .append(escape(choices.get(i).asText()));
                }
                return s.toString();
            }
            case "truefalse":
                return q.path("correct").path(0).asInt() == 0 ? "T" : "F";
            case "text": {
                List<String> accepted = new ArrayList<>();
                q.path("correct").forEach(a -> accepted.add("=" + escape(a.asText())));
                return String.join(" ", accepted);
            }
            case "number": {
                JsonNode c = q.path("correct");
                return "#" + number(c.path("value").asDouble()) + ":" + number(c.path("tolerance").asDouble());
            }
            default:
                return null;
        }
    }

    /** The names of the question's fields GIFT drops, for the top comment. */
    private static List<String> dropped(JsonNode q, String kind) {
        List<String> names = new ArrayList<>();
        if (kind.equals("truefalse")) {
            JsonNode c = q.path("choices");
            if (c.isArray() && !(c.size() == 2 && c.get(0).asText().equals("True") && c.get(1).asText().equals("False"))) {
                names.add("answer labels " + c.get(0).asText() + "/" + c.get(1).asText() + " (GIFT says True/False)");
            }
        }
        for (Map.Entry<String, String> d : DROPPED.entrySet()) {
            JsonNode v = q.get(d.getKey());
            if (v == null || v.isNull()) {
                continue;
            }
            if (d.getKey().equals("timeLimitSec")) {
                if (v.asInt() != QuizLoader.DEFAULT_TIME_LIMIT_SEC) { // GIFT questions come back with the default
                    names.add("time limit " + v.asInt() + " s");
                }
            } else if (d.getKey().equals("points")) {
                if (v.asInt() != 1) {
                    names.add("points " + v.asInt());
                }
            } else {
                names.add(d.getValue());
            }
        }
        q.fieldNames().forEachRemaining(f -> {
            if (!CARRIED.contains(f) && !DROPPED.containsKey(f)) {
                names.add(f);
            }
        });
        return names;
    }

    private static boolean categoryName(String section) {
        String s = section.strip();
        return !s.isEmpty() && s.equals(section) && s.indexOf('/') < 0 && !s.startsWith("$")
                && !s.toLowerCase(Locale.ROOT).equals("top") && s.indexOf('\n') < 0 && s.indexOf('\r') < 0;
    }

    /** GIFT's special characters escaped with a backslash, line breaks as {@code \n}. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                continue;
            }
            if (c == '\n') {
                out.append("\\n");
            } else {
                if (SPECIAL.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String number(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** A weight as GIFT writes them: up to 5 decimals ({@code 33.33333}). */
    private static String weight(double w) {
        return new BigDecimal(w).setScale(5, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n]+", " ");
    }
}
