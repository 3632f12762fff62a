package quiznight.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** The pieces of measuring that do not need a server. */
class MeasurementTest {

    @Test
    void histogramsFromTwoProcessesMergeAndLastPlayerIsTheMaximumPerBroadcast() {
        Stats a = new Stats();
        Stats b = new Stats();
        for (int i = 1; i <= 100; i++) {
            a.record("question", i);
            b.record("question", 100 + i);
        }
        a.last("question", "111111", 0, 40);
        b.last("question", "111111", 0, 90);
        b.last("question", "111111", 1, 10);
        Merged m = new Merged();
        m.add(a.snapshot());
        m.add(b.snapshot());
        Histogram q = m.histogram("question");
        assertThat(q.getTotalCount()).isEqualTo(200);
        assertThat(q.getMaxValue() / 1000.0).isBetween(199.0, 201.0);
        Histogram last = m.histogram("questionLast");
        assertThat(last.getTotalCount()).isEqualTo(2);
        assertThat(last.getMaxValue() / 1000.0).isBetween(89.9, 90.1);
    }

    @Test
    void heapIsTheSumOfTheHeapPools() {
        String text = """
                # HELP jvm_memory_used_bytes The amount of used memory
                jvm_memory_used_bytes{area="heap",id="G1 Eden Space"} 1.0E7
                jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} 2.5E7
                jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 9.0E7
                quiznight_players_connected 42.0
                """;
        assertThat(ServerProbe.heapUsed(text)).isEqualTo(35_000_000L);
        assertThat(ServerProbe.counters(text)).isEqualTo(Map.of("quiznight_players_connected", 42.0));
    }

    @Test
    void botsAnswerRightOrWrongOnPurposeWhenTheyKnowTheQuiz() throws Exception {
        QuizKnowledge k = QuizKnowledge.load(null);
        byte[] frame = ("{\"type\":\"question\",\"sentAt\":1.5,\"index\":1,\"kind\":\"single\","
                + "\"text\":\"About how many ephemeral ports does Linux hand out by default to connections from one source address to one destination?\","
                + "\"choices\":[\"a\",\"b\",\"c\",\"d\"]}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Msg q = Msg.parse(frame, 0, frame.length);
        assertThat(k.knows(q)).isTrue();
        assertThat(k.answerFrame(q, true, new java.util.Random(1))).isEqualTo("{\"type\":\"answer\",\"index\":1,\"choice\":2}");
        for (int i = 0; i < 20; i++) {
            assertThat(k.answerFrame(q, false, new java.util.Random(i))).doesNotContain("\"choice\":2");
        }
    }
}
