package quiznight.net;

import static quiznight.net.HttpJson.now;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quiznight.practice.PracticeException;
import quiznight.practice.PracticeRun;
import quiznight.practice.PracticeSessions;
import quiznight.practice.PracticeWire;
import quiznight.protocol.ClientMessage;
import quiznight.protocol.Codec;
import quiznight.protocol.ProtocolException;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizCatalog;
import quiznight.quiz.Submission;

/**
 * Solo practice, every method below {@code /api/practice} (docs/protocol.md, "Solo practice"): list the quizzes one
 * may practise now ({@code GET /api/practice}), start a run of a quiz ({@code POST /api/practice}), read where it
 * stands ({@code GET /api/practice/<session>}, after a reload) and answer its question
 * ({@code POST /api/practice/<session>/answer}). The runs live in {@link PracticeSessions}; no route here does I/O,
 * so each answers at once on its event loop.
 *
 * <p>A quiz in play on this server (a room plays it, or an open homework assignment uses it) is neither listed nor
 * started, and a run of it started earlier takes no answer meanwhile (409): practice reveals every answer, which a
 * player or a student must not read ahead. On a cluster of servers every request is answered 503: a run lives in
 * one server's memory, and the next request may reach another.
 */
final class PracticeRoutes {
    static final String PATH = "/api/practice";
    /** The practice page. */
    static final Pattern PAGE = Pattern.compile("/practice");
    private static final Pattern RUN = Pattern.compile(PATH + "/([A-Za-z0-9_-]{1,64})");
    private static final Pattern ANSWER = Pattern.compile(PATH + "/([A-Za-z0-9_-]{1,64})/answer");
    private static final int MAX_LIST = 1000;

    static final String IN_PLAY = "This quiz is being played in a live game or set as homework right now: it can be"
            + " practised once the game has ended or the homework's deadline has passed.";
    static final String CLUSTERED = "Solo practice is not available on a cluster of servers yet: a practice run is"
            + " kept by one server, and your next request may reach another.";

    private final QuizCatalog catalog;
    private final PracticeSessions sessions;
    private final HttpResponses responses;
    /** The quiz list, and whether the client of an exchange may play a quiz (private libraries). */
    private final QuizRoutes quizzes;
    /** Whether a quiz is in play on this server now (a room plays it, open homework uses it): not practised then. */
    private final Predicate<String> inPlay;
    private final boolean clustered;
    private final Codec codec = new Codec(System::currentTimeMillis);

    /** @param clustered cluster mode: every request is answered 503 */
    PracticeRoutes(QuizCatalog catalog, PracticeSessions sessions, HttpResponses responses, QuizRoutes quizzes,
                   Predicate<String> inPlay, boolean clustered) {
        this.catalog = catalog;
        this.sessions = sessions;
        this.responses = responses;
        this.quizzes = quizzes;
        this.inPlay = inPlay;
        this.clustered = clustered;
    }

    CompletionStage<FullHttpResponse> answer(HttpExchange x) {
        return now(clustered ? responses.error(HttpResponseStatus.SERVICE_UNAVAILABLE, CLUSTERED) : route(x));
    }

    private FullHttpResponse route(HttpExchange x) {
        HttpMethod method = x.request().method();
        boolean read = method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD);
        boolean post = method.equals(HttpMethod.POST);
        String path = x.path();
        if (x.request().content().readableBytes() > BodyLimits.MAX_BODY) {
            return responses.error(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE,
                    "The request body is too large: at most " + BodyLimits.MAX_BODY + " bytes here.");
        }
        try {
            if (path.equals(PATH)) {
                return post ? start(x) : read ? quizzes.list(x, id -> !inPlay.test(id)) : notAllowed("GET, HEAD, POST");
            }
            Matcher m = ANSWER.matcher(path);
            if (m.matches()) {
                return post ? answer(x, m.group(1)) : notAllowed("POST");
            }
            m = RUN.matcher(path);
            if (m.matches()) {
                return read ? responses.json(HttpResponseStatus.OK,
                        sessions.with(m.group(1), run -> PracticeWire.state(run, sessions.now()))) : notAllowed("GET, HEAD");
            }
            return responses.error(HttpResponseStatus.NOT_FOUND, "There is no such practice endpoint.");
        } catch (PracticeException e) {
            return responses.error(status(e.reason()), e.getMessage());
        } catch (ProtocolException e) {
            return responses.error(HttpResponseStatus.BAD_REQUEST, e.getMessage());
        }
    }

    /** {@code POST /api/practice} {@code {quiz?, sections?, questions?, timed?}}: a new run and its first question. */
    private FullHttpResponse start(HttpExchange x) {
        JsonNode body = HttpJson.requireObject(x.request());
        String quizId = optionalText(body, "quiz");
        Quiz quiz = quizId == null ? catalog.defaultQuiz() : catalog.find(quizId).orElse(null);
        if (quiz == null || !quizzes.mayUse(x, quiz.id())) {
            return responses.error(HttpResponseStatus.NOT_FOUND, "There is no quiz with that id on this server.");
        }
        refuseInPlay(quiz);
        JsonNode timed = body.get("timed");
        if (timed != null && !timed.isBoolean()) {
            throw bad("Field 'timed' must be true or false.");
        }
        List<String> sections = list(body, "sections", JsonNode::isTextual, "section names").stream()
                .map(JsonNode::asText).toList();
        List<Integer> questions = list(body, "questions", n -> n.isIntegralNumber() && n.canConvertToInt(),
                "question numbers").stream().map(JsonNode::asInt).toList();
        PracticeRun run = sessions.start(x.clientAddress(), new PracticeSessions.Request(quiz, sections, questions,
                timed == null || timed.asBoolean()));
        return responses.json(HttpResponseStatus.CREATED, PracticeWire.state(run, run.sentAt()));
    }

    /** {@code POST /api/practice/<session>/answer} {@code {index, <the kind's answer field>}}. */
    private FullHttpResponse answer(HttpExchange x, String id) {
        ObjectNode body = HttpJson.requireObject(x.request());
        body.put("type", "answer");
        ClientMessage message = codec.decode(body.toString());
        if (!(message instanceof ClientMessage.Answer a)) {
            throw bad("An answer needs 'index' and the answer's field.");
        }
        return responses.json(HttpResponseStatus.OK, sessions.with(id, run -> {
            refuseInPlay(run.quiz());
            run.requireOpen(a.index());
            Submission s = run.question().kind().rules().decode(a);
            long now = sessions.now();
            PracticeRun.Outcome o = run.answer(a.index(), s, now);
            return PracticeWire.answered(run, o, now);
        }));
    }

    /** 409 while the quiz is in play here: a run started before the game or the homework waits until it is over. */
    private void refuseInPlay(Quiz quiz) {
        if (inPlay.test(quiz.id())) {
            throw new PracticeException(PracticeException.Reason.CONFLICT, IN_PLAY);
        }
    }

    private static String optionalText(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual() || n.asText().length() > 200) {
            throw bad("Field '" + field + "' must be a quiz id.");
        }
        return n.asText();
    }

    private static List<JsonNode> list(JsonNode body, String field, java.util.function.Predicate<JsonNode> each,
                                       String what) {
        JsonNode n = body.get(field);
        List<JsonNode> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray() || n.size() > MAX_LIST) {
            throw bad("Field '" + field + "' must be a list of " + what + ".");
        }
        for (JsonNode item : n) {
            if (!each.test(item)) {
                throw bad("Field '" + field + "' must be a list of " + what + ".");
            }
            out.add(item);
        }
        return out;
    }

    private FullHttpResponse notAllowed(String allow) {
        return HttpJson.notAllowed(responses, allow);
    }

    private static HttpResponseStatus status(PracticeException.Reason reason) {
        return switch (reason) {
            case BAD -> HttpResponseStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpResponseStatus.NOT_FOUND;
            case CONFLICT -> HttpResponseStatus.CONFLICT;
            case TOO_MANY -> HttpResponseStatus.TOO_MANY_REQUESTS;
        };
    }

    private static PracticeException bad(String sentence) {
        return new PracticeException(PracticeException.Reason.BAD, sentence);
    }
}
