package quiznight.net;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quiznight.metrics.MicrometerMetrics;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizCatalog;
import quiznight.results.GameResult;
import quiznight.results.ResultsCsv;
import quiznight.room.Room;
import quiznight.room.RoomDirectory;
import quiznight.room.RoomRegistry;
import quiznight.room.Tokens;
import quiznight.session.CodeGuard;
import quiznight.session.SessionHandler;

/**
 * Every HTTP request that is not the WebSocket upgrade: the two screens and their files, the JSON API
 * (with quiz uploads), health and metrics. Shared by all connections.
 */
@ChannelHandler.Sharable
final class HttpHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(HttpHandler.class);
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    static final String UPLOAD_PATH = "/api/quizzes";
    private static final Pattern ROOM_PATH = Pattern.compile("/api/rooms/(\\d{6})/(results|qr\\.svg)");

    private final QuizCatalog catalog;
    private final RoomRegistry registry;
    private final MicrometerMetrics metrics;
    private final ObjectMapper json;
    private final StaticFiles files = new StaticFiles();
    private final String basePath;
    private final Uploads uploads;
    private final OriginCheck originCheck;
    private final Set<String> trustedProxies;
    private final CodeGuard codes;

    /**
     * @param basePath       the prefix every path is served under ("" for none, else like "/quiz")
     * @param uploads        where {@code POST /api/quizzes} goes
     * @param originCheck    the WebSocket's origin rule, also applied to uploads from a browser
     * @param trustedProxies reverse proxies whose X-Forwarded-For names the client for the upload limit
     * @param codes          the guard against guessing room codes the WebSocket joins share
     */
    HttpHandler(QuizCatalog catalog, RoomRegistry registry, MicrometerMetrics metrics, ObjectMapper json, String basePath,
                Uploads uploads, OriginCheck originCheck, Set<String> trustedProxies, CodeGuard codes) {
        this.codes = codes;
        this.basePath = basePath;
        this.catalog = catalog;
        this.registry = registry;
        this.metrics = metrics;
        this.json = json;
        this.uploads = uploads;
        this.originCheck = originCheck;
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) {
        if (!req.decoderResult().isSuccess()) {
            respond(ctx, req, text(HttpResponseStatus.BAD_REQUEST, "The request could not be understood."));
            return;
        }
        QueryStringDecoder uri = new QueryStringDecoder(req.uri());
        boolean uploadPath = uri.rawPath().equals(basePath + UPLOAD_PATH);
        if (uploadPath && req.method().equals(HttpMethod.POST)) {
            upload(ctx, req, uri);
            return;
        }
        boolean head = req.method().equals(HttpMethod.HEAD);
        if (!req.method().equals(HttpMethod.GET) && !head) {
            FullHttpResponse r = text(HttpResponseStatus.METHOD_NOT_ALLOWED,
                    uploadPath ? "Only GET, HEAD and POST (an upload) are served here." : "Only GET and HEAD are served here.");
            r.headers().set(HttpHeaderNames.ALLOW, uploadPath ? "GET, HEAD, POST" : "GET, HEAD");
            respond(ctx, req, r);
            return;
        }
        if (req.content().readableBytes() > BodyLimits.MAX_BODY) {
            respond(ctx, req, BodyLimits.tooLarge(false, uploads.maxBytes()));
            return;
        }
        FullHttpResponse r = route(req, uri);
        if (r == ROOM) {
            room(ctx, req, uri);
        } else {
            respond(ctx, req, r);
        }
    }

    /** Returned by {@link #route} for a room's results or QR code: answered by {@link #room}. */
    private static final FullHttpResponse ROOM = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);

    /**
     * A room's results or QR code. Neither may tell a stranger whether a code exists: results need the host token,
     * and an unknown code and a wrong token are answered alike (404); a QR code, and in cluster mode the results of
     * a room held elsewhere (whose token is checked there only once it finished), count against the address's
     * budget of unknown codes ({@link CodeGuard}), the same as WebSocket joins: past it, codes new to the address
     * are refused with 429 whether they exist or not. A room held elsewhere is looked up in Redis; the connection
     * reads nothing more until the answer is written, so keep-alive answers stay in order.
     */
    private void room(ChannelHandlerContext ctx, FullHttpRequest req, QueryStringDecoder uri) {
        Matcher m = ROOM_PATH.matcher(uri.rawPath().substring(basePath.length()));
        if (!m.matches()) {
            throw new IllegalStateException(uri.rawPath());
        }
        String code = m.group(1);
        boolean results = m.group(2).equals("results");
        Optional<String> token = bearer(req);
        if (results && token.isEmpty()) {
            FullHttpResponse r = jsonError(HttpResponseStatus.UNAUTHORIZED,
                    "Results need the header 'Authorization: Bearer <hostToken>'.");
            r.headers().set(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer");
            respond(ctx, req, r);
            return;
        }
        Optional<Room> local = registry.find(code);
        RoomDirectory directory = registry.directory();
        if (results && (local.isPresent() || directory == RoomDirectory.NONE)) {
            respond(ctx, req, local.map(room -> results(room, token.get(), code, uri)).orElseGet(this::noResults));
            return;
        }
        String address = clientAddress(ctx, req);
        long now = System.currentTimeMillis();
        CodeGuard.Pass pass = codes.admit(address, code, now);
        if (pass == CodeGuard.Pass.REFUSED) {
            long seconds = Math.max(1, (codes.retryAfterMs(address, now) + 999) / 1000);
            FullHttpResponse r = jsonError(HttpResponseStatus.TOO_MANY_REQUESTS, "Too many unknown room codes from your "
                    + "network: check the code on the host's screen and try again in " + seconds + " s.");
            r.headers().set(HttpHeaderNames.RETRY_AFTER, seconds);
            respond(ctx, req, r);
            return;
        }
        if (local.isPresent()) {
            codes.found(address, code, pass, now);
            respond(ctx, req, qrFor(local.get().joinUrl()));
            return;
        }
        if (directory == RoomDirectory.NONE) {
            respond(ctx, req, roomNotFound());
            return;
        }
        HttpRequest head = new DefaultHttpRequest(req.protocolVersion(), req.method(), req.uri(), req.headers().copy());
        java.util.concurrent.CompletionStage<FullHttpResponse> answer;
        if (results) {
            answer = directory.resultsElsewhere(code).thenCompose(shared -> {
                if (shared.isPresent()) {
                    return java.util.concurrent.CompletableFuture.completedFuture(sharedResults(code, token.get(), shared.get(), uri));
                }
                return directory.heldElsewhere(code).thenApply(held -> {
                    if (!held) {
                        return noResults();
                    }
                    codes.found(address, code, pass, now);
                    return jsonError(HttpResponseStatus.CONFLICT, "The game has not finished yet.");
                });
            });
        } else {
            answer = directory.heldElsewhere(code).thenApply(held -> {
                if (!held) {
                    return roomNotFound();
                }
                codes.found(address, code, pass, now);
                return qrFor(registry.joinUrl(code));
            });
        }
        ctx.channel().config().setAutoRead(false);
        answer.whenComplete((r, failure) -> ctx.executor().execute(() -> {
            FullHttpResponse response = r;
            if (failure != null) {
                response = jsonError(HttpResponseStatus.SERVICE_UNAVAILABLE,
                        "The server could not reach the rest of its cluster just now; try again.");
                response.headers().set(HttpHeaderNames.RETRY_AFTER, 5);
            }
            respond(ctx, head, response);
            ctx.channel().config().setAutoRead(true);
        }));
    }

    private FullHttpResponse sharedResults(String code, String token, RoomDirectory.SharedResults shared, QueryStringDecoder uri) {
        if (!Tokens.same(Tokens.digest(token), shared.hostTokenDigest())) {
            return noResults();
        }
        return resultsIn(code, uri, shared::csv, shared::json);
    }

    // ---- uploads -------------------------------------------------------------------------------

    /**
     * {@code POST /api/quizzes}: the body is the file, its name in {@code X-Filename} (percent-encoded
     * UTF-8 allowed) or {@code ?name=}. Refusals that need no reading are answered here; the file is read
     * on the upload thread, and this connection reads nothing more until the answer is sent.
     */
    private void upload(ChannelHandlerContext ctx, FullHttpRequest req, QueryStringDecoder uri) {
        if (!uploads.enabled()) {
            respond(ctx, req, jsonError(HttpResponseStatus.FORBIDDEN, "Uploads are turned off on this server."));
            return;
        }
        String origin = req.headers().get(HttpHeaderNames.ORIGIN);
        if (origin != null && !originCheck.allows(origin, req.headers().get(HttpHeaderNames.HOST))) {
            respond(ctx, req, jsonError(HttpResponseStatus.FORBIDDEN, "Uploads from another site's page are refused."));
            return;
        }
        String name = req.headers().get("X-Filename");
        if (name != null) {
            try {
                name = QueryStringDecoder.decodeComponent(name);
            } catch (IllegalArgumentException e) {
                name = null;
            }
        } else if (uri.parameters().containsKey("name")) {
            name = uri.parameters().get("name").get(0);
        }
        if (name == null || name.isBlank()) {
            respond(ctx, req, jsonError(HttpResponseStatus.BAD_REQUEST,
                    "Name the file: send its name (such as quiz.gift) in the X-Filename header or as ?name=."));
            return;
        }
        if (req.content().readableBytes() == 0) {
            respond(ctx, req, jsonError(HttpResponseStatus.BAD_REQUEST, Uploads.cleanName(name) + ": the file is empty."));
            return;
        }
        String client = clientAddress(ctx, req);
        long wait = uploads.admit(client, System.currentTimeMillis());
        if (wait > 0) {
            long seconds = (wait + 999) / 1000;
            FullHttpResponse r = jsonError(HttpResponseStatus.TOO_MANY_REQUESTS, "Too many uploads: at most "
                    + uploads.perMinute() + " a minute from one address. Try again in " + seconds + " s.");
            r.headers().set(HttpHeaderNames.RETRY_AFTER, seconds);
            respond(ctx, req, r);
            return;
        }
        byte[] content = ByteBufUtil.getBytes(req.content());
        HttpRequest head = new DefaultHttpRequest(req.protocolVersion(), req.method(), req.uri(), req.headers().copy());
        String fileName = name;
        ctx.channel().config().setAutoRead(false);
        try {
            uploads.submit(() -> {
                FullHttpResponse r;
                try {
                    Uploads.Outcome o = uploads.accept(fileName, content, client);
                    r = jsonResponse(o.status(), o.body());
                } catch (Throwable e) {
                    // Errors too (out of memory): the upload is always answered, the connection never left hanging.
                    log.warn("upload {} failed on the server", fileName, e);
                    r = jsonError(HttpResponseStatus.INTERNAL_SERVER_ERROR, "The upload failed on the server.");
                }
                FullHttpResponse answer = r;
                ctx.executor().execute(() -> {
                    respond(ctx, head, answer);
                    ctx.channel().config().setAutoRead(true);
                });
            });
        } catch (RejectedExecutionException e) {
            ctx.channel().config().setAutoRead(true);
            FullHttpResponse r = jsonError(HttpResponseStatus.SERVICE_UNAVAILABLE, "The server is busy reading other uploads: try again in a moment.");
            r.headers().set(HttpHeaderNames.RETRY_AFTER, 5);
            respond(ctx, req, r);
        }
    }

    private String clientAddress(ChannelHandlerContext ctx, HttpRequest req) {
        String peer = ctx.channel().remoteAddress() instanceof InetSocketAddress a && a.getAddress() != null
                ? a.getAddress().getHostAddress() : String.valueOf(ctx.channel().remoteAddress());
        return SessionHandler.clientAddress(peer, req.headers().get("X-Forwarded-For"), trustedProxies);
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
            case "/api/quizzes/rejected":
                // Uploaded files set aside at start (cannot be loaded): the host screen shows a line for each.
                return jsonResponse(HttpResponseStatus.OK, catalog.rejected());
            case "/":
                return file(req, "/index.html");
            case "/play":
                return file(req, "/play.html");
            default:
                break;
        }
        Matcher m = ROOM_PATH.matcher(path);
        if (m.matches()) {
            return ROOM;
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

    private static Optional<String> bearer(HttpRequest req) {
        String auth = req.headers().get(HttpHeaderNames.AUTHORIZATION);
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7) || auth.length() <= 7) {
            return Optional.empty();
        }
        return Optional.of(auth.substring(7).strip());
    }

    private FullHttpResponse roomNotFound() {
        return jsonError(HttpResponseStatus.NOT_FOUND, "No room has that code.");
    }

    /** An unknown code and a wrong host token get this same answer: results do not tell whether a code exists. */
    private FullHttpResponse noResults() {
        return jsonError(HttpResponseStatus.NOT_FOUND, "No room with that code has that host token "
                + "(rooms are dropped 10 minutes after they finish).");
    }

    private FullHttpResponse results(Room room, String token, String code, QueryStringDecoder uri) {
        if (!room.hostTokenMatches(token)) {
            return noResults();
        }
        GameResult result = room.result();
        if (result == null) {
            return jsonError(HttpResponseStatus.CONFLICT, "The game has not finished yet.");
        }
        return resultsIn(code, uri, () -> ResultsCsv.render(result), () -> {
            try {
                return json.writeValueAsBytes(result);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The results as JSON or, with {@code ?format=csv}, as CSV. */
    private FullHttpResponse resultsIn(String code, QueryStringDecoder uri, java.util.function.Supplier<String> csv,
                                       java.util.function.Supplier<byte[]> jsonBody) {
        List<String> format = uri.parameters().get("format");
        if (format != null && format.contains("csv")) {
            FullHttpResponse r = bytes(HttpResponseStatus.OK, StaticFiles.utf8(csv.get()), "text/csv; charset=utf-8");
            r.headers().set(HttpHeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"quiznight-" + code + ".csv\"");
            return r;
        }
        if (format != null && !format.contains("json")) {
            return jsonError(HttpResponseStatus.BAD_REQUEST, "Format must be 'json' or 'csv'.");
        }
        FullHttpResponse r = bytes(HttpResponseStatus.OK, jsonBody.get(), "application/json");
        r.headers().set(HttpHeaderNames.CONTENT_DISPOSITION, "inline; filename=\"quiznight-" + code + ".json\"");
        return r;
    }

    private static FullHttpResponse qrFor(String joinUrl) {
        FullHttpResponse r = bytes(HttpResponseStatus.OK, StaticFiles.utf8(QrCodes.svg(joinUrl)), "image/svg+xml");
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

    static FullHttpResponse text(HttpResponseStatus status, String sentence) {
        return bytes(status, StaticFiles.utf8(sentence + "\n"), "text/plain; charset=utf-8");
    }

    static FullHttpResponse bytes(HttpResponseStatus status, byte[] body, String type) {
        FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
        r.headers().set(HttpHeaderNames.CONTENT_TYPE, type);
        return r;
    }

    /** The security headers every response carries. */
    static void secure(HttpResponse r) {
        r.headers().set("X-Content-Type-Options", "nosniff");
        r.headers().set("Referrer-Policy", "no-referrer");
        r.headers().set(HttpHeaderNames.X_FRAME_OPTIONS, "DENY");
        r.headers().set(HttpHeaderNames.CONTENT_SECURITY_POLICY, CSP);
    }

    private static void respond(ChannelHandlerContext ctx, HttpRequest req, FullHttpResponse r) {
        secure(r);
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
