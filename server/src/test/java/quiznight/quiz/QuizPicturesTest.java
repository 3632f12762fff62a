package quiznight.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The quiz format's pictures ({@code image}, {@code imageAlt}, {@code choiceImages}), {@code codeLanguage} and points 0. */
class QuizPicturesTest {
    static final String A = "/media/" + "a".repeat(64) + "-p.jpg";
    static final String B = "/media/" + "b".repeat(64) + "-p.png";

    private static Quiz load(String question) throws QuizFormatException {
        String json = "{\"title\":\"T\",\"questions\":[" + question.replace('\'', '"') + "]}";
        return QuizLoader.forChecking().load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "my.json", "my");
    }

    @Test
    void picturesCodeLanguageAndNoPoints_areRead_andWrittenBackAsTheyWereRead() throws Exception {
        Quiz quiz = load("{'kind':'single','text':'Which?','choices':['a','b','c'],'correct':[0],"
                + "'image':'" + A + "','imageAlt':'A red square','choiceImages':['" + B + "',null,'" + A + "'],"
                + "'code':'print(1)','codeLanguage':'python','points':0}");
        Question q = quiz.questions().get(0);
        assertThat(q.image()).isEqualTo(new Picture(A, "A red square"));
        assertThat(q.image().phone()).isEqualTo("/media/" + "a".repeat(64) + "-m.jpg");
        assertThat(q.choiceImages()).containsExactly(new Picture(B, null), null, new Picture(A, null));
        assertThat(q.codeLanguage()).isEqualTo("python");
        assertThat(q.points()).isZero();
        assertThat(q.mediaPaths()).as("each picture once, the question's first").containsExactly(A, B);

        JsonNode written = QuizWriter.quiz(quiz);
        JsonNode w = written.get("questions").get(0);
        assertThat(w.get("image").asText()).isEqualTo(A);
        assertThat(w.get("imageAlt").asText()).isEqualTo("A red square");
        assertThat(w.get("choiceImages").toString()).isEqualTo("[\"" + B + "\",null,\"" + A + "\"]");
        assertThat(w.get("codeLanguage").asText()).isEqualTo("python");
        assertThat(w.get("points").asInt()).isZero();
        Quiz again = QuizLoader.forChecking().load(written, "again", "my");
        assertThat(again).isEqualTo(quiz);
    }

    @Test
    void aQuestionWithoutPictures_hasNone_andWritesNoneOfTheFields() throws Exception {
        Question q = load("{'kind':'truefalse','text':'Yes?','correct':[0]}").questions().get(0);
        assertThat(q.image()).isNull();
        assertThat(q.choiceImages()).isEmpty();
        assertThat(q.codeLanguage()).isNull();
        assertThat(q.mediaPaths()).isEmpty();
        JsonNode w = QuizWriter.question(q);
        assertThat(w.has("image") || w.has("imageAlt") || w.has("choiceImages") || w.has("codeLanguage")).isFalse();
    }

    @Test
    void aPictureOnlyOnChoices_isAnnouncedWithoutAQuestionImage() throws Exception {
        Question q = load("{'kind':'poll','text':'Which?','choices':['a','b'],'choiceImages':[null,'" + B + "']}")
                .questions().get(0);
        assertThat(q.image()).isNull();
        assertThat(q.mediaPaths()).containsExactly(B);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "'image':'https://example.org/cat.jpg'|field 'image' must be a picture path as POST /api/media answered it",
            "'image':'javascript:alert(1)'|field 'image' must be a picture path",
            "'image':'/media/../etc/passwd'|field 'image' must be a picture path",
            "'image':'/media/" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA-p.jpg'|field 'image' must be",
            "'image':'/media/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-m.jpg'|field 'image' must be",
            "'image':'/media/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-p.gif'|field 'image' must be",
            "'image':7|field 'image' must be a string",
            "'imageAlt':'A cat'|field 'imageAlt' is only allowed with 'image'",
            "'codeLanguage':'python'|field 'codeLanguage' is only allowed with 'code'",
            "'code':'x','codeLanguage':'cobol'|field 'codeLanguage' must be one of python, javascript",
            "'points':-1|field 'points' must be a whole number from 0 to 2",
            "'choiceImages':[null,null]|field 'choiceImages' must name at least one picture",
            "'choiceImages':['" + "/media/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-p.jpg']|field 'choiceImages' must have exactly 2 entries, one per choice (got 1)",
            "'choiceImages':[null,'http://x/y.png']|field 'choiceImages' must be a picture path",
            "'choiceImages':[null,3]|field 'choiceImages' must hold picture paths (strings) or null",
            "'choiceImages':'x'|field 'choiceImages' must be an array with one entry per choice",
    })
    void aBadPictureCodeLanguageOrPoints_isRefusedWithASentenceNamingTheField(String fields, String message) {
        assertThatThrownBy(() -> load("{'kind':'single','text':'x','choices':['a','b'],'correct':[0]," + fields + "}"))
                .isInstanceOf(QuizFormatException.class)
                .hasMessageContaining("question 1: " + message);
    }

    @Test
    void theImageAltIsLimitedTo300Characters() throws Exception {
        String ok = "{'kind':'truefalse','text':'x','correct':[0],'image':'" + A + "','imageAlt':'" + "a".repeat(300) + "'}";
        assertThat(load(ok).questions().get(0).image().alt()).hasSize(300);
        assertThatThrownBy(() -> load(ok.replace("a".repeat(300), "a".repeat(301))))
                .hasMessageContaining("field 'imageAlt' is longer than 300 characters");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"truefalse,'correct':[0]", "text,'correct':['x']", "number,'correct':{'value':1}"})
    void choicePictures_areRefusedForKindsWithoutChoicesOfTheirOwn(String kind, String correct) {
        String choiceImages = kind.equals("truefalse") ? "[null,'" + A + "']" : "['" + A + "']";
        assertThatThrownBy(() -> load("{'kind':'" + kind + "','text':'x'," + correct.replace('\'', '"')
                + ",'choiceImages':" + choiceImages + "}"))
                .hasMessageContaining("field 'choiceImages' must be absent for this kind: only questions with choices "
                        + "of their own (single, multi, poll) take pictures for their choices");
    }

    @Test
    void aPollTakesNoPoints_notEvenZero() {
        assertThatThrownBy(() -> load("{'kind':'poll','text':'x','choices':['a','b'],'points':0}"))
                .hasMessageContaining("field 'points' must be absent for a poll question");
    }

    @Test
    void everyCodeLanguageOfTheList_isTaken() throws Exception {
        for (String language : QuizLoader.CODE_LANGUAGES) {
            assertThat(load("{'kind':'truefalse','text':'x','correct':[0],'code':'x','codeLanguage':'" + language + "'}")
                    .questions().get(0).codeLanguage()).isEqualTo(language);
        }
    }
}
