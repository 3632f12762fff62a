package quiznight.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import quiznight.quiz.Kind;
import quiznight.quiz.Submission;
import quiznight.testing.ManualClock;
import quiznight.testing.ManualLoop;

/** The answer record, written without a tree, is the line the tree-built records of before gave. */
class JournalAnswerRecordTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Keeps each record as the bytes it was given. */
    static final class Lines implements Journal {
        final List<String> lines = new ArrayList<>();

        @Override
        public void append(ObjectNode record) {
            try {
                appendJson(JSON.writeValueAsBytes(record));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void appendJson(byte[] record) {
            lines.add(new String(record, StandardCharsets.UTF_8));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public void delete() {
        }
    }

    @Test
    void answerRecordsOfEveryKind_areTheSameJsonAsATreeWouldWrite() {
        ManualClock clock = new ManualClock(1_700_000_000_000L);
        Lines lines = new Lines();
        RoomJournal journal = new RoomJournal(lines, new ManualLoop(clock), clock, 100);
        Object[][] cases = {
                {Kind.SINGLE, new Submission.Choice(2)},
                {Kind.TRUEFALSE, new Submission.Choice(0)},
                {Kind.POLL, new Submission.Choice(3)},
                {Kind.MULTI, new Submission.Choices(new TreeSet<>(List.of(3, 0)))},
                {Kind.TEXT, new Submission.Text("Ünïcode \"quoted\" \\ text")},
                {Kind.NUMBER, new Submission.Number(-12.5)},
                {Kind.NUMBER, new Submission.Number(3)},
        };
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < cases.length; i++) {
            Kind kind = (Kind) cases[i][0];
            Submission s = (Submission) cases[i][1];
            journal.answer(1_700_000_000_000L + i, "p" + i, i, 40 + i, kind, s);
            ObjectNode tree = JSON.createObjectNode().put("t", "answer").put("at", 1_700_000_000_000L + i)
                    .put("id", "p" + i).put("index", i).put("latency", 40L + i).put("kind", kind.wire());
            tree.set("answer", JSON.valueToTree(kind.rules().answerToWire(s)));
            expected.add(tree.toString());
        }
        assertThat(lines.lines).containsExactlyElementsOf(expected);
    }
}
