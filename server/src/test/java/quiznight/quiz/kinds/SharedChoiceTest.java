package quiznight.quiz.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import org.junit.jupiter.api.Test;
import quiznight.protocol.ClientMessage;
import quiznight.quiz.Kind;
import quiznight.quiz.Submission;

/** One-choice answers are kept for the whole game, per player and question: they share one instance per choice. */
class SharedChoiceTest {

    @Test
    void oneChoiceAnswers_decodedOrReplayed_shareOneInstancePerChoice() {
        for (Kind kind : new Kind[] {Kind.SINGLE, Kind.TRUEFALSE, Kind.POLL}) {
            Submission a = kind.rules().decode(new ClientMessage.Answer(0, 1, null, null, null));
            Submission b = kind.rules().decode(new ClientMessage.Answer(0, 1, null, null, null));
            Submission replayed = kind.rules().readJournaled(IntNode.valueOf(1));
            assertThat(a).as(kind.wire()).isSameAs(b).isSameAs(replayed).isEqualTo(new Submission.Choice(1));
        }
    }

    @Test
    void aChoiceBeyondTheSharedOnes_isStillAnEqualChoice() {
        assertThat(Submission.Choice.of(63)).isSameAs(Submission.Choice.of(63));
        assertThat(Submission.Choice.of(64)).isEqualTo(new Submission.Choice(64)).isNotSameAs(Submission.Choice.of(64));
        assertThat(Submission.Choice.of(-1).index()).isEqualTo(-1);
    }
}
