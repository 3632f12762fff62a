package quiznight.net;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;
import quiznight.metrics.MicrometerMetrics;
import quiznight.quiz.QuizCatalog;
import quiznight.room.RoomRegistry;
import quiznight.session.CodeGuard;

/**
 * Every HTTP request that is not the WebSocket upgrade, routed by method and path (below the base path) to one
 * {@link Route} of an endpoint family: {@link StaticRoutes} (the two screens and their files), {@link QuizRoutes}
 * (the quiz list and uploads), {@link RoomRoutes} (results and QR codes), {@link MediaRoutes} (pictures),
 * {@link OpsRoutes} (health and metrics), {@link KindRoutes} (the quiz format, for the editor),
 * {@link LibraryRoutes} (the quiz library, every method below
 * {@code /api/library}), {@link PracticeRoutes} (solo practice, below {@code /api/practice}), {@link HomeworkRoutes}
 * (homework, every method below {@code /api/homework}).
 * Here too: what every request shares (an undecodable request, the base path, methods, the body limit of requests
 * that are not uploads) and the writing of answers, at once or, for a route that answers later, on the connection's
 * event loop with reading paused until then. Shared by all connections.
 */
@ChannelHandler.Sharable
final class HttpHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(HttpHandler.class);
    static final String UPLOAD_PATH = "/api/quizzes";

    /**
     * The routing table, by the path below the base path: first a family that takes every method below its prefix
     * ({@code prefixes}: the prefix itself and anything below {@code prefix/}); then GET (and HEAD) by exact path,
     * then by pattern, then {@code /api/...} is 404 and anything else goes to {@code files}; POST by exact path.
     */
    record Routes(Map<String, Route> gets, Map<Pattern, Route> patterns, Route files, Map<String, Route> posts,
                  Map<String, Route> prefixes) {
        Routes(Map<String, Route> gets, Map<Pattern, Route> patterns, Route files, Map<String, Route> posts) {
            this(gets, patterns, files, posts, Map.of());
        }
    }

    private final String basePath;
    private final Set<String> trustedProxies;
    private final HttpResponses responses;
    private final Routes routes;
    private final int maxUploadBytes;

    /**
     * @param basePath       the prefix every path is served under ("" for none, else like "/quiz")
     * @param uploads        where {@code POST /api/quizzes} goes
     * @param originCheck    the WebSocket's origin rule, also applied to uploads from a browser
     * @param trustedProxies reverse proxies whose X-Forwarded-For names the client for the upload limit
     * @param codes          the guard against guessing room codes the WebSocket joins share
     * @param media          pictures: {@code POST /api/media} and {@code GET /media/...}
     */
    HttpHandler(QuizCatalog catalog, RoomRegistry registry, MicrometerMetrics metrics, ObjectMapper json, String basePath,
                Uploads uploads, OriginCheck originCheck, Set<String> trustedProxies, CodeGuard codes, MediaRoutes media,
                LibraryRoutes library, Hosting hosting, HomeworkRoutes homework, Practice practice) {
        this(basePath, trustedProxies, new HttpResponses(json), uploads.maxBytes(),
                routes(catalog, registry, metrics, new HttpResponses(json), uploads, originCheck, codes, media, library,
                        hosting, basePath, homework, practice));
    }

    /**
     * Solo practice ({@link PracticeRoutes}): which quizzes are in play on this server now (not practised then), the
     * server's clock, and whether it is one of a cluster (practice answers 503 then).
     */
    record Practice(java.util.function.Predicate<String> inPlay, quiznight.game.Clock clock, boolean clustered) {
    }

    /** Who may host ({@link OrganiserRoutes}): the organisers, their games, where results are saved, the cookie's Secure flag. */
    record Hosting(quiznight.organisers.Organisers organisers, quiznight.organisers.GameHistory history,
                   java.nio.file.Path resultsDir, boolean secureCookie) {
    }

    /** A router over any table (tests). */
    HttpHandler(String basePath, Set<String> trustedProxies, HttpResponses responses, int maxUploadBytes, Routes routes) {
        this.basePath = basePath;
        this.trustedProxies = Set.copyOf(trustedProxies);
        this.responses = responses;
        this.maxUploadBytes = maxUploadBytes;
        this.routes = routes;
    }

    private static Routes routes(QuizCatalog catalog, RoomRegistry registry, MicrometerMetrics metrics,
                                 HttpResponses responses, Uploads uploads, OriginCheck originCheck, CodeGuard codes,
                                 MediaRoutes media, LibraryRoutes library, Hosting hosting, String basePath,
                                 HomeworkRoutes homework, Practice play) {
        OpsRoutes ops = new OpsRoutes(metrics);
        StaticRoutes statics = new StaticRoutes();
        RoomRoutes rooms = new RoomRoutes(registry, codes, responses);
        OrganiserRoutes organisers = new OrganiserRoutes(hosting.organisers(), hosting.history(), catalog,
                new OrganiserRoutes.GameResults() {
                    @Override
                    public FullHttpResponse answer(quiznight.organisers.GameHistory.Game game, HttpExchange x) {
                        return rooms.ofGame(game, x, hosting.resultsDir());
                    }

                    @Override
                    public quiznight.results.GameResult find(quiznight.organisers.GameHistory.Game game) {
                        return rooms.finishedResult(game, hosting.resultsDir());
                    }
                }, originCheck, responses, basePath,
                hosting.secureCookie());
        QuizRoutes quizzes = new QuizRoutes(catalog, uploads, originCheck, responses, organisers);
        PracticeRoutes practice = new PracticeRoutes(catalog, new quiznight.practice.PracticeSessions(play.clock()),
                responses, quizzes, play.inPlay(), play.clustered());
        ShareRoutes shares = new ShareRoutes(catalog, uploads, organisers, originCheck, responses, basePath);
        library.access(organisers);
        media.access(organisers);
        homework.access(organisers);
        return new Routes(
                Map.of("/healthz", Route.now(ops::health),
                        "/metrics", Route.now(ops::metrics),
                        UPLOAD_PATH, Route.now(quizzes::list),
                        UPLOAD_PATH + "/rejected", Route.now(quizzes::rejected),
                        "/", Route.now(x -> organisers.hostScreen(x, statics::hostScreen)),
                        "/play", Route.now(statics::playerScreen),
                        OrganiserRoutes.PATH, Route.now(organisers::status),
                        OrganiserRoutes.GAMES, organisers::games,
                        ShareRoutes.SHARED, Route.now(shares::shared),
                        KindRoutes.PATH, Route.now(new KindRoutes(responses)::kinds)),
                Map.of(RoomRoutes.PATH, rooms::answer, MediaRoutes.PATH, media::serve,
                        OrganiserRoutes.GAME_RESULTS, organisers::gameResults,
                        PracticeRoutes.PAGE, Route.now(statics::practiceScreen)),
                Route.now(statics::file),
                Map.of(UPLOAD_PATH, quizzes::upload,
                        MediaRoutes.UPLOAD_PATH, media::upload,
                        OrganiserRoutes.SIGN_IN, organisers::signIn,
                        OrganiserRoutes.SIGN_OUT, Route.now(organisers::signOut),
                        ShareRoutes.SHARE, Route.now(shares::share),
                        ShareRoutes.DUPLICATE, shares::duplicate),
                Map.of(LibraryRoutes.PATH, library::answer, PracticeRoutes.PATH, practice::answer,
                        HomeworkRoutes.PATH, homework::answer));
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) {
        if (!req.decoderResult().isSuccess()) {
            respond(ctx, req, HttpResponses.text(HttpResponseStatus.BAD_REQUEST, "The request could not be understood."));
            return;
        }
        QueryStringDecoder uri = new QueryStringDecoder(req.uri());
        String rawPath = uri.rawPath();
        String path = belowBasePath(rawPath);
        Route family = path == null ? null : family(path);
        if (family != null) {
            dispatch(ctx, req, family, new HttpExchange(ctx, req, uri, path, trustedProxies));
            return;
        }
        Route post = path == null ? null : routes.posts().get(path);
        if (post != null && req.method().equals(HttpMethod.POST)) {
            dispatch(ctx, req, post, new HttpExchange(ctx, req, uri, path, trustedProxies));
            return;
        }
        if (!req.method().equals(HttpMethod.GET) && !req.method().equals(HttpMethod.HEAD)) {
            FullHttpResponse r = HttpResponses.text(HttpResponseStatus.METHOD_NOT_ALLOWED,
                    post != null ? "Only GET, HEAD and POST (an upload) are served here." : "Only GET and HEAD are served here.");
            r.headers().set(HttpHeaderNames.ALLOW, post != null ? "GET, HEAD, POST" : "GET, HEAD");
            respond(ctx, req, r);
            return;
        }
        if (req.content().readableBytes() > BodyLimits.MAX_BODY) {
            respond(ctx, req, BodyLimits.tooLarge(false, maxUploadBytes));
            return;
        }
        if (!basePath.isEmpty() && rawPath.equals(basePath)) {
            FullHttpResponse r = HttpResponses.empty(HttpResponseStatus.MOVED_PERMANENTLY);
            r.headers().set(HttpHeaderNames.LOCATION, basePath + "/");
            respond(ctx, req, r);
            return;
        }
        if (path == null) {
            respond(ctx, req, HttpResponses.text(HttpResponseStatus.NOT_FOUND, "Nothing here: QuizNight is served under " + basePath + "/."));
            return;
        }
        dispatch(ctx, req, get(path), new HttpExchange(ctx, req, uri, path, trustedProxies));
    }

    /** The path below the base path, or null for a path outside it. */
    private String belowBasePath(String rawPath) {
        if (basePath.isEmpty()) {
            return rawPath;
        }
        return rawPath.startsWith(basePath + "/") ? rawPath.substring(basePath.length()) : null;
    }

    /** The route family whose prefix the path is or is below, or null. */
    private Route family(String path) {
        for (Map.Entry<String, Route> e : routes.prefixes().entrySet()) {
            if (path.equals(e.getKey()) || path.startsWith(e.getKey() + "/")) {
                return e.getValue();
            }
        }
        return null;
    }

    private Route get(String path) {
        Route exact = routes.gets().get(path);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<Pattern, Route> e : routes.patterns().entrySet()) {
            if (e.getKey().matcher(path).matches()) {
                return e.getValue();
            }
        }
        if (path.startsWith("/api/")) {
            return Route.now(x -> responses.error(HttpResponseStatus.NOT_FOUND, "There is no such API endpoint."));
        }
        return routes.files();
    }

    /**
     * Writes the route's answer: at once when it has one, else once it comes, on this connection's event loop, with
     * reading paused until then so that keep-alive answers stay in order. A route that fails is answered with 500.
     */
    private void dispatch(ChannelHandlerContext ctx, FullHttpRequest req, Route route, HttpExchange exchange) {
        CompletableFuture<FullHttpResponse> answer = new CompletableFuture<>();
        try {
            CompletionStage<FullHttpResponse> stage = route.answer(exchange);
            stage.whenComplete((r, failure) -> {
                if (failure != null) {
                    answer.completeExceptionally(failure);
                } else {
                    answer.complete(r);
                }
            });
        } catch (RuntimeException e) {
            answer.completeExceptionally(e);
        }
        if (answer.isDone()) {
            respond(ctx, req, orFailure(answer, req));
            return;
        }
        HttpRequest head = new DefaultHttpRequest(req.protocolVersion(), req.method(), req.uri(), req.headers().copy());
        ctx.channel().config().setAutoRead(false);
        answer.whenComplete((r, failure) -> ctx.executor().execute(() -> {
            respond(ctx, head, orFailure(answer, head));
            ctx.channel().config().setAutoRead(true);
        }));
    }

    /**
     * The answer of a completed route; 400 with its sentence when it refused the request ({@link HttpJson.BadRequest}),
     * 500 when it failed otherwise (or answered nothing).
     */
    private FullHttpResponse orFailure(CompletableFuture<FullHttpResponse> answer, HttpRequest req) {
        Throwable failure = answer.handle((ok, e) -> e).join();
        FullHttpResponse r = failure == null ? answer.join() : null;
        if (r != null) {
            return r;
        }
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof HttpJson.BadRequest bad) {
            return responses.error(HttpResponseStatus.BAD_REQUEST, bad.getMessage());
        }
        log.warn("HTTP {} {} failed on the server", req.method(), req.uri().length() > 100 ? req.uri().substring(0, 100) : req.uri(), failure);
        return responses.error(HttpResponseStatus.INTERNAL_SERVER_ERROR, "The request failed on the server.");
    }

    private static void respond(ChannelHandlerContext ctx, HttpRequest req, FullHttpResponse r) {
        HttpResponses.secure(r);
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
