package quiznight.quiz.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import quiznight.quiz.Question;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizLoader;
import quiznight.quiz.imports.ImportResult;
import quiznight.quiz.imports.QuizImporters;

/** GIFT export: what it writes, QuizNight's own GIFT importer reads back to the same questions. */
class GiftWriterTest {

    private static Quiz quiz(String json) throws Exception {
        return QuizLoader.forChecking().load(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json", "t");
    }

    private static ImportResult readBack(String gift) throws Exception {
        return QuizImporters.load("back.gift", "t", gift.getBytes(StandardCharsets.UTF_8));
    }

    /** The question as the game sees it, with the time limit and points GIFT does not carry set aside. */
    private static List<Object> comparable(Question q) {
        return List.of(q.kind(), q.text(), q.choices(), q.solution(), q.explanation(),
                q.section() == null ? "" : q.section());
    }

    @Test
    void everyKindGiftCanExpress_readsBackToTheSameQuestions_withEveryEscapedCharacter() throws Exception {
        Quiz original = quiz("""
                {"title": "Round trip", "questions": [
                  {"kind": "single", "text": "Which of ~ = # { } : and \\\\ is a tilde?", "choices": ["~", "= sign", "#hash", "{brace}"],
                   "correct": [0], "explanation": "A ~ is a tilde: see {docs}."},
                  {"kind": "multi", "text": "Pick the primes", "choices": ["2", "3", "4", "5", "a:b"], "correct": [0, 1, 3],
                   "section": "Maths"},
                  {"kind": "multi", "text": "All are right", "choices": ["x", "y"], "correct": [0, 1], "section": "Maths"},
                  {"kind": "truefalse", "text": "The sun is a star", "correct": [0]},
                  {"kind": "truefalse", "text": "// not a comment, [html] not a format", "correct": [1]},
                  {"kind": "text", "text": "Name a colour of the\\nFrench flag", "correct": ["blue", "white", "red\\\\ish"]},
                  {"kind": "number", "text": "Pi to two places?", "correct": {"value": 3.14, "tolerance": 0.005}},
                  {"kind": "number", "text": "Below zero", "correct": {"value": -1.5E-7, "tolerance": 0}},
                  {"kind": "single", "text": "[markdown] looks like a format", "choices": ["a", "b"], "correct": [1]}
                ]}""");
        String gift = GiftWriter.write(original);
        ImportResult back = readBack(gift);
        assertThat(back.warnings()).isEmpty();
        assertThat(back.quiz().questions()).extracting(GiftWriterTest::comparable)
                .containsExactlyElementsOf(original.questions().stream().map(GiftWriterTest::comparable).toList());
        assertThat(gift).contains("{=\\~ ~\\= sign ~\\#hash ~\\{brace\\}");
        assertThat(gift).doesNotContain("left out");
    }

    @Test
    void aPollAndFieldsGiftHasNoPlaceFor_areListedInTheTopComment_andTheRestReadsBack() throws Exception {
        Quiz original = quiz("""
                {"title": "Mixed", "description": "Two lines\\nof description", "questions": [
                  {"kind": "poll", "text": "Favourite colour?", "choices": ["red", "blue"]},
                  {"kind": "single", "text": "What does this print?", "code": "print(1 + 1)", "choices": ["2", "11"],
                   "correct": [0], "timeLimitSec": 45, "points": 2, "docs": "https://docs.python.org/"},
                  {"kind": "truefalse", "text": "Agree?", "choices": ["Yes", "No"], "correct": [0]}
                ]}""");
        String gift = GiftWriter.write(original);
        List<String> comments = gift.lines().takeWhile(l -> l.startsWith("//")).toList();
        assertThat(comments).contains(
                "// Two lines of description",
                "//   question 1 (poll) left out: GIFT has no poll questions",
                "//   question 2: code snippet, time limit 45 s, points 2, link to read more left out",
                "//   question 3: answer labels Yes/No (GIFT says True/False) left out");
        ImportResult back = readBack(gift);
        assertThat(back.quiz().questions()).hasSize(2);
        assertThat(back.quiz().questions().get(0).text()).isEqualTo("What does this print?");
        assertThat(back.quiz().questions().get(0).code()).isNull();
        assertThat(back.quiz().questions().get(1).solution())
                .isEqualTo(original.questions().get(2).solution());
    }

    @Test
    void aSectionThatCannotBeACategoryName_isReported_andTheQuestionIsKept() throws Exception {
        Quiz original = quiz("""
                {"title": "S", "questions": [
                  {"kind": "truefalse", "text": "One", "correct": [0], "section": "A/B"},
                  {"kind": "truefalse", "text": "Two", "correct": [0], "section": "Rounds"},
                  {"kind": "truefalse", "text": "Three", "correct": [1]}
                ]}""");
        String gift = GiftWriter.write(original);
        assertThat(gift).contains("//   question 1: section \"A/B\" left out");
        ImportResult back = readBack(gift);
        assertThat(back.quiz().questions()).extracting(q -> String.valueOf(q.section()))
                .containsExactly("null", "Rounds", "null");
    }
}
