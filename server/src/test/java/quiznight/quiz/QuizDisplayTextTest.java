package quiznight.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Quiz texts with bidi controls or "Zalgo" marks are refused at load time, naming the field; real scripts pass. */
class QuizDisplayTextTest {
    private static final JsonMapper JSON = new JsonMapper();
    private static final String ZALGO = "H" + "\u0300\u0301\u0302\u0303\u0304\u0305\u0306\u0307".repeat(4) + "ello";

    /** A valid quiz whose field {@code field} (of the quiz, its question, or a choice) holds {@code value}. */
    private static ObjectNode quizWith(String field, String value) {
        ObjectNode quiz = JSON.createObjectNode().put("title", "Quiz");
        ObjectNode q = quiz.putArray("questions").addObject().put("kind", "single").put("text", "Which?");
        q.putArray("choices").add("one").add("two");
        q.putArray("correct").add(0);
        switch (field) {
            case "title", "description" -> quiz.put(field, value);
            case "choices" -> q.withArray("choices").set(1, value);
            case "correct" -> {
                q.put("kind", "text").remove("choices");
                q.putArray("correct").add(value);
            }
            default -> q.put(field, value);
        }
        return quiz;
    }

    @ParameterizedTest
    @ValueSource(strings = {"title", "description", "text", "code", "choices", "explanation", "section", "correct"})
    void stackedCombiningMarks_areRefused_namingTheField(String field) {
        assertThatThrownBy(() -> QuizLoader.forChecking().load(quizWith(field, ZALGO), "zalgo.json", "zalgo"))
                .isInstanceOf(QuizFormatException.class)
                .hasMessageContaining("field '" + field + "'")
                .hasMessageContaining("combining marks");
    }

    @ParameterizedTest
    @ValueSource(strings = {"title", "description", "text", "code", "choices", "explanation", "section", "correct"})
    void bidiOverrides_areRefused_namingTheField(String field) {
        assertThatThrownBy(() -> QuizLoader.forChecking().load(quizWith(field, "Capital of \u202Eecnarf\u202C?"), "bidi.json", "bidi"))
                .isInstanceOf(QuizFormatException.class)
                .hasMessageContaining("field '" + field + "'")
                .hasMessageContaining("U+202E");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202A", "\u202B", "\u202C", "\u202D", "\u2066", "\u2067", "\u2068", "\u2069"})
    void everyEmbeddingAndIsolateControl_isRefused(String control) {
        assertThat(DisplayText.problem("a" + control + "b")).contains("bidirectional");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Tiếng Việt có dấu: Người ta thường nói rằng ở đâu có ý chí, ở đó có con đường",
            "हिन्दी: स्वास्थ्य, क्षत्रिय, श्रृंगार, पृथ्वी, अँधेरा",
            "العربية: بِسْمِ ٱللَّٰهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ",
            "עברית: בְּרֵאשִׁ֖ית בָּרָ֣א אֱלֹהִ֑ים",
            "ภาษาไทย: กิ่งไม้ น้ำ ผู้ใหญ่",
            "Mixed: the word \u200Fשלום\u200F means peace, \u061Cعربي\u061C too",
            "Ελληνικά: ἀρχὴ, ᾧ; Русский: ёлка; Zoë, naïve, façade",
            "ཀྲྀ བོད་ཡིག",
            "👩‍🔬 emoji with ZWJ, 👍🏽 and 🇻🇳",
    })
    void realScripts_loadUnchanged_inNfcAndNfd(String text) throws Exception {
        for (String form : new String[] {Normalizer.normalize(text, Normalizer.Form.NFC),
                Normalizer.normalize(text, Normalizer.Form.NFD)}) {
            Quiz quiz = QuizLoader.forChecking().load(quizWith("title", form), "real.json", "real");
            assertThat(quiz.title()).isEqualTo(form.strip());
            assertThat(QuizLoader.forChecking().load(quizWith("text", form), "real.json", "real").questions().get(0).text()).isEqualTo(form);
        }
    }
}
