package quiznight.net;

import static quiznight.net.HttpJson.now;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import quiznight.organisers.Organisers;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizCatalog;
import quiznight.quiz.QuizWriter;

/**
 * Sharing quizzes between organisers: a share link of one's own quiz ({@code POST /api/shares}), the quiz it
 * names, read-only, for whoever has the link ({@code GET /api/shares/quiz?token=}), and a copy of it into one's
 * own library ({@code POST /api/shares/duplicate}, an upload of the quiz as QuizNight JSON, so it counts against
 * the same limits).
 */
final class ShareRoutes {
    static final String SHARE = "/api/shares";
    static final String SHARED = "/api/shares/quiz";
    static final String DUPLICATE = "/api/shares/duplicate";

    private final QuizCatalog catalog;
    private final Uploads uploads;
    private final OrganiserRoutes organisers;
    private final OriginCheck originCheck;
    private final HttpResponses responses;
    private final String basePath;

    ShareRoutes(QuizCatalog catalog, Uploads uploads, OrganiserRoutes organisers, OriginCheck originCheck,
                  HttpResponses responses, String basePath) {
        this.catalog = catalog;
        this.uploads = uploads;
        this.organisers = organisers;
        this.originCheck = originCheck;
        this.responses = responses;
        this.basePath = basePath;
    }

    /** {@code {"quiz": id}} of the organiser's own quiz: its read-only link. */
    FullHttpResponse share(HttpExchange x) {
        FullHttpResponse refused = refusedFromElsewhere(x);
        if (refused != null) {
            return refused;
        }
        Organisers.Who who = organisers.who(x);
        if (who.name() == null) {
            return organisers.forbidden(who, "Sharing a quiz");
        }
        String id = field(x, "quiz");
        Organisers hosting = organisers.organisers();
        if (id == null || catalog.find(id).isEmpty() || !hosting.mayUse(who, id)) {
            return responses.error(HttpResponseStatus.NOT_FOUND, "You have no quiz with that id: send {\"quiz\": \"<id>\"}.");
        }
        String owner = hosting.library().owner(id);
        if (hosting.privateLibraries() && owner == null) {
            return responses.error(HttpResponseStatus.BAD_REQUEST, "That quiz is everyone's already: there is nothing to share.");
        }
        String token = hosting.library().share(id);
        return responses.json(HttpResponseStatus.OK, Map.of("quiz", id, "token", token,
                "link", basePath + SHARED + "?token=" + token));
    }

    /** The quiz a share link names, as QuizNight JSON; a wrong token is 404. */
    FullHttpResponse shared(HttpExchange x) {
        Optional<Quiz> quiz = sharedQuiz(x.uri().parameters().get("token"));
        if (quiz.isEmpty()) {
            return responses.error(HttpResponseStatus.NOT_FOUND, "That share link is not (or no longer) valid.");
        }
        return HttpJson.noStore(responses.json(HttpResponseStatus.OK, QuizWriter.quiz(quiz.get())));
    }

    /** {@code {"token": t}}: a copy of the shared quiz in the signed-in organiser's library (201 as an upload). */
    CompletionStage<FullHttpResponse> duplicate(HttpExchange x) {
        FullHttpResponse refused = refusedFromElsewhere(x);
        if (refused != null) {
            return now(refused);
        }
        Organisers.Who who = organisers.who(x);
        if (who.name() == null) {
            return now(organisers.forbidden(who, "Copying a quiz"));
        }
        String token = field(x, "token");
        Optional<Quiz> quiz = sharedQuiz(token == null ? null : List.of(token));
        if (quiz.isEmpty()) {
            return now(responses.error(HttpResponseStatus.NOT_FOUND, "That share link is not (or no longer) valid."));
        }
        if (!uploads.enabled()) {
            return now(responses.error(HttpResponseStatus.FORBIDDEN, "Uploads are turned off on this server."));
        }
        String client = x.clientAddress();
        long wait = uploads.admit(client, System.currentTimeMillis());
        if (wait > 0) {
            return now(HttpJson.retryAfter(responses.error(HttpResponseStatus.TOO_MANY_REQUESTS, "Too many uploads: at most "
                    + uploads.perMinute() + " a minute from one address."), (wait + 999) / 1000));
        }
        byte[] content = StaticFiles.utf8(QuizWriter.quiz(quiz.get()).toString());
        String fileName = quiz.get().id() + ".json";
        CompletableFuture<FullHttpResponse> answer = new CompletableFuture<>();
        try {
            uploads.submit(() -> {
                Uploads.Outcome o = uploads.accept(fileName, content, client);
                organisers.owned(who, o);
                answer.complete(responses.json(o.status(), o.body()));
            });
        } catch (RejectedExecutionException e) {
            return now(responses.error(HttpResponseStatus.SERVICE_UNAVAILABLE, "The server is busy reading uploads: try again in a moment."));
        }
        return answer;
    }

    private Optional<Quiz> sharedQuiz(List<String> token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        String id = organisers.organisers().library().shared(token.get(0));
        return id == null ? Optional.empty() : catalog.find(id);
    }

    private FullHttpResponse refusedFromElsewhere(HttpExchange x) {
        if (originCheck.fromOtherSite(x.request())) {
            return responses.error(HttpResponseStatus.FORBIDDEN, "Requests from another site's page are refused.");
        }
        return null;
    }

    private static String field(HttpExchange x, String name) {
        return HttpJson.object(x.request()).map(body -> body.get(name)).filter(JsonNode::isTextual).map(JsonNode::asText)
                .orElse(null);
    }
}
