package quiznight.net;

import static quiznight.net.HttpJson.now;

import static net.logstash.logback.argument.StructuredArguments.kv;

import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quiznight.media.MediaException;
import quiznight.media.MediaShare;
import quiznight.media.MediaStore;
import quiznight.session.PerMinute;

/**
 * Pictures: {@code POST /api/media} (the body is the picture) decoded and stored on their own thread, off the
 * event loops, like quiz uploads; {@code GET /media/<sha256>-<p|m>.<ext>} served with long-lived immutable
 * caching, read from the disk on a reader thread when not in memory (in cluster mode, from Redis when another
 * server stored it). See docs/media.md.
 */
final class MediaRoutes implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MediaRoutes.class);
    static final String UPLOAD_PATH = "/api/media";
    /** Every path below /media/ comes here: what is not a stored file's name is 404. */
    static final Pattern PATH = Pattern.compile("/media/.*");
    static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

    private final MediaStore store;
    private final MediaShare share;
    private final OriginCheck originCheck;
    private final HttpResponses responses;
    private final int perMinute;
    private final PerMinute limiter;
    /** Whose quota an upload counts against (the signed-in organiser's), or a refusal; set when the router is built. */
    private volatile OrganiserAccess access = OrganiserAccess.ANYONE;
    private final ExecutorService decoder;
    private final ExecutorService readers;

    /**
     * @param perMinute pictures one client address may upload per minute (429 past it); 0 turns uploads off
     */
    MediaRoutes(MediaStore store, MediaShare share, OriginCheck originCheck, HttpResponses responses, int perMinute) {
        this.store = store;
        this.share = share;
        this.originCheck = originCheck;
        this.responses = responses;
        this.perMinute = perMinute;
        this.limiter = new PerMinute(Math.max(1, perMinute));
        this.decoder = pool("quiznight-media", 1, 16);
        this.readers = pool("quiznight-media-reads", 2, 1024);
    }

    private static ExecutorService pool(String name, int threads, int queue) {
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queue), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** {@code POST /api/media}: refusals that need no decoding at once, the rest on the media thread. */
    void access(OrganiserAccess access) {
        this.access = access;
    }

    CompletionStage<FullHttpResponse> upload(HttpExchange x) {
        FullHttpRequest req = x.request();
        String who = access.owner(x);
        if (who == null) {
            return now(access.refusal(x, "Uploading a picture"));
        }
        if (perMinute <= 0) {
            return now(responses.error(HttpResponseStatus.FORBIDDEN, "Picture uploads are turned off on this server."));
        }
        if (originCheck.fromOtherSite(req)) {
            return now(responses.error(HttpResponseStatus.FORBIDDEN, "Uploads from another site's page are refused."));
        }
        if (req.content().readableBytes() == 0) {
            return now(responses.error(HttpResponseStatus.BAD_REQUEST, "The picture is empty: send its bytes as the request body."));
        }
        String client = x.clientAddress();
        long wait = limiter.acquire(client, System.currentTimeMillis());
        if (wait > 0) {
            long seconds = (wait + 999) / 1000;
            return now(HttpJson.retryAfter(responses.error(HttpResponseStatus.TOO_MANY_REQUESTS, "Too many pictures: at most "
                    + perMinute + " a minute from one address. Try again in " + seconds + " s."), seconds));
        }
        byte[] upload = ByteBufUtil.getBytes(req.content());
        CompletableFuture<FullHttpResponse> answer = new CompletableFuture<>();
        try {
            decoder.execute(() -> answer.complete(accept(upload, who, client)));
        } catch (RejectedExecutionException e) {
            return now(HttpJson.retryAfter(responses.error(HttpResponseStatus.SERVICE_UNAVAILABLE,
                    "The server is busy with other pictures: try again in a moment."), 5));
        }
        return answer;
    }

    /** Decodes and stores one picture; always answers, even when decoding throws an {@link Error}. */
    FullHttpResponse accept(byte[] upload, String who, String client) {
        try {
            MediaStore.Stored s = store.accept(upload, who);
            log.info("picture {} {} {} {} {} {}", s.created() ? "stored" : "already stored", kv("media", s.id()),
                    kv("ext", s.ext()), kv("bytes", upload.length), kv("owner", who), kv("client", client));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", s.id());
            body.put("projector", "/media/" + s.projector());
            body.put("phone", "/media/" + s.phone());
            body.put("width", s.width());
            body.put("height", s.height());
            return responses.json(s.created() ? HttpResponseStatus.CREATED : HttpResponseStatus.OK, body);
        } catch (MediaException e) {
            log.info("picture refused {} {} {} {}", kv("reason", e.reason().name()), kv("bytes", upload.length),
                    kv("owner", who), kv("client", client));
            return responses.error(status(e.reason()), e.getMessage());
        } catch (IOException e) {
            log.error("picture could not be saved {} {}", kv("owner", who), kv("error", e.toString()));
            return responses.error(HttpResponseStatus.INTERNAL_SERVER_ERROR,
                    "The picture is fine but could not be saved on the server: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            log.error("picture ran out of memory {} {} {}", kv("bytes", upload.length), kv("owner", who), kv("client", client));
            return responses.error(HttpResponseStatus.SERVICE_UNAVAILABLE,
                    "The server has not enough memory to read this picture now: try a smaller one, or later.");
        } catch (Throwable e) {
            log.error("picture failed on the server {} {}", kv("bytes", upload.length), kv("client", client), e);
            return responses.error(HttpResponseStatus.INTERNAL_SERVER_ERROR,
                    "The picture could not be read on the server (" + e.getClass().getSimpleName() + "); nothing was stored.");
        }
    }

    static HttpResponseStatus status(MediaException.Reason reason) {
        return switch (reason) {
            case EMPTY, DAMAGED -> HttpResponseStatus.BAD_REQUEST;
            case UNSUPPORTED -> HttpResponseStatus.UNSUPPORTED_MEDIA_TYPE;
            case TOO_MANY_PIXELS -> HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE;
            case QUOTA -> HttpResponseStatus.INSUFFICIENT_STORAGE;
        };
    }

    /** {@code GET /media/...}: a stored file, or 404 for any other name (folders and {@code ..} included). */
    CompletionStage<FullHttpResponse> serve(HttpExchange x) {
        String name = x.path().substring("/media/".length());
        Matcher m = MediaStore.NAME.matcher(name);
        if (!m.matches()) {
            return now(notFound());
        }
        String etag = "\"" + m.group(1).substring(0, 16) + "-" + m.group(2) + "\"";
        if (etag.equals(x.request().headers().get(HttpHeaderNames.IF_NONE_MATCH))) {
            FullHttpResponse r = HttpResponses.empty(HttpResponseStatus.NOT_MODIFIED);
            r.headers().set(HttpHeaderNames.ETAG, etag);
            r.headers().set(HttpHeaderNames.CACHE_CONTROL, CACHE_CONTROL);
            return now(r);
        }
        String type = m.group(3).equals("png") ? "image/png" : "image/jpeg";
        byte[] cached = store.cached(name);
        if (cached != null) {
            return now(image(cached, type, etag));
        }
        CompletableFuture<Optional<byte[]>> local = new CompletableFuture<>();
        try {
            readers.execute(() -> {
                try {
                    local.complete(store.read(name));
                } catch (IOException | RuntimeException e) {
                    local.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            return now(HttpJson.retryAfter(responses.error(HttpResponseStatus.SERVICE_UNAVAILABLE, "The server is busy: try again in a moment."), 1));
        }
        return local.thenCompose(found -> found.isPresent() ? CompletableFuture.completedFuture(found)
                        : share.get(name).thenApply(shared -> {
                            shared.ifPresent(b -> store.keepInCache(name, b));
                            return shared;
                        }))
                .thenApply(found -> found.map(b -> image(b, type, etag)).orElseGet(MediaRoutes::notFound));
    }

    private static FullHttpResponse image(byte[] bytes, String type, String etag) {
        FullHttpResponse r = HttpResponses.bytes(HttpResponseStatus.OK, bytes, type);
        r.headers().set(HttpHeaderNames.CACHE_CONTROL, CACHE_CONTROL);
        r.headers().set(HttpHeaderNames.ETAG, etag);
        return r;
    }

    private static FullHttpResponse notFound() {
        return HttpResponses.text(HttpResponseStatus.NOT_FOUND, "There is no such picture.");
    }

    @Override
    public void close() {
        decoder.shutdownNow();
        readers.shutdownNow();
    }
}
