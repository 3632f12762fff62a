package quiznight.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuizLoaderTest {

    private static Quiz load(String json) throws QuizFormatException {
        return QuizLoader.forChecking().load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "my.json", "my");
    }

    private static String quiz(String question) {
        return "{\"title\":\"T\",\"questions\":[{\"kind\":\"single\",\"text\":\"ok\",\"choices\":[\"a\",\"b\"],\"correct\":[0]},"
                + question + "]}";
    }

    @Test
    void load_readsAllKindsWithDefaults() throws Exception {
        Quiz q = load("{\"title\":\"T\",\"timeLimitSec\":15,\"questions\":["
                + "{\"kind\":\"single\",\"text\":\"s\",\"choices\":[\"a\",\"b\"],\"correct\":[1],\"section\":\"One\",\"seed\":7},"
                + "{\"kind\":\"multi\",\"text\":\"m\",\"choices\":[\"a\",\"b\",\"c\"],\"correct\":[0,2],\"points\":2},"
                + "{\"kind\":\"truefalse\",\"text\":\"t\",\"correct\":[1],\"timeLimitSec\":30},"
                + "{\"kind\":\"text\",\"text\":\"x\",\"correct\":[\"migrate\"],\"code\":\"a = 1\\n\"},"
                + "{\"kind\":\"number\",\"text\":\"n\",\"correct\":{\"value\":8,\"tolerance\":0.5},\"docs\":\"https://x.org/\"}]}");
        assertThat(q.id()).isEqualTo("my");
        assertThat(q.questions()).hasSize(5);
        assertThat(q.questions().get(0).timeLimitMs()).isEqualTo(15_000);
        assertThat(q.questions().get(0).seed()).isEqualTo(7);
        assertThat(q.questions().get(1).points()).isEqualTo(2);
        assertThat(q.questions().get(2).choices()).containsExactly("True", "False");
        assertThat(q.questions().get(2).timeLimitMs()).isEqualTo(30_000);
        assertThat(q.questions().get(3).code()).isEqualTo("a = 1");
        assertThat(q.questions().get(4).solution()).isEqualTo(new Solution.Number(8, 0.5));
        assertThat(q.sections()).containsExactly(new Quiz.Section("One", 1));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "{\"kind\":\"essay\",\"text\":\"x\",\"correct\":[0]}|field 'kind'",
            "{\"kind\":\"single\",\"choices\":[\"a\",\"b\"],\"correct\":[0]}|field 'text' is required",
            "{\"kind\":\"single\",\"text\":\"x\",\"choices\":[\"a\"],\"correct\":[0]}|field 'choices' must have 2 to 6",
            "{\"kind\":\"single\",\"text\":\"x\",\"choices\":[\"a\",\"A \"],\"correct\":[0]}|field 'choices' has a duplicate",
            "{\"kind\":\"single\",\"text\":\"x\",\"choices\":[\"a\",\"b\"],\"correct\":[2]}|field 'correct' has 2",
            "{\"kind\":\"single\",\"text\":\"x\",\"choices\":[\"a\",\"b\"],\"correct\":[0,1]}|exactly one index",
            "{\"kind\":\"multi\",\"text\":\"x\",\"choices\":[\"a\",\"b\"],\"correct\":[]}|field 'correct'",
            "{\"kind\":\"text\",\"text\":\"x\",\"correct\":[\"\"]}|field 'correct'",
            "{\"kind\":\"text\",\"text\":\"x\",\"choices\":[\"a\"],\"correct\":[\"a\"]}|field 'choices' must be absent",
            "{\"kind\":\"number\",\"text\":\"x\",\"correct\":{\"tolerance\":1}}|field 'correct'",
            "{\"kind\":\"number\",\"text\":\"x\",\"correct\":{\"value\":1,\"tolerance\":-1}}|tolerance",
            "{\"kind\":\"single\",\"text\":\"x\",\"choices\":[\"a\",\"b\"],\"correct\":[0],\"points\":3}|field 'points'",
            "{\"kind\":\"single\",\"text\":\"x\",\"choices\":[\"a\",\"b\"],\"correct\":[0],\"timeLimitSec\":2}|field 'timeLimitSec'",
            "{\"kind\":\"single\",\"text\":\"x\",\"choices\":[\"a\",\"b\"],\"correct\":[0],\"docs\":\"ftp://x\"}|field 'docs'",
            "{\"kind\":\"single\",\"text\":\"x\",\"choices\":[\"a\",\"b\"],\"correct\":[0],\"answer\":1}|field 'answer' is not a known field",
    })
    void load_invalidQuestion_isRefusedNamingFileQuestionAndField(String question, String expected) {
        assertThatThrownBy(() -> load(quiz(question)))
                .isInstanceOf(QuizFormatException.class)
                .hasMessageStartingWith("my.json: question 2: ")
                .hasMessageContaining(expected);
    }

    @Test
    void load_brokenJson_namesTheFileAndLine() {
        assertThatThrownBy(() -> load("{\"title\":\"T\",\n\"questions\": [}"))
                .isInstanceOf(QuizFormatException.class).hasMessageStartingWith("my.json: not valid JSON").hasMessageContaining("line 2");
    }

    @Test
    void load_quizWithoutQuestionsOrTitle_isRefused() {
        assertThatThrownBy(() -> load("{\"title\":\"T\",\"questions\":[]}")).hasMessageContaining("field 'questions'");
        assertThatThrownBy(() -> load("{\"questions\":[]}")).hasMessageContaining("field 'title' is required");
    }

    @Test
    void catalog_loadsAFolder_andRefusesAnInvalidFileByName(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b-quiz.json"), quiz("{\"kind\":\"truefalse\",\"text\":\"t\",\"correct\":[0]}"));
        Files.writeString(dir.resolve("notes.txt"), "ignored");
        assertThat(QuizCatalog.fromDirectory(dir)).extracting(Quiz::id).containsExactly("b-quiz");
        Files.writeString(dir.resolve("c.json"), quiz("{\"kind\":\"truefalse\",\"text\":\"t\"}"));
        assertThatThrownBy(() -> QuizCatalog.fromDirectory(dir))
                .hasMessageContaining("c.json: question 2: field 'correct' is required");
    }

    @Test
    void catalog_refusesTwoQuizzesWithOneId(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.json"), "{\"id\":\"same\"," + quiz("{\"kind\":\"truefalse\",\"text\":\"t\",\"correct\":[0]}").substring(1));
        Files.writeString(dir.resolve("b.json"), "{\"id\":\"same\"," + quiz("{\"kind\":\"truefalse\",\"text\":\"t\",\"correct\":[0]}").substring(1));
        assertThatThrownBy(() -> new QuizCatalog(QuizCatalog.fromDirectory(dir))).hasMessageContaining("\"same\"");
    }

    @Test
    void equalChoicesSolutionsAndSections_areHeldOnce_soALoadedQuizStaysCompact() throws Exception {
        Quiz q = load("{\"title\":\"T\",\"questions\":["
                + "{\"kind\":\"truefalse\",\"text\":\"a\",\"correct\":[0],\"section\":\"One\"},"
                + "{\"kind\":\"truefalse\",\"text\":\"b\",\"correct\":[0],\"section\":\"One\"},"
                + "{\"kind\":\"single\",\"text\":\"c\",\"choices\":[\"yes\",\"no\"],\"correct\":[1],\"explanation\":\"Why\"},"
                + "{\"kind\":\"single\",\"text\":\"d\",\"choices\":[\"yes\",\"no\"],\"correct\":[1],\"explanation\":\"Why\"}]}");
        Question a = q.questions().get(0);
        Question b = q.questions().get(1);
        assertThat(b.choices()).isSameAs(a.choices());
        assertThat(b.solution()).isSameAs(a.solution());
        assertThat(b.section()).isSameAs(a.section());
        Question c = q.questions().get(2);
        Question d = q.questions().get(3);
        assertThat(d.choices()).isSameAs(c.choices());
        assertThat(d.solution()).isSameAs(c.solution());
        assertThat(d.explanation()).isSameAs(c.explanation());
    }
}
