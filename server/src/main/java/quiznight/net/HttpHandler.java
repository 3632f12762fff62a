package quiznight.net;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quiznight.metrics.MicrometerMetrics;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizCatalog;
import quiznight.results.GameResult;
import quiznight.results.ResultsCsv;
import quiznight.room.Room;
import quiznight.room.RoomRegistry;

/**
 * Every HTTP request that is not the WebSocket upgrade: the two screens and their files, the JSON API,
 * health and metrics. Stateless and shared by all connections.
 */
@ChannelHandler.Sharable
final class HttpHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final Pattern ROOM_PATH = Pattern.compile("/api/rooms/(\\d{6})/(results|qr\\.svg)");

    private final QuizCatalog catalog;
    private final RoomRegistry registry;
    private final MicrometerMetrics metrics;
    private final ObjectMapper json;
    private final StaticFiles files = new StaticFiles();
    private final String basePath;

    /** @param basePath the prefix every path is served under ("" for none, else like "/quiz") */
    HttpHandler(QuizCatalog catalog, RoomRegistry registry, MicrometerMetrics metrics, ObjectMapper json, String basePath) {
        this.basePath = basePath;
        this.catalog = catalog;
        this.registry = registry;
        this.metrics = metrics;
        this.json = json;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) {
        if (!req.decoderResult().isSuccess()) {
            respond(ctx, req, text(HttpResponseStatus.BAD_REQUEST, "The request could not be understood."));
            return;
        }
        boolean head = req.method().equals(HttpMethod.HEAD);
        if (!req.method().equals(HttpMethod.GET) && !head) {
            FullHttpResponse r = text(HttpResponseStatus.METHOD_NOT_ALLOWED, "Only GET and HEAD are served here.");
            r.headers().set(HttpHeaderNames.ALLOW, "GET, HEAD");
            respond(ctx, req, r);
            return;
        }
        QueryStringDecoder uri = new QueryStringDecoder(req.uri());
        respond(ctx, req, route(req, uri));
    }

    private FullHttpResponse route(FullHttpRequest req, QueryStringDecoder uri) {
        String path = uri.rawPath();
        if (!basePath.isEmpty()) {
            if (path.equals(basePath)) {
                FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.MOVED_PERMANENTLY);
                r.headers().set(HttpHeaderNames.LOCATION, basePath + "/");
                return r;
            }
            if (!path.startsWith(basePath + "/")) {
                return text(HttpResponseStatus.NOT_FOUND, "Nothing here: QuizNight is served under " + basePath + "/.");
            }
            path = path.substring(basePath.length());
        }
        switch (path) {
            case "/healthz":
                return text(HttpResponseStatus.OK, "ok");
            case "/metrics": {
                FullHttpResponse r = bytes(HttpResponseStatus.OK, StaticFiles.utf8(metrics.scrape()),
                        "text/plain; version=0.0.4; charset=utf-8");
                return r;
            }
            case "/api/quizzes":
                return jsonResponse(HttpResponseStatus.OK, quizzes());
            case "/":
                return file(req, "/index.html");
            case "/play":
                return file(req, "/play.html");
            default:
                break;
        }
        Matcher m = ROOM_PATH.matcher(path);
        if (m.matches()) {
            return m.group(2).equals("results") ? results(req, m.group(1), uri) : qr(m.group(1));
        }
        if (path.startsWith("/api/")) {
            return jsonError(HttpResponseStatus.NOT_FOUND, "There is no such API endpoint.");
        }
        return file(req, path);
    }

    private List<Map<String, Object>> quizzes() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Quiz q : catalog.all()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", q.id());
            m.put("title", q.title());
            m.put("description", q.description());
            m.put("questions", q.questions().size());
            m.put("sections", q.sections());
            list.add(m);
        }
        return list;
    }

    private FullHttpResponse results(FullHttpRequest req, String code, QueryStringDecoder uri) {
        String auth = req.headers().get(HttpHeaderNames.AUTHORIZATION);
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7) || auth.length() <= 7) {
            FullHttpResponse r = jsonError(HttpResponseStatus.UNAUTHORIZED,
                    "Results need the header 'Authorization: Bearer <hostToken>'.");
            r.headers().set(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer");
            return r;
        }
        Optional<Room> room = registry.find(code);
        if (room.isEmpty()) {
            return jsonError(HttpResponseStatus.NOT_FOUND, "No room has that code (rooms are dropped 10 minutes after they finish).");
        }
        if (!room.get().hostTokenMatches(auth.substring(7).strip())) {
            return jsonError(HttpResponseStatus.FORBIDDEN, "That token is not this room's host token.");
        }
        GameResult result = room.get().result();
        if (result == null) {
            return jsonError(HttpResponseStatus.CONFLICT, "The game has not finished yet.");
        }
        List<String> format = uri.parameters().get("format");
        if (format != null && format.contains("csv")) {
            FullHttpResponse r = bytes(HttpResponseStatus.OK, StaticFiles.utf8(ResultsCsv.render(result)), "text/csv; charset=utf-8");
            r.headers().set(HttpHeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"quiznight-" + code + ".csv\"");
            return r;
        }
        if (format != null && !format.contains("json")) {
            return jsonError(HttpResponseStatus.BAD_REQUEST, "Format must be 'json' or 'csv'.");
        }
        FullHttpResponse r = jsonResponse(HttpResponseStatus.OK, result);
        r.headers().set(HttpHeaderNames.CONTENT_DISPOSITION, "inline; filename=\"quiznight-" + code + ".json\"");
        return r;
    }

    private FullHttpResponse qr(String code) {
        Optional<Room> room = registry.find(code);
        if (room.isEmpty()) {
            return jsonError(HttpResponseStatus.NOT_FOUND, "No room has that code.");
        }
        FullHttpResponse r = bytes(HttpResponseStatus.OK, StaticFiles.utf8(QrCodes.svg(room.get().joinUrl())), "image/svg+xml");
        r.headers().set(HttpHeaderNames.CACHE_CONTROL, "no-store");
        return r;
    }

    private FullHttpResponse file(FullHttpRequest req, String path) {
        Optional<StaticFiles.File> f = files.find(path);
        if (f.isEmpty()) {
            return text(HttpResponseStatus.NOT_FOUND, "Nothing here. The host screen is at / and players join at /play.");
        }
        StaticFiles.File file = f.get();
        if (file.etag().equals(req.headers().get(HttpHeaderNames.IF_NONE_MATCH))) {
            FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NOT_MODIFIED);
            r.headers().set(HttpHeaderNames.ETAG, file.etag());
            return r;
        }
        FullHttpResponse r = bytes(HttpResponseStatus.OK, file.bytes(), file.contentType());
        r.headers().set(HttpHeaderNames.ETAG, file.etag());
        r.headers().set(HttpHeaderNames.CACHE_CONTROL, "no-cache");
        return r;
    }

    // ---- responses -----------------------------------------------------------------------------

    private FullHttpResponse jsonResponse(HttpResponseStatus status, Object body) {
        try {
            return bytes(status, json.writeValueAsBytes(body), "application/json");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private FullHttpResponse jsonError(HttpResponseStatus status, String message) {
        return jsonResponse(status, Map.of("error", message));
    }

    private static FullHttpResponse text(HttpResponseStatus status, String sentence) {
        return bytes(status, StaticFiles.utf8(sentence + "\n"), "text/plain; charset=utf-8");
    }

    private static FullHttpResponse bytes(HttpResponseStatus status, byte[] body, String type) {
        FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
        r.headers().set(HttpHeaderNames.CONTENT_TYPE, type);
        return r;
    }

    private static void respond(ChannelHandlerContext ctx, FullHttpRequest req, FullHttpResponse r) {
        r.headers().set("X-Content-Type-Options", "nosniff");
        r.headers().set("Referrer-Policy", "no-referrer");
        r.headers().set(HttpHeaderNames.X_FRAME_OPTIONS, "DENY");
        r.headers().set(HttpHeaderNames.CONTENT_SECURITY_POLICY, CSP);
        HttpUtil.setContentLength(r, r.content().readableBytes());
        if (req.method().equals(HttpMethod.HEAD)) {
            r.content().clear();
        }
        boolean keepAlive = HttpUtil.isKeepAlive(req) && r.status().code() < 500;
        if (keepAlive) {
            if (req.protocolVersion().equals(HttpVersion.HTTP_1_0)) {
                r.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
            }
            ctx.writeAndFlush(r);
        } else {
            r.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(r).addListener(ChannelFutureListener.CLOSE);
        }
    }
}
