package quiznight.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import quiznight.protocol.ErrorCode;

/** The pieces the JSON route families share ({@link HttpJson}), alone and through the router. */
class HttpJsonTest {
    private final HttpResponses responses = new HttpResponses(new ObjectMapper());

    private static FullHttpRequest request(String body, String... headers) {
        FullHttpRequest req = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/api/things",
                Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
        for (int i = 0; i < headers.length; i += 2) {
            req.headers().set(headers[i], headers[i + 1]);
        }
        return req;
    }

    private static Optional<String> bearer(String authorization) {
        FullHttpRequest req = authorization == null ? request("") : request("", "Authorization", authorization);
        try {
            return HttpJson.bearer(req);
        } finally {
            req.release();
        }
    }

    private static String text(FullHttpResponse r) {
        try {
            return r.content().toString(StandardCharsets.UTF_8);
        } finally {
            r.release();
        }
    }

    @Test
    void theBearerSchemeIsMatchedInAnyCase_asRfc7235Says() {
        assertThat(bearer("Bearer tok-1")).contains("tok-1");
        assertThat(bearer("bearer tok-1")).contains("tok-1");
        assertThat(bearer("BEARER   tok-1  ")).contains("tok-1");
    }

    @Test
    void noHeader_anotherScheme_orNoTokenIsNoBearerToken() {
        assertThat(bearer(null)).isEmpty();
        assertThat(bearer("Basic dXNlcjpwYXNz")).isEmpty();
        assertThat(bearer("Bearer")).isEmpty();
        assertThat(bearer("Bearer    ")).isEmpty();
        assertThat(bearer("Bearertok-1")).isEmpty();
    }

    @Test
    void aBodyThatIsNotOneJsonObjectIsRefusedWithTheSentenceSayingWhy() {
        assertThatThrownBy(() -> HttpJson.requireObject(request("{\"a\":")))
                .isInstanceOf(HttpJson.BadRequest.class).hasMessage(HttpJson.NOT_JSON);
        assertThatThrownBy(() -> HttpJson.requireObject(request("[1, 2]")))
                .isInstanceOf(HttpJson.BadRequest.class).hasMessage(HttpJson.NOT_AN_OBJECT);
        assertThatThrownBy(() -> HttpJson.requireObject(request("a=1", "Content-Type", "application/x-www-form-urlencoded")))
                .isInstanceOf(HttpJson.BadRequest.class).hasMessage(HttpJson.NOT_JSON_TYPE);
        assertThat(HttpJson.requireObject(request("  ")).isEmpty()).as("no body is an empty object").isTrue();
        assertThat(HttpJson.requireObject(request("{\"a\":1}", "Content-Type", "application/json; charset=utf-8"))
                .get("a").asInt()).isEqualTo(1);
    }

    @Test
    void theLenientReadingIsEmptyForAnythingButOneObject() {
        assertThat(HttpJson.object(request("nope"))).isEmpty();
        assertThat(HttpJson.object(request(""))).isEmpty();
        assertThat(HttpJson.object(request("\"text\""))).isEmpty();
        assertThat(HttpJson.object(request("{\"name\":\"Ada\"}")).orElseThrow().get("name").asText()).isEqualTo("Ada");
    }

    @Test
    void notAllowedIs405WithAllowAndASentence() {
        FullHttpResponse r = HttpJson.notAllowed(responses, "GET, HEAD");
        assertThat(r.status()).isEqualTo(HttpResponseStatus.METHOD_NOT_ALLOWED);
        assertThat(r.headers().get(HttpHeaderNames.ALLOW)).isEqualTo("GET, HEAD");
        assertThat(text(r)).isEqualTo("{\"error\":\"Only GET, HEAD here.\"}");
    }

    @Test
    void aRefusalCarriesItsStableCodeBesideTheSentence() {
        FullHttpResponse r = HttpJson.refusal(responses, HttpResponseStatus.TOO_MANY_REQUESTS, ErrorCode.CAPACITY, "Full.");
        assertThat(r.status()).isEqualTo(HttpResponseStatus.TOO_MANY_REQUESTS);
        assertThat(text(r)).isEqualTo("{\"error\":\"Full.\",\"code\":\"capacity\"}");
    }

    @Test
    void aBadBodyIsAnswered400WithItsSentence_thrownByTheRouteOrFailingItsStage() {
        HttpHandler router = new HttpHandler("", Set.of(), responses, 1 << 20, new HttpHandler.Routes(Map.of(), Map.of(),
                Route.now(x -> HttpResponses.text(HttpResponseStatus.NOT_FOUND, "no")),
                Map.of("/now", Route.now(x -> responses.json(HttpResponseStatus.OK, HttpJson.requireObject(x.request()))),
                        "/stage", x -> HttpJson.now(null).thenApply(nothing ->
                                responses.json(HttpResponseStatus.OK, HttpJson.requireObject(x.request())))),
                Map.of()));
        EmbeddedChannel ch = new EmbeddedChannel(router);
        try {
            for (String path : new String[] {"/now", "/stage"}) {
                FullHttpRequest req = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, path,
                        Unpooled.copiedBuffer("{oops", StandardCharsets.UTF_8));
                ch.writeInbound(req);
                ch.runPendingTasks();
                FullHttpResponse r = ch.readOutbound();
                assertThat(r.status()).as(path).isEqualTo(HttpResponseStatus.BAD_REQUEST);
                assertThat(text(r)).as(path).isEqualTo("{\"error\":\"" + HttpJson.NOT_JSON + "\"}");
            }
        } finally {
            ch.finishAndReleaseAll();
        }
    }
}
