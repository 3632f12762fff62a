package quiznight.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import quiznight.protocol.Encoded;

class EnvelopeTest {
    private static Encoded msg(String json, boolean droppable) {
        return new Encoded("question", json.getBytes(StandardCharsets.UTF_8), droppable);
    }

    @Test
    void answer_roundTrips_withItsArrivalTimeAndNetworkDelay() {
        Envelope e = Envelope.read(Envelope.answer("123456", "edge-2", 42, "p7", "{\"type\":\"answer\"}", 1_700_000_000_123L, 35,
                true));
        assertThat(e.kind()).isEqualTo(Envelope.ANSWER);
        assertThat(e.code()).isEqualTo("123456");
        assertThat(e.node()).isEqualTo("edge-2");
        assertThat(e.conn()).isEqualTo(42);
        assertThat(e.member()).isEqualTo("p7");
        assertThat(e.text()).isEqualTo("{\"type\":\"answer\"}");
        assertThat(e.at()).isEqualTo(1_700_000_000_123L);
        assertThat(e.latency()).isEqualTo(35);
        assertThat(e.readsAcks()).isTrue();
    }

    @Test
    void answer_fromAnEdgeOfThePreviousVersion_withoutTheAcksFlag_isReadAsOneThatWantsEachAckSent() {
        byte[] now = Envelope.answer("123456", "edge-2", 42, "p7", "{\"type\":\"answer\"}", 5, 35, true);
        // The previous version's answer: the same fields, without the trailing flag.
        Envelope old = Envelope.read(java.util.Arrays.copyOf(now, now.length - 1));
        assertThat(old.readsAcks()).isFalse();
        assertThat(old.latency()).isEqualTo(35);
        assertThat(old.member()).isEqualTo("p7");
    }

    @Test
    void acks_carryOnlyConnectionsAndQuestionIndexes_inOrder() {
        byte[] wire = Envelope.acks("123456", List.of(new Envelope.Ack(3, 2), new Envelope.Ack(1L << 40, 2),
                new Envelope.Ack(9, 1)));
        Envelope e = Envelope.read(wire);
        assertThat(e.kind()).isEqualTo(Envelope.ACKS);
        assertThat(e.code()).isEqualTo("123456");
        assertThat(e.acks()).containsExactly(new Envelope.Ack(3, 2), new Envelope.Ack(1L << 40, 2), new Envelope.Ack(9, 1));
        // 12 bytes an ack after the header: nothing of the answer (right or wrong, points) travels back.
        assertThat(wire.length - Envelope.acks("123456", List.of()).length).isEqualTo(3 * 12);
        assertThatThrownBy(() -> Envelope.read(java.util.Arrays.copyOf(wire, wire.length - 4)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truncated");
    }

    @Test
    void joinAndResume_carryTheNameOrToken_unicodeIntact() {
        Envelope j = Envelope.read(Envelope.request(Envelope.JOIN, "654321", "a", 1, "Zoë 🦊", 99));
        assertThat(j.kind()).isEqualTo(Envelope.JOIN);
        assertThat(j.text()).isEqualTo("Zoë 🦊");
        assertThat(j.at()).isEqualTo(99);
        Envelope r = Envelope.read(Envelope.request(Envelope.RESUME, "654321", "a", 2, "tok", 5));
        assertThat(r.kind()).isEqualTo(Envelope.RESUME);
        assertThat(r.text()).isEqualTo("tok");
    }

    @Test
    void fan_keepsTheExactBytes_typeAndDroppability() {
        byte[] wire = "{\"type\":\"lobby\",\"players\":3}".getBytes(StandardCharsets.UTF_8);
        Envelope e = Envelope.read(Envelope.fan("111111", "owner", true, new Encoded("lobby", wire, true)));
        assertThat(e.kind()).isEqualTo(Envelope.FAN);
        assertThat(e.withHost()).isTrue();
        assertThat(e.node()).isEqualTo("owner");
        assertThat(e.message().bytes()).isEqualTo(wire);
        assertThat(e.message().type()).isEqualTo("lobby");
        assertThat(e.message().droppable()).isTrue();
    }

    @Test
    void each_carriesOneMessagePerConnection_inOrder() {
        Envelope e = Envelope.read(Envelope.each("111111", List.of(new Envelope.Item(3, msg("{\"a\":1}", false)),
                new Envelope.Item(9, msg("{\"b\":2}", false)))));
        assertThat(e.items()).extracting(Envelope.Item::conn).containsExactly(3L, 9L);
        assertThat(new String(e.items().get(1).message().bytes(), StandardCharsets.UTF_8)).isEqualTo("{\"b\":2}");
    }

    @Test
    void bind_withoutRole_meansUnbind_andCloseKeepsStatusAndReason() {
        Envelope unbind = Envelope.read(Envelope.bind("111111", 4, null, null));
        assertThat(unbind.kind()).isEqualTo(Envelope.BIND);
        assertThat(unbind.text()).isNull();
        Envelope bind = Envelope.read(Envelope.bind("111111", 4, "PLAYER", "p2"));
        assertThat(bind.text()).isEqualTo("PLAYER");
        assertThat(bind.member()).isEqualTo("p2");
        Envelope close = Envelope.read(Envelope.close("111111", 4, 4001, "resumed on another connection"));
        assertThat(close.status()).isEqualTo(4001);
        assertThat(close.text()).isEqualTo("resumed on another connection");
        Envelope moved = Envelope.read(Envelope.moved("111111", "one"));
        assertThat(moved.kind()).isEqualTo(Envelope.MOVED);
        assertThat(moved.node()).isEqualTo("one");
    }

    @Test
    void read_truncatedOrUnknown_isRefusedWithAClearProblem() {
        byte[] whole = Envelope.gone("111111", "a", 1, "p1");
        assertThatThrownBy(() -> Envelope.read(java.util.Arrays.copyOf(whole, whole.length - 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truncated");
        byte[] unknown = whole.clone();
        unknown[0] = 'Z';
        assertThatThrownBy(() -> Envelope.read(unknown)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown");
    }

    @Test
    void batch_carriesSeveralMessagesInOrder_andASingleMessageIsItsOwnBatch() {
        byte[] a = Envelope.send("111111", 1, msg("{\"a\":1}", false));
        byte[] b = Envelope.gone("111111", "two", 2, "p2");
        List<byte[]> back = Envelope.unbatch(Envelope.batch(List.of(a, b)));
        assertThat(back).hasSize(2);
        assertThat(Envelope.read(back.get(0)).kind()).isEqualTo(Envelope.SEND);
        assertThat(Envelope.read(back.get(1)).member()).isEqualTo("p2");
        assertThat(Envelope.unbatch(a)).containsExactly(a);
        byte[] whole = Envelope.batch(List.of(a, b));
        assertThatThrownBy(() -> Envelope.unbatch(java.util.Arrays.copyOf(whole, whole.length - 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truncated");
    }
}
