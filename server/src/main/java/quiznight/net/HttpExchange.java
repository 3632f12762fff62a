package quiznight.net;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.Set;
import quiznight.session.ClientAddress;

/**
 * One HTTP request as a {@link Route} sees it.
 *
 * @param path           the request's path below the base path (such as {@code /api/quizzes})
 * @param trustedProxies reverse proxies whose X-Forwarded-For names the client
 */
record HttpExchange(ChannelHandlerContext ctx, FullHttpRequest request, QueryStringDecoder uri, String path,
                    Set<String> trustedProxies) {

    /** The client's address for per-client limits, the same rule as the WebSocket's ({@link ClientAddress}). */
    String clientAddress() {
        return ClientAddress.of(ctx.channel().remoteAddress(), request.headers().get("X-Forwarded-For"), trustedProxies);
    }
}
