package quiznight.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link HttpHandler} as a router over a table of routes, on an embedded channel: what every route shares. */
class HttpRouterTest {
    private final CompletableFuture<FullHttpResponse> later = new CompletableFuture<>();
    private final HttpHandler router = new HttpHandler("/quiz", Set.of(), new HttpResponses(new ObjectMapper()), 1 << 20,
            new HttpHandler.Routes(
                    Map.of("/now", Route.now(x -> HttpResponses.text(HttpResponseStatus.OK, "now " + x.path())),
                            "/later", x -> later,
                            "/throws", x -> {
                                throw new IllegalStateException("a bug");
                            },
                            "/fails", x -> CompletableFuture.failedFuture(new IllegalStateException("a bug"))),
                    Map.of(Pattern.compile("/things/(\\d+)"), Route.now(x -> HttpResponses.text(HttpResponseStatus.OK, "thing"))),
                    Route.now(x -> HttpResponses.text(HttpResponseStatus.NOT_FOUND, "no file " + x.path())),
                    Map.of("/now", Route.now(x -> HttpResponses.text(HttpResponseStatus.CREATED, "posted")))));
    private final EmbeddedChannel ch = new EmbeddedChannel(router);

    @AfterEach
    void close() {
        ch.finishAndReleaseAll();
    }

    private FullHttpResponse ask(HttpMethod method, String uri) {
        FullHttpRequest req = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, method, uri);
        ch.writeInbound(req);
        ch.runPendingTasks();
        return ch.readOutbound();
    }

    private static String body(FullHttpResponse r) {
        try {
            return r.content().toString(StandardCharsets.UTF_8);
        } finally {
            r.release();
        }
    }

    @Test
    void routesByExactPath_thenPattern_thenApi404_thenFiles_allBelowTheBasePath() {
        assertThat(body(ask(HttpMethod.GET, "/quiz/now?x=1"))).isEqualTo("now /now\n");
        assertThat(body(ask(HttpMethod.GET, "/quiz/things/42"))).isEqualTo("thing\n");
        FullHttpResponse api = ask(HttpMethod.GET, "/quiz/api/nothing");
        assertThat(api.status()).isEqualTo(HttpResponseStatus.NOT_FOUND);
        assertThat(body(api)).contains("There is no such API endpoint.");
        assertThat(body(ask(HttpMethod.GET, "/quiz/app.js"))).isEqualTo("no file /app.js\n");
        FullHttpResponse bare = ask(HttpMethod.GET, "/quiz");
        assertThat(bare.status()).isEqualTo(HttpResponseStatus.MOVED_PERMANENTLY);
        assertThat(bare.headers().get(HttpHeaderNames.LOCATION)).isEqualTo("/quiz/");
        bare.release();
        assertThat(body(ask(HttpMethod.GET, "/now"))).contains("served under /quiz/");
    }

    @Test
    void methods_postOnlyWhereAPostRouteIs_othersRefusedWithAllow() {
        FullHttpResponse posted = ask(HttpMethod.POST, "/quiz/now");
        assertThat(posted.status()).isEqualTo(HttpResponseStatus.CREATED);
        posted.release();
        FullHttpResponse put = ask(HttpMethod.PUT, "/quiz/now");
        assertThat(put.status()).isEqualTo(HttpResponseStatus.METHOD_NOT_ALLOWED);
        assertThat(put.headers().get(HttpHeaderNames.ALLOW)).isEqualTo("GET, HEAD, POST");
        put.release();
        FullHttpResponse post = ask(HttpMethod.POST, "/quiz/things/1");
        assertThat(post.status()).isEqualTo(HttpResponseStatus.METHOD_NOT_ALLOWED);
        assertThat(post.headers().get(HttpHeaderNames.ALLOW)).isEqualTo("GET, HEAD");
        post.release();
    }

    @Test
    void anAnswerThatComesLater_isWrittenThen_withReadingPausedMeanwhile_andEveryAnswerCarriesTheSecurityHeaders() {
        assertThat(ask(HttpMethod.HEAD, "/quiz/later")).isNull();
        assertThat(ch.config().isAutoRead()).isFalse();

        later.complete(HttpResponses.text(HttpResponseStatus.OK, "at last"));
        ch.runPendingTasks();
        FullHttpResponse r = ch.readOutbound();
        assertThat(r.status()).isEqualTo(HttpResponseStatus.OK);
        assertThat(r.headers().get(HttpHeaderNames.CONTENT_LENGTH)).isEqualTo("8");
        assertThat(r.content().readableBytes()).as("HEAD: no body").isZero();
        assertThat(r.headers().get(HttpHeaderNames.CONTENT_SECURITY_POLICY)).isEqualTo(HttpResponses.CSP);
        r.release();
        assertThat(ch.config().isAutoRead()).isTrue();
        assertThat(ch.isOpen()).isTrue();
    }

    @Test
    void aRouteThatThrows_orFails_isAnswered500_andTheConnectionClosed() {
        FullHttpResponse thrown = ask(HttpMethod.GET, "/quiz/throws");
        assertThat(thrown.status()).isEqualTo(HttpResponseStatus.INTERNAL_SERVER_ERROR);
        assertThat(body(thrown)).contains("The request failed on the server.");
        assertThat(ch.isOpen()).isFalse();

        EmbeddedChannel other = new EmbeddedChannel(router);
        other.writeInbound(new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/quiz/fails"));
        FullHttpResponse failed = other.readOutbound();
        assertThat(failed.status()).isEqualTo(HttpResponseStatus.INTERNAL_SERVER_ERROR);
        failed.release();
        other.finishAndReleaseAll();
    }
}
