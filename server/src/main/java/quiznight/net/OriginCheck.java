package quiznight.net;

import static net.logstash.logback.argument.StructuredArguments.kv;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses, with 403 before the upgrade, a WebSocket handshake that a browser sends from another site
 * (cross-site WebSocket hijacking). Allowed: the server's own origin (as the request's Host names it),
 * the origin of {@code --public-url}, and each {@code --allowed-origin}. Clients that send no Origin
 * (bots, the load generator) are not browsers and pass.
 */
@ChannelHandler.Sharable
final class OriginCheck extends ChannelInboundHandlerAdapter {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OriginCheck.class);
    private final Set<String> allowed = new HashSet<>();
    private final String wsPath;

    OriginCheck(String wsPath, String publicUrl, List<String> allowedOrigins) {
        this.wsPath = wsPath;
        if (publicUrl != null) {
            allowed.add(origin(publicUrl));
        }
        allowedOrigins.forEach(o -> allowed.add(origin(o)));
    }

    /** scheme://host[:port], lower case, without a path or trailing slash. */
    static String origin(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        int start = u.indexOf("://");
        int slash = start < 0 ? -1 : u.indexOf('/', start + 3);
        return slash < 0 ? u : u.substring(0, slash);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof FullHttpRequest req && req.uri().startsWith(wsPath)) {
            String origin = req.headers().get(HttpHeaderNames.ORIGIN);
            if (origin != null && !isAllowed(origin, req.headers().get(HttpHeaderNames.HOST))) {
                log.warn("websocket refused: origin not allowed {}", kv("origin", origin.length() > 100 ? origin.substring(0, 100) : origin));
                PlainRefusal.send(ctx, msg, HttpResponseStatus.FORBIDDEN,
                        "This page's origin may not open a QuizNight WebSocket here.\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        ctx.fireChannelRead(msg);
    }

    /**
     * Whether a browser sent this request from another site's page: it carries an {@code Origin} the rule refuses.
     * For the HTTP routes that change something (uploads, sign-in, the library, homework).
     */
    boolean fromOtherSite(io.netty.handler.codec.http.HttpRequest req) {
        String origin = req.headers().get(HttpHeaderNames.ORIGIN);
        return origin != null && !isAllowed(origin, req.headers().get(HttpHeaderNames.HOST));
    }

    private boolean isAllowed(String origin, String host) {
        String o = origin(origin);
        if (allowed.contains(o)) {
            return true;
        }
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return o.equals("http://" + h) || o.equals("https://" + h);
    }
}
