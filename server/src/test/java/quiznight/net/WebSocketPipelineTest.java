package quiznight.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.Channel;
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
            List<String> names = pipeline(server.connections().iterator().next());
            assertThat(names).as(names.toString())
                    .doesNotContain("http-codec", "http-aggregator", "host-check", "origin-check", "http-api")
                    .as("the session's ping timer keeps the idle timeout").doesNotContain("idle")
                    .contains("websocket", "ws-aggregator", "session");

            try (WsClient player = WsClient.connect(server.port())) {
                player.send("type", "join", "code", code, "name", "Ada");
                player.take("joined");
                host.awaitMatching(m -> m.path("type").asText().equals("lobby") && m.path("count").asInt() == 1, "Ada in the lobby");
            }
            assertThat(TestServer.get(server.port(), "/healthz").body()).isEqualTo("ok\n");
        }
    }
}
