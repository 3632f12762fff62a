package quiznight.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The aggregator's limits per route, and the memory budget that uploads being received share. */
class BodyLimitsTest {
    static final int MAX_UPLOAD = 4096;

    static EmbeddedChannel channel(BodyLimits.Budget budget) {
        return new EmbeddedChannel(new BodyLimits("/api/quizzes", MAX_UPLOAD, budget));
    }

    static HttpRequest head(HttpMethod method, String uri, long length) {
        HttpRequest r = new DefaultHttpRequest(HttpVersion.HTTP_1_1, method, uri);
        HttpUtil.setContentLength(r, length);
        return r;
    }

    static FullHttpResponse response(EmbeddedChannel ch) {
        Object out = ch.readOutbound();
        assertThat(out).isInstanceOf(FullHttpResponse.class);
        return (FullHttpResponse) out;
    }

    @Test
    void declaredLengthOverTheRoutesLimit_is413AtOnce_withTheSecurityHeaders() {
        EmbeddedChannel get = channel(new BodyLimits.Budget(1 << 20));
        get.writeInbound(head(HttpMethod.GET, "/api/quizzes", BodyLimits.MAX_BODY + 1));
        FullHttpResponse r = response(get);
        assertThat(r.status().code()).isEqualTo(413);
        assertThat(r.headers().get(HttpHeaderNames.CONTENT_SECURITY_POLICY)).contains("default-src 'self'");

        EmbeddedChannel upload = channel(new BodyLimits.Budget(1 << 20));
        upload.writeInbound(head(HttpMethod.POST, "/api/quizzes?name=a.gift", MAX_UPLOAD + 1));
        r = response(upload);
        assertThat(r.status().code()).isEqualTo(413);
        assertThat(r.content().toString(StandardCharsets.UTF_8)).isEqualTo("{\"error\":\"The file is larger than this server's upload limit of 4 KiB.\"}");

        EmbeddedChannel fits = channel(new BodyLimits.Budget(1 << 20));
        fits.writeInbound(head(HttpMethod.POST, "/api/quizzes", MAX_UPLOAD));
        fits.writeInbound(new DefaultLastHttpContent(Unpooled.wrappedBuffer(new byte[MAX_UPLOAD])));
        assertThat((Object) fits.readOutbound()).isNull();
        FullHttpRequest in = fits.readInbound();
        assertThat(in.content().readableBytes()).isEqualTo(MAX_UPLOAD);
        in.release();
    }

    @Test
    void aPicture_hasItsOwnLimit_aDeclared100MBodyIs413AtOnce_andTheQuizLimitIsUnchanged() {
        int maxImage = 10 * MAX_UPLOAD;
        EmbeddedChannel big = new EmbeddedChannel(new BodyLimits("/api/quizzes", MAX_UPLOAD, "/api/media", maxImage,
                new BodyLimits.Budget(1L << 30)));
        big.writeInbound(head(HttpMethod.POST, "/api/media", 100L * 1024 * 1024));
        FullHttpResponse r = response(big);
        assertThat(r.status().code()).isEqualTo(413);
        assertThat(r.content().toString(StandardCharsets.UTF_8))
                .isEqualTo("{\"error\":\"The picture is larger than this server's limit of 40 KiB for one picture.\"}");

        EmbeddedChannel fits = new EmbeddedChannel(new BodyLimits("/api/quizzes", MAX_UPLOAD, "/api/media", maxImage,
                new BodyLimits.Budget(1L << 30)));
        fits.writeInbound(head(HttpMethod.POST, "/api/media", maxImage));
        fits.writeInbound(new DefaultLastHttpContent(Unpooled.wrappedBuffer(new byte[maxImage])));
        FullHttpRequest in = fits.readInbound();
        assertThat(in.content().readableBytes()).isEqualTo(maxImage);
        in.release();
        fits.writeInbound(head(HttpMethod.POST, "/api/quizzes", MAX_UPLOAD + 1));
        assertThat(response(fits).status().code()).isEqualTo(413);
    }

    @Test
    void uploadsBeingReceived_shareOneBudget_pastItThe503_andItIsGivenBackWhenOneEndsOrItsConnectionCloses() {
        BodyLimits.Budget budget = new BodyLimits.Budget(2L * MAX_UPLOAD);
        EmbeddedChannel a = channel(budget);
        EmbeddedChannel b = channel(budget);
        EmbeddedChannel c = channel(budget);
        a.writeInbound(head(HttpMethod.POST, "/api/quizzes", MAX_UPLOAD));
        b.writeInbound(head(HttpMethod.POST, "/api/quizzes", MAX_UPLOAD));
        assertThat(budget.used()).isEqualTo(2L * MAX_UPLOAD);
        c.writeInbound(head(HttpMethod.POST, "/api/quizzes", 10));
        FullHttpResponse busy = response(c);
        assertThat(busy.status().code()).isEqualTo(503);
        assertThat(busy.headers().get(HttpHeaderNames.RETRY_AFTER)).isEqualTo("5");
        c.writeInbound(new DefaultLastHttpContent(Unpooled.wrappedBuffer(new byte[10])));
        assertThat((Object) c.readInbound()).as("the refused body is discarded").isNull();

        a.writeInbound(new DefaultLastHttpContent(Unpooled.wrappedBuffer(new byte[MAX_UPLOAD])));
        ((FullHttpRequest) a.readInbound()).release();
        assertThat(budget.used()).isEqualTo(MAX_UPLOAD);
        b.close();
        assertThat(budget.used()).isZero();

        c.writeInbound(head(HttpMethod.POST, "/api/quizzes", 10));
        assertThat((Object) c.readOutbound()).isNull();
        assertThat(budget.used()).isEqualTo(10);
    }

    @Test
    void expectContinue_overTheLimitOrTheBudget_isRefusedBeforeTheBodyIsSent() {
        BodyLimits.Budget budget = new BodyLimits.Budget(MAX_UPLOAD);
        EmbeddedChannel holder = channel(budget);
        holder.writeInbound(head(HttpMethod.POST, "/api/quizzes", MAX_UPLOAD));
        EmbeddedChannel c = channel(budget);
        HttpRequest expecting = head(HttpMethod.POST, "/api/quizzes", 100);
        expecting.headers().set(HttpHeaderNames.EXPECT, "100-continue");
        c.writeInbound(expecting);
        assertThat(response(c).status().code()).isEqualTo(503);
        HttpRequest big = head(HttpMethod.POST, "/api/quizzes", MAX_UPLOAD + 1);
        big.headers().set(HttpHeaderNames.EXPECT, "100-continue");
        c.writeInbound(big);
        assertThat(response(c).status().code()).isEqualTo(413);
        assertThat(budget.used()).isEqualTo(MAX_UPLOAD);
    }
}
