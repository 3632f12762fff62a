package quiznight.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import quiznight.protocol.ClientMessage;
import quiznight.protocol.Codec;

/** On a room's owner: what a relayed join carries becomes the join message the room gets. */
class RelayedJoinTest {
    private final Codec codec = new Codec(() -> 1.0);

    @Test
    void aRelayedFrame_isDecodedOnTheOwner_intoTheJoinTheClientSent() {
        ClientMessage.Join join = Routing.joinRequest(codec, "123456",
                "{\"type\":\"join\",\"code\":\"123456\",\"name\":\"Zoë 🦊\"}");
        assertThat(join).isEqualTo(new ClientMessage.Join("123456", "Zoë 🦊"));
    }

    @Test
    void aRelayedFrame_carriesTheRealNameAsSent_emptyIncluded() {
        assertThat(Routing.joinRequest(codec, "123456",
                "{\"type\":\"join\",\"code\":\"123456\",\"name\":\"Zoë\",\"realName\":\"Zoë Ng\"}"))
                .isEqualTo(new ClientMessage.Join("123456", "Zoë", null, "Zoë Ng"));
        assertThat(Routing.joinRequest(codec, "123456",
                "{\"type\":\"join\",\"code\":\"123456\",\"name\":\"Zoë\",\"realName\":\"\"}").realName()).isEmpty();
    }

    @Test
    void aBareNameFromAnEdgeOfThePreviousVersion_stillJoinsDuringARollingRestart() {
        assertThat(Routing.joinRequest(codec, "123456", "Zoë 🦊")).isEqualTo(new ClientMessage.Join("123456", "Zoë 🦊"));
        assertThat(Routing.joinRequest(codec, "123456", "{not json")).isEqualTo(new ClientMessage.Join("123456", "{not json"));
    }
}
