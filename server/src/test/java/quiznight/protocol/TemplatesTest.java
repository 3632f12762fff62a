package quiznight.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
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

    /** Names a team may carry on the wire: accents, other scripts, an emoji (two UTF-16 units), quotes, controls. */
    private static final String[] NAMES = {"Red Foxes", "Zoë’s Zebras", "Équipe ünïcödé", "東京チーム", "فريق النجوم",
            "Команда", "🦊 Foxes 🔥", "Say \"hi\"", "back\\slash", "tab\tnew\nline\u0001", "", "</script>"};

    @Test
    void manyRandomResults_teamOrNot_withUnicodeNamesAndNullFields_areByteForByteWhatTheCodecWrites() {
        Random random = new Random(27);
        Codec codec = new Codec(() -> 1_764_900_000_123.25);
        for (int reveal = 0; reveal < 20; reveal++) {
            int index = random.nextInt(600);
            Templates.Results t = new Templates(codec).results(index);
            // A reveal's standings: a few teams, some fields absent, as many players' results as it takes to reuse them.
            List<ServerMessage.Team> teams = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(Codec.MAX_TEAMS + 5); i++) {
                teams.add(new ServerMessage.Team(i, NAMES[random.nextInt(NAMES.length)],
                        random.nextBoolean() ? "#" + Integer.toHexString(0x100000 + random.nextInt(0xefffff)) : null,
                        maybe(random), maybe(random), maybe(random), maybe(random)));
            }
            for (int n = 0; n < 200; n++) {
                ServerMessage.Team team = random.nextInt(4) == 0 ? null : teams.get(random.nextInt(teams.size()));
                ServerMessage.Result r = new ServerMessage.Result(index, random.nextBoolean(), random.nextInt(2_000),
                        random.nextInt(600), random.nextInt(Integer.MAX_VALUE), 1 + random.nextInt(10_000),
                        random.nextInt(50), random.nextInt(), random.nextInt(10_001), team);
                assertThat(t.of(r).toString()).as("%s", r).isEqualTo(codec.encode(r).toString());
                assertThat(t.of(r).bytes()).isEqualTo(codec.encode(r).bytes());
            }
        }
    }

    @Test
    void twoTeamsWithTheSameNumberButAnotherStanding_eachGetTheirOwnBytes() {
        Codec codec = new Codec(() -> 5.0);
        Templates.Results t = new Templates(codec).results(0);
        ServerMessage.Result first = new ServerMessage.Result(0, true, 1, 0, 1, 1, 1, 0, 2,
                new ServerMessage.Team(0, "Red", "#ef5350", 10, 1, 2, 10));
        ServerMessage.Result second = new ServerMessage.Result(0, true, 1, 0, 1, 1, 1, 0, 2,
                new ServerMessage.Team(0, "Red", "#ef5350", 20, 2, 2, 10));
        assertThat(t.of(first).toString()).contains("\"score\":10,");
        assertThat(t.of(second).toString()).isEqualTo(codec.encode(second).toString()).contains("\"score\":20,");
    }

    private static Integer maybe(Random random) {
        return random.nextInt(5) == 0 ? null : random.nextInt(100_000);
    }

    @ParameterizedTest(name = "index {0}")
    @ValueSource(ints = {0, 4})
    void result_ofAnotherQuestion_isRefused(int index) {
        Templates.Results t = new Templates(new Codec(() -> 1.0)).results(3);
        assertThatThrownBy(() -> t.of(new ServerMessage.Result(index, true, 1, 0, 1, 1, 1, 0, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
