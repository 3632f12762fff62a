package quiznight.quiz.kinds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import quiznight.quiz.Kind;
import quiznight.quiz.Question;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.QuizLoader;
import quiznight.quiz.QuizWriter;
import quiznight.quiz.Solution;

/** order, slider and wordcloud in a quiz file: read with their limits, refused with a sentence, written back. */
class NewKindsQuizFileTest {

    private static Quiz load(String... questions) throws QuizFormatException {
        String json = "{\"title\":\"T\",\"questions\":[" + String.join(",", questions) + "]}";
        return QuizLoader.forChecking().load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "my.json", "my");
    }

    private static final quiznight.quiz.ShuffleSecret SECRET = quiznight.quiz.ShuffleSecret.of("a secret for these tests");

    static final String ORDER = "{\"kind\":\"order\",\"text\":\"Oldest first\",\"choices\":"
            + "[\"Fortran\",\"Lisp\",\"C\",\"Java\",\"Rust\"]}";
    static final String SLIDER = "{\"kind\":\"slider\",\"text\":\"Share of web servers on Linux?\",\"correct\":"
            + "{\"min\":0,\"max\":100,\"step\":5,\"unit\":\"%\",\"value\":80,\"tolerance\":5}}";
    static final String CLOUD = "{\"kind\":\"wordcloud\",\"text\":\"One word for Python\"}";

    /** The items as shown, put back in the order the solution says. */
    private static List<String> rightOrder(Question q) {
        List<String> right = new ArrayList<>();
        for (int shown : ((Solution.Order) q.solution()).order()) {
            right.add(q.choices().get(shown));
        }
        return right;
    }

    @Test
    void order_isShownShuffled_neverInTheRightOrder_andItsSolutionPutsItBack() throws Exception {
        Question q = load(ORDER).questions().get(0);
        assertThat(q.kind()).isEqualTo(Kind.ORDER);
        assertThat(q.choices()).containsExactlyInAnyOrder("Fortran", "Lisp", "C", "Java", "Rust")
                .isNotEqualTo(List.of("Fortran", "Lisp", "C", "Java", "Rust"));
        assertThat(rightOrder(q)).containsExactly("Fortran", "Lisp", "C", "Java", "Rust");
        assertThat(load(ORDER).questions().get(0).choices()).as("the same shuffle every load").isEqualTo(q.choices());
    }

    @Test
    void order_isNeverShownInTheRightOrder_forManyItemSets() throws Exception {
        for (int n = OrderKind.MIN_ITEMS; n <= OrderKind.MAX_ITEMS; n++) {
            for (int seed = 0; seed < 200; seed++) {
                List<String> items = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    items.add("item " + seed + "-" + i);
                }
                int[] p = OrderKind.shuffle(n, SECRET.seed(items));
                boolean identity = true;
                for (int i = 0; i < n; i++) {
                    identity &= p[i] == i;
                }
                assertThat(identity).as("%s", items).isFalse();
                assertThat(p).containsExactlyInAnyOrder(java.util.stream.IntStream.range(0, n).toArray());
            }
        }
    }

    @Test
    void slider_isRead_withItsRange_andOnlyTheRangeGoesOutWithTheQuestion() throws Exception {
        Question q = load(SLIDER).questions().get(0);
        assertThat(q.solution()).isEqualTo(new Solution.Slider(0, 100, 5, "%", 80, 5));
        assertThat(q.kind().rules().inputToWire(q)).isEqualTo(Map.of("min", 0.0, "max", 100.0, "step", 5.0, "unit", "%"));
        String input = new ObjectMapper().writeValueAsString(q.kind().rules().inputToWire(q));
        assertThat(input).doesNotContain("80").doesNotContain("tolerance");
        assertThat(q.kind().rules().countSlots(q)).as("one bin per step: 0, 5, …, 100").isEqualTo(21);
    }

    @Test
    void wordcloud_isRead_withNoChoicesNoSolution_andScoresNothing() throws Exception {
        Question q = load(CLOUD).questions().get(0);
        assertThat(q.kind()).isEqualTo(Kind.WORDCLOUD);
        assertThat(q.choices()).isEmpty();
        assertThat(q.solution()).isEqualTo(new Solution.None());
        assertThat(q.kind().rules().scored()).isFalse();
        assertThat(q.kind().rules().collectsWords()).isTrue();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "{\"kind\":\"order\",\"text\":\"x\",\"choices\":[\"a\",\"b\"]}"
                    + "|my.json: question 1: field 'choices' must have 3 to 6 entries (got 2)",
            "{\"kind\":\"order\",\"text\":\"x\",\"choices\":[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\"]}"
                    + "|my.json: question 1: field 'choices' must have 3 to 6 entries (got 7)",
            "{\"kind\":\"order\",\"text\":\"x\",\"choices\":[\"a\",\"b\",\"c\"],\"correct\":[0,1,2]}"
                    + "|my.json: question 1: field 'correct' must be absent for an order question: list the items in"
                    + " 'choices' in the right order (players see them shuffled)",
            "{\"kind\":\"order\",\"text\":\"x\",\"choices\":[\"a\",\"b\",\"a\"]}"
                    + "|my.json: question 1: field 'choices' has a duplicate entry \"a\"",
            "{\"kind\":\"slider\",\"text\":\"x\"}|my.json: question 1: field 'correct' is required",
            "{\"kind\":\"slider\",\"text\":\"x\",\"correct\":{\"min\":10,\"max\":10,\"value\":10}}"
                    + "|my.json: question 1: field 'correct' needs 'min' below 'max'",
            "{\"kind\":\"slider\",\"text\":\"x\",\"correct\":{\"min\":0,\"max\":10,\"step\":0,\"value\":1}}"
                    + "|my.json: question 1: field 'correct' needs a 'step' above 0",
            "{\"kind\":\"slider\",\"text\":\"x\",\"correct\":{\"min\":0,\"max\":10,\"step\":3,\"value\":3}}"
                    + "|my.json: question 1: field 'correct' needs 'max' a whole number of steps above 'min'",
            "{\"kind\":\"slider\",\"text\":\"x\",\"correct\":{\"min\":0,\"max\":10,\"step\":2,\"value\":5}}"
                    + "|my.json: question 1: field 'correct' has a 'value' that is not on the slider (from 'min' to"
                    + " 'max' in steps of 'step')",
            "{\"kind\":\"slider\",\"text\":\"x\",\"correct\":{\"min\":0,\"max\":10,\"value\":11}}"
                    + "|my.json: question 1: field 'correct' has a 'value' that is not on the slider (from 'min' to"
                    + " 'max' in steps of 'step')",
            "{\"kind\":\"slider\",\"text\":\"x\",\"correct\":{\"min\":0,\"max\":10,\"value\":1,\"tolerance\":-1}}"
                    + "|my.json: question 1: field 'correct' has a 'tolerance' below 0",
            "{\"kind\":\"slider\",\"text\":\"x\",\"correct\":{\"min\":0,\"max\":1000000,\"step\":1,\"value\":1}}"
                    + "|my.json: question 1: field 'correct' has more than 100000 positions from 'min' to 'max': make"
                    + " 'step' larger",
            "{\"kind\":\"slider\",\"text\":\"x\",\"correct\":{\"max\":10,\"value\":1}}"
                    + "|my.json: question 1: field 'correct' needs 'min': a finite number",
            "{\"kind\":\"wordcloud\",\"text\":\"x\",\"correct\":[\"a\"]}"
                    + "|my.json: question 1: field 'correct' must be absent for a wordcloud question: a word cloud has"
                    + " no right answer",
            "{\"kind\":\"wordcloud\",\"text\":\"x\",\"points\":1}"
                    + "|my.json: question 1: field 'points' must be absent for a wordcloud question: a wordcloud"
                    + " scores no points",
            "{\"kind\":\"wordcloud\",\"text\":\"x\",\"choices\":[\"a\"]}"
                    + "|my.json: question 1: field 'choices' must be absent for a wordcloud question",
    })
    void badQuestion_isRefused_withASentenceNamingTheField(String question, String message) {
        assertThatThrownBy(() -> load(question)).isInstanceOf(QuizFormatException.class).hasMessage(message);
    }

    @Test
    void writer_writesTheItemsInTheRightOrder_andTheLoaderReadsEveryNewKindBackEqual() throws Exception {
        Quiz quiz = load(ORDER, SLIDER, CLOUD);
        var written = QuizWriter.quiz(quiz);
        var order = written.get("questions").get(0);
        assertThat(order.has("correct")).isFalse();
        List<String> items = new ArrayList<>();
        order.get("choices").forEach(n -> items.add(n.asText()));
        assertThat(items).containsExactly("Fortran", "Lisp", "C", "Java", "Rust");
        assertThat(written.get("questions").get(1).get("correct").get("unit").asText()).isEqualTo("%");
        assertThat(written.get("questions").get(2).has("correct")).isFalse();
        Quiz back = QuizLoader.forChecking().load(written, "again.json", "again");
        assertThat(back.questions()).isEqualTo(quiz.questions());
    }
}
