package quiznight.quiz.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import quiznight.quiz.Kind;
import quiznight.quiz.Question;

/** Aiken: options A. or A), ANSWER: X; errors name the line and what was expected. */
class AikenImporterTest {

    private static ImportResult aiken(String text) throws Exception {
        return QuizImporters.load("test.aiken", Corpus.utf8(text));
    }

    @Test
    void everyQuestionIsSingle_withTheAnswerLetterAsItsIndex_lowerCaseLetterAccepted() throws Exception {
        ImportResult r = aiken("""
                Which one is a mammal?
                A) Shark
                B) Dolphin
                C) Trout
                answer: b
                """);
        Question q = r.quiz().questions().get(0);
        assertThat(q.kind()).isEqualTo(Kind.SINGLE);
        assertThat(q.choices()).containsExactly("Shark", "Dolphin", "Trout");
        assertThat(q.solution().toString()).contains("[1]");
        assertThat(r.quiz().title()).isEqualTo("test");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "Q?\\nA. x\\nB. y|test.aiken: line 1: expected an 'ANSWER: X' line ending this question before the end of the file",
            "Q?\\nA. x\\nB. y\\nANSWER: C|test.aiken: line 4: 'ANSWER: C' names no option: this question has A to B",
            "Q?\\nA. x\\nB. y\\nANSWER: A or B|test.aiken: line 4: expected one option letter after 'ANSWER:' (A to B), got \"A OR B\"",
            "Q?\\nA. x\\nANSWER: A|test.aiken: line 3: expected at least two options (A. … B. …) before 'ANSWER:'",
            "Q?\\nA. x\\nC. y\\nANSWER: A|test.aiken: line 3: expected option B (\"B. text\" or \"B) text\") or 'ANSWER: X', got \"C. y\"",
            "Q?\\nB. x\\nC. y\\nANSWER: B|test.aiken: line 2: expected option A first, got option B",
            "Q?\\nA. x\\n\\nB. y\\nANSWER: A|test.aiken: line 3: expected option B or 'ANSWER: X' ending the question that starts on line 1, got a blank line",
            "ANSWER: A|test.aiken: line 1: expected a question's text before its options and 'ANSWER:' line",
            "\\n\\nQ?\\nA. Same\\nB. same\\nANSWER: A|test.aiken: line 3: field 'choices' has a duplicate entry \"same\"",
            "|test.aiken: no questions found",
    })
    void errors_nameTheFileTheLineAndWhatWasExpected(String text, String message) {
        assertThatThrownBy(() -> aiken(text == null ? "" : text.replace("\\n", "\n"))).hasMessageStartingWith(message);
    }
}
