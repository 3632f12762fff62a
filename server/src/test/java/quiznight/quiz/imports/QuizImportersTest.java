package quiznight.quiz.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Choosing the importer: by extension, and by content for .json and .txt; ids and titles from file names. */
class QuizImportersTest {

    @Test
    void txt_isGiftWhenItHasAnAnswerBlock_AikenWhenItHasAnswerLines_elseRefused() throws Exception {
        assertThat(QuizImporters.load("a.txt", Corpus.utf8("Q? {T}")).format()).isEqualTo(ImportResult.Format.GIFT);
        assertThat(QuizImporters.load("a.txt", Corpus.utf8("Q?\nA. x\nB. y\nANSWER: A")).format()).isEqualTo(ImportResult.Format.AIKEN);
        assertThatThrownBy(() -> QuizImporters.load("notes.txt", Corpus.utf8("Just notes.")))
                .hasMessageStartingWith("notes.txt: expected a GIFT file (questions with {answers}) or an Aiken file");
    }

    @Test
    void json_isOpenTriviaDbWhenItHasResultsAndNoQuestions_elseNative() throws Exception {
        assertThat(QuizImporters.load("x.json", Corpus.bytes("opentdb.json")).format()).isEqualTo(ImportResult.Format.OPENTDB);
        assertThat(QuizImporters.load("x.json", Corpus.bytes("rivers.expected.json")).format()).isEqualTo(ImportResult.Format.NATIVE);
        assertThatThrownBy(() -> QuizImporters.load("x.json", Corpus.utf8("{\"title\":\"T\",\"questions\":[{\"kind\":\"nope\"}]}")))
                .hasMessageStartingWith("x.json: question 1: field 'kind'");
    }

    @Test
    void unknownExtensions_areRefusedListingTheSupportedOnes() {
        assertThatThrownBy(() -> QuizImporters.load("quiz.docx", new byte[] {1}))
                .hasMessageStartingWith("quiz.docx: expected a file ending in .json, .gift, .txt, .aiken, .xlsx, .csv");
        assertThatThrownBy(() -> QuizImporters.load("README", new byte[] {1})).hasMessageStartingWith("README: expected a file ending in");
        assertThat(QuizImporters.supported("Quiz.GIFT")).isTrue();
        assertThat(QuizImporters.supported("quiz.docx")).isFalse();
    }

    @Test
    void idAndTitle_comeFromTheFileName_withoutFoldersOrExtension() throws Exception {
        ImportResult r = QuizImporters.load("some/folder/My Quiz_2.gift", Corpus.utf8("Q? {T}"));
        assertThat(r.quiz().id()).isEqualTo("my-quiz-2");
        assertThat(r.quiz().title()).isEqualTo("My Quiz_2");
        assertThat(QuizImporters.idFromFileName("C:\\quizzes\\Été.csv")).isEqualTo("-t-");
    }
}
