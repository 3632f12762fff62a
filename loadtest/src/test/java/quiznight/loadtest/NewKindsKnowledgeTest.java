package quiznight.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bots and the order, slider and wordcloud kinds: right or wrong on purpose, always of the shape the server takes. */
class NewKindsKnowledgeTest {
    @TempDir
    Path dir;

    private QuizKnowledge knowledge() throws Exception {
        Path file = dir.resolve("kinds.json");
        Files.writeString(file, "{\"title\":\"K\",\"questions\":["
                + "{\"kind\":\"order\",\"text\":\"Oldest first\",\"choices\":[\"Fortran\",\"Lisp\",\"C\"]},"
                + "{\"kind\":\"slider\",\"text\":\"Share?\",\"correct\":{\"min\":0,\"max\":100,\"step\":5,\"value\":80,\"tolerance\":5}},"
                + "{\"kind\":\"wordcloud\",\"text\":\"One word\"}]}");
        return QuizKnowledge.load(file.toString());
    }

    private static Msg question(String json) throws Exception {
        byte[] frame = json.getBytes(StandardCharsets.UTF_8);
        return Msg.parse(frame, 0, frame.length);
    }

    @Test
    void anOrderBot_mapsTheRightItemsToTheShuffledOnes_orSwapsTwoToBeWrong() throws Exception {
        QuizKnowledge k = knowledge();
        Msg q = question("{\"type\":\"question\",\"index\":0,\"kind\":\"order\",\"text\":\"Oldest first\","
                + "\"choices\":[\"C\",\"Fortran\",\"Lisp\"]}");
        assertThat(k.answerFrame(q, true, new Random(1))).isEqualTo("{\"type\":\"answer\",\"index\":0,\"choices\":[1,2,0]}");
        assertThat(k.answerFrame(q, false, new Random(1))).isEqualTo("{\"type\":\"answer\",\"index\":0,\"choices\":[2,1,0]}");
    }

    @Test
    void aSliderBot_sendsTheRightValue_orAnEndOfTheRangeOutsideTheTolerance_orARandomStepWithoutTheFile() throws Exception {
        QuizKnowledge k = knowledge();
        Msg q = question("{\"type\":\"question\",\"index\":1,\"kind\":\"slider\",\"text\":\"Share?\",\"choices\":[],"
                + "\"input\":{\"min\":0.0,\"max\":100.0,\"step\":5.0,\"unit\":\"%\"}}");
        assertThat(k.answerFrame(q, true, new Random(1))).isEqualTo("{\"type\":\"answer\",\"index\":1,\"value\":80.0}");
        assertThat(k.answerFrame(q, false, new Random(1))).isEqualTo("{\"type\":\"answer\",\"index\":1,\"value\":0.0}");
        for (int seed = 0; seed < 20; seed++) {
            String frame = QuizKnowledge.NONE.answerFrame(q, true, new Random(seed));
            double v = Double.parseDouble(frame.replaceAll(".*\"value\":([0-9.]+)}", "$1"));
            assertThat(v).isBetween(0.0, 100.0);
            assertThat(v % 5).isZero();
        }
    }

    @Test
    void aWordCloudBot_sendsTwoShortWords_andAWordCloudScoresNothing() throws Exception {
        Msg q = question("{\"type\":\"question\",\"index\":2,\"kind\":\"wordcloud\",\"text\":\"One word\",\"choices\":[]}");
        assertThat(knowledge().answerFrame(q, true, new Random(3))).matches("\\{\"type\":\"answer\",\"index\":2,\"words\":\\[\"[a-z]+\",\"[a-z]+\"]}");
        assertThat(QuizKnowledge.scored("wordcloud")).isFalse();
        assertThat(QuizKnowledge.scored("order")).isTrue();
        assertThat(QuizKnowledge.scored("slider")).isTrue();
    }
}
