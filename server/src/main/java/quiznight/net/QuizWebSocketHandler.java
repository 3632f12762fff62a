package quiznight.net;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.AttributeKey;
import java.util.List;

/**
 * Netty's WebSocket server protocol handler (handshake, close handshake, force-close timeout) with three changes:
 * <ul>
 * <li>a client's ping goes on to the session, which answers it within the connection's message budget (Netty
 *     answers every ping itself, so a flood of pings was answered without limit);</li>
 * <li>a protocol violation (a frame over the limit, invalid UTF-8) is left to the session, which answers it with
 *     its close status (1009, 1007, 1002); Netty closed TCP at once, and with the rest of an oversized frame still
 *     arriving the kernel reset the connection, so the client lost the close frame and saw 1006. The decoder
 *     discards the rest of the input meanwhile and the force-close timeout ends TCP.</li>
 * <li>once the upgrade is done, the handlers only plain HTTP needs ({@code httpOnly}: the Host and Origin checks,
 *     the HTTP API) leave the pipeline, so WebSocket frames pass no handler that has nothing to do with them. The
 *     handshake itself replaces the HTTP codec and removes the HTTP aggregator ({@link BodyLimits}). And the
 *     handshaker Netty keeps on the channel goes too ({@link #HANDSHAKER}).</li>
 * </ul>
 */
final class QuizWebSocketHandler extends WebSocketServerProtocolHandler {
    /**
     * The channel attribute Netty keeps a connection's handshaker in, for the close handshake it does itself only
     * when it handles close frames; here the session does ({@code handleCloseFrames(false)}), so nothing reads it
     * after the upgrade, and a connection that drops it keeps about 130 bytes less (the attribute, the handshaker and
     * its copy of the request's URI). The same key as Netty's ({@link AttributeKey#valueOf} returns the one of that
     * name; a test checks that it is Netty's).
     */
    static final AttributeKey<WebSocketServerHandshaker> HANDSHAKER =
            AttributeKey.valueOf(WebSocketServerHandshaker.class, "HANDSHAKER");

    private final List<String> httpOnly;

    /** @param httpOnly the names of the handlers to remove from the pipeline once the upgrade is done */
    QuizWebSocketHandler(WebSocketServerProtocolConfig config, List<String> httpOnly) {
        super(config);
        if (config.handleCloseFrames()) {
            throw new IllegalArgumentException("the session answers close frames: the handshaker is not kept for them");
        }
        this.httpOnly = List.copyOf(httpOnly);
    }

    @Override
    @SuppressWarnings("deprecation") // Attribute.remove: deprecated for attributes other threads use; not this one
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof HandshakeComplete) {
            ChannelPipeline p = ctx.pipeline();
            for (String name : httpOnly) {
                if (p.get(name) != null) {
                    p.remove(name);
                }
            }
            if (ctx.channel().hasAttr(HANDSHAKER)) {
                ctx.channel().attr(HANDSHAKER).remove();
            }
        }
        super.userEventTriggered(ctx, evt);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, WebSocketFrame frame, List<Object> out) throws Exception {
        if (frame instanceof PingWebSocketFrame) {
            out.add(frame.retain());
            return;
        }
        super.decode(ctx, frame, out);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) throws Exception {
        if (cause instanceof CorruptedWebSocketFrameException) {
            ctx.fireExceptionCaught(cause);
            return;
        }
        super.exceptionCaught(ctx, cause);
    }
}
