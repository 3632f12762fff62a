package quiznight.net;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.FullHttpMessage;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The HTTP aggregator with three body limits: {@value #MAX_BODY} bytes for every request, the upload
 * limit for {@code POST /api/quizzes} and the picture limit for {@code POST /api/media}. A request whose declared Content-Length is over its limit is
 * answered 413 at once, before its body is read (with {@code Expect: 100-continue}, before it is sent);
 * the rest of the body is then discarded, as Netty's aggregator does. A body sent without a length is
 * cut at the larger limit, and {@link HttpHandler} refuses one over {@value #MAX_BODY} bytes on any other
 * route. Uploads being received share one memory budget per server ({@link Budget}): past it the next
 * upload is answered 503 before its body is read, so slow uploads cannot fill the heap. A quiz library write
 * ({@code POST} or {@code PUT} below {@code /api/library}: a draft, an imported file) has the upload limit and shares
 * its budget.
 */
final class BodyLimits extends HttpObjectAggregator {
    static final int MAX_BODY = 16 * 1024;

    /** Bytes of uploads being received by all connections of one server, at most {@code limit}. */
    static final class Budget {
        private final AtomicLong used = new AtomicLong();
        private final long limit;

        Budget(long limit) {
            this.limit = limit;
        }

        boolean reserve(long bytes) {
            if (used.addAndGet(bytes) > limit) {
                used.addAndGet(-bytes);
                return false;
            }
            return true;
        }

        void release(long bytes) {
            used.addAndGet(-bytes);
        }

        long used() {
            return used.get();
        }
    }

    private enum Verdict { OK, TOO_LARGE, BUSY }

    private final String uploadPath;
    /** The quiz library's path with the base path (e.g. "/quiz/api/library"); null for none. */
    private final String libraryPath;
    private final int maxUpload;
    /** The picture upload route's path with the base path, or null when there is none. */
    private final String mediaPath;
    private final int maxMedia;
    private final Budget budget;
    /** What this connection's request in progress holds of the budget. */
    private long reserved;
    private boolean busy;

    /** @param uploadPath the upload route's path, with the base path (e.g. "/quiz/api/quizzes") */
    BodyLimits(String uploadPath, int maxUpload, Budget budget) {
        this(uploadPath, null, maxUpload, null, 0, budget);
    }

    /** @param mediaPath the picture upload route's path, with the base path (e.g. "/quiz/api/media") */
    BodyLimits(String uploadPath, int maxUpload, String mediaPath, int maxMedia, Budget budget) {
        this(uploadPath, null, maxUpload, mediaPath, maxMedia, budget);
    }

    /** @param libraryPath the quiz library's path, with the base path (e.g. "/quiz/api/library") */
    BodyLimits(String uploadPath, String libraryPath, int maxUpload, Budget budget) {
        this(uploadPath, libraryPath, maxUpload, null, 0, budget);
    }

    BodyLimits(String uploadPath, String libraryPath, int maxUpload, String mediaPath, int maxMedia, Budget budget) {
        super(Math.max(MAX_BODY, Math.max(maxUpload, maxMedia)));
        this.uploadPath = uploadPath;
        this.libraryPath = libraryPath;
        this.maxUpload = maxUpload;
        this.mediaPath = mediaPath;
        this.maxMedia = maxMedia;
        this.budget = budget;
    }

    /** The body limit of an upload route (quiz, library draft or import, picture), or -1 for any other request. */
    private int uploadLimit(HttpMessage m) {
        if (isUpload(m, uploadPath) || isLibraryWrite(m, libraryPath)) {
            return maxUpload;
        }
        return mediaPath != null && isUpload(m, mediaPath) ? maxMedia : -1;
    }

    static boolean isUpload(HttpMessage m, String uploadPath) {
        return m instanceof HttpRequest r && r.method().equals(HttpMethod.POST)
                && new QueryStringDecoder(r.uri()).rawPath().equals(uploadPath);
    }

    /** A write to the quiz library: a draft or an imported file, as large as an upload. */
    static boolean isLibraryWrite(HttpMessage m, String libraryPath) {
        if (libraryPath == null || !(m instanceof HttpRequest r)
                || !(r.method().equals(HttpMethod.POST) || r.method().equals(HttpMethod.PUT))) {
            return false;
        }
        String path = new QueryStringDecoder(r.uri()).rawPath();
        return path.equals(libraryPath) || path.startsWith(libraryPath + "/");
    }


    /** Checks a request's declared length against its limit and, for an upload, reserves it from the budget. */
    private Verdict admit(HttpMessage start) {
        long length;
        try {
            length = HttpUtil.getContentLength(start, -1L);
        } catch (NumberFormatException e) {
            length = -1;
        }
        release();
        busy = false;
        int limit = uploadLimit(start);
        if (limit < 0) {
            return length > MAX_BODY ? Verdict.TOO_LARGE : Verdict.OK;
        }
        if (length > limit) {
            return Verdict.TOO_LARGE;
        }
        long want = length < 0 ? limit : length;
        if (!budget.reserve(want)) {
            busy = true;
            return Verdict.BUSY;
        }
        reserved = want;
        return Verdict.OK;
    }

    private void release() {
        if (reserved > 0) {
            budget.release(reserved);
            reserved = 0;
        }
    }

    @Override
    protected boolean isContentLengthInvalid(HttpMessage start, int maxContentLength) {
        return admit(start) != Verdict.OK;
    }

    /** {@code Expect: 100-continue} (curl sends it for big files): a body over the limit is refused before it is sent. */
    @Override
    protected Object newContinueResponse(HttpMessage start, int maxContentLength, ChannelPipeline pipeline) {
        if (start instanceof HttpRequest request && HttpUtil.is100ContinueExpected(start)) {
            Verdict verdict = admit(start);
            if (verdict != Verdict.OK) {
                start.headers().remove(HttpHeaderNames.EXPECT);
                return refusal(request);
            }
        }
        return super.newContinueResponse(start, maxContentLength, pipeline);
    }

    @Override
    protected boolean ignoreContentAfterContinueResponse(Object msg) {
        return super.ignoreContentAfterContinueResponse(msg)
                || msg instanceof HttpResponse r && r.status().equals(HttpResponseStatus.SERVICE_UNAVAILABLE);
    }

    @Override
    protected void finishAggregation(FullHttpMessage aggregated) throws Exception {
        release();
        super.finishAggregation(aggregated);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        release();
        super.channelInactive(ctx);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) throws Exception {
        release();
        super.handlerRemoved(ctx);
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        release();
        if (!(oversized instanceof HttpRequest request)) {
            ctx.close();
            return;
        }
        FullHttpResponse r = refusal(request);
        // Like Netty's own: when the body has started to arrive or the client will not keep the connection,
        // answer and close; otherwise answer and let the aggregator discard the rest of the body.
        if (oversized instanceof FullHttpMessage || !HttpUtil.is100ContinueExpected(oversized) && !HttpUtil.isKeepAlive(oversized)) {
            r.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(r).addListener(ChannelFutureListener.CLOSE);
        } else {
            ctx.writeAndFlush(r).addListener(f -> {
                if (!f.isSuccess()) {
                    ctx.close();
                }
            });
        }
    }

    /** 413, or 503 when the upload budget is spent; with the security headers. */
    private FullHttpResponse refusal(HttpRequest request) {
        FullHttpResponse r;
        if (busy) {
            r = HttpResponses.bytes(HttpResponseStatus.SERVICE_UNAVAILABLE, json("The server is receiving too many uploads at once: "
                    + "try again in a moment."), "application/json");
            r.headers().set(HttpHeaderNames.RETRY_AFTER, 5);
        } else if (mediaPath != null && isUpload(request, mediaPath)) {
            r = HttpResponses.bytes(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE,
                    json("The picture is larger than this server's limit of " + size(maxMedia) + " for one picture."),
                    "application/json");
        } else {
            r = isLibraryWrite(request, libraryPath) ? HttpResponses.bytes(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE,
                    json("The quiz is larger than this server's limit of " + size(maxUpload) + ": nothing was saved."),
                    "application/json") : tooLarge(isUpload(request, uploadPath), maxUpload);
        }
        HttpResponses.secure(r);
        HttpUtil.setContentLength(r, r.content().readableBytes());
        return r;
    }

    private static byte[] json(String sentence) {
        return JsonNodeFactory.instance.objectNode().put("error", sentence).toString().getBytes(StandardCharsets.UTF_8);
    }

    static FullHttpResponse tooLarge(boolean upload, int maxUpload) {
        if (upload) {
            return HttpResponses.bytes(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE,
                    json("The file is larger than this server's upload limit of " + size(maxUpload) + "."), "application/json");
        }
        return HttpResponses.text(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE,
                "The request body is too large: at most " + MAX_BODY + " bytes here.");
    }

    static String size(int bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }
}
