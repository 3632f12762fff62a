package quiznight.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import quiznight.library.DraftCheck;
import quiznight.library.Problem;
import quiznight.quiz.imports.ImportProblem;
import quiznight.quiz.imports.ImportResult;
import quiznight.quiz.imports.QuizImporters;

/**
 * The loader, the draft check and the importers name each problem with its stable code and parameters, and the
 * English sentence they always gave is made from the same code.
 */
class ProblemCodesTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(String s) throws Exception {
        return JSON.readTree(s.replace('\'', '"'));
    }

    static QuizFormatException refusal(String quiz) throws Exception {
        JsonNode root = json(quiz);
        return catchThrowableOfType(QuizFormatException.class, () -> QuizLoader.forChecking().load(root, "q.json", "q"));
    }

    static Map<String, Object> params(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    static String question(String fields) {
        return "{'title': 'T', 'questions': [{" + fields + "}]}";
    }

    @Test
    void aTooLongText_isFieldTooLong_withTheFieldAndTheLimit_andTheSentenceIsUnchanged() throws Exception {
        QuizFormatException e = refusal(question("'kind': 'truefalse', 'correct': [0], 'text': '" + "x".repeat(1001) + "'"));
        assertThat(e.coded().code()).isEqualTo(ProblemCode.FIELD_TOO_LONG);
        assertThat(e.coded().params()).isEqualTo(params("field", "text", "max", 1000));
        assertThat(e.getMessage()).isEqualTo("q.json: question 1: field 'text' is longer than 1000 characters");
    }

    @Test
    void representativeBadFields_eachHaveTheirCodeAndParameters() throws Exception {
        assertThat(refusal("{'title': 'T', 'timeLimitSec': 3, 'questions': []}").coded())
                .isEqualTo(ProblemCode.FIELD_NOT_WHOLE_NUMBER.with("timeLimitSec", 5, 600, "3"));
        assertThat(refusal(question("'kind': 'essay', 'text': 'Q'")).coded())
                .isEqualTo(ProblemCode.KIND_UNKNOWN.with("kind", Kind.names(), "essay"));
        assertThat(refusal(question("'kind': 'single', 'text': 'Q', 'choices': ['a', 'A '], 'correct': [0]")).coded())
                .isEqualTo(ProblemCode.CHOICES_DUPLICATE.with("choices", "A"));
        assertThat(refusal(question("'kind': 'single', 'text': 'Q', 'choices': ['a', 'b'], 'correct': [2]")).coded())
                .isEqualTo(ProblemCode.CORRECT_INDEX_RANGE.with("correct", "2", 1));
        assertThat(refusal(question("'kind': 'poll', 'text': 'Q', 'choices': ['a', 'b'], 'points': 1")).coded())
                .isEqualTo(ProblemCode.POINTS_NOT_SCORED.with("points", "poll"));
        assertThat(refusal(question("'kind': 'slider', 'text': 'Q', 'correct': {'min': 5, 'max': 1, 'step': 1, 'value': 2}"))
                .coded()).isEqualTo(ProblemCode.SLIDER_MIN_BELOW_MAX.with("correct"));
        assertThat(refusal(question("'kind': 'truefalse', 'correct': [0], 'text': 'a\u202Eb'")).coded())
                .isEqualTo(ProblemCode.TEXT_BIDI_CONTROL.with("text", "U+202E"));
        assertThat(refusal(question("'kind': 'truefalse', 'correct': [0], 'text': 'Q', 'image': 'http://x/y.png'")).coded())
                .isEqualTo(ProblemCode.PICTURE_PATH.with("image", "\"http://x/y.png\""));
        assertThat(refusal("[1]").coded()).isEqualTo(ProblemCode.QUIZ_NOT_OBJECT.with());
    }

    @Test
    void theDraftCheck_givesEveryProblemItsCode_includingThoseNamingNoField() throws Exception {
        DraftCheck.Result r = DraftCheck.check(json("{'title': '', 'questions': [7, {'kind': 'single', 'text': 'Q'}]}"), "x");
        assertThat(r.problems()).extracting(Problem::code)
                .containsExactly("field.empty", "question.notObject", "choices.notArray");
        Problem choices = r.problems().get(2);
        assertThat(choices.question()).isEqualTo(1);
        assertThat(choices.params()).isEqualTo(params("field", "choices"));
        assertThat(choices.message()).isEqualTo("choices must be an array of strings");
        assertThat(DraftCheck.check(json("'no'"), "x").problems()).extracting(Problem::code).containsExactly("quiz.notObject");
    }

    static ImportResult load(String name, String content) throws QuizFormatException {
        return QuizImporters.load(QuizLoader.forChecking(), name, "x", content.getBytes(StandardCharsets.UTF_8), 500);
    }

    static QuizFormatException importRefusal(String name, String content) {
        return catchThrowableOfType(QuizFormatException.class, () -> load(name, content));
    }

    @Test
    void importWarnings_andRefusals_carryTheirCode_andTheLineOrRow() throws Exception {
        ImportResult gift = load("a.gift", "Which? {=a ~b}\n\nMatch: {=x -> 1 =y -> 2}\n");
        ImportProblem skipped = gift.details().get(0);
        assertThat(skipped.code()).isEqualTo("gift.matchingSkipped");
        assertThat(skipped.line()).isEqualTo(3);
        assertThat(skipped.unit()).isEqualTo("line");
        assertThat(gift.warnings()).containsExactly(
                "a.gift: line 3: matching question skipped: QuizNight has no matching questions");

        QuizFormatException aiken = importRefusal("a.aiken", "Which?\nA. 7\nB. 8\nANSWER: C\n");
        assertThat(aiken.coded()).isEqualTo(ProblemCode.AIKEN_ANSWER_NO_OPTION.with("C", "B"));
        assertThat(aiken.line()).isEqualTo(4);
        assertThat(aiken.getMessage()).isEqualTo("a.aiken: line 4: 'ANSWER: C' names no option: this question has A to B");

        QuizFormatException kahoot = importRefusal("k.csv", "Question,Answer 1,Answer 2,Time limit (sec),Correct answer(s)\n"
                + "Which?,a,b,20,7\n");
        assertThat(kahoot.coded().code()).isEqualTo(ProblemCode.KAHOOT_BAD_CORRECT);
        assertThat(kahoot.coded().params()).containsEntry("got", "7");
        assertThat(kahoot.line()).isEqualTo(2);

        assertThat(importRefusal("a.doc", "x").coded().code()).isEqualTo(ProblemCode.IMPORT_EXTENSION);
        QuizFormatException none = importRefusal("a.gift", "// only a comment\n");
        assertThat(none.coded()).isEqualTo(ProblemCode.GIFT_NO_QUESTIONS.with());
        assertThat(none.line()).isNull();
    }

    @Test
    void aQuestionTheLoaderRefusesAfterAnImport_keepsTheLoadersCode_atTheQuestionsLine() {
        QuizFormatException e = importRefusal("b.gift", "Which?\n{=a ~a}\n");
        assertThat(e.coded().code()).isEqualTo(ProblemCode.CHOICES_DUPLICATE);
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.getMessage()).isEqualTo("b.gift: line 1: field 'choices' has a duplicate entry \"a\"");
        assertThat(e.draft()).isNotNull();
    }
}
