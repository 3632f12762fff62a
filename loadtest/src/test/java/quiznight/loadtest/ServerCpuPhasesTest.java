package quiznight.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The server's CPU split into broadcasts and answers from the phase marks of one room's host. */
class ServerCpuPhasesTest {

    @Test
    void revealWindowsGiveTheBroadcastCost_andQuestionWindowsLessOneBroadcastGiveTheAnswerCost() {
        AtomicLong ticks = new AtomicLong();
        ServerCpuPhases p = new ServerCpuPhases(ticks::get);
        mark(p, ticks, "question", 0, 0);   // the warm-up question: left out
        mark(p, ticks, "reveal", 0, 50);
        mark(p, ticks, "standings", 0, 60);
        mark(p, ticks, "question", 1, 100);
        mark(p, ticks, "reveal", 1, 250);   // 1.5 s of server CPU: 1 broadcast + 1,000 answers
        mark(p, ticks, "standings", 1, 270);
        mark(p, ticks, "question", 2, 300); // 0.5 s: 2 broadcasts
        mark(p, ticks, "reveal", 2, 450);
        mark(p, ticks, "standings", 2, 470);
        mark(p, ticks, "finished", -1, 500);

        ObjectNode r = p.report(1, 1000);
        assertThat(r.get("measuredQuestions").asInt()).isEqualTo(2);
        assertThat(r.get("questionWindowsCpuSec").asDouble()).isEqualTo(3.0);
        assertThat(r.get("revealWindowsCpuSec").asDouble()).isEqualTo(1.0);
        assertThat(r.get("cpuMsPerBroadcast").asDouble()).isEqualTo(250.0);
        assertThat(r.get("cpuUsPerRecipient").asDouble()).isEqualTo(250.0);
        assertThat(r.get("answers").asLong()).isEqualTo(2000);
        assertThat(r.get("cpuUsPerAnswer").asDouble()).isEqualTo(1250.0);
    }

    @Test
    void aQuestionWithoutItsRevealOrWhatFollows_givesNoSplit() {
        AtomicLong ticks = new AtomicLong();
        ServerCpuPhases p = new ServerCpuPhases(ticks::get);
        mark(p, ticks, "question", 1, 0);
        mark(p, ticks, "reveal", 1, 10);
        assertThat(p.report(1, 10)).isNull();
        assertThat(new ServerCpuPhases(() -> -1).report(0, 10)).isNull();
    }

    private static void mark(ServerCpuPhases p, AtomicLong ticks, String type, int index, long at) {
        ticks.set(at);
        p.mark(type, index);
    }
}
