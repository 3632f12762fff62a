package quiznight.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocket08FrameDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NettyFanoutTest {

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 1, 125, 126, 300, 65535, 65536, 100_000})
    void textFrame_isAFrameAClientDecodesToTheSameText(int size) {
        String text = "é".repeat(size / 2) + "x".repeat(size % 2);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        EmbeddedChannel client = new EmbeddedChannel(new WebSocket08FrameDecoder(false, false, 1 << 20));
        ByteBuf frame = NettyFanout.textFrame(bytes);
        assertThat(client.writeInbound(frame)).isTrue();
        TextWebSocketFrame decoded = client.readInbound();
        assertThat(decoded.isFinalFragment()).isTrue();
        assertThat(decoded.text()).isEqualTo(text);
        decoded.release();
        assertThat(frame.refCnt()).isZero();
        client.finishAndReleaseAll();
    }
}
