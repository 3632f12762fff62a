package quiznight.net;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.util.List;

/**
 * Netty's WebSocket server protocol handler (handshake, close handshake, force-close timeout) with two changes:
 * <ul>
 * <li>a client's ping goes on to the session, which answers it within the connection's message budget (Netty
 *     answers every ping itself, so a flood of pings was answered without limit);</li>
 * <li>a protocol violation (a frame over the limit, invalid UTF-8) is left to the session, which answers it with
 *     its close status (1009, 1007, 1002); Netty closed TCP at once, and with the rest of an oversized frame still
 *     arriving the kernel reset the connection, so the client lost the close frame and saw 1006. The decoder
 *     discards the rest of the input meanwhile and the force-close timeout ends TCP.</li>
 * </ul>
 */
final class QuizWebSocketHandler extends WebSocketServerProtocolHandler {

    QuizWebSocketHandler(WebSocketServerProtocolConfig config) {
        super(config);
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
