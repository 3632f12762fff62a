package quiznight.quiz;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Questions back to the native JSON format that {@link QuizLoader} reads (room journals, uploads, {@code convert}). */
public final class QuizWriter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private QuizWriter() {
    }

    public static ObjectNode quiz(String id, String title, List<Question> questions) {
        ObjectNode q = F.objectNode();
        q.put("id", id);
        q.put("title", title);
        ArrayNode arr = q.putArray("questions");
        questions.forEach(x -> arr.add(question(x)));
        return q;
    }

    /** A whole quiz, as {@code convert --to json} and uploads save it: id, title, description when set, questions. */
    public static ObjectNode quiz(Quiz quiz) {
        ObjectNode q = F.objectNode();
        q.put("id", quiz.id());
        q.put("title", quiz.title());
        if (!quiz.description().isEmpty()) {
            q.put("description", quiz.description());
        }
        ArrayNode arr = q.putArray("questions");
        quiz.questions().forEach(x -> arr.add(question(x)));
        return q;
    }

    public static ObjectNode question(Question q) {
        ObjectNode n = F.objectNode();
        n.put("kind", q.kind().wire());
        n.put("text", q.text());
        if (q.code() != null) {
            n.put("code", q.code());
        }
        if (q.codeLanguage() != null) {
            n.put("codeLanguage", q.codeLanguage());
        }
        if (q.image() != null) {
            n.put("image", q.image().projector());
            if (q.image().alt() != null) {
                n.put("imageAlt", q.image().alt());
            }
        }
        q.kind().rules().writeAnswerFields(n, q);
        if (!q.choiceImages().isEmpty()) {
            ArrayNode images = n.putArray("choiceImages");
            q.choiceImages().forEach(p -> images.add(p == null ? null : p.projector()));
        }
        n.put("timeLimitSec", (int) (q.timeLimitMs() / 1000));
        if (q.kind().rules().scored()) {
            n.put("points", q.points());
        }
        if (!q.explanation().isEmpty()) {
            n.put("explanation", q.explanation());
        }
        if (q.docs() != null) {
            n.put("docs", q.docs());
        }
        if (q.section() != null) {
            n.put("section", q.section());
        }
        if (q.seed() != null) {
            n.put("seed", q.seed());
        }
        return n;
    }
}
