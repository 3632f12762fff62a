package quiznight.quiz.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import quiznight.quiz.Kind;
import quiznight.quiz.Question;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.Solution;

/** Moodle GIFT: each rule of docs/quiz-format.md, and errors that name the line and what was expected. */
class GiftImporterTest {

    private static ImportResult gift(String text) throws QuizFormatException {
        return QuizImporters.load("test.gift", text.getBytes(StandardCharsets.UTF_8));
    }

    private static Question only(String text) throws QuizFormatException {
        ImportResult r = gift(text);
        assertThat(r.quiz().questions()).hasSize(1);
        return r.quiz().questions().get(0);
    }

    @Test
    void oneEqualsAnswer_isSingle_evenWhenOtherAnswersCarryPartialWeights() throws Exception {
        Question q = only("Pick the even number. {=4 ~%50%3 ~5}");
        assertThat(q.kind()).isEqualTo(Kind.SINGLE);
        assertThat(q.choices()).containsExactly("4", "3", "5");
        assertThat(q.solution()).isEqualTo(new Solution.Choices(new java.util.TreeSet<>(java.util.Set.of(0))));
    }

    @Test
    void weightsWithoutEquals_isMulti_withThePositiveWeightsAsTheCorrectSet() throws Exception {
        Question q = only("Pick the primes. {~%33.3%2 ~%33.3%3 ~%-50%4 ~%33.4%5 ~%0%6}");
        assertThat(q.kind()).isEqualTo(Kind.MULTI);
        assertThat(((Solution.Choices) q.solution()).indexes()).containsExactly(0, 1, 3);
    }

    @Test
    void trueFalse_acceptsEveryAbbreviation_andTakesGeneralThenRightThenWrongFeedbackAsExplanation() throws Exception {
        ImportResult r = gift("""
                One. {T}

                Two. {true#wrong one#right one}

                Three. {F#only wrong}

                Four. {FALSE#wrong#right####general}
                """);
        assertThat(r.quiz().questions()).extracting(Question::kind).containsOnly(Kind.TRUEFALSE);
        assertThat(r.quiz().questions()).extracting(q -> ((Solution.Choices) q.solution()).indexes().first())
                .containsExactly(0, 0, 1, 1);
        assertThat(r.quiz().questions()).extracting(Question::explanation)
                .containsExactly("", "right one", "only wrong", "general");
    }

    @Test
    void shortAnswer_isText_partlyRightAnswersLeftOutWithAWarning() throws Exception {
        ImportResult r = gift("Which colour is the sky?\n{=blue =%100%azure =%50%grey}");
        Question q = r.quiz().questions().get(0);
        assertThat(q.kind()).isEqualTo(Kind.TEXT);
        assertThat(((Solution.Text) q.solution()).accepted()).containsExactly("blue", "azure");
        assertThat(r.warnings()).containsExactly(
                "test.gift: line 2: partly right answer \"grey\" (50%) left out: a text question accepts fully right answers only");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{#42}|42|0",
            "{#3.14:0.01}|3.14|0.01",
            "{#-10:2}|-10|2",
            "{#1..5}|3|2",
            "{#-2.5..0.5}|-1|1.5",
            "{# 1e3 : 5 }|1000|5",
            "{#=12:1#twelve =%50%11:0}|12|1",
    })
    void numerical_valueWithTolerance_orRangeAsMidpointAndHalfWidth(String answers, double value, double tolerance) throws Exception {
        Question q = only("How many? " + answers);
        assertThat(q.kind()).isEqualTo(Kind.NUMBER);
        assertThat(q.solution()).isEqualTo(new Solution.Number(value, tolerance));
    }

    @Test
    void numerical_withSeveralAnswers_keepsTheFirstFullyRightOne_andSaysSo() throws Exception {
        ImportResult r = gift("How many legs has a spider? {#=8#Eight. =%50%6}");
        assertThat(r.quiz().questions().get(0).explanation()).isEqualTo("Eight.");
        assertThat(r.warnings()).singleElement().asString().startsWith("test.gift: line 1: only the first fully right numeric answer is kept (8)");
    }

    @Test
    void escapes_giveTheirCharacters_inTextTitlesAnswersAndFeedback_andBackslashNIsALineBreak() throws Exception {
        Question q = only("::a\\:b::Is 1 \\= 1 \\{really\\}? a\\~b \\# c\\\\d\\nnext {=yes\\#1#it\\~s \\= so ~no\\:pe}");
        assertThat(q.text()).isEqualTo("Is 1 = 1 {really}? a~b # c\\d\nnext");
        assertThat(q.choices()).containsExactly("yes#1", "no:pe");
        assertThat(q.explanation()).isEqualTo("it~s = so");
    }

    @Test
    void lineBreaksInTheFile_areSpaces_andCommentLinesInsideAQuestionAreIgnored() throws Exception {
        Question q = only("""
                Which of these
                // a comment in the middle
                  is a fruit?
                {
                   =apple
                // another
                   ~carrot
                }
                """);
        assertThat(q.text()).isEqualTo("Which of these is a fruit?");
        assertThat(q.choices()).containsExactly("apple", "carrot");
    }

    @Test
    void missingWordForm_showsABlankWhereTheAnswersStand() throws Exception {
        assertThat(only("Paris is the capital of {=France ~Spain}.").text()).isEqualTo("Paris is the capital of _____.");
        assertThat(only("{=Two ~Three} plus two is four.").text()).isEqualTo("_____ plus two is four.");
    }

    @Test
    void htmlFormat_tagsRemovedAndEntitiesDecoded_otherFormatMarkersDropped() throws Exception {
        assertThat(only("::Q::[html]<p>What is <b>2 &amp; 2</b>?</p>{=4 ~22}").text()).isEqualTo("What is 2 & 2?");
        assertThat(only("[markdown]Is *this* kept? {T}").text()).isEqualTo("Is *this* kept?");
    }

    @Test
    void category_setsTheSectionOfTheQuestionsThatFollow_fromTheLastPartOfItsPath() throws Exception {
        ImportResult r = gift("""
                A? {T}

                $CATEGORY: Geography

                B? {T}

                $CATEGORY: $course$/top/Science/Physics
                C? {T}
                """);
        assertThat(r.quiz().questions()).extracting(Question::section).containsExactly(null, "Geography", "Physics");
    }

    @Test
    void windowsLineEndingsAndAByteOrderMark_readTheSame() throws Exception {
        ImportResult r = gift("\uFEFF// c\r\nOne? {T}\r\n\r\nTwo?\r\n{=a ~b}\r\n");
        assertThat(r.quiz().questions()).extracting(Question::text).containsExactly("One?", "Two?");
    }

    @Test
    void titleAlone_isTheTextWhenTheQuestionHasNone() throws Exception {
        assertThat(only("::Is water wet?::{T}").text()).isEqualTo("Is water wet?");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "A?\\n{=a ~b|test.gift: line 2: expected '}' closing the answers opened here",
            "A? {=a\\n\\n~b}|test.gift: line 1: expected '}' closing the answers opened here (a blank line ends a question",
            "// c\\n\\nA? {#abc}|test.gift: line 3: expected a number such as #42",
            "A? {#3,5}|test.gift: line 1: expected a number such as #42, #3.14:0.01 (value:tolerance) or #1..5 (range) with '.' for decimals, got #3,5",
            "A? {#5..1}|test.gift: line 1: expected a range from low to high",
            "A? {#5:-1}|test.gift: line 1: expected a tolerance of 0 or more",
            "A?\\n{=a\\n=b\\n~c}|test.gift: line 3: expected one '=' answer in a multiple-choice question",
            "A? {~a ~b}|test.gift: line 1: expected a right answer",
            "A? {~%x%a =b}|test.gift: line 1: expected a weight such as %50% or %-25% after '~', got \"%x%\"",
            "A? {hello =a ~b}|test.gift: line 1: expected answers starting with '=' (right) or '~' (wrong), T or F, or '#' for a number; got \"hello\"",
            "A } b {=a ~b}|test.gift: line 1: found '}' with no '{' before it",
            "A? {=a ~b} and {=c}|test.gift: line 1: expected one {answers} block per question",
            "::Title with no end {T}|test.gift: line 1: expected '::' closing the question title",
            "{=a ~b}|test.gift: line 1: expected the question's text before '{'",
            "A? {=a ~}|test.gift: line 1: expected the text of an answer after '~'",
            "Q1? {T}\\n\\nQ2?\\n{=a ~b ~c ~d ~e ~f ~g}|test.gift: line 3: field 'choices' must have 2 to 6 entries (got 7)",
            "Q1? {T}\\n\\n\\nQ2? {=Same ~same}|test.gift: line 4: field 'choices' has a duplicate entry \"same\"",
            "// only a comment|test.gift: no questions found",
    })
    void errors_nameTheFileTheLineAndWhatWasExpected(String text, String message) {
        assertThatThrownBy(() -> gift(text.replace("\\n", "\n"))).isInstanceOf(QuizFormatException.class).hasMessageStartingWith(message);
    }

    @Test
    void aFileWhoseQuestionsAreAllSkipped_isRefused_sayingWhatWasSkipped() {
        assertThatThrownBy(() -> gift("Essay. {}\n\nMatch. {=a -> 1 =b -> 2}"))
                .hasMessageContaining("test.gift: no questions found")
                .hasMessageContaining("line 1: essay question")
                .hasMessageContaining("line 3: matching question");
    }

    @Test
    void notUtf8_isRefusedWithTheLine() {
        byte[] latin1 = "A? {T}\n\nCaf\u00e9? {T}".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> QuizImporters.load("test.gift", latin1)).hasMessage("test.gift: line 3: not UTF-8 text (save the file as UTF-8)");
    }

    @Test
    void pictures_areNeverFetched_takenOutOfTheText_andEachNamedInAWarning() throws Exception {
        ImportResult r = gift("""
                Plain one. {T}

                ::Map::[html]<p>Which country is this?<br><img src="https\\://example.org/map.png" alt\\="map"></p> {
                  =France#<img src\\='@@PLUGINFILE@@/flag.jpg'> Right ~Spain
                }

                [markdown]Whose face is ![a face](http\\://example.org/face.jpg) this? {=Ada =Ada Lovelace}

                <IMG SRC=data\\:image/png;base64,iVBOR> Odd or even: 3? {=odd ~even}
                """);
        assertThat(r.quiz().questions()).extracting(Question::text).containsExactly(
                "Plain one.", "Which country is this?", "Whose face is this?", "Odd or even: 3?");
        assertThat(r.quiz().questions().get(1).choices()).containsExactly("France", "Spain");
        assertThat(r.quiz().questions().get(1).explanation()).isEqualTo("Right");
        assertThat(r.warnings()).containsExactly(
                "test.gift: line 3: question 2 had a picture at https://example.org/map.png: upload it in the editor instead (pictures in imported files are not fetched)",
                "test.gift: line 3: question 2 had a picture at @@PLUGINFILE@@/flag.jpg: upload it in the editor instead (pictures in imported files are not fetched)",
                "test.gift: line 7: question 3 had a picture at http://example.org/face.jpg: upload it in the editor instead (pictures in imported files are not fetched)",
                "test.gift: line 9: question 4 had a picture at data:image/png;base64,iVBOR: upload it in the editor instead (pictures in imported files are not fetched)");
    }

    @Test
    void aQuestionThatIsOnlyAPicture_isRefusedWithASentenceSayingSo() {
        assertThatThrownBy(() -> gift("[html]<img src=\"a.png\"> {T}"))
                .hasMessage("test.gift: line 1: expected the question's text before '{' (it has only a picture, which is not "
                        + "imported: write what it asks as text)");
    }
}
