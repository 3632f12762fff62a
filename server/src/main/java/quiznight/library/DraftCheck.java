package quiznight.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import quiznight.quiz.ProblemCode;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.QuizLoader;

/**
 * Every problem of a draft, found by the server's own loader ({@link QuizLoader}), not a second copy of its rules.
 * The loader stops at the first error, so a draft is checked in parts: the quiz's own fields with its questions
 * set aside, then each question alone in a quiz of one. Within a part, a refused field is set aside (an optional
 * one removed, a required text replaced, a question's kind, choices and answer replaced by a plain true/false
 * question) and the part is checked again, until it passes or a field is refused twice. So every field the
 * loader would refuse is named once, with its question.
 */
public final class DraftCheck {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String SOURCE = "draft";
    private static final Pattern PLACE = Pattern.compile("^" + SOURCE + "(: question \\d+)?: ");
    /** The fields whose rules depend on the question's kind: set aside together. */
    private static final Set<String> KIND_FIELDS = Set.of("kind", "choices", "correct");
    /** A picture path the loader takes, standing in for a refused {@code image}. */
    private static final String STUB_IMAGE = "/media/" + "0".repeat(64) + "-p.png";
    /** More rounds than a part has fields: a guard against a loader that keeps refusing. */
    private static final int MAX_ROUNDS = 32;

    /** What a check found: every problem, and the quiz as hosted when there is none. */
    public record Result(List<Problem> problems, Quiz quiz) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean hostable() {
            return problems.isEmpty() && quiz != null;
        }
    }

    private DraftCheck() {
    }

    /** As {@link #check(QuizLoader, JsonNode, String)} with {@link QuizLoader#forChecking()}: for its problems only. */
    public static Result check(JsonNode draft, String id) {
        return check(QuizLoader.forChecking(), draft, id);
    }

    /**
     * Checks a draft as the editor sent it (the native quiz format). Its own {@code id}, if any, is ignored: the
     * quiz is hosted under {@code id}. The quiz of a draft without problems is loaded with {@code loader} (the
     * server's, for the quiz it hosts); the search for every problem uses {@link QuizLoader#forChecking()}.
     */
    public static Result check(QuizLoader loader, JsonNode draft, String id) {
        List<Problem> problems = new ArrayList<>();
        if (draft == null || !draft.isObject()) {
            problems.add(Problem.of(null, ProblemCode.QUIZ_NOT_OBJECT, "The quiz must be a JSON object with a title and questions."));
            return new Result(problems, null);
        }
        ObjectNode root = F.objectNode();
        root.setAll((ObjectNode) draft);
        root.put("id", id);
        try {
            return new Result(problems, loader.load(root, SOURCE, id)); // most saves: one load, no problem
        } catch (QuizFormatException e) {
            // at least one problem: find them all below
        }
        JsonNode questions = root.get("questions");
        boolean questionsOk = questions != null && questions.isArray() && !questions.isEmpty();

        ObjectNode quizPart = F.objectNode();
        quizPart.setAll(root);
        if (questionsOk) {
            quizPart.set("questions", F.arrayNode().add(stubQuestion()));
        }
        Set<String> quizFields = checkPart(quizPart, null, problems);

        if (questionsOk) {
            JsonNode limit = quizFields.contains("timeLimitSec") ? null : root.get("timeLimitSec");
            for (int i = 0; i < questions.size(); i++) {
                JsonNode q = questions.get(i);
                if (!q.isObject()) {
                    problems.add(Problem.of(i, ProblemCode.QUESTION_NOT_OBJECT, "The question must be a JSON object."));
                    continue;
                }
                ObjectNode question = F.objectNode();
                question.setAll((ObjectNode) q);
                ObjectNode part = F.objectNode().put("id", id).put("title", "?");
                if (limit != null) {
                    part.set("timeLimitSec", limit);
                }
                part.putArray("questions").add(question);
                checkPart(part, i, problems);
            }
        }
        if (!problems.isEmpty()) {
            return new Result(problems, null);
        }
        try {
            return new Result(problems, loader.load(root, SOURCE, id));
        } catch (QuizFormatException e) {
            // A rule about the whole quiz that no part showed: still named, never silently hostable.
            problems.add(problem(null, e));
            return new Result(problems, null);
        }
    }

    /**
     * Loads one part again and again, setting aside each field refused, and adds a problem for each; returns the
     * fields refused. {@code question} is the question's index for a question part, null for the quiz part.
     */
    private static Set<String> checkPart(ObjectNode part, Integer question, List<Problem> problems) {
        Set<String> refused = new HashSet<>();
        ObjectNode target = question == null ? part : (ObjectNode) part.get("questions").get(0);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            try {
                QuizLoader.forChecking().load(part, SOURCE, "x");
                return refused;
            } catch (QuizFormatException e) {
                String field = e.field();
                boolean again = field == null || !refused.add(field);
                problems.add(problem(question, e));
                if (again) {
                    return refused;
                }
                setAside(target, field, question == null, refused);
            }
        }
        return refused;
    }

    private static void setAside(ObjectNode target, String field, boolean quizPart, Set<String> refused) {
        if (quizPart) {
            switch (field) {
                case "title" -> target.put("title", "?");
                case "questions" -> target.set("questions", F.arrayNode().add(stubQuestion()));
                default -> target.remove(field);
            }
            return;
        }
        if (KIND_FIELDS.contains(field)) {
            ObjectNode stub = stubQuestion();
            target.set("kind", stub.get("kind"));
            target.remove("choices");
            target.remove("choiceImages"); // they follow the choices set aside; checked again once those are right
            target.set("correct", stub.get("correct"));
            refused.addAll(KIND_FIELDS);
        } else if (field.equals("text")) {
            target.put("text", "?");
        } else if (field.equals("image")) {
            target.put("image", STUB_IMAGE); // so its imageAlt is still checked, not refused for lack of a picture
        } else if (field.equals("code")) {
            target.put("code", "?"); // so its codeLanguage is still checked
        } else {
            target.remove(field);
        }
    }

    /** A question every loader takes: a true/false one. */
    private static ObjectNode stubQuestion() {
        ObjectNode q = F.objectNode().put("kind", "truefalse").put("text", "?");
        ArrayNode correct = q.putArray("correct");
        correct.add(0);
        return q;
    }

    /** The loader's refusal as a problem of {@code question} (null: the quiz's own), with its code. */
    private static Problem problem(Integer question, QuizFormatException e) {
        if (e.coded() == null) {
            return new Problem(question, e.field(), sentence(e), null, null);
        }
        return new Problem(question, sentence(e), e.coded());
    }

    /** "timeLimitSec must be a whole number …", or the loader's sentence without the place. */
    static String sentence(QuizFormatException e) {
        if (e.field() != null && e.problem() != null) {
            return e.field() + " " + e.problem();
        }
        return PLACE.matcher(e.getMessage()).replaceFirst("");
    }
}
