package quiznight.net;

import static quiznight.net.HttpJson.now;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quiznight.game.QuestionWire;
import quiznight.homework.Assignment;
import quiznight.homework.AssignmentResults;
import quiznight.homework.Homework;
import quiznight.homework.HomeworkException;
import quiznight.homework.Selection;
import quiznight.homework.Student;
import quiznight.protocol.ClientMessage;
import quiznight.protocol.Codec;
import quiznight.protocol.ErrorCode;
import quiznight.protocol.ProtocolException;
import quiznight.quiz.Question;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizCatalog;
import quiznight.results.GameResult;
import quiznight.session.AddressQuotas;

/**
 * Homework over HTTP, every method below {@code /api/homework} (docs/protocol.md, "Homework"): an organiser creates
 * assignments, lists them with their progress, reads one's progress and report; a student opens one, joins under a
 * nickname, fetches their question, answers it, and reads their recap, with the token they were given
 * ({@code Authorization: Bearer}). The state lives on the homework thread ({@link Homework#on}); nothing runs on an
 * event loop but the parsing, and a report renders on its own thread ({@link HomeworkReports}). Writes from another
 * site's page are refused; one client address joins at most its share of students to one assignment
 * ({@code --joins-per-assignment-per-address}, counted as the live rooms' joins are: {@link AddressQuotas}).
 */
final class HomeworkRoutes {
    static final String PATH = "/api/homework";
    private static final Pattern ONE = Pattern.compile(PATH + "/([A-Za-z0-9_-]{12})(?:/(students|question|answer|recap|progress|results|qr))?");
    /** The latest deadline an assignment may have. */
    static final long MAX_AHEAD_MS = 366L * 24 * 3600 * 1000;
    static final int MAX_TITLE = 200;

    private final Homework homework;
    private final QuizCatalog catalog;
    private final OriginCheck originCheck;
    private final HttpResponses responses;
    private final Supplier<String> publicBase;
    private final Codec codec = new Codec(() -> 0);
    /** Students joined per client address and assignment; an assignment past its deadline is forgotten. */
    private final AddressQuotas joins;
    private final HomeworkReports reports;
    private volatile OrganiserRoutes organisers;

    /**
     * @param homework        the assignments (in cluster mode, those of every server, kept in Redis)
     * @param publicBase      the server's public address with its base path, for the link a QR code carries
     * @param joinsPerAddress students one client address may join to one assignment (on this server)
     * @param reportRenderer  where reports render ({@link HomeworkReports#thread()}), never the homework thread
     */
    HomeworkRoutes(Homework homework, QuizCatalog catalog, OriginCheck originCheck, HttpResponses responses,
                   Supplier<String> publicBase, int joinsPerAddress, Executor reportRenderer) {
        this.homework = homework;
        this.catalog = catalog;
        this.originCheck = originCheck;
        this.responses = responses;
        this.publicBase = publicBase;
        this.joins = AddressQuotas.joinsOnly(joinsPerAddress, id -> homework.isOpen(id, homework.clock().millis()));
        this.reports = new HomeworkReports(responses, reportRenderer);
    }

    void access(OrganiserRoutes organisers) {
        this.organisers = organisers;
    }

    CompletionStage<FullHttpResponse> answer(HttpExchange x) {
        FullHttpRequest req = x.request();
        HttpMethod method = req.method();
        boolean read = method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD);
        boolean post = method.equals(HttpMethod.POST);
        if (!read && !post) {
            return notAllowed("GET, HEAD, POST");
        }
        if (req.content().readableBytes() > BodyLimits.MAX_BODY) {
            return now(BodyLimits.tooLarge(false, 0));
        }
        if (post && originCheck.fromOtherSite(req)) {
            return now(responses.error(HttpResponseStatus.FORBIDDEN, "Homework cannot be changed from another site's page."));
        }
        String path = x.path();
        if (path.equals(PATH)) {
            String owner = organisers.owner(x);
            if (owner == null) {
                return now(organisers.refusal(x, "Homework"));
            }
            if (read) {
                return on(() -> responses.json(HttpResponseStatus.OK, homework.of(owner).stream().map(this::summary).toList()));
            }
            JsonNode body = HttpJson.object(req).orElse(null);
            if (body == null) {
                return now(responses.error(HttpResponseStatus.BAD_REQUEST, "Send the assignment as a JSON object."));
            }
            Creator who = new Creator(organisers, x);
            return create(owner, who, body);
        }
        Matcher m = ONE.matcher(path);
        if (!m.matches()) {
            return now(responses.error(HttpResponseStatus.NOT_FOUND, "There is no homework with that link: check it with your teacher."));
        }
        String id = m.group(1);
        String action = m.group(2) == null ? "" : m.group(2);
        String token = HttpJson.bearer(req).orElse(null);
        switch (action) {
            case "":
                return read ? on(() -> responses.json(HttpResponseStatus.OK, info(homework.find(id)))) : notAllowed("GET, HEAD");
            case "students":
                if (!post) {
                    return notAllowed("POST");
                }
                String name = HttpJson.object(req).map(b -> b.get("name")).filter(JsonNode::isTextual).map(JsonNode::asText)
                        .orElse(null);
                if (name != null && name.length() > 200) {
                    return now(responses.error(HttpResponseStatus.BAD_REQUEST, "A nickname has at most 32 characters."));
                }
                return join(id, name, x.clientAddress());
            case "question":
                return read ? on(() -> question(homework.find(id), token)) : notAllowed("GET, HEAD");
            case "answer":
                if (!post) {
                    return notAllowed("POST");
                }
                ClientMessage.Answer a;
                try {
                    a = decode(req);
                } catch (ProtocolException e) {
                    return now(responses.error(HttpResponseStatus.BAD_REQUEST, e.getMessage()));
                }
                return on(() -> answered(homework.find(id), token, a));
            case "recap":
                return read ? on(() -> recap(homework.find(id), token)) : notAllowed("GET, HEAD");
            default:
                if (!read) {
                    return notAllowed("GET, HEAD");
                }
                String owner = organisers.owner(x);
                if (owner == null) {
                    return now(organisers.refusal(x, "Homework"));
                }
                if (action.equals("results")) {
                    return report(id, owner, x);
                }
                return on(() -> owned(homework.find(id), owner, action));
        }
    }

    // ---- organisers ----------------------------------------------------------------------------

    /** Who creates: the owner's name, and whether they may use a quiz of the library. */
    private record Creator(OrganiserRoutes routes, HttpExchange x) {
        boolean mayUse(String quizId) {
            return routes.organisers().mayUse(routes.who(x), quizId);
        }
    }

    private CompletionStage<FullHttpResponse> create(String owner, Creator who, JsonNode b) {
        String quizId = b.path("quiz").isTextual() ? b.get("quiz").asText() : null;
        Quiz quiz = quizId == null ? null : catalog.find(quizId).orElse(null);
        if (quiz == null || !who.mayUse(quizId)) {
            return now(responses.error(HttpResponseStatus.BAD_REQUEST, "Choose a quiz of the library for the assignment."));
        }
        String title = b.path("title").isTextual() ? b.get("title").asText().strip() : "";
        if (title.isEmpty()) {
            title = quiz.title();
        }
        if (title.codePointCount(0, title.length()) > MAX_TITLE) {
            return now(responses.error(HttpResponseStatus.BAD_REQUEST, "A title has at most " + MAX_TITLE + " characters."));
        }
        Long deadline = deadline(b.get("deadline"));
        if (deadline == null) {
            return now(responses.error(HttpResponseStatus.BAD_REQUEST,
                    "Give the deadline as a date and time (ISO 8601 with its offset) or as epoch milliseconds."));
        }
        if (deadline > System.currentTimeMillis() + MAX_AHEAD_MS) {
            return now(responses.error(HttpResponseStatus.BAD_REQUEST, "The deadline must be within a year."));
        }
        List<String> sections = new ArrayList<>();
        if (b.has("sections")) {
            if (!b.get("sections").isArray() || b.get("sections").size() > 100) {
                return now(responses.error(HttpResponseStatus.BAD_REQUEST, "Field 'sections' must be a list of section names."));
            }
            for (JsonNode s : b.get("sections")) {
                if (!s.isTextual()) {
                    return now(responses.error(HttpResponseStatus.BAD_REQUEST, "Field 'sections' must be a list of section names."));
                }
                sections.add(s.asText());
            }
        }
        Integer count = optionalInt(b, "questions");
        Integer limit = optionalInt(b, "timeLimitSec");
        if ((b.hasNonNull("questions") && count == null) || (b.hasNonNull("timeLimitSec") && limit == null)) {
            return now(responses.error(HttpResponseStatus.BAD_REQUEST, "Fields 'questions' and 'timeLimitSec' must be whole numbers."));
        }
        String finalTitle = title;
        Selection selection = new Selection(sections, b.path("unsectioned").asBoolean(false), b.path("shuffle").asBoolean(false),
                count, limit == null || limit == 0 ? null : limit);
        return on(() -> {
            List<Question> questions = selection.from(quiz, new java.util.Random());
            Assignment a = homework.create(owner, finalTitle, quiz, questions, deadline);
            return responses.json(HttpResponseStatus.CREATED, summary(a));
        });
    }

    /** An assignment of {@code owner}'s, or 404 as if it did not exist. */
    private static Assignment mine(Assignment a, String owner) {
        if (!a.spec().owner().equals(owner)) {
            throw new HomeworkException(404, "None of your assignments has that link.");
        }
        return a;
    }

    private FullHttpResponse owned(Assignment a, String owner, String action) {
        mine(a, owner);
        if (action.equals("qr")) {
            return HttpJson.noStore(HttpResponses.bytes(HttpResponseStatus.OK,
                    StaticFiles.utf8(QrCodes.svg(publicBase.get() + link(a))), "image/svg+xml"));
        }
        Map<String, Object> body = summary(a);
        body.put("questions", a.progress().questions().stream().map(q -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", q.index());
            m.put("text", q.text());
            m.put("judged", q.judged());
            m.put("closed", q.closed());
            m.put("answered", q.answered());
            m.put("right", q.right());
            m.put("shareRight", q.shareRight());
            return m;
        }).toList());
        return HttpJson.noStore(responses.json(HttpResponseStatus.OK, body));
    }

    /**
     * {@code …/results}: the results are taken on the homework thread, the report is rendered on the reports thread
     * ({@link HomeworkReports}), so students' answers are not held up behind it.
     */
    private CompletionStage<FullHttpResponse> report(String id, String owner, HttpExchange x) {
        List<String> param = x.uri().parameters().get("format");
        HomeworkReports.Format format = HomeworkReports.Format.of(param == null || param.isEmpty() ? null : param.get(0));
        if (format == null) {
            return now(responses.error(HttpResponseStatus.BAD_REQUEST, HomeworkReports.BAD_FORMAT));
        }
        return reports.render(id, format, () -> homework.on(
                () -> AssignmentResults.of(mine(homework.find(id), owner), homework.clock().millis())))
                .exceptionally(refusal());
    }

    private Map<String, Object> summary(Assignment a) {
        Assignment.Spec s = a.spec();
        Assignment.Progress p = a.progress();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("title", s.title());
        m.put("quiz", s.quizId());
        m.put("quizTitle", s.quizTitle());
        m.put("questions", a.total());
        m.put("deadline", s.deadline());
        m.put("createdAt", s.createdAt());
        m.put("closed", a.closed(homework.clock().millis()));
        m.put("link", link(a));
        m.put("students", p.students());
        m.put("started", p.started());
        m.put("finished", p.finished());
        m.put("averageScore", p.averageScore());
        return m;
    }

    /** The student page's link, below the base path (the page builds the full address from its own). */
    private static String link(Assignment a) {
        return "/homework.html#" + a.spec().id();
    }

    // ---- students ------------------------------------------------------------------------------

    private Map<String, Object> info(Assignment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.spec().id());
        m.put("title", a.spec().title());
        m.put("quizTitle", a.spec().quizTitle());
        m.put("questions", a.total());
        m.put("deadline", a.spec().deadline());
        m.put("closed", a.closed(homework.clock().millis()));
        m.put("totalTimeMs", a.spec().questions().stream().mapToLong(Question::timeLimitMs).sum());
        return m;
    }

    /**
     * {@code POST …/students}: counted against the address's share of the assignment first (429 {@code capacity}
     * past it, changing nothing); a join refused for another reason (a name taken, the deadline) gives its place back.
     */
    private CompletionStage<FullHttpResponse> join(String id, String name, String address) {
        long now = homework.clock().millis();
        // Only joins to an assignment open here are counted: an unknown or closed one answers 404 or 410 below.
        boolean counted = homework.isOpen(id, now);
        if (counted && !joins.tryJoin(address, id, now)) {
            return now(HttpJson.refusal(responses, HttpResponseStatus.TOO_MANY_REQUESTS, ErrorCode.CAPACITY,
                    "This homework takes at most " + joins.joinsPerRoom() + " students from one network; ask your "
                            + "teacher to have --joins-per-assignment-per-address raised."));
        }
        return on(() -> joined(homework.join(homework.find(id), name))).whenComplete((r, failure) -> {
            if (counted && (failure != null || r.status().code() != HttpResponseStatus.CREATED.code())) {
                joins.joinRefused(address, id);
            }
        });
    }

    private FullHttpResponse joined(Student s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("student", s.id());
        m.put("name", s.name());
        m.put("token", s.token());
        return HttpJson.noStore(responses.json(HttpResponseStatus.CREATED, m));
    }

    private FullHttpResponse question(Assignment a, String token) {
        Student s = a.student(token);
        Assignment.Step step = homework.question(a, s);
        long now = homework.clock().millis();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("total", a.total());
        m.put("score", s.score());
        if (step.timedOut() != null) {
            m.put("timedOut", step.timedOut());
        }
        m.put("finished", step.finished());
        if (step.finished()) {
            m.put("rank", a.rankAmongFinished(s));
            m.put("finishedCount", a.finishedCount());
        }
        if (step.question() == null) {
            return HttpJson.noStore(responses.json(HttpResponseStatus.OK, m));
        }
        Question q = step.question();
        m.put("index", step.index());
        m.put("kind", q.kind().wire());
        m.put("text", q.text());
        m.put("code", q.code());
        m.put("codeLanguage", q.codeLanguage());
        m.put("choices", q.choices());
        m.put("input", q.kind().rules().inputToWire(q));
        m.put("points", q.points());
        m.put("timeLimitMs", q.timeLimitMs());
        m.put("answerBy", step.answerBy());
        m.put("remainingMs", Math.max(0, step.answerBy() - now));
        m.put("image", QuestionWire.image(q.image()));
        if (!q.choiceImages().isEmpty()) {
            m.put("choiceImages", QuestionWire.choiceImages(q.choiceImages()));
        }
        return HttpJson.noStore(responses.json(HttpResponseStatus.OK, m));
    }

    private FullHttpResponse answered(Assignment a, String token, ClientMessage.Answer answer) {
        Student s = a.student(token);
        if (answer.index() < 0 || answer.index() >= a.total()) {
            throw new HomeworkException(400, "This homework has no question " + (answer.index() + 1) + ".");
        }
        Question q = a.spec().questions().get(answer.index());
        quiznight.quiz.Submission submission;
        try {
            submission = q.kind().rules().decode(answer);
        } catch (ProtocolException e) {
            throw new HomeworkException(400, e.getMessage());
        }
        try {
            Assignment.Outcome o = homework.answer(a, s, answer.index(), submission);
            return HttpJson.noStore(responses.json(HttpResponseStatus.OK, o));
        } catch (HomeworkException.Late late) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("error", late.getMessage());
            m.put("late", true);
            m.put("reveal", late.reveal());
            m.put("score", s.score());
            return responses.json(HttpResponseStatus.CONFLICT, m);
        }
    }

    private FullHttpResponse recap(Assignment a, String token) {
        Student s = a.student(token);
        long now = homework.clock().millis();
        if (!s.finished() && !a.closed(now)) {
            throw new HomeworkException(409, "Your answers are shown once you have finished the homework.");
        }
        return HttpJson.noStore(responses.json(HttpResponseStatus.OK, AssignmentResults.recap(a, s, now)));
    }

    // ---- plumbing ------------------------------------------------------------------------------

    /** Runs on the homework thread; a {@link HomeworkException} becomes its status and sentence. */
    private CompletionStage<FullHttpResponse> on(Supplier<FullHttpResponse> work) {
        return homework.on(work).exceptionally(refusal());
    }

    private Function<Throwable, FullHttpResponse> refusal() {
        return failure -> {
            Throwable e = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (e instanceof HomeworkException h) {
                return responses.error(HttpResponseStatus.valueOf(h.status()), h.getMessage());
            }
            throw failure instanceof CompletionException c ? c : new CompletionException(e);
        };
    }

    private ClientMessage.Answer decode(FullHttpRequest req) {
        ObjectNode b = HttpJson.object(req).orElseThrow(
                () -> new ProtocolException(ErrorCode.BAD_JSON, "Send the answer as a JSON object."));
        b.put("type", "answer");
        ClientMessage m = codec.decode(b.toString());
        return (ClientMessage.Answer) m;
    }

    private static Long deadline(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isIntegralNumber() && n.canConvertToLong()) {
            return n.asLong();
        }
        if (n.isTextual()) {
            try {
                return java.time.OffsetDateTime.parse(n.asText()).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                try {
                    return Instant.parse(n.asText()).toEpochMilli();
                } catch (DateTimeParseException e2) {
                    return null;
                }
            }
        }
        return null;
    }

    private static Integer optionalInt(JsonNode b, String field) {
        JsonNode n = b.get(field);
        return n != null && n.isIntegralNumber() && n.canConvertToInt() ? n.asInt() : null;
    }

    private CompletionStage<FullHttpResponse> notAllowed(String allow) {
        return now(HttpJson.notAllowed(responses, allow));
    }
}
