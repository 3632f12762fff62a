package quiznight.net;

import static quiznight.net.HttpJson.now;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quiznight.organisers.GameHistory;
import quiznight.organisers.Organisers;
import quiznight.quiz.QuizCatalog;
import quiznight.results.GameReport;
import quiznight.results.GameResult;

/**
 * Organisers over HTTP: the host link's {@code ?key=} (signs the browser in and takes the key out of the address
 * bar), sign-in and sign-out, who is signed in, and the organiser's past games with their results. Also what other
 * routes ask: who sends a request ({@link #who}) and the refusal of one without an organiser ({@link #forbidden}).
 */
final class OrganiserRoutes implements OrganiserAccess {
    static final String PATH = "/api/organiser";
    static final String SIGN_IN = PATH + "/sign-in";
    static final String SIGN_OUT = PATH + "/sign-out";
    static final String GAMES = PATH + "/games";
    static final Pattern GAME_RESULTS = Pattern.compile(GAMES + "/(\\d{6})/results");

    private final Organisers organisers;
    private final GameHistory history;
    private final QuizCatalog catalog;
    private final GameResults results;
    private final OriginCheck originCheck;
    private final HttpResponses responses;
    private final String cookiePath;
    private final boolean secureCookie;
    /** Password checks (Argon2id, tens of ms and 19 MiB each) run here, two at a time, never on an event loop. */
    private final ExecutorService checks = new ThreadPoolExecutor(1, 2, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(32), r -> {
        Thread t = new Thread(r, "quiznight-sign-in");
        t.setDaemon(true);
        return t;
    });

    /** The results of a game by its room code, from the room while it is held or from its results file. */
    interface GameResults {
        FullHttpResponse answer(GameHistory.Game game, HttpExchange x);

        /** The game's results once it ended, else null. */
        GameResult find(GameHistory.Game game);
    }

    /** A past game in the list: how many played, their average accuracy (null: nothing to be right about). */
    record Summary(int players, Double accuracy, boolean complete) {
        static Summary of(GameResult r) {
            return new Summary(r.players().size(), GameReport.of(r).averageAccuracy(), r.complete());
        }
    }

    /** Where the list of past games reads results files, off the event loops. */
    private final ExecutorService reading = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "quiznight-history");
        t.setDaemon(true);
        return t;
    });

    /** Summaries of ended games by code and creation time: results do not change once written. */
    private final Map<String, Summary> summaries = new java.util.concurrent.ConcurrentHashMap<>();

    OrganiserRoutes(Organisers organisers, GameHistory history, QuizCatalog catalog, GameResults results,
                    OriginCheck originCheck, HttpResponses responses, String basePath, boolean secureCookie) {
        this.organisers = organisers;
        this.history = history;
        this.catalog = catalog;
        this.results = results;
        this.originCheck = originCheck;
        this.responses = responses;
        this.cookiePath = basePath + "/";
        this.secureCookie = secureCookie;
    }

    Organisers organisers() {
        return organisers;
    }

    /** With private libraries, an accepted upload ({@code 201} with its {@code id}) becomes its uploader's. */
    void owned(Organisers.Who who, Uploads.Outcome upload) {
        if (organisers.privateLibraries() && who.name() != null && upload.status().code() == 201) {
            organisers.library().own((String) upload.body().get("id"), who.name());
        }
    }

    /** Who sends this request: its session cookie or its key header. */
    Organisers.Who who(HttpExchange x) {
        return organisers.identify(x.request().headers().get(HttpHeaderNames.COOKIE),
                x.request().headers().get(Organisers.KEY_HEADER), null, System.currentTimeMillis());
    }

    @Override
    public String owner(HttpExchange x) {
        Organisers.Who who = who(x);
        return !who.mayHost() ? null : who.name() != null ? who.name() : SHARED_OWNER;
    }

    @Override
    public FullHttpResponse refusal(HttpExchange x, String what) {
        return forbidden(who(x), what);
    }

    /** 403 with the sentence saying why {@code what} needs an organiser. */
    FullHttpResponse forbidden(Organisers.Who who, String what) {
        return responses.error(HttpResponseStatus.FORBIDDEN, who.refusal(what));
    }

    /**
     * {@code GET /}: with {@code ?key=} the host link signs the browser in (a session cookie) and redirects to
     * {@code /}, so the key leaves the address bar and history; a wrong key is 403. Without it, the host screen.
     */
    FullHttpResponse hostScreen(HttpExchange x, Function<HttpExchange, FullHttpResponse> screen) {
        List<String> key = x.uri().parameters().get(Organisers.KEY_PARAM);
        if (key == null || key.isEmpty() || organisers.mode() == Organisers.Mode.OPEN) {
            return screen.apply(x);
        }
        Organisers.SignIn in = organisers.signInWithKey(key.get(0), x.clientAddress(), System.currentTimeMillis());
        if (in instanceof Organisers.SignIn.Ok ok) {
            FullHttpResponse r = HttpResponses.empty(HttpResponseStatus.SEE_OTHER);
            r.headers().set(HttpHeaderNames.LOCATION, cookiePath);
            r.headers().set(HttpHeaderNames.SET_COOKIE, Organisers.cookie(ok.sessionId(), cookiePath, secureCookie));
            r.headers().set(HttpHeaderNames.CACHE_CONTROL, "no-store");
            return r;
        }
        return refusal(in, true);
    }

    /** {@code GET /api/organiser}: the mode and who is signed in ({@code name} null when nobody). */
    FullHttpResponse status(HttpExchange x) {
        Organisers.Who who = who(x);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mode", organisers.mode().wire());
        body.put("name", who.name());
        body.put("mayHost", who.mayHost());
        body.put("problem", who.problem());
        return HttpJson.noStore(responses.json(HttpResponseStatus.OK, body));
    }

    /** {@code POST /api/organiser/sign-in}: {@code {"key": …}} or {@code {"name": …, "password": …}}. */
    CompletionStage<FullHttpResponse> signIn(HttpExchange x) {
        FullHttpRequest req = x.request();
        if (originCheck.fromOtherSite(req)) {
            return now(responses.error(HttpResponseStatus.FORBIDDEN, "Signing in from another site's page is refused."));
        }
        JsonNode body = HttpJson.object(req).orElse(null);
        if (body == null) {
            return now(responses.error(HttpResponseStatus.BAD_REQUEST,
                    "Send JSON: {\"key\": \"…\"} or {\"name\": \"…\", \"password\": \"…\"}."));
        }
        String address = x.clientAddress();
        long now = System.currentTimeMillis();
        if (body.hasNonNull("key")) {
            return now(signedIn(organisers.signInWithKey(body.get("key").asText(), address, now)));
        }
        String name = body.path("name").isTextual() ? body.get("name").asText() : null;
        char[] password = body.path("password").isTextual() ? body.get("password").asText().toCharArray() : null;
        CompletableFuture<FullHttpResponse> answer = new CompletableFuture<>();
        try {
            checks.execute(() -> {
                try {
                    answer.complete(signedIn(organisers.signIn(name, password, address, System.currentTimeMillis())));
                } catch (Throwable e) {
                    answer.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            return now(HttpJson.retryAfter(responses.error(HttpResponseStatus.SERVICE_UNAVAILABLE,
                    "The server is busy checking other sign-ins: try again in a moment."), 5));
        }
        return answer;
    }

    private FullHttpResponse signedIn(Organisers.SignIn in) {
        if (in instanceof Organisers.SignIn.Ok ok) {
            FullHttpResponse r = responses.json(HttpResponseStatus.OK, Map.of("name", ok.name()));
            r.headers().set(HttpHeaderNames.SET_COOKIE, Organisers.cookie(ok.sessionId(), cookiePath, secureCookie));
            r.headers().set(HttpHeaderNames.CACHE_CONTROL, "no-store");
            return r;
        }
        return refusal(in, false);
    }

    private FullHttpResponse refusal(Organisers.SignIn in, boolean text) {
        HttpResponseStatus status;
        String sentence;
        long retryAfter = 0;
        if (in instanceof Organisers.SignIn.Limited limited) {
            retryAfter = Math.max(1, (limited.waitMs() + 999) / 1000);
            status = HttpResponseStatus.TOO_MANY_REQUESTS;
            sentence = "Too many wrong sign-ins: try again in " + retryAfter + " s.";
        } else {
            status = HttpResponseStatus.FORBIDDEN;
            sentence = ((Organisers.SignIn.Refused) in).sentence();
        }
        FullHttpResponse r = text ? HttpResponses.text(status, sentence) : responses.error(status, sentence);
        if (retryAfter > 0) {
            r.headers().set(HttpHeaderNames.RETRY_AFTER, retryAfter);
        }
        return r;
    }

    /** {@code POST /api/organiser/sign-out}: ends the session and removes the cookie. */
    FullHttpResponse signOut(HttpExchange x) {
        if (originCheck.fromOtherSite(x.request())) {
            return responses.error(HttpResponseStatus.FORBIDDEN, "Signing out from another site's page is refused.");
        }
        organisers.signOut(x.request().headers().get(HttpHeaderNames.COOKIE));
        FullHttpResponse r = responses.json(HttpResponseStatus.OK, Map.of("signedOut", true));
        r.headers().set(HttpHeaderNames.SET_COOKIE, Organisers.clearCookie(cookiePath, secureCookie));
        return r;
    }

    /**
     * {@code GET /api/organiser/games}: the organiser's past games, newest first, each with its results link and, once
     * it ended, how many played and their average accuracy. Results files are read on their own thread (once each).
     */
    CompletionStage<FullHttpResponse> games(HttpExchange x) {
        Organisers.Who who = who(x);
        if (who.name() == null) {
            return now(forbidden(who, "The list of past games"));
        }
        String name = who.name();
        return CompletableFuture.supplyAsync(() -> gamesOf(name), reading);
    }

    private FullHttpResponse gamesOf(String organiser) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (GameHistory.Game g : history.of(organiser)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", g.code());
            m.put("quiz", g.quiz());
            m.put("title", g.quiz() == null ? null : catalog.find(g.quiz()).map(q -> q.title()).orElse(null));
            m.put("createdAt", g.createdAt());
            Summary summary = summary(g);
            m.put("ended", summary != null);
            if (summary != null) {
                m.put("players", summary.players());
                m.put("accuracy", summary.accuracy());
                m.put("complete", summary.complete());
            }
            m.put("results", cookiePath.substring(0, cookiePath.length() - 1) + GAMES + "/" + g.code() + "/results");
            list.add(m);
        }
        return HttpJson.noStore(responses.json(HttpResponseStatus.OK, list));
    }

    private Summary summary(GameHistory.Game g) {
        String key = g.code() + "@" + g.createdAt();
        Summary known = summaries.get(key);
        if (known != null) {
            return known;
        }
        GameResult r = results.find(g);
        if (r == null) {
            return null;
        }
        Summary s = Summary.of(r);
        summaries.put(key, s);
        return s;
    }

    /**
     * {@code GET /api/organiser/games/<code>/results}: a game of the organiser's own history; others are 404. The
     * results file is read (and a workbook written) on the reading thread, like the list, not on the event loop.
     */
    CompletionStage<FullHttpResponse> gameResults(HttpExchange x) {
        Matcher m = GAME_RESULTS.matcher(x.path());
        if (!m.matches()) {
            throw new IllegalStateException(x.path());
        }
        Organisers.Who who = who(x);
        if (who.name() == null) {
            return now(forbidden(who, "Results from the list of past games"));
        }
        GameHistory.Game game = history.find(who.name(), m.group(1));
        if (game == null) {
            return now(responses.error(HttpResponseStatus.NOT_FOUND, "None of your games had that room code."));
        }
        return CompletableFuture.supplyAsync(() -> results.answer(game, x), reading);
    }
}
