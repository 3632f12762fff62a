package quiznight.quiz.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import quiznight.protocol.ClientMessage;
import quiznight.protocol.ProtocolException;
import quiznight.quiz.Kind;
import quiznight.quiz.Submission;

/**
 * Choice answers are kept for the whole game, per player and question: they share one instance per choice (one-choice
 * kinds) or per set of choices (multi).
 */
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

    @Test
    void multiAnswers_decodedOrReplayed_shareOneInstancePerSetOfChoices() {
        Submission a = Kind.MULTI.rules().decode(new ClientMessage.Answer(0, null, List.of(2, 0), null, null));
        Submission b = Kind.MULTI.rules().decode(new ClientMessage.Answer(0, null, List.of(0, 2), null, null));
        Submission replayed = Kind.MULTI.rules().readJournaled(JsonNodeFactory.instance.arrayNode().add(2).add(0));
        assertThat(a).isSameAs(b).isSameAs(replayed).isEqualTo(new Submission.Choices(new TreeSet<>(List.of(0, 2))));
        assertThatThrownBy(() -> Kind.MULTI.rules().decode(new ClientMessage.Answer(0, null, List.of(1, 1), null, null)))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("twice");
    }

    @Test
    void randomSetsOfChoices_equalTheSetOfTheirOwn_sharedWhenEveryChoiceIsBelowSix() {
        Random random = new Random(27);
        for (int round = 0; round < 2_000; round++) {
            List<Integer> picked = new ArrayList<>();
            int n = random.nextInt(5);
            for (int i = 0; i < n; i++) {
                picked.add(random.nextInt(9) - 1);
            }
            Submission.Choices shared = Submission.Choices.of(picked);
            assertThat(shared).as("%s", picked).isEqualTo(new Submission.Choices(new TreeSet<>(picked)));
            assertThat(shared.indexes()).containsExactlyElementsOf(new TreeSet<>(picked));
            boolean small = picked.stream().allMatch(i -> i >= 0 && i < 6);
            assertThat(Submission.Choices.of(new ArrayList<>(picked)) == shared).as("%s", picked).isEqualTo(small);
            assertThatThrownBy(() -> shared.indexes().add(0)).isInstanceOf(UnsupportedOperationException.class);
        }
        assertThatThrownBy(() -> Submission.Choices.of(Arrays.asList(1, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
    }
}
