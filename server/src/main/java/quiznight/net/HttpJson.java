package quiznight.net;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import quiznight.protocol.ErrorCode;

/**
 * What the JSON route families below {@code /api} share, in one place so they cannot drift apart: an answer given
 * at once, 405 with its {@code Allow}, the bearer token of {@code Authorization}, the body as one JSON object, a
 * refusal that carries a stable code, {@code Cache-Control: no-store} and {@code Retry-After}.
 */
final class HttpJson {
    static final String NOT_JSON = "The request body is not valid JSON.";
    static final String NOT_AN_OBJECT = "The request body must be one JSON object.";
    static final String NOT_JSON_TYPE = "Send the request as JSON (Content-Type: application/json).";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BEARER = "Bearer";

    private HttpJson() {
    }

    /**
     * A request refused with 400 and its sentence; {@link HttpHandler} answers it so wherever a route throws it, on
     * the event loop or later on a route's own thread.
     */
    static final class BadRequest extends RuntimeException {
        BadRequest(String sentence) {
            super(sentence, null, false, false);
        }
    }

    /** A route's answer, given at once. */
    static CompletionStage<FullHttpResponse> now(FullHttpResponse r) {
        return CompletableFuture.completedFuture(r);
    }

    /** 405 {@code {"error": "Only GET, HEAD here."}} with {@code Allow: GET, HEAD}. */
    static FullHttpResponse notAllowed(HttpResponses responses, String allow) {
        FullHttpResponse r = responses.error(HttpResponseStatus.METHOD_NOT_ALLOWED, "Only " + allow + " here.");
        r.headers().set(HttpHeaderNames.ALLOW, allow);
        return r;
    }

    /**
     * The token of {@code Authorization: Bearer <token>}, without the spaces around it; empty without one (no header,
     * another scheme, or no token). The scheme is matched in any case, as RFC 7235 (2.1) and RFC 6750 (2.1) say.
     */
    static Optional<String> bearer(HttpRequest req) {
        String auth = req.headers().get(HttpHeaderNames.AUTHORIZATION);
        if (auth == null || auth.length() <= BEARER.length() || !auth.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || auth.charAt(BEARER.length()) != ' ') {
            return Optional.empty();
        }
        String token = auth.substring(BEARER.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    /**
     * The body as one JSON object; empty for anything else (no body, not JSON, another JSON value), for a route
     * that answers that with a sentence of its own.
     */
    static Optional<ObjectNode> object(FullHttpRequest req) {
        try {
            JsonNode n = JSON.readTree(req.content().toString(StandardCharsets.UTF_8));
            return n instanceof ObjectNode o ? Optional.of(o) : Optional.empty();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The body as one JSON object, no body as {@code {}}; a {@code Content-Type} other than JSON, a body that is not
     * JSON or not one object throws {@link BadRequest} with the sentence saying which.
     */
    static ObjectNode requireObject(FullHttpRequest req) {
        String type = req.headers().get(HttpHeaderNames.CONTENT_TYPE);
        if (type != null && !type.isEmpty() && !type.startsWith("application/json")) {
            throw new BadRequest(NOT_JSON_TYPE);
        }
        String text = req.content().toString(StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return JSON.createObjectNode();
        }
        JsonNode n;
        try {
            n = JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new BadRequest(NOT_JSON);
        }
        if (!(n instanceof ObjectNode o)) {
            throw new BadRequest(NOT_AN_OBJECT);
        }
        return o;
    }

    /** A refusal with a stable code: {@code {"error": sentence, "code": "capacity"}}. */
    static FullHttpResponse refusal(HttpResponses responses, HttpResponseStatus status, ErrorCode code, String sentence) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", sentence);
        body.put("code", code.wire());
        return responses.json(status, body);
    }

    /** The response, not to be kept by any cache (tokens, progress that moves). */
    static FullHttpResponse noStore(FullHttpResponse r) {
        r.headers().set(HttpHeaderNames.CACHE_CONTROL, "no-store");
        return r;
    }

    /** The response, with {@code Retry-After} in whole seconds. */
    static FullHttpResponse retryAfter(FullHttpResponse r, long seconds) {
        r.headers().set(HttpHeaderNames.RETRY_AFTER, seconds);
        return r;
    }
}
