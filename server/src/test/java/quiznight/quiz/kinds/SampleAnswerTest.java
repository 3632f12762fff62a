package quiznight.quiz.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import quiznight.protocol.ClientMessage;
import quiznight.protocol.Codec;
import quiznight.quiz.Kind;
import quiznight.quiz.Question;
import quiznight.quiz.Solution;
import quiznight.quiz.Submission;
import org.junit.jupiter.api.Test;
import quiznight.testing.Questions;

/**
 * Every kind's sample answer (the server's warm-up game answers with it) is an {@code answer} frame the codec
 * decodes, of the shape its own kind takes, and one the kind judges and counts into the reveal.
 */
class SampleAnswerTest {
    private static final long LIMIT_MS = 20_000;

    /** A question of each kind; a slider whose range starts below 0 and steps by a fraction. */
    private static Map<Kind, Question> questions() {
        Map<Kind, Question> q = new EnumMap<>(Kind.class);
        q.put(Kind.SINGLE, Questions.single(2, LIMIT_MS));
        q.put(Kind.MULTI, Questions.multi(List.of(1, 3), LIMIT_MS));
        q.put(Kind.TRUEFALSE, new Question(Kind.TRUEFALSE, "True?", null, List.of("True", "False"),
                new Solution.Choices(new TreeSet<>(List.of(1))), LIMIT_MS, 1, "", null, null, null));
        q.put(Kind.TEXT, Questions.text(List.of("migrate"), LIMIT_MS));
        q.put(Kind.NUMBER, Questions.number(8, 0, LIMIT_MS));
        q.put(Kind.POLL, Questions.poll(LIMIT_MS));
        q.put(Kind.ORDER, Questions.order(LIMIT_MS));
        q.put(Kind.SLIDER, new Question(Kind.SLIDER, "How cold?", null, List.of(),
                new Solution.Slider(-20, 30, 2.5, "°C", 5, 0), LIMIT_MS, 1, "", null, null, null));
        q.put(Kind.WORDCLOUD, Questions.wordcloud(LIMIT_MS));
        return q;
    }

    @Test
    void everyKindInTheRegistry_hasAQuestionHere() {
        assertThat(questions().keySet()).isEqualTo(EnumSet.allOf(Kind.class));
    }

    @Test
    void eachKindsSampleAnswer_isDecodedByTheCodecAndItsKind_fitsTheQuestion_andIsJudgedAndCounted() {
        Codec codec = new Codec(() -> 1_700_000_000_000.0);
        questions().forEach((kind, question) -> {
            KindRules<?, ?> rules = kind.rules();
            ObjectNode sample = rules.sampleAnswer(question);
            ObjectNode frame = JsonNodeFactory.instance.objectNode().put("type", "answer").put("index", 0);
            frame.setAll(sample);

            ClientMessage decoded = codec.decode(frame.toString());
            assertThat(decoded).as(kind.wire()).isInstanceOf(ClientMessage.Answer.class);
            Submission s = rules.decode((ClientMessage.Answer) decoded);
            assertThat(rules.shapeProblem(question, s)).as(kind.wire() + " " + sample).isNull();
            rules.judge(question, s); // judged without a failed cast
            int[] counts = new int[rules.countSlots(question)];
            rules.countInto(question, s, counts, 1);
        });
    }
}
