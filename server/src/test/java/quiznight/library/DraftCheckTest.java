package quiznight.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Every problem of a draft, each with its question and field, from the loader's own rules. */
class DraftCheckTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(String s) {
        try {
            return JSON.readTree(s.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void everyProblemOfTheDraft_isNamed_withItsQuestionIndexAndField_notOnlyTheFirst() {
        JsonNode draft = json("""
                {'title': '', 'timeLimitSec': 3, 'questions': [
                  {'kind': 'single', 'text': '', 'choices': ['a', 'b'], 'correct': [0], 'timeLimitSec': 2, 'docs': 'ftp://x'},
                  {'kind': 'truefalse', 'text': 'Fine', 'correct': [1]},
                  {'kind': 'single', 'text': 'Which?', 'choices': ['a', 'a'], 'correct': [0], 'points': 7},
                  {'kind': 'riddle', 'text': 'What?', 'correct': [0], 'colour': 'red'},
                  'not a question'
                ]}""");

        DraftCheck.Result r = DraftCheck.check(draft, "lib-x");

        assertThat(r.hostable()).isFalse();
        assertThat(r.problems()).extracting(p -> p.question() + "/" + p.field()).containsExactly(
                "null/title", "null/timeLimitSec",
                "0/text", "0/timeLimitSec", "0/docs",
                "2/choices", "2/points",
                "3/colour", "3/kind",
                "4/null");
        assertThat(r.problems().get(1).message()).isEqualTo("timeLimitSec must be a whole number from 5 to 600 (got 3)");
        assertThat(r.problems().get(2).message()).isEqualTo("text must not be empty");
        assertThat(r.problems().get(5).message()).isEqualTo("choices has a duplicate entry \"a\"");
        assertThat(r.problems().get(9).message()).isEqualTo("The question must be a JSON object.");
    }

    @Test
    void aDraftWithoutQuestions_orNotAnObject_isNamedAtTheQuizLevel() {
        assertThat(DraftCheck.check(json("{'title': 'T', 'questions': []}"), "lib-x").problems())
                .containsExactly(new Problem(null, "questions", "questions must be a non-empty array of questions",
                        "questions.empty", java.util.Map.of("field", "questions")));
        assertThat(DraftCheck.check(json("[1]"), "lib-x").problems()).singleElement()
                .satisfies(p -> assertThat(p.question()).isNull());
    }

    @Test
    void aValidDraft_isHostableUnderTheLibraryId_whateverIdItCarries_andMarkupInTextsStaysText() {
        JsonNode draft = json("""
                {'id': 'Not An Id!', 'title': '<b>Quiz</b> & <script>x()</script>', 'questions': [
                  {'kind': 'number', 'text': 'How many?', 'correct': {'value': 3}, 'code': 'print(3)'}]}""");

        DraftCheck.Result r = DraftCheck.check(draft, "lib-abc");

        assertThat(r.problems()).isEmpty();
        assertThat(r.quiz().id()).isEqualTo("lib-abc");
        assertThat(r.quiz().title()).isEqualTo("<b>Quiz</b> & <script>x()</script>");
        assertThat(draft.get("id").asText()).isEqualTo("Not An Id!"); // the draft as sent is not changed
    }

    @Test
    void aQuizLevelTimeLimitWithAProblem_doesNotMakeEveryQuestionWrongToo() {
        JsonNode draft = json("{'title': 'T', 'timeLimitSec': 'x', 'questions': [{'kind': 'truefalse', 'text': 'Q', 'correct': [0]}]}");

        assertThat(DraftCheck.check(draft, "lib-x").problems()).extracting(Problem::field).containsExactly("timeLimitSec");
    }

    @Test
    void bidiControlsInAText_areAProblemOfThatField() {
        JsonNode draft = json("{'title': 'T', 'questions': [{'kind': 'truefalse', 'text': 'Q\u202Eevil', 'correct': [0]}]}");

        assertThat(DraftCheck.check(draft, "lib-x").problems()).extracting(p -> p.question() + "/" + p.field())
                .containsExactly("0/text");
    }

    @Test
    void aBadImageInOneQuestion_isThatQuestionsImageProblem_andItsAltIsStillChecked_notRefusedForLackOfAPicture() {
        String ok = "/media/" + "c".repeat(64) + "-p.jpg";
        JsonNode draft = json("{'title': 'T', 'questions': ["
                + "{'kind': 'truefalse', 'text': 'Q1', 'correct': [0], 'image': '" + ok + "', 'imageAlt': 'A dog'},"
                + "{'kind': 'truefalse', 'text': 'Q2', 'correct': [0], 'image': 'http://evil.example/x.jpg', 'imageAlt': 'A cat'},"
                + "{'kind': 'truefalse', 'text': 'Q3', 'correct': [0], 'image': '../x', 'imageAlt': '" + "a".repeat(301) + "'}]}");

        DraftCheck.Result r = DraftCheck.check(draft, "lib-x");

        assertThat(r.problems()).extracting(p -> p.question() + "/" + p.field())
                .containsExactly("1/image", "2/image", "2/imageAlt");
        assertThat(r.problems().get(0).message()).startsWith("image must be a picture path as POST /api/media answered it");
        assertThat(r.problems().get(2).message()).isEqualTo("imageAlt is longer than 300 characters");
    }

    @Test
    void badChoicesOrCode_doNotAlsoBlameTheirChoiceImagesOrCodeLanguage() {
        String ok = "/media/" + "c".repeat(64) + "-p.jpg";
        JsonNode draft = json("{'title': 'T', 'questions': ["
                + "{'kind': 'single', 'text': 'Q1', 'choices': ['a', 'a'], 'correct': [0], 'choiceImages': ['" + ok + "', null]},"
                + "{'kind': 'truefalse', 'text': 'Q2', 'correct': [0], 'code': '" + "x\\n".repeat(41) + "', 'codeLanguage': 'sql'},"
                + "{'kind': 'single', 'text': 'Q3', 'choices': ['a', 'b'], 'correct': [0], 'choiceImages': [null], 'codeLanguage': 'go'}]}");

        assertThat(DraftCheck.check(draft, "lib-x").problems()).extracting(p -> p.question() + "/" + p.field())
                .containsExactly("0/choices", "1/code", "2/codeLanguage", "2/choiceImages");
    }
}
