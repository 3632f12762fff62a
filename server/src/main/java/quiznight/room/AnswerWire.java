package quiznight.room;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import quiznight.protocol.ClientMessage;
import quiznight.protocol.ErrorCode;
import quiznight.protocol.ProtocolException;
import quiznight.quiz.Question;
import quiznight.quiz.Solution;
import quiznight.game.Submission;

/** How answers and solutions look on the wire, in the results and in the journal, per question kind. */
final class AnswerWire {
    private AnswerWire() {
    }

    /** A player's answer as the game takes it, checked against the shape the question wants. */
    static Submission toSubmission(ClientMessage.Answer a, Question q) {
        switch (q.kind()) {
            case SINGLE, TRUEFALSE -> {
                if (a.choice() == null) {
                    throw new ProtocolException(ErrorCode.BAD_MESSAGE, "This question takes 'choice': a choice number.");
                }
                return new Submission.Choice(a.choice());
            }
            case MULTI -> {
                if (a.choices() == null) {
                    throw new ProtocolException(ErrorCode.BAD_MESSAGE, "This question takes 'choices': a list of choice numbers.");
                }
                TreeSet<Integer> set = new TreeSet<>(a.choices());
                if (set.size() != a.choices().size()) {
                    throw new ProtocolException(ErrorCode.BAD_MESSAGE, "Field 'choices' lists a choice twice.");
                }
                return new Submission.Choices(set);
            }
            case TEXT -> {
                if (a.text() == null) {
                    throw new ProtocolException(ErrorCode.BAD_MESSAGE, "This question takes 'text'.");
                }
                return new Submission.Text(a.text());
            }
            case NUMBER -> {
                if (a.value() == null) {
                    throw new ProtocolException(ErrorCode.BAD_MESSAGE, "This question takes 'value': a number.");
                }
                return new Submission.Number(a.value());
            }
            default -> throw new IllegalStateException(q.kind().toString());
        }
    }

    /** The correct answer as the reveal and the results show it. */
    static Object correctOnWire(Solution s) {
        if (s instanceof Solution.Choices c) {
            return List.copyOf(c.indexes());
        }
        if (s instanceof Solution.Text t) {
            return t.accepted();
        }
        Solution.Number n = (Solution.Number) s;
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("value", n.value());
        m.put("tolerance", n.tolerance());
        return m;
    }

    /** A submission as the results and the journal record it. */
    static Object submissionOnWire(Submission s) {
        if (s instanceof Submission.Choice c) {
            return c.index();
        }
        if (s instanceof Submission.Choices c) {
            return List.copyOf(c.indexes());
        }
        if (s instanceof Submission.Text t) {
            return t.text();
        }
        return ((Submission.Number) s).value();
    }

    /** The submission a journal's {@code answer} record holds ({@link #submissionOnWire} read back). */
    static Submission fromJournal(JsonNode a) {
        if (a.isInt()) {
            return new Submission.Choice(a.asInt());
        }
        if (a.isArray()) {
            TreeSet<Integer> set = new TreeSet<>();
            a.forEach(n -> set.add(n.asInt()));
            return new Submission.Choices(set);
        }
        if (a.isTextual()) {
            return new Submission.Text(a.asText());
        }
        return new Submission.Number(a.asDouble());
    }
}
