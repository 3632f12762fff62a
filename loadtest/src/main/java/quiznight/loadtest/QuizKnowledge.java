package quiznight.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What a bot knows about the quiz it plays. The server never sends a correct answer before the reveal, so a
 * bot that is to be right a given share of the time needs the quiz file the server was started with
 * ({@code --quiz-file}, the same file the server loads with {@code --quizzes DIR}). Questions are found by
 * their text (so shuffled rooms work), or by index when the text is hidden. Without a file, bots answer at
 * random.
 */
final class QuizKnowledge {
    /** The benchmark quiz bundled into the jar (source: {@code loadtest/quizzes/loadtest.json}). */
    static final String BUNDLED = "quiznight/loadtest/loadtest.json";

    /** {@code items}: an order question's items in the right order; {@code min}/{@code max}/{@code step}: a slider's. */
    private record Solution(String kind, List<Integer> indexes, String text, double value, double tolerance,
                            List<String> items, double min, double max, double step) {
        Solution(String kind, List<Integer> indexes, String text, double value, double tolerance) {
            this(kind, indexes, text, value, tolerance, null, 0, 0, 0);
        }
    }

    /** Words the bots send to a word cloud. */
    private static final List<String> WORDS = List.of("fast", "fun", "readable", "batteries", "snakes", "django",
            "simple", "typing", "indent", "pip");

    static final QuizKnowledge NONE = new QuizKnowledge("none", Map.of(), List.of());

    private final String source;
    private final Map<String, Solution> byText;
    private final List<Solution> byIndex;

    private QuizKnowledge(String source, Map<String, Solution> byText, List<Solution> byIndex) {
        this.source = source;
        this.byText = byText;
        this.byIndex = byIndex;
    }

    /** {@code file} null: the bundled benchmark quiz; "none": no knowledge (random answers). */
    static QuizKnowledge load(String file) throws IOException {
        if ("none".equals(file)) {
            return NONE;
        }
        if (file == null) {
            try (InputStream in = QuizKnowledge.class.getClassLoader().getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IOException("the bundled quiz " + BUNDLED + " is missing from the classpath");
                }
                return parse("bundled loadtest.json", in.readAllBytes());
            }
        }
        return parse(file, Files.readAllBytes(Path.of(file)));
    }

    static byte[] bundledBytes() throws IOException {
        try (InputStream in = QuizKnowledge.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IOException("the bundled quiz " + BUNDLED + " is missing from the classpath");
            }
            return in.readAllBytes();
        }
    }

    static JsonNode bundledTree() throws IOException {
        return new ObjectMapper().readTree(bundledBytes());
    }

    private static QuizKnowledge parse(String source, byte[] bytes) throws IOException {
        JsonNode root = new ObjectMapper().readTree(bytes);
        Map<String, Solution> byText = new HashMap<>();
        List<Solution> byIndex = new ArrayList<>();
        for (JsonNode q : root.path("questions")) {
            String kind = q.path("kind").asText();
            JsonNode c = q.path("correct");
            Solution s;
            switch (kind) {
                case "single", "multi", "truefalse" -> {
                    List<Integer> idx = new ArrayList<>();
                    c.forEach(n -> idx.add(n.asInt()));
                    s = new Solution(kind, idx, null, 0, 0);
                }
                case "poll", "wordcloud" -> s = new Solution(kind, List.of(), null, 0, 0); // no right answer
                case "order" -> {
                    List<String> items = new ArrayList<>();
                    q.path("choices").forEach(n -> items.add(n.asText().strip()));
                    s = new Solution(kind, null, null, 0, 0, items, 0, 0, 0);
                }
                case "slider" -> s = new Solution(kind, null, null, c.path("value").asDouble(), c.path("tolerance").asDouble(0),
                        null, c.path("min").asDouble(), c.path("max").asDouble(), c.path("step").asDouble(1));
                case "text" -> s = new Solution(kind, null, c.path(0).asText(), 0, 0);
                case "number" -> s = new Solution(kind, null, null, c.path("value").asDouble(),
                        c.path("tolerance").asDouble(0));
                default -> throw new IOException(source + ": unknown question kind " + kind);
            }
            byText.put(q.path("text").asText().strip(), s);
            byIndex.add(s);
        }
        return new QuizKnowledge(source, byText, byIndex);
    }

    /** False for a kind whose answers score nothing and leave streaks alone (a poll, a word cloud). */
    static boolean scored(String kind) {
        return !"poll".equals(kind) && !"wordcloud".equals(kind);
    }

    String source() {
        return source;
    }

    boolean knows(Msg question) {
        return find(question) != null;
    }

    private Solution find(Msg q) {
        if (q.text != null) {
            Solution s = byText.get(q.text.strip());
            if (s != null && s.kind.equals(q.kind)) {
                return s;
            }
            return null;
        }
        return q.index >= 0 && q.index < byIndex.size() && byIndex.get(q.index).kind.equals(q.kind)
                ? byIndex.get(q.index) : null;
    }

    /**
     * The answer frame for {@code question}: right when {@code wantCorrect} and the answer is known; a random vote
     * for a poll, which has no right answer.
     */
    String answerFrame(Msg question, boolean wantCorrect, Random rnd) {
        return "{\"type\":\"answer\",\"index\":" + question.index + "," + answerFields(question, wantCorrect, rnd) + "}";
    }

    /**
     * The fields of {@link #answerFrame} that answer the question ({@code "choice":2}, {@code "words":[…]} …), as the
     * WebSocket frame and a homework answer's body both carry them; of the shape the question's kind takes, known
     * or not.
     */
    String answerFields(Msg question, boolean wantCorrect, Random rnd) {
        Solution s = find(question);
        int n = Math.max(question.choices, 0);
        String kind = question.kind == null ? "single" : question.kind;
        switch (kind) {
            case "single", "truefalse" -> {
                int choice;
                if (s != null && wantCorrect) {
                    choice = s.indexes.get(0);
                } else if (s != null && n > 1) {
                    choice = (s.indexes.get(0) + 1 + rnd.nextInt(n - 1)) % n;
                } else {
                    choice = n > 0 ? rnd.nextInt(n) : 0;
                }
                return "\"choice\":" + choice;
            }
            case "multi" -> {
                List<Integer> set;
                if (s != null && wantCorrect) {
                    set = s.indexes;
                } else if (s != null && n > 1) {
                    int pick;
                    do {
                        pick = rnd.nextInt(n);
                    } while (s.indexes.size() == 1 && s.indexes.get(0) == pick);
                    set = List.of(pick);
                } else {
                    set = List.of(n > 0 ? rnd.nextInt(n) : 0);
                }
                return choices(set);
            }
            case "poll" -> {
                // No right answer: a bot votes a random choice.
                return "\"choice\":" + (n > 0 ? rnd.nextInt(n) : 0);
            }
            case "text" -> {
                String t = s != null && wantCorrect ? s.text : "not-the-answer-" + rnd.nextInt(1000);
                return "\"text\":\"" + t.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            }
            case "order" -> {
                // The items come shuffled: the right order is each right item's place among those shown.
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    order.add(i);
                }
                if (s != null && question.choiceTexts != null) {
                    List<Integer> right = new ArrayList<>();
                    for (String item : s.items) {
                        right.add(question.choiceTexts.indexOf(item));
                    }
                    if (!right.contains(-1)) {
                        order = right;
                    }
                }
                if (!(s != null && wantCorrect) && n > 1) {
                    java.util.Collections.swap(order, 0, 1); // one swap: never the right order
                }
                return choices(order);
            }
            case "slider" -> {
                double min = s != null ? s.min : question.inputMin;
                double max = s != null ? s.max : question.inputMax;
                double step = s != null ? s.step : question.inputStep;
                if (Double.isNaN(min) || Double.isNaN(max) || !(step > 0)) {
                    return "\"value\":0";
                }
                double v;
                if (s != null) {
                    // Wrong: the end of the range farther from the right value.
                    v = wantCorrect ? s.value : (s.value - min > max - s.value ? min : max);
                } else {
                    long positions = Math.round((max - min) / step);
                    v = min + step * rnd.nextInt((int) Math.min(Integer.MAX_VALUE - 1, positions) + 1);
                }
                return "\"value\":" + v;
            }
            case "wordcloud" -> {
                String w1 = WORDS.get(rnd.nextInt(WORDS.size()));
                String w2 = WORDS.get(rnd.nextInt(WORDS.size()));
                return "\"words\":[\"" + w1 + "\",\"" + w2 + "\"]";
            }
            case "number" -> {
                double v = s != null ? (wantCorrect ? s.value : s.value + s.tolerance + 1 + rnd.nextInt(100)) : rnd.nextInt(100);
                return "\"value\":" + v;
            }
            default -> {
                return "\"choice\":0";
            }
        }
    }

    /** The field {@code "choices":[…]} of these choice numbers. */
    private static String choices(List<Integer> numbers) {
        StringBuilder b = new StringBuilder("\"choices\":[");
        for (int i = 0; i < numbers.size(); i++) {
            b.append(i == 0 ? "" : ",").append(numbers.get(i));
        }
        return b.append("]").toString();
    }
}
