package quiznight.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.Channel;
import io.netty.channel.MaxMessagesRecvByteBufAllocator;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.websocketx.Utf8FrameValidator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.testing.TestServer;
import quiznight.testing.WsClient;

/** What a connection's pipeline holds once it is a WebSocket, on a real server with real clients. */
class WebSocketPipelineTest {
    @TempDir
    Path dir;

    private static List<String> pipeline(Channel ch) throws Exception {
        return ch.eventLoop().submit(() -> ch.pipeline().names()).get();
    }

    @Test
    void anUpgradedConnection_keepsNoHandlerOnlyPlainHttpNeeds_andTheGameAndTheHttpApiStillWork() throws Exception {
        try (QuizServer server = TestServer.start(dir); WsClient host = WsClient.connect(server.port())) {
            host.send("type", "create", "quiz", "mixed");
            String code = host.take("created").get("code").asText();

            assertThat(server.connections().size()).isEqualTo(1);
            Channel connection = server.connections().iterator().next();
            List<String> names = pipeline(connection);
            assertThat(names).as(names.toString())
                    .doesNotContain("http-codec", "http-aggregator", "host-check", "origin-check", "http-api")
                    .as("the session's ping timer keeps the idle timeout").doesNotContain("idle")
                    .as("text messages are checked for UTF-8 by the aggregator")
                    .doesNotContain(Utf8FrameValidator.class.getName())
                    .contains("websocket", "ws-aggregator", "session");
            boolean handshakerKept = connection.eventLoop()
                    .submit(() -> connection.hasAttr(QuizWebSocketHandler.HANDSHAKER)).get();
            assertThat(handshakerKept)
                    .as("the handshaker, read only by a close handshake the session does itself, is not kept").isFalse();
            assertThat((Object) connection.config().getRecvByteBufAllocator()).isSameAs(ServerInitializer.RECEIVE_BUFFERS);

            try (WsClient player = WsClient.connect(server.port())) {
                player.send("type", "join", "code", code, "name", "Ada");
                player.take("joined");
                host.awaitMatching(m -> m.path("type").asText().equals("lobby") && m.path("count").asInt() == 1, "Ada in the lobby");
            }
            assertThat(TestServer.get(server.port(), "/healthz").body()).isEqualTo("ok\n");
        }
    }

    @Test
    void theHandshakerKeyDropped_isTheOneNettyKeepsTheHandshakerUnder() throws Exception {
        Field key = WebSocketServerProtocolHandler.class.getDeclaredField("HANDSHAKER_ATTR_KEY");
        key.setAccessible(true);
        assertThat(key.get(null)).isSameAs(QuizWebSocketHandler.HANDSHAKER);
    }

    @Test
    void theSharedReadBufferSizer_readsAsManyTimesATurnAsASocketChannelsOwn() {
        NioSocketChannel socket = new NioSocketChannel();
        try {
            assertThat(((MaxMessagesRecvByteBufAllocator) ServerInitializer.RECEIVE_BUFFERS).maxMessagesPerRead())
                    .isEqualTo(socket.config().getMaxMessagesPerRead());
        } finally {
            socket.unsafe().closeForcibly();
        }
    }
}
