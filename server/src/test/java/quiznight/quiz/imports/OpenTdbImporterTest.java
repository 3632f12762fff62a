package quiznight.quiz.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import quiznight.quiz.Question;

/** Open Trivia DB responses: entities, booleans, shuffling, and errors at the line of the result. */
class OpenTdbImporterTest {

    private static ImportResult tdb(String json) throws Exception {
        return QuizImporters.load("trivia.json", Corpus.utf8(json));
    }

    private static String one(String result) {
        return "{\"response_code\":0,\"results\":[\n" + result + "\n]}";
    }

    @Test
    void entities_namedNumericAndHexAreDecodedOnce_unknownOnesKept() {
        assertThat(Texts.decodeEntities("&quot;A&quot; &#039;b&#039; &amp;amp; &eacute;&Eacute; &#x263A; &nbsp;| &notanentity; &hellip;"))
                .isEqualTo("\"A\" 'b' &amp; éÉ ☺ \u00a0| &notanentity; …");
        assertThat(Texts.decodeEntities("&#0; &#xD800;")).isEqualTo("\uFFFD \uFFFD");
    }

    @Test
    void multiple_isSingleWithTheCorrectAnswerFoundAfterShuffling_booleanIsTrueFalse() throws Exception {
        ImportResult r = tdb("{\"response_code\":0,\"results\":["
                + "{\"type\":\"multiple\",\"question\":\"2+2?\",\"correct_answer\":\"4\",\"incorrect_answers\":[\"3\",\"5\",\"22\"]},"
                + "{\"type\":\"boolean\",\"question\":\"Yes?\",\"correct_answer\":\"True\",\"incorrect_answers\":[\"False\"]}]}");
        Question single = r.quiz().questions().get(0);
        assertThat(single.choices()).containsExactlyInAnyOrder("3", "4", "5", "22");
        int correct = ((quiznight.quiz.Solution.Choices) single.solution()).indexes().first();
        assertThat(single.choices().get(correct)).isEqualTo("4");
        assertThat(r.quiz().questions().get(1).choices()).containsExactly("True", "False");
        assertThat(r.quiz().questions().get(1).section()).isNull();
    }

    @Test
    void shuffling_differsBetweenQuestions_butNeverBetweenImports() throws Exception {
        StringBuilder results = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            results.append(i == 0 ? "" : ",").append("{\"type\":\"multiple\",\"question\":\"Q").append(i)
                    .append("?\",\"correct_answer\":\"right\",\"incorrect_answers\":[\"w1\",\"w2\",\"w3\"]}");
        }
        String json = "{\"response_code\":0,\"results\":[" + results + "]}";
        var first = tdb(json).quiz().questions().stream().map(Question::choices).toList();
        assertThat(tdb(json).quiz().questions().stream().map(Question::choices).toList()).isEqualTo(first);
        assertThat(first.stream().map(c -> c.indexOf("right")).distinct().count()).isGreaterThan(1);
    }

    @Test
    void errors_nameTheLineOfTheResult() {
        assertThatThrownBy(() -> tdb(one("{\"type\":\"multiple\",\"question\":\"A?\",\"correct_answer\":\"x\",\"incorrect_answers\":[]},\n"
                + "{\"type\":\"boolean\",\"question\":\"B?\",\"correct_answer\":\"Maybe\",\"incorrect_answers\":[\"x\"]}")))
                .hasMessage("trivia.json: line 2: results[0]: field 'incorrect_answers' must be a non-empty array of strings");
        assertThatThrownBy(() -> tdb(one("{\"type\":\"boolean\",\"question\":\"B?\",\"correct_answer\":\"True\",\"incorrect_answers\":[\"False\"]},\n"
                + "  {\"type\":\"boolean\",\"question\":\"B?\",\"correct_answer\":\"Maybe\",\"incorrect_answers\":[\"x\"]}")))
                .hasMessage("trivia.json: line 3: results[1]: field 'correct_answer' must be \"True\" or \"False\" for a boolean question, got \"Maybe\"");
        assertThatThrownBy(() -> tdb(one("{\"type\":\"multiple\",\"correct_answer\":\"x\",\"incorrect_answers\":[\"y\"]}")))
                .hasMessage("trivia.json: line 2: results[0]: field 'question' must be a non-empty string");
        assertThatThrownBy(() -> tdb(one("{\"type\":\"multiple\",\"question\":\"A?\",\"correct_answer\":\"&amp;\",\"incorrect_answers\":[\"&\"]}")))
                .hasMessage("trivia.json: line 2: field 'choices' has a duplicate entry \"&\"");
    }

    @Test
    void encodedResponses_andErrorResponseCodes_areRefusedSayingWhatToDo() {
        assertThatThrownBy(() -> tdb(one("{\"type\":\"bXVsdGlwbGU=\",\"question\":\"QT8=\",\"correct_answer\":\"eA==\",\"incorrect_answers\":[\"eQ==\"]}")))
                .hasMessageContaining("field 'type' must be \"multiple\" or \"boolean\", got \"bXVsdGlwbGU=\"")
                .hasMessageContaining("without encode=base64");
        assertThatThrownBy(() -> tdb("{\"response_code\":1,\"results\":[]}"))
                .hasMessageStartingWith("trivia.json: response_code is 1, so Open Trivia DB sent no questions");
        assertThatThrownBy(() -> tdb("{\"response_code\":0,\"results\":[]}")).hasMessageStartingWith("trivia.json: no questions found");
    }
}
