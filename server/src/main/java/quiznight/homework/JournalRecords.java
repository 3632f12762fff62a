package quiznight.homework;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import quiznight.game.NameFilter;
import quiznight.quiz.Question;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.QuizLoader;
import quiznight.quiz.QuizWriter;
import quiznight.quiz.Submission;

/**
 * The records of an assignment's journal (docs/homework.md, "Persistence and cluster mode"): how each is written,
 * and how they are replayed, with the times they recorded, into the assignment they describe.
 */
final class JournalRecords {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The created record's mark that the quiz's order questions were shuffled with the server's secret. */
    private static final String ORDER_SHUFFLE = "orderShuffle";

    private JournalRecords() {
    }

    static ObjectNode created(Assignment.Spec spec, Quiz quiz) {
        ObjectNode r = record("created", spec.createdAt());
        r.put("id", spec.id()).put("owner", spec.owner()).put("title", spec.title()).put("quizId", quiz.id())
                .put("quizTitle", quiz.title()).put("deadline", spec.deadline()).put(ORDER_SHUFFLE, "secret");
        r.set("quiz", QuizWriter.quiz(quiz.id(), quiz.title(), spec.questions()));
        return r;
    }

    static ObjectNode joined(String student, String token, String name, long at) {
        ObjectNode r = record("joined", at);
        r.put("student", student).put("token", token).put("name", name);
        return r;
    }

    static ObjectNode sent(Student s, int index, long at) {
        return record("sent", at).put("student", s.id()).put("index", index);
    }

    /** Written by a shared journal only: a single server closes a timed-out question again on replay. */
    static ObjectNode missed(Student s, int index, long at) {
        return record("missed", at).put("student", s.id()).put("index", index);
    }

    static ObjectNode answered(Assignment a, Student s, int index, Submission accepted, long at) {
        ObjectNode r = record("answered", at).put("student", s.id()).put("index", index);
        Question q = a.spec().questions().get(index);
        r.set("answer", JSON.valueToTree(q.kind().rules().answerToWire(accepted)));
        return r;
    }

    private static ObjectNode record(String type, long at) {
        ObjectNode r = JSON.createObjectNode();
        r.put("t", type).put("at", at);
        return r;
    }

    // ---- replay --------------------------------------------------------------------------------

    /**
     * The assignment a whole journal describes; throws when it does not start with its created record. Its questions
     * are loaded with {@code loader} (the server's shuffle secret), or, for a journal written before order questions
     * were shuffled with a secret (no {@code orderShuffle}), with the shuffle of then ({@link QuizLoader#beforeSecrets()}),
     * so that recorded answers name the items as they were shown.
     */
    static Assignment replay(List<JsonNode> records, NameFilter names, QuizLoader loader) throws QuizFormatException {
        if (records.isEmpty() || !"created".equals(records.get(0).path("t").asText())) {
            throw new QuizFormatException("the journal does not start with its created record");
        }
        JsonNode c = records.get(0);
        Quiz played;
        try {
            played = QuizLoader.forJournal(loader, c.has(ORDER_SHUFFLE)).load(
                    new ByteArrayInputStream(JSON.writeValueAsBytes(c.get("quiz"))),
                    "homework journal " + c.path("id").asText(), c.path("quizId").asText());
        } catch (IOException e) {
            throw new QuizFormatException("the journal's questions cannot be read: " + e.getMessage(), e);
        }
        Assignment a = new Assignment(new Assignment.Spec(c.path("id").asText(), c.path("owner").asText(),
                c.path("title").asText(), c.path("quizId").asText(), c.path("quizTitle").asText(), played.questions(),
                c.path("deadline").asLong(), c.path("at").asLong()), names);
        for (JsonNode r : records.subList(1, records.size())) {
            apply(a, r);
        }
        return a;
    }

    /** Applies one record after the created one; throws when it does not follow from the assignment as it is. */
    static void apply(Assignment a, JsonNode r) throws QuizFormatException {
        long at = r.path("at").asLong();
        switch (r.path("t").asText()) {
            case "joined" -> a.joinRecorded(r.path("student").asText(), r.path("token").asText(),
                    r.path("name").asText(), at);
            case "sent" -> a.sentRecorded(known(a, r), r.path("index").asInt(), at);
            case "missed" -> a.missedRecorded(known(a, r), r.path("index").asInt(), at);
            case "answered" -> {
                int index = r.path("index").asInt();
                if (index < 0 || index >= a.total()) {
                    throw new QuizFormatException("an answer to question " + index + ", which the homework does not have");
                }
                Question q = a.spec().questions().get(index);
                a.answerRecorded(known(a, r), index, q.kind().rules().readJournaled(r.get("answer")), at);
            }
            default -> throw new QuizFormatException("unknown journal record '" + r.path("t").asText() + "'");
        }
    }

    private static Student known(Assignment a, JsonNode r) {
        Student s = a.studentById(r.path("student").asText());
        if (s == null) {
            throw new IllegalStateException("a record names a student who never joined");
        }
        return s;
    }
}
