package quiznight.quiz.kinds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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

/** A poll in a quiz file: read with its limits, refused with a sentence, and written back as it was read. */
class PollQuizFileTest {

    private static Quiz load(String question) throws QuizFormatException {
        String json = "{\"title\":\"T\",\"questions\":[" + question + "]}";
        return QuizLoader.forChecking().load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "my.json", "my");
    }

    @Test
    void poll_isRead_withItsChoices_noSolution_andOnePoint() throws Exception {
        Question q = load("{\"kind\":\"poll\",\"text\":\"Tabs or spaces?\",\"choices\":[\"Tabs\",\"Spaces\"],"
                + "\"timeLimitSec\":30,\"explanation\":\"Just curious.\",\"section\":\"Fun\"}").questions().get(0);
        assertThat(q.kind()).isEqualTo(Kind.POLL);
        assertThat(q.choices()).containsExactly("Tabs", "Spaces");
        assertThat(q.solution()).isEqualTo(new Solution.None());
        assertThat(q.points()).isEqualTo(1);
        assertThat(q.timeLimitMs()).isEqualTo(30_000);
        assertThat(q.section()).isEqualTo("Fun");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "{\"kind\":\"poll\",\"text\":\"x\",\"choices\":[\"a\",\"b\"],\"correct\":[0]}"
                    + "|my.json: question 1: field 'correct' must be absent for a poll question: a poll has no right answer",
            "{\"kind\":\"poll\",\"text\":\"x\",\"choices\":[\"a\",\"b\"],\"points\":1}"
                    + "|my.json: question 1: field 'points' must be absent for a poll question: a poll scores no points",
            "{\"kind\":\"poll\",\"text\":\"x\",\"choices\":[\"a\"]}"
                    + "|my.json: question 1: field 'choices' must have 2 to 6 entries (got 1)",
            "{\"kind\":\"poll\",\"text\":\"x\",\"choices\":[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\"]}"
                    + "|my.json: question 1: field 'choices' must have 2 to 6 entries (got 7)",
            "{\"kind\":\"poll\",\"text\":\"x\"}|my.json: question 1: field 'choices' must be an array of strings",
            "{\"kind\":\"vote\",\"text\":\"x\"}"
                    + "|my.json: question 1: field 'kind' must be one of single, multi, truefalse, text, number, poll, order, slider, wordcloud (got \"vote\")",
    })
    void badPoll_isRefused_withASentenceNamingTheField(String question, String message) {
        assertThatThrownBy(() -> load(question)).isInstanceOf(QuizFormatException.class).hasMessage(message);
    }

    @Test
    void writer_writesAPollWithoutCorrectOrPoints_andTheLoaderReadsItBackEqual() throws Exception {
        Quiz quiz = load("{\"kind\":\"poll\",\"text\":\"Tabs or spaces?\",\"choices\":[\"Tabs\",\"Spaces\",\"Both\"]}");
        var written = QuizWriter.quiz(quiz);
        var node = written.get("questions").get(0);
        assertThat(node.has("correct")).isFalse();
        assertThat(node.has("points")).isFalse();
        assertThat(node.get("kind").asText()).isEqualTo("poll");
        Quiz back = QuizLoader.forChecking().load(written, "again.json", "again");
        assertThat(back.questions()).isEqualTo(quiz.questions());
    }

    @Test
    void everyKind_roundTripsThroughTheWriter() throws Exception {
        Quiz quiz = QuizLoader.forChecking().load(new ByteArrayInputStream(("{\"title\":\"T\",\"questions\":["
                + "{\"kind\":\"single\",\"text\":\"s\",\"choices\":[\"a\",\"b\"],\"correct\":[1],\"points\":2},"
                + "{\"kind\":\"multi\",\"text\":\"m\",\"choices\":[\"a\",\"b\",\"c\"],\"correct\":[0,2]},"
                + "{\"kind\":\"truefalse\",\"text\":\"t\",\"correct\":[1]},"
                + "{\"kind\":\"text\",\"text\":\"x\",\"correct\":[\"migrate\"]},"
                + "{\"kind\":\"number\",\"text\":\"n\",\"correct\":{\"value\":8,\"tolerance\":0.5}},"
                + "{\"kind\":\"poll\",\"text\":\"p\",\"choices\":[\"a\",\"b\"]},"
                + "{\"kind\":\"order\",\"text\":\"o\",\"choices\":[\"a\",\"b\",\"c\"]},"
                + "{\"kind\":\"slider\",\"text\":\"l\",\"correct\":{\"min\":0,\"max\":10,\"value\":4}},"
                + "{\"kind\":\"wordcloud\",\"text\":\"w\"}]}").getBytes(StandardCharsets.UTF_8)),
                "all.json", "all");
        assertThat(quiz.questions()).extracting(Question::kind).containsExactly(Kind.values());
        Quiz back = QuizLoader.forChecking().load(QuizWriter.quiz(quiz), "again.json", "all");
        assertThat(back.questions()).isEqualTo(quiz.questions());
    }
}
