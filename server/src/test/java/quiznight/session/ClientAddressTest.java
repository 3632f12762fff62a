package quiznight.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
    private static final Set<String> TRUSTED = Set.of("127.0.0.1", "10.0.0.2");

    @Test
    void forwardedFor_isBelievedOnlyFromATrustedProxy() {
        assertThat(ClientAddress.resolve("203.0.113.9", "1.2.3.4", TRUSTED)).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.resolve("127.0.0.1", "1.2.3.4", TRUSTED)).isEqualTo("1.2.3.4");
        assertThat(ClientAddress.resolve("127.0.0.1", "6.6.6.6, 1.2.3.4, 10.0.0.2", TRUSTED)).isEqualTo("1.2.3.4");
        assertThat(ClientAddress.resolve("127.0.0.1", null, TRUSTED)).isEqualTo("127.0.0.1");
        assertThat(ClientAddress.resolve("127.0.0.1", " , ", TRUSTED)).isEqualTo("127.0.0.1");
    }

    @Test
    void aSocketAddress_isReadAsItsIpAddress_andOtherAddressesAsText() {
        assertThat(ClientAddress.of(new InetSocketAddress("127.0.0.1", 5555), "1.2.3.4", TRUSTED)).isEqualTo("1.2.3.4");
        assertThat(ClientAddress.of(new InetSocketAddress("203.0.113.9", 5555), "1.2.3.4", TRUSTED)).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.peer(InetSocketAddress.createUnresolved("example.org", 80))).isEqualTo("example.org/<unresolved>:80");
        assertThat(ClientAddress.peer(new io.netty.channel.embedded.EmbeddedChannel().remoteAddress())).isEqualTo("embedded");
    }
}
