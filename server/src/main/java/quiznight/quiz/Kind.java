package quiznight.quiz;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import quiznight.quiz.kinds.KindRules;
import quiznight.quiz.kinds.MultiKind;
import quiznight.quiz.kinds.NumberKind;
import quiznight.quiz.kinds.OrderKind;
import quiznight.quiz.kinds.PollKind;
import quiznight.quiz.kinds.SingleKind;
import quiznight.quiz.kinds.SliderKind;
import quiznight.quiz.kinds.TextKind;
import quiznight.quiz.kinds.TrueFalseKind;
import quiznight.quiz.kinds.WordcloudKind;

/**
 * The registry of question kinds: each constant is one kind's name on the wire and in quiz files, and its
 * {@link KindRules} (everything the kind does differently). A new kind is one class in {@code quiz.kinds} and one
 * line here.
 */
public enum Kind {
    SINGLE("single", new SingleKind()),
    MULTI("multi", new MultiKind()),
    TRUEFALSE("truefalse", new TrueFalseKind()),
    TEXT("text", new TextKind()),
    NUMBER("number", new NumberKind()),
    POLL("poll", new PollKind()),
    ORDER("order", new OrderKind()),
    SLIDER("slider", new SliderKind()),
    WORDCLOUD("wordcloud", new WordcloudKind());

    private static final String NAMES = Arrays.stream(values()).map(Kind::wire).collect(Collectors.joining(", "));

    private final String wire;
    private final KindRules<?, ?> rules;

    Kind(String wire, KindRules<?, ?> rules) {
        this.wire = wire;
        this.rules = rules;
    }

    public String wire() {
        return wire;
    }

    public KindRules<?, ?> rules() {
        return rules;
    }

    /** Every kind's wire name, comma-separated, in registry order (for messages). */
    public static String names() {
        return NAMES;
    }

    public static Optional<Kind> fromWire(String name) {
        return Arrays.stream(values()).filter(k -> k.wire.equals(name)).findFirst();
    }
}
