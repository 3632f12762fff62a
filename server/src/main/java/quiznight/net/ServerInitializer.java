package quiznight.net;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;
import quiznight.config.Settings;
import quiznight.game.Clock;
import quiznight.metrics.Metrics;
import quiznight.protocol.Codec;
import quiznight.room.RoomRegistry;
import quiznight.session.SessionHandler;

/**
 * The pipeline of every connection, which reads as the architecture: HTTP in, the WebSocket upgrade on
 * {@code /ws}, plain HTTP requests to {@link HttpHandler}, and WebSocket messages to a per-connection
 * {@link SessionHandler} that speaks to rooms.
 */
final class ServerInitializer extends ChannelInitializer<SocketChannel> {
    static final String WS_PATH = "/ws";
    private static final int MAX_HTTP_BODY = 16 * 1024;

    private final Settings settings;
    private final HttpHandler http;
    private final Codec codec;
    private final RoomRegistry registry;
    private final Clock clock;
    private final Metrics metrics;

    ServerInitializer(Settings settings, HttpHandler http, Codec codec, RoomRegistry registry, Clock clock, Metrics metrics) {
        this.settings = settings;
        this.http = http;
        this.codec = codec;
        this.registry = registry;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        WebSocketServerProtocolConfig ws = WebSocketServerProtocolConfig.newBuilder()
                .websocketPath(WS_PATH)
                .checkStartsWith(true)
                .handleCloseFrames(true)
                .dropPongFrames(false)
                .decoderConfig(WebSocketDecoderConfig.newBuilder()
                        .maxFramePayloadLength(settings.maxFrameBytes())
                        .allowExtensions(false)
                        .closeOnProtocolViolation(true)
                        .build())
                .build();
        ChannelPipeline p = ch.pipeline();
        p.addLast("http-codec", new HttpServerCodec(4096, 8192, 8192));
        p.addLast("http-aggregator", new HttpObjectAggregator(MAX_HTTP_BODY));
        p.addLast("idle", new IdleStateHandler(settings.idleTimeoutMs(), 0, 0, TimeUnit.MILLISECONDS));
        p.addLast("websocket", new WebSocketServerProtocolHandler(ws));
        p.addLast("ws-aggregator", new WebSocketFrameAggregator(settings.maxFrameBytes()));
        p.addLast("http-api", http);
        p.addLast("session", new SessionHandler(codec, registry, clock, metrics, settings.pingIntervalMs(),
                settings.messagesPerSecond(), settings.messageBurst()));
    }
}
