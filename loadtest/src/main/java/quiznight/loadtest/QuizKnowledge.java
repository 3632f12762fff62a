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

    private record Solution(String kind, List<Integer> indexes, String text, double value, double tolerance) {
    }

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
                case "poll" -> s = new Solution(kind, List.of(), null, 0, 0); // no right answer
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

    /** False for a kind whose answers score nothing and leave streaks alone (a poll). */
    static boolean scored(String kind) {
        return !"poll".equals(kind);
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
        Solution s = find(question);
        String head = "{\"type\":\"answer\",\"index\":" + question.index + ",";
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
                return head + "\"choice\":" + choice + "}";
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
                StringBuilder b = new StringBuilder(head).append("\"choices\":[");
                for (int i = 0; i < set.size(); i++) {
                    b.append(i == 0 ? "" : ",").append(set.get(i));
                }
                return b.append("]}").toString();
            }
            case "poll" -> {
                // No right answer: a bot votes a random choice.
                return head + "\"choice\":" + (n > 0 ? rnd.nextInt(n) : 0) + "}";
            }
            case "text" -> {
                String t = s != null && wantCorrect ? s.text : "not-the-answer-" + rnd.nextInt(1000);
                return head + "\"text\":\"" + t.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
            }
            case "number" -> {
                double v = s != null ? (wantCorrect ? s.value : s.value + s.tolerance + 1 + rnd.nextInt(100)) : rnd.nextInt(100);
                return head + "\"value\":" + v + "}";
            }
            default -> {
                return head + "\"choice\":0}";
            }
        }
    }
}
