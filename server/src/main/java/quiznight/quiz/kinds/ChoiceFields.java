package quiznight.quiz.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import quiznight.protocol.ClientMessage;
import quiznight.protocol.ErrorCode;
import quiznight.protocol.ProtocolException;
import quiznight.quiz.Kind;
import quiznight.quiz.Picture;
import quiznight.quiz.ProblemCode;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.QuizLoader;
import quiznight.quiz.Submission;
import quiznight.quiz.TextAnswers;

/** The fields the kinds answered by picking choices share: their choices, correct indexes, and one-choice answers. */
final class ChoiceFields {
    private ChoiceFields() {
    }

    static List<String> choices(JsonNode node, int min, int max, QuizFields f) throws QuizFormatException {
        if (node == null || !node.isArray()) {
            throw f.error("choices", ProblemCode.CHOICES_NOT_ARRAY);
        }
        if (node.size() < min || node.size() > max) {
            throw min == max ? f.error("choices", ProblemCode.CHOICES_COUNT_EXACT, min, node.size())
                    : f.error("choices", ProblemCode.CHOICES_COUNT, min, max, node.size());
        }
        List<String> choices = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode c : node) {
            if (!c.isTextual() || c.asText().isBlank()) {
                throw f.error("choices", ProblemCode.CHOICES_EMPTY_ENTRY);
            }
            String s = c.asText().strip();
            f.displayable("choices", s);
            if (s.length() > QuizLoader.MAX_CHOICE_TEXT) {
                throw f.error("choices", ProblemCode.CHOICES_ENTRY_TOO_LONG, QuizLoader.MAX_CHOICE_TEXT);
            }
            if (!seen.add(TextAnswers.normalize(s))) {
                throw f.error("choices", ProblemCode.CHOICES_DUPLICATE, s);
            }
            choices.add(f.share(s));
        }
        return choices;
    }

    /** Kinds without choices: {@code choices} absent (or empty). */
    static List<String> none(JsonNode node, String kind, QuizFields f) throws QuizFormatException {
        if (node != null && !(node.isArray() && node.isEmpty())) {
            throw f.error("choices", ProblemCode.CHOICES_NOT_ALLOWED, kind);
        }
        return List.of();
    }

    /** {@code choiceImages}: as long as the choices, each a picture path or null, at least one picture. */
    static List<Picture> images(JsonNode node, int choiceCount, QuizFields f) throws QuizFormatException {
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            throw f.error("choiceImages", ProblemCode.CHOICE_IMAGES_NOT_ARRAY);
        }
        if (node.size() != choiceCount) {
            throw f.error("choiceImages", ProblemCode.CHOICE_IMAGES_COUNT, choiceCount, node.size());
        }
        List<Picture> images = new ArrayList<>();
        for (JsonNode v : node) {
            images.add(v.isNull() ? null : f.picture("choiceImages", v));
        }
        if (images.stream().allMatch(java.util.Objects::isNull)) {
            throw f.error("choiceImages", ProblemCode.CHOICE_IMAGES_NONE);
        }
        return images;
    }

    /** Kinds that take no pictures on their choices: {@code choiceImages} absent. */
    static List<Picture> noImages(JsonNode node, QuizFields f) throws QuizFormatException {
        if (node != null) {
            String shown = Arrays.stream(Kind.values()).filter(k -> k.rules().takesChoiceImages()).map(Kind::wire)
                    .collect(Collectors.joining(", "));
            throw f.error("choiceImages", ProblemCode.CHOICE_IMAGES_NOT_ALLOWED, shown);
        }
        return List.of();
    }

    /** The correct choice indexes; {@code one}: exactly one, for a question of kind {@code kind}. */
    static TreeSet<Integer> indexes(JsonNode node, int choiceCount, boolean one, String kind, QuizFields f)
            throws QuizFormatException {
        if (node == null) {
            throw f.error("correct", ProblemCode.FIELD_REQUIRED);
        }
        if (!node.isArray() || node.isEmpty()) {
            throw f.error("correct", ProblemCode.CORRECT_NOT_INDEXES);
        }
        TreeSet<Integer> set = new TreeSet<>();
        for (JsonNode n : node) {
            if (!n.isIntegralNumber() || n.asInt() < 0 || n.asInt() >= choiceCount) {
                throw f.error("correct", ProblemCode.CORRECT_INDEX_RANGE, n.toString(), choiceCount - 1);
            }
            if (!set.add(n.asInt())) {
                throw f.error("correct", ProblemCode.CORRECT_INDEX_TWICE, n.toString());
            }
        }
        if (one && set.size() != 1) {
            throw f.error("correct", ProblemCode.CORRECT_NOT_ONE, kind);
        }
        return set;
    }

    static void writeChoices(ObjectNode n, List<String> choices) {
        ArrayNode c = n.putArray("choices");
        choices.forEach(c::add);
    }

    static void writeIndexes(ObjectNode n, Iterable<Integer> indexes) {
        ArrayNode a = n.putArray("correct");
        indexes.forEach(a::add);
    }

    /** A one-choice answer ({@code choice}). */
    static Submission.Choice choice(ClientMessage.Answer a) {
        if (a.choice() == null) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "This question takes 'choice': a choice number.");
        }
        return Submission.Choice.of(a.choice());
    }

    static boolean fits(Submission.Choice c, int choiceCount) {
        return c.index() >= 0 && c.index() < choiceCount;
    }

    static String takesChoice(int choiceCount) {
        return "This question takes 'choice': a choice number from 0 to " + (choiceCount - 1) + ".";
    }

    static Submission.Choice choiceFromJournal(JsonNode node) {
        if (node == null || !node.isInt()) {
            throw new IllegalArgumentException("the recorded answer is not a choice number: " + node);
        }
        return Submission.Choice.of(node.asInt());
    }
}
