package quiznight.net;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.util.Map;

/** How every HTTP answer is built: plain text, bytes of a type, JSON, and the security headers they all carry. */
final class HttpResponses {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final ObjectMapper json;

    HttpResponses(ObjectMapper json) {
        this.json = json;
    }

    FullHttpResponse json(HttpResponseStatus status, Object body) {
        try {
            return bytes(status, json.writeValueAsBytes(body), "application/json");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON body {@code {"error": sentence}}. */
    FullHttpResponse error(HttpResponseStatus status, String sentence) {
        return json(status, Map.of("error", sentence));
    }

    byte[] jsonBytes(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static FullHttpResponse text(HttpResponseStatus status, String sentence) {
        return bytes(status, StaticFiles.utf8(sentence + "\n"), "text/plain; charset=utf-8");
    }

    static FullHttpResponse bytes(HttpResponseStatus status, byte[] body, String type) {
        FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
        r.headers().set(HttpHeaderNames.CONTENT_TYPE, type);
        return r;
    }

    static FullHttpResponse empty(HttpResponseStatus status) {
        return new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status);
    }

    /** The security headers every response carries. */
    static void secure(HttpResponse r) {
        r.headers().set("X-Content-Type-Options", "nosniff");
        r.headers().set("Referrer-Policy", "no-referrer");
        r.headers().set(HttpHeaderNames.X_FRAME_OPTIONS, "DENY");
        r.headers().set(HttpHeaderNames.CONTENT_SECURITY_POLICY, CSP);
    }
}
