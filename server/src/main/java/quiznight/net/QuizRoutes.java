package quiznight.net;

import static quiznight.net.HttpJson.now;

import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizCatalog;

/** The quiz list ({@code GET /api/quizzes}), the uploads set aside at start, and uploads ({@code POST /api/quizzes}). */
final class QuizRoutes {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(QuizRoutes.class);

    private final QuizCatalog catalog;
    private final Uploads uploads;
    private final OriginCheck originCheck;
    private final HttpResponses responses;
    private final OrganiserRoutes organisers;

    QuizRoutes(QuizCatalog catalog, Uploads uploads, OriginCheck originCheck, HttpResponses responses,
               OrganiserRoutes organisers) {
        this.organisers = organisers;
        this.catalog = catalog;
        this.uploads = uploads;
        this.originCheck = originCheck;
        this.responses = responses;
    }

    /**
     * The quizzes this client may play: all of them, or with private libraries (named organisers) the ones nobody
     * owns and the signed-in organiser's own ({@code mine} true).
     */
    FullHttpResponse list(HttpExchange x) {
        return list(x, id -> true);
    }

    /** As {@link #list(HttpExchange)}, of the quizzes {@code offered} accepts (practice: those not in play). */
    FullHttpResponse list(HttpExchange x, java.util.function.Predicate<String> offered) {
        List<Map<String, Object>> list = new ArrayList<>();
        quiznight.organisers.Organisers.Who who = organisers.who(x);
        quiznight.organisers.Organisers hosting = organisers.organisers();
        for (Quiz q : catalog.all()) {
            if (!hosting.mayUse(who, q.id()) || !offered.test(q.id())) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            if (hosting.privateLibraries()) {
                m.put("mine", hosting.library().owner(q.id()) != null);
            }
            m.put("id", q.id());
            m.put("title", q.title());
            m.put("description", q.description());
            m.put("questions", q.questions().size());
            m.put("sections", q.sections());
            list.add(m);
        }
        return responses.json(HttpResponseStatus.OK, list);
    }

    /** Whether the client of an exchange may play a quiz (with private libraries: a quiz nobody owns, or its own). */
    boolean mayUse(HttpExchange x, String id) {
        return organisers.organisers().mayUse(organisers.who(x), id);
    }

    /** Uploaded files set aside at start (cannot be loaded): the host screen shows a line for each. */
    FullHttpResponse rejected(HttpExchange x) {
        return responses.json(HttpResponseStatus.OK, catalog.rejected());
    }

    /**
     * {@code POST /api/quizzes}: the body is the file, its name in {@code X-Filename} (percent-encoded
     * UTF-8 allowed) or {@code ?name=}. Refusals that need no reading are answered at once; the file is read
     * on the upload thread.
     */
    CompletionStage<FullHttpResponse> upload(HttpExchange x) {
        FullHttpRequest req = x.request();
        if (!uploads.enabled()) {
            return now(responses.error(HttpResponseStatus.FORBIDDEN, "Uploads are turned off on this server."));
        }
        if (originCheck.fromOtherSite(req)) {
            return now(responses.error(HttpResponseStatus.FORBIDDEN, "Uploads from another site's page are refused."));
        }
        quiznight.organisers.Organisers.Who who = organisers.who(x);
        if (!who.mayHost()) {
            return now(organisers.forbidden(who, "Uploading a quiz"));
        }
        String name = fileName(req, x.uri());
        if (name == null || name.isBlank()) {
            return now(responses.error(HttpResponseStatus.BAD_REQUEST,
                    "Name the file: send its name (such as quiz.gift) in the X-Filename header or as ?name=."));
        }
        if (req.content().readableBytes() == 0) {
            return now(responses.error(HttpResponseStatus.BAD_REQUEST, Uploads.cleanName(name) + ": the file is empty."));
        }
        String client = x.clientAddress();
        long wait = uploads.admit(client, System.currentTimeMillis());
        if (wait > 0) {
            long seconds = (wait + 999) / 1000;
            return now(HttpJson.retryAfter(responses.error(HttpResponseStatus.TOO_MANY_REQUESTS, "Too many uploads: at most "
                    + uploads.perMinute() + " a minute from one address. Try again in " + seconds + " s."), seconds));
        }
        byte[] content = ByteBufUtil.getBytes(req.content());
        String fileName = name;
        CompletableFuture<FullHttpResponse> answer = new CompletableFuture<>();
        try {
            uploads.submit(() -> {
                try {
                    Uploads.Outcome o = uploads.accept(fileName, content, client);
                    organisers.owned(who, o);
                    answer.complete(responses.json(o.status(), o.body()));
                } catch (Throwable e) {
                    // Errors too (out of memory): the upload is always answered, the connection never left hanging.
                    log.warn("upload {} failed on the server", fileName, e);
                    answer.complete(responses.error(HttpResponseStatus.INTERNAL_SERVER_ERROR, "The upload failed on the server."));
                }
            });
        } catch (RejectedExecutionException e) {
            return now(HttpJson.retryAfter(responses.error(HttpResponseStatus.SERVICE_UNAVAILABLE,
                    "The server is busy reading other uploads: try again in a moment."), 5));
        }
        return answer;
    }

    static String fileName(FullHttpRequest req, QueryStringDecoder uri) {
        String name = req.headers().get("X-Filename");
        if (name != null) {
            try {
                return QueryStringDecoder.decodeComponent(name);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return uri.parameters().containsKey("name") ? uri.parameters().get("name").get(0) : null;
    }
}
