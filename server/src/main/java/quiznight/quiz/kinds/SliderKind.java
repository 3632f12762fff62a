package quiznight.quiz.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import quiznight.protocol.ClientMessage;
import quiznight.protocol.ErrorCode;
import quiznight.protocol.ProtocolException;
import quiznight.quiz.ProblemCode;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.Solution;
import quiznight.quiz.Submission;

/**
 * {@code slider}: pick a number on a range ({@code min} to {@code max} in steps of {@code step}, with a
 * {@code unit}); full points (speed-scored) within {@code tolerance} of the right value, none outside. A value off
 * the range or between steps is refused. The reveal's counts are a histogram of the answers over the range: one
 * bin per step when there are at most {@value #MAX_BINS} + 1 positions, else {@value #MAX_BINS} equal bins.
 */
public final class SliderKind extends KindRules<Solution.Slider, Submission.Number> {
    public static final int MAX_BINS = 40;
    /** Positions on a slider (steps from min to max, plus one) at most. */
    public static final int MAX_POSITIONS = 100_000;
    public static final int MAX_UNIT = 20;
    private static final double EPS = 1e-9;

    public SliderKind() {
        super(Solution.Slider.class, Submission.Number.class);
    }

    @Override
    protected List<String> choices(JsonNode node, QuizFields f) throws QuizFormatException {
        return ChoiceFields.none(node, "slider", f);
    }

    @Override
    protected Solution.Slider solution(JsonNode node, List<String> choices, QuizFields f) throws QuizFormatException {
        if (node == null) {
            throw f.error("correct", ProblemCode.FIELD_REQUIRED);
        }
        if (!node.isObject()) {
            throw f.error("correct", ProblemCode.SLIDER_NOT_OBJECT);
        }
        double min = number(node, "min", f);
        double max = number(node, "max", f);
        double step = node.has("step") ? number(node, "step", f) : 1;
        double value = number(node, "value", f);
        double tolerance = node.has("tolerance") ? number(node, "tolerance", f) : 0;
        if (!(min < max)) {
            throw f.error("correct", ProblemCode.SLIDER_MIN_BELOW_MAX);
        }
        if (!(step > 0)) {
            throw f.error("correct", ProblemCode.SLIDER_STEP);
        }
        double steps = (max - min) / step;
        if (steps + 1 > MAX_POSITIONS) {
            throw f.error("correct", ProblemCode.SLIDER_TOO_MANY_POSITIONS, MAX_POSITIONS);
        }
        if (!onStep(steps)) {
            throw f.error("correct", ProblemCode.SLIDER_MAX_OFF_STEP);
        }
        if (value < min || value > max || !onStep((value - min) / step)) {
            throw f.error("correct", ProblemCode.SLIDER_VALUE_OFF);
        }
        if (tolerance < 0) {
            throw f.error("correct", ProblemCode.SLIDER_NEGATIVE_TOLERANCE);
        }
        String unit = "";
        JsonNode u = node.get("unit");
        if (u != null && !u.isNull()) {
            if (!u.isTextual() || u.asText().strip().length() > MAX_UNIT) {
                throw f.error("correct", ProblemCode.SLIDER_BAD_UNIT, MAX_UNIT);
            }
            unit = u.asText().strip();
            f.displayable("correct", unit);
        }
        return new Solution.Slider(min, max, step, f.share(unit), value, tolerance);
    }

    private static double number(JsonNode node, String field, QuizFields f) throws QuizFormatException {
        JsonNode v = node.get(field);
        if (v == null || !v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw f.error("correct", ProblemCode.SLIDER_NEEDS_NUMBER, field);
        }
        return v.asDouble();
    }

    private static boolean onStep(double steps) {
        return Math.abs(steps - Math.rint(steps)) <= 1e-6;
    }

    @Override
    protected void write(ObjectNode n, List<String> choices, Solution.Slider s) {
        ObjectNode c = n.putObject("correct");
        c.put("min", s.min()).put("max", s.max()).put("step", s.step()).put("value", s.value())
                .put("tolerance", s.tolerance());
        if (!s.unit().isEmpty()) {
            c.put("unit", s.unit());
        }
    }

    @Override
    public KindDescription describe() {
        return new KindDescription("Slider", "Slide to your answer",
                FieldSpec.of("correct.min", "number", "Lowest", true).with("default", 0),
                FieldSpec.of("correct.max", "number", "Highest", true).with("default", 100),
                FieldSpec.of("correct.step", "number", "Step", false).with("min", 0).with("default", 1),
                FieldSpec.text("correct.unit", "Unit", false, MAX_UNIT).with("help", "Shown after the number: km, %, °C …"),
                FieldSpec.of("correct.value", "number", "Right value", true),
                FieldSpec.of("correct.tolerance", "number", "Tolerance (±)", false).with("min", 0).with("default", 0)
                        .with("help", "Answers this close get full points; any further get none."));
    }

    @Override
    public boolean takesChoiceImages() {
        return false;
    }

    @Override
    public boolean scored() {
        return true;
    }

    @Override
    protected Submission.Number answer(ClientMessage.Answer a) {
        if (a.value() == null) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "This question takes 'value': a number on the slider.");
        }
        return new Submission.Number(a.value());
    }

    /** The slider's lowest position. */
    @Override
    protected void sample(ObjectNode answer, Solution.Slider s, int choiceCount) {
        answer.put("value", s.min());
    }

    @Override
    protected boolean fits(Solution.Slider s, Submission.Number answer, int choiceCount) {
        double v = answer.value();
        return Double.isFinite(v) && v >= s.min() - EPS && v <= s.max() + EPS && onStep((v - s.min()) / s.step());
    }

    @Override
    protected String takes(Solution.Slider s, int choiceCount) {
        return "This question takes 'value': a number from " + plain(s.min()) + " to " + plain(s.max())
                + " in steps of " + plain(s.step()) + ".";
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    @Override
    protected boolean isCorrect(Solution.Slider s, Submission.Number answer) {
        return Math.abs(answer.value() - s.value()) <= s.tolerance() + EPS;
    }

    private static long positions(Solution.Slider s) {
        return Math.round((s.max() - s.min()) / s.step()) + 1;
    }

    @Override
    protected int slots(Solution.Slider s, int choiceCount) {
        return (int) Math.min(positions(s), MAX_BINS);
    }

    /** The histogram bin of a value: its step when each step has a bin, else its share of the range. */
    static int bin(Solution.Slider s, double v) {
        long positions = positions(s);
        if (positions <= MAX_BINS) {
            return (int) Math.max(0, Math.min(positions - 1, Math.round((v - s.min()) / s.step())));
        }
        return (int) Math.max(0, Math.min(MAX_BINS - 1, Math.floor((v - s.min()) / (s.max() - s.min()) * MAX_BINS)));
    }

    @Override
    protected void count(Solution.Slider s, Submission.Number answer, int[] counts, int delta) {
        counts[bin(s, answer.value())] += delta;
    }

    @Override
    protected Object inputOnWire(Solution.Slider s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("min", s.min());
        m.put("max", s.max());
        m.put("step", s.step());
        m.put("unit", s.unit());
        return m;
    }

    @Override
    public boolean collectsWords() {
        return false;
    }

    @Override
    protected Object solutionOnWire(Solution.Slider s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", s.value());
        m.put("tolerance", s.tolerance());
        m.put("min", s.min());
        m.put("max", s.max());
        m.put("step", s.step());
        m.put("unit", s.unit());
        return m;
    }

    @Override
    protected Object answerOnWire(Submission.Number answer) {
        return answer.value();
    }

    @Override
    protected Submission.Number answerFromJournal(JsonNode node) {
        return NumberKind.numberFromJournal(node);
    }
}
