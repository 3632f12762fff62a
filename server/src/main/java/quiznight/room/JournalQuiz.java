package quiznight.room;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import quiznight.quiz.Question;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.QuizLoader;
import quiznight.quiz.QuizWriter;

/**
 * The quiz part of a journal's {@code created} record. It names the quiz by id and content hash (the content
 * is kept once per hash by the journal, see {@link Journal#keepQuiz}) and lists which of its questions the room
 * plays, in order, with their time limits where the room changed them:
 * <pre>{"quizRef": {"id": "django", "hash": "…"}, "order": [4, 0, 7], "limitsMs": [30000, 30000, 30000]}</pre>
 * Journals of earlier versions held the played questions inline ({@code "quiz": {…}}); they still restore.
 * {@code "orderShuffle": "secret"} says the quiz's order questions were shuffled with the server's secret
 * ({@link quiznight.quiz.ShuffleSecret}); a journal without it was written before secrets and restores with the
 * shuffle of then, so the answers it recorded name the items as they were shown.
 */
final class JournalQuiz {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String ORDER_SHUFFLE = "orderShuffle";

    private JournalQuiz() {
    }

    /** SHA-256 of the content, in hex. */
    static String hash(byte[] content) {
        return Tokens.digest(content);
    }

    /** A quiz's kept content and its hash. */
    private record Kept(Quiz quiz, byte[] content, String hash) {
    }

    /**
     * The last quiz kept, so that the rooms of one quiz (a class after class, the same pack) serialize and hash it
     * once rather than once per room. Quizzes are immutable; compared by identity.
     */
    private static volatile Kept last;

    private static Kept kept(Quiz quiz) {
        Kept k = last;
        if (k == null || k.quiz() != quiz) {
            byte[] content = content(quiz);
            k = new Kept(quiz, content, hash(content));
            last = k;
        }
        return k;
    }

    /** The quiz as its content is kept: compact quiz-format JSON. */
    static byte[] content(Quiz quiz) {
        try {
            return JSON.writeValueAsBytes(QuizWriter.quiz(quiz));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the quiz part of the {@code created} record, the quiz kept by the journal. */
    static void write(ObjectNode created, Quiz quiz, List<Question> played, Journal journal) {
        created.put(ORDER_SHUFFLE, "secret");
        Map<Question, Integer> index = new HashMap<>();
        for (int i = quiz.questions().size() - 1; i >= 0; i--) {
            index.put(quiz.questions().get(i).withTimeLimitMs(0), i);
        }
        int[] order = new int[played.size()];
        boolean limitsChanged = false;
        for (int i = 0; i < played.size(); i++) {
            Integer at = index.get(played.get(i).withTimeLimitMs(0));
            if (at == null) {
                // Not a question of this quiz (cannot happen for rooms made from the catalog): the old, inline form.
                created.put("quizDescription", quiz.description());
                created.set("quiz", QuizWriter.quiz(quiz.id(), quiz.title(), played));
                return;
            }
            order[i] = at;
            limitsChanged |= quiz.questions().get(at).timeLimitMs() != played.get(i).timeLimitMs();
        }
        if (journal == Journal.NONE) {
            return;
        }
        Kept k = kept(quiz);
        journal.keepQuiz(k.hash(), k.content());
        created.putObject("quizRef").put("id", quiz.id()).put("hash", k.hash());
        ArrayNode o = created.putArray("order");
        for (int i : order) {
            o.add(i);
        }
        if (limitsChanged) {
            ArrayNode l = created.putArray("limitsMs");
            played.forEach(q -> l.add(q.timeLimitMs()));
        }
    }

    /** True when the record names its quiz in a form {@link #read} takes. */
    static boolean present(JsonNode created) {
        return created.has("quiz") || created.has("quizRef");
    }

    /**
     * The quiz a {@code created} record names, with only the questions the room plays, in their order.
     *
     * @param loader the server's loader (with its shuffle secret)
     * @throws QuizFormatException when the quiz is not kept any more, or is not what the hash says
     */
    static Quiz read(JsonNode created, Journal journal, QuizLoader loader) throws QuizFormatException {
        String source = "journal of room " + created.path("code").asText();
        loader = QuizLoader.forJournal(loader, created.has(ORDER_SHUFFLE));
        if (created.has("quiz")) {
            Quiz quiz;
            try {
                quiz = loader.load(new ByteArrayInputStream(JSON.writeValueAsBytes(created.get("quiz"))), source, "restored");
            } catch (java.io.IOException e) {
                throw new QuizFormatException("the journal's quiz cannot be read: " + e.getMessage(), e);
            }
            return new Quiz(quiz.id(), quiz.title(), created.path("quizDescription").asText(""), quiz.questions());
        }
        JsonNode ref = created.path("quizRef");
        String id = ref.path("id").asText();
        String hash = ref.path("hash").asText();
        byte[] content = journal.keptQuiz(hash).orElseThrow(() -> new QuizFormatException(
                source + ": its quiz " + id + " (" + hash + ") is not kept any more"));
        if (!hash(content).equals(hash)) {
            throw new QuizFormatException(source + ": the quiz kept as " + hash + " is not that content");
        }
        Quiz quiz = loader.load(new ByteArrayInputStream(content), source + ": quiz " + id, id);
        JsonNode order = created.path("order");
        JsonNode limits = created.path("limitsMs");
        if (!order.isArray() || order.isEmpty() || (limits.isArray() && limits.size() != order.size())) {
            throw new QuizFormatException(source + ": the questions played are not listed");
        }
        List<Question> played = new ArrayList<>(order.size());
        for (int i = 0; i < order.size(); i++) {
            int at = order.get(i).asInt(-1);
            if (at < 0 || at >= quiz.questions().size()) {
                throw new QuizFormatException(source + ": question " + at + " is not in quiz " + id);
            }
            Question q = quiz.questions().get(at);
            played.add(limits.isArray() ? q.withTimeLimitMs(limits.get(i).asLong()) : q);
        }
        return new Quiz(quiz.id(), quiz.title(), quiz.description(), played);
    }
}
