package quiznight.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The pictures scenario: its defaults and the with/without comparison. */
class PicturesScenarioTest {
    private static RunSpec spec(String... args) {
        Main m = new Main();
        new CommandLine(m).parseArgs(args);
        return m.specs().get(0);
    }

    @Test
    void thePicturesScenarioIsStadiumAtFiveThousandPlayersWithPicturesAndNoImagesTurnsThemOff() {
        RunSpec with = spec("--scenario", "pictures");
        assertThat(with.players()).isEqualTo(5000);
        assertThat(with.rooms()).isEqualTo(1);
        assertThat(with.warmupQuestions()).isEqualTo(1);
        assertThat(with.images()).isTrue();
        assertThat(with.workers()).isEqualTo(2);
        assertThat(with.sourceAddresses()).isEqualTo(4);
        RunSpec stadium = spec("--scenario", "stadium", "--players", "5000");
        assertThat(with.withName("stadium", 5000).images()).isTrue();
        assertThat(stadium.images()).isFalse();
        assertThat(new Object[] {with.questions(), with.timeLimitSec(), with.answerMinMs(), with.answerMaxMs(), with.pauseMs(),
                with.joinRate()}).containsExactly(stadium.questions(), stadium.timeLimitSec(), stadium.answerMinMs(),
                stadium.answerMaxMs(), stadium.pauseMs(), stadium.joinRate());
        assertThat(spec("--scenario", "pictures", "--no-images").images()).isFalse();
        assertThat(spec("--scenario", "classroom", "--images").images()).isTrue();
    }

    private static ObjectNode run(String name, double lastP99, double eachP99) {
        ObjectNode r = Report.JSON.createObjectNode();
        r.put("name", name);
        r.put("server", "quiznight");
        ObjectNode m = r.putObject("measures");
        m.putObject("questionLast").put("p99", lastP99);
        m.putObject("question").put("p99", eachP99);
        return r;
    }

    @Test
    void comparedToAnotherReportEachRunGetsItsQuestionFanOutP99Ratio() {
        Report with = new Report("with");
        with.add(run("pictures", 120, 60));
        Report without = new Report("without");
        without.add(run("pictures", 100, 50));
        without.add(run("other", 10, 10));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        with.compareTo(without.root, "without.json", new PrintStream(out, true, StandardCharsets.UTF_8));

        JsonNode vs = with.runs.get(0).path("vsCompared");
        assertThat(vs.path("file").asText()).isEqualTo("without.json");
        assertThat(vs.path("questionLast").path("ratio").asDouble()).isEqualTo(1.2);
        assertThat(vs.path("questionLast").path("otherP99").asDouble()).isEqualTo(100.0);
        assertThat(vs.path("question").path("ratio").asDouble()).isEqualTo(1.2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("120.0 / 100.0 ms = 1.20");
    }
}
