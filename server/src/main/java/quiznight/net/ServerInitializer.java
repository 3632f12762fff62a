package quiznight.net;

import io.netty.channel.AdaptiveRecvByteBufAllocator;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.RecvByteBufAllocator;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.List;
import java.util.concurrent.TimeUnit;
import quiznight.config.Settings;
import quiznight.session.SessionConfig;
import quiznight.session.SessionHandler;

/**
 * The pipeline of every connection, which reads as the architecture: HTTP in (bodies limited to 16 KiB,
 * or the upload limit for {@code POST /api/quizzes}: {@link BodyLimits}), the Host check (DNS rebinding) on every
 * request, the Origin check and the WebSocket upgrade on {@code /ws}, plain HTTP requests to {@link HttpHandler}, and WebSocket messages to a per-connection
 * {@link SessionHandler} that speaks to rooms. Once upgraded, a connection keeps only what WebSocket needs: the HTTP
 * codec and aggregator go with the handshake, the checks and the HTTP API with {@link #HTTP_ONLY}, and the idle
 * handler with the session, whose ping timer checks for silence from then on.
 */
final class ServerInitializer extends ChannelInitializer<SocketChannel> {
    static final String WS_PATH = "/ws";
    /** The handlers a connection drops once it is a WebSocket (the upgrade also drops the HTTP codec and aggregator). */
    static final List<String> HTTP_ONLY = List.of("host-check", "origin-check", "http-api");
    /**
     * How every connection sizes its read buffers: Netty's adaptive guess, one instance for all (it keeps no state of
     * its own: each channel's handle does) instead of one a connection (32 bytes each). 16 reads a turn, as a socket
     * channel's own default allocator gets from its metadata.
     */
    static final RecvByteBufAllocator RECEIVE_BUFFERS = new AdaptiveRecvByteBufAllocator().maxMessagesPerRead(16);
    /** After the server's close frame, how long the client has to answer with its own before TCP is closed. */
    private static final long FORCE_CLOSE_MS = quiznight.session.SessionHandler.CLOSE_WAIT_MS;

    private final Settings settings;
    private final HostCheck hostCheck;
    private final OriginCheck originCheck;
    private final HttpHandler http;
    private final SessionConfig sessions;
    /** Uploads being received at once hold at most 16 times the quiz upload limit and 8 times the picture limit of memory. */
    private final BodyLimits.Budget uploadBudget;

    private final io.netty.channel.group.ChannelGroup connections;
    /** The WebSocket settings, immutable: one instance serves every connection (each handler keeps a reference). */
    private final WebSocketServerProtocolConfig webSocket;

    /** @param connections every accepted connection is added (a closed one leaves by itself), for a clean stop */
    ServerInitializer(Settings settings, HostCheck hostCheck, OriginCheck originCheck, HttpHandler http,
                      SessionConfig sessions, io.netty.channel.group.ChannelGroup connections) {
        this.connections = connections;
        this.hostCheck = hostCheck;
        this.settings = settings;
        this.originCheck = originCheck;
        this.http = http;
        this.sessions = sessions;
        this.uploadBudget = new BodyLimits.Budget(16L * settings.maxUploadBytes() + 8L * settings.mediaMaxImageBytes());
        this.webSocket = WebSocketServerProtocolConfig.newBuilder()
                .websocketPath(settings.basePath() + WS_PATH)
                .checkStartsWith(true)
                .handleCloseFrames(false)
                .dropPongFrames(false)
                .forceCloseTimeoutMillis(FORCE_CLOSE_MS)
                .decoderConfig(WebSocketDecoderConfig.newBuilder()
                        .maxFramePayloadLength(settings.maxFrameBytes())
                        .allowExtensions(false)
                        // Text messages are checked for UTF-8 whole, by the aggregator (TextMessageAggregator),
                        // rather than frame by frame in a handler of their own on every connection.
                        .withUTF8Validator(false)
                        // The session answers a violation with a close frame and the WebSocket layer closes TCP a
                        // second later: closing at once could reset the connection before the client read the frame.
                        .closeOnProtocolViolation(false)
                        .build())
                .build();
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        connections.add(ch);
        addHandlers(ch.pipeline(), sessions);
    }

    /** The handlers of a connection, its WebSocket sessions speaking through {@code sessions} (the warm-up's own). */
    void addHandlers(ChannelPipeline p, SessionConfig sessions) {
        p.addLast("http-codec", new HttpServerCodec(Math.min(4096, settings.maxHeaderBytes()), settings.maxHeaderBytes(), 8192));
        p.addLast("http-aggregator", new BodyLimits(settings.basePath() + HttpHandler.UPLOAD_PATH,
                settings.basePath() + LibraryRoutes.PATH, settings.maxUploadBytes(),
                settings.basePath() + MediaRoutes.UPLOAD_PATH, settings.mediaMaxImageBytes(), uploadBudget));
        p.addLast("idle", new IdleStateHandler(settings.idleTimeoutMs(), 0, 0, TimeUnit.MILLISECONDS));
        p.addLast("host-check", hostCheck);
        p.addLast("origin-check", originCheck);
        p.addLast("websocket", new QuizWebSocketHandler(webSocket, HTTP_ONLY));
        p.addLast("ws-aggregator", new TextMessageAggregator(settings.maxFrameBytes()));
        p.addLast("http-api", http);
        p.addLast("session", new SessionHandler(sessions));
    }
}
