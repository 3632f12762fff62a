package quiznight.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The templates write exactly the bytes Jackson writes for the same message. */
class TemplatesTest {

    @ParameterizedTest(name = "sentAt {0}")
    @ValueSource(doubles = {1_764_900_000_123.456, 1_764_900_000_123.0, 1_764_900_000_123.5, 0.001})
    void ack_isByteForByteWhatTheCodecWrites(double now) {
        Codec codec = new Codec(() -> now);
        Templates t = new Templates(codec);
        for (int index : new int[] {0, 1, 9, 10, 599}) {
            Encoded fast = t.ack(index);
            Encoded slow = codec.encode(new ServerMessage.Ack(index));
            assertThat(fast.toString()).isEqualTo(slow.toString());
            assertThat(fast.type()).isEqualTo("ack");
            assertThat(fast.droppable()).isFalse();
        }
    }

    @ParameterizedTest(name = "sentAt {0}")
    @ValueSource(doubles = {1_764_900_000_123.456, 1_764_900_000_000.0})
    void result_isByteForByteWhatTheCodecWrites_teamResultsIncluded(double now) {
        Codec codec = new Codec(() -> now);
        Templates.Results t = new Templates(codec).results(3);
        ServerMessage.Result[] cases = {
                new ServerMessage.Result(3, true, 1000, 250, 4250, 1, 4, 0, 10_000),
                new ServerMessage.Result(3, false, 0, 0, 0, 10_000, 0, 2_147_483_647, 10_000),
                new ServerMessage.Result(3, false, 0, 0, 12, 7, 0, 5, 1),
                new ServerMessage.Result(3, true, 900, 0, 900, 1, 1, 0, 2,
                        new ServerMessage.Team(0, "Red Foxes", "#ef5350", 450, 1, 2, 450)),
        };
        for (ServerMessage.Result r : cases) {
            assertThat(t.of(r).toString()).isEqualTo(codec.encode(r).toString());
            assertThat(t.of(r).type()).isEqualTo("result");
        }
    }

    @ParameterizedTest(name = "index {0}")
    @ValueSource(ints = {0, 4})
    void result_ofAnotherQuestion_isRefused(int index) {
        Templates.Results t = new Templates(new Codec(() -> 1.0)).results(3);
        assertThatThrownBy(() -> t.of(new ServerMessage.Result(index, true, 1, 0, 1, 1, 1, 0, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
