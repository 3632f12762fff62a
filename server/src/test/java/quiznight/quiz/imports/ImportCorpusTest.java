package quiznight.quiz.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static quiznight.quiz.imports.Corpus.bytes;
import static quiznight.quiz.imports.Corpus.expected;
import static quiznight.quiz.imports.Corpus.nativeJson;

import org.junit.jupiter.api.Test;
import quiznight.quiz.Quiz;

/**
 * Each format's corpus file (src/test/resources/imports/, written for this project) imports to exactly its
 * expected native JSON file: kinds, texts, choices, answers, tolerances, time limits, explanations, sections.
 */
class ImportCorpusTest {

    private static ImportResult importAs(String name, byte[] content, ImportResult.Format format) throws Exception {
        ImportResult result = QuizImporters.load(name, content);
        assertThat(result.format()).isEqualTo(format);
        return result;
    }

    private static void assertSameQuiz(Quiz actual, String expectedFile) throws Exception {
        assertThat(nativeJson(actual)).isEqualTo(nativeJson(expected(expectedFile)));
        assertThat(actual).isEqualTo(expected(expectedFile));
    }

    @Test
    void gift_everyKindWithCommentsTitlesCategoriesFeedbackEscapesWeightsRangesAndMultiLineText() throws Exception {
        ImportResult result = importAs("astronomy.gift", bytes("astronomy.gift"), ImportResult.Format.GIFT);
        assertSameQuiz(result.quiz(), "astronomy.expected.json");
        assertThat(result.warnings()).containsExactly(
                "astronomy.gift: line 49: matching question skipped: QuizNight has no matching questions",
                "astronomy.gift: line 54: essay question (empty {}) skipped: QuizNight has no essay questions",
                "astronomy.gift: line 56: description (text with no {answers}) skipped: QuizNight has no description questions");
    }

    @Test
    void aiken_optionsWithDotOrParenthesis_andAQuestionOnTwoLines_withoutBlankLinesBetweenQuestions() throws Exception {
        ImportResult result = importAs("rivers.txt", bytes("rivers.txt"), ImportResult.Format.AIKEN);
        assertSameQuiz(result.quiz(), "rivers.expected.json");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void aiken_readsTheSameFromAnAikenExtension() throws Exception {
        ImportResult result = importAs("rivers.aiken", bytes("rivers.txt"), ImportResult.Format.AIKEN);
        assertSameQuiz(result.quiz(), "rivers.expected.json");
    }

    @Test
    void kahootXlsx_templateLayoutWithNumberCells_blankTimeLimitIsTheDefault_emptyAnswerLeftOut() throws Exception {
        ImportResult result = importAs("mountains.xlsx", Corpus.kahootWorkbook(), ImportResult.Format.KAHOOT_XLSX);
        assertSameQuiz(result.quiz(), "mountains.expected.json");
        assertThat(result.quiz().questions().get(2).timeLimitMs()).isEqualTo(20_000);
    }

    @Test
    void kahootCsv_sameColumns_quotedFieldsWithCommasQuotesAndLineBreaks_blankRowsSkipped() throws Exception {
        ImportResult result = importAs("oceans.csv", bytes("oceans.csv"), ImportResult.Format.KAHOOT_CSV);
        assertSameQuiz(result.quiz(), "oceans.expected.json");
    }

    @Test
    void openTdb_entitiesDecoded_booleansAreTrueFalse_categoriesAreSections_answersShuffledTheSameEveryTime() throws Exception {
        ImportResult result = importAs("opentdb.json", bytes("opentdb.json"), ImportResult.Format.OPENTDB);
        assertSameQuiz(result.quiz(), "opentdb.expected.json");
        assertThat(QuizImporters.load("opentdb.json", bytes("opentdb.json")).quiz()).isEqualTo(result.quiz());
    }

    @Test
    void nativeJson_isReadAsBefore() throws Exception {
        ImportResult result = importAs("astronomy.expected.json", bytes("astronomy.expected.json"), ImportResult.Format.NATIVE);
        assertSameQuiz(result.quiz(), "astronomy.expected.json");
    }

    @Test
    void everyImportedQuiz_roundTripsThroughTheNativeFormat() throws Exception {
        for (String file : new String[] {"astronomy.gift", "rivers.txt", "oceans.csv", "opentdb.json"}) {
            Quiz quiz = QuizImporters.load(file, bytes(file)).quiz();
            Quiz back = QuizImporters.load(quiz.id() + ".json", Corpus.utf8(nativeJson(quiz))).quiz();
            assertThat(back).as(file).isEqualTo(quiz);
        }
    }
}
