package quiznight.session;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.util.List;
import quiznight.organisers.Organisers;

/**
 * What a connection's upgrade request said about who is there: the proxy's {@code X-Forwarded-For} (for the
 * client's address) and what names an organiser (its Cookie, key header and {@code ?key=}). Any may be null.
 */
record UpgradeRequest(String forwardedFor, String cookie, String keyHeader, String keyParam) {
    static final UpgradeRequest NONE = new UpgradeRequest(null, null, null, null);

    static UpgradeRequest of(WebSocketServerProtocolHandler.HandshakeComplete handshake) {
        HttpHeaders headers = handshake.requestHeaders();
        UpgradeRequest r = new UpgradeRequest(headers == null ? null : headers.get("X-Forwarded-For"),
                headers == null ? null : headers.get(HttpHeaderNames.COOKIE),
                headers == null ? null : headers.get(Organisers.KEY_HEADER), keyParam(handshake.requestUri()));
        // Most phones send none of these: they share one instance rather than keep an empty one each.
        return NONE.equals(r) ? NONE : r;
    }

    private static String keyParam(String uri) {
        if (uri == null || uri.indexOf('?') < 0) {
            return null;
        }
        List<String> values = new QueryStringDecoder(uri).parameters().get(Organisers.KEY_PARAM);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
