package quiznight.net;

import static quiznight.net.HttpJson.now;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quiznight.library.LibraryException;
import quiznight.library.LibraryStore;
import quiznight.library.Problem;
import quiznight.quiz.CodedProblem;
import quiznight.quiz.ProblemCode;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.QuizLoader;
import quiznight.quiz.exports.GiftWriter;
import quiznight.quiz.imports.ImportProblem;

/**
 * The quiz library the in-browser editor works on, every method below {@code /api/library} (docs/library.md):
 * list, create, duplicate, read, save with a base version (409 when stale), validate, delete and undo, versions,
 * export and import. The store's work (files, validation, imports) runs on one {@code quiznight-library} thread with
 * a short queue, never on an event loop. Writes from a browser page of another site are refused, as uploads are.
 */
final class LibraryRoutes implements AutoCloseable {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LibraryRoutes.class);
    static final String PATH = "/api/library";
    private static final Pattern QUIZ = Pattern.compile(PATH + "/([^/]+)");
    private static final Pattern QUIZ_ACTION = Pattern.compile(PATH + "/([^/]+)/(restore|versions|export)");
    private static final Pattern VERSION_RESTORE = Pattern.compile(PATH + "/([^/]+)/versions/(\\d{1,9})/restore");
    private static final Pattern IF_MATCH = Pattern.compile("(?:W/)?\"?(\\d{1,9})\"?");
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A store call that may refuse. */
    @FunctionalInterface
    private interface Work {
        FullHttpResponse run() throws Exception;
    }

    private final LibraryStore store;
    private final Uploads uploads;
    private final OriginCheck originCheck;
    private final HttpResponses responses;
    private final ExecutorService worker;
    /** Whose library a request works on (the signed-in organiser's), or a refusal; set when the router is built. */
    private volatile OrganiserAccess access = OrganiserAccess.ANYONE;

    /** @param store the library; null when the server keeps no data folder (every route then answers 503) */
    LibraryRoutes(LibraryStore store, Uploads uploads, OriginCheck originCheck, HttpResponses responses) {
        this.store = store;
        this.uploads = uploads;
        this.originCheck = originCheck;
        this.responses = responses;
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(64), r -> {
            Thread t = new Thread(r, "quiznight-library");
            t.setDaemon(true);
            return t;
        });
    }

    void access(OrganiserAccess access) {
        this.access = access;
    }

    CompletionStage<FullHttpResponse> answer(HttpExchange x) {
        FullHttpRequest req = x.request();
        HttpMethod method = req.method();
        boolean read = method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD);
        boolean post = method.equals(HttpMethod.POST);
        if (store == null) {
            return now(responses.error(HttpResponseStatus.SERVICE_UNAVAILABLE,
                    "This server keeps no data folder (--data-dir), so it has no quiz library."));
        }
        String owner = access.owner(x);
        if (owner == null) {
            return now(access.refusal(x, "The quiz library"));
        }
        if (!read && originCheck.fromOtherSite(req)) {
            return now(responses.error(HttpResponseStatus.FORBIDDEN, "Changes to the quiz library from another site's page are refused."));
        }
        if (!post && !method.equals(HttpMethod.PUT) && req.content().readableBytes() > BodyLimits.MAX_BODY) {
            return now(BodyLimits.tooLarge(false, 0));
        }
        String path = x.path();
        if (path.equals(PATH)) {
            return read ? later(() -> list(x, owner)) : post ? body(req, b -> create(owner, b)) : notAllowed("GET, HEAD, POST");
        }
        if (path.equals(PATH + "/validate")) {
            return post ? body(req, this::validate) : notAllowed("POST");
        }
        if (path.equals(PATH + "/import")) {
            return post ? importFile(owner, x) : notAllowed("POST");
        }
        Matcher m = VERSION_RESTORE.matcher(path);
        if (m.matches()) {
            String id = m.group(1);
            int n = Integer.parseInt(m.group(2));
            return post ? body(req, b -> restoreVersion(owner, req, id, n, b)) : notAllowed("POST");
        }
        m = QUIZ_ACTION.matcher(path);
        if (m.matches()) {
            String id = m.group(1);
            switch (m.group(2)) {
                case "restore":
                    return post ? later(() -> view(HttpResponseStatus.OK, store.restore(owner, id))) : notAllowed("POST");
                case "versions":
                    return read ? later(() -> responses.json(HttpResponseStatus.OK, store.versions(owner, id))) : notAllowed("GET, HEAD");
                default:
                    return read ? later(() -> export(owner, x, id)) : notAllowed("GET, HEAD");
            }
        }
        m = QUIZ.matcher(path);
        if (m.matches()) {
            String id = m.group(1);
            if (read) {
                return later(() -> view(HttpResponseStatus.OK, store.get(owner, id)));
            }
            if (method.equals(HttpMethod.PUT)) {
                return body(req, b -> save(owner, req, id, b));
            }
            if (method.equals(HttpMethod.DELETE)) {
                return later(() -> responses.json(HttpResponseStatus.OK, Map.of("id", id, "undoUntil", store.delete(owner, id))));
            }
            return notAllowed("GET, HEAD, PUT, DELETE");
        }
        return now(responses.error(HttpResponseStatus.NOT_FOUND, "There is no such API endpoint."));
    }

    private FullHttpResponse list(HttpExchange x, String owner) throws LibraryException {
        List<String> q = x.uri().parameters().get("q");
        return responses.json(HttpResponseStatus.OK, store.list(owner, q == null ? null : q.get(0)));
    }

    private FullHttpResponse create(String owner, JsonNode body) throws LibraryException {
        JsonNode duplicateOf = body.get("duplicateOf");
        if (duplicateOf != null) {
            if (!duplicateOf.isTextual()) {
                throw bad("duplicateOf must be the id of a quiz.");
            }
            return view(HttpResponseStatus.CREATED, store.duplicate(owner, duplicateOf.asText()));
        }
        JsonNode draft = body.has("draft") ? body.get("draft") : blank();
        return view(HttpResponseStatus.CREATED, store.create(owner, draft));
    }

    private FullHttpResponse validate(JsonNode body) throws LibraryException {
        List<Problem> problems = store.validate(draft(body));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("problems", problems);
        m.put("hostable", problems.isEmpty());
        return responses.json(HttpResponseStatus.OK, m);
    }

    private FullHttpResponse save(String owner, FullHttpRequest req, String id, JsonNode body) throws LibraryException {
        Integer base = baseVersion(req, body);
        if (base == null) {
            return responses.error(HttpResponseStatus.PRECONDITION_REQUIRED, "Say which version this edit is based on: "
                    + "send it in the If-Match header or as baseVersion.");
        }
        return view(HttpResponseStatus.OK, store.save(owner, id, base, draft(body)));
    }

    private FullHttpResponse restoreVersion(String owner, FullHttpRequest req, String id, int n, JsonNode body) throws LibraryException {
        return view(HttpResponseStatus.OK, store.restoreVersion(owner, id, n, baseVersion(req, body)));
    }

    private FullHttpResponse export(String owner, HttpExchange x, String id) throws LibraryException {
        List<String> format = x.uri().parameters().get("format");
        String f = format == null ? "json" : format.get(0);
        if (!f.equals("json") && !f.equals("gift")) {
            throw bad("Export formats: json, gift.");
        }
        LibraryStore.Export e = store.export(owner, id);
        FullHttpResponse r;
        String fileName = e.fileName();
        if (f.equals("gift")) {
            Quiz quiz;
            try {
                quiz = QuizLoader.forChecking().load(e.quiz(), "quiz " + id, id); // written out at once, not played
            } catch (QuizFormatException ex) {
                return responses.error(HttpResponseStatus.CONFLICT, "This quiz has problems, so it cannot be written as "
                        + "GIFT: fix them in the editor first, or export it as json.");
            }
            fileName = fileName.replaceAll("\\.json$", "") + ".gift";
            r = HttpResponses.bytes(HttpResponseStatus.OK, GiftWriter.write(quiz).getBytes(StandardCharsets.UTF_8),
                    "text/plain; charset=utf-8");
        } else {
            try {
                r = HttpResponses.bytes(HttpResponseStatus.OK, PRETTY.writeValueAsBytes(e.quiz()), "application/json");
            } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
                throw new IllegalStateException(ex);
            }
        }
        r.headers().set(HttpHeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
        return r;
    }

    private CompletionStage<FullHttpResponse> importFile(String owner, HttpExchange x) {
        FullHttpRequest req = x.request();
        String name = QuizRoutes.fileName(req, x.uri());
        if (name == null || name.isBlank()) {
            return now(responses.error(HttpResponseStatus.BAD_REQUEST,
                    "Name the file: send its name (such as quiz.gift) in the X-Filename header or as ?name=."));
        }
        String fileName = Uploads.cleanName(name);
        if (req.content().readableBytes() == 0) {
            CodedProblem empty = ProblemCode.IMPORT_EMPTY_FILE.with();
            return now(responses.json(HttpResponseStatus.BAD_REQUEST, new ImportProblem(null, null,
                    fileName + ": " + empty.english(), empty.code().wire(), empty.params()).errorBody()));
        }
        if (uploads.enabled()) {
            long wait = uploads.admit(x.clientAddress(), System.currentTimeMillis());
            if (wait > 0) {
                long seconds = (wait + 999) / 1000;
                return now(HttpJson.retryAfter(responses.error(HttpResponseStatus.TOO_MANY_REQUESTS, "Too many files: at most "
                        + uploads.perMinute() + " a minute from one address. Try again in " + seconds + " s."), seconds));
            }
        }
        byte[] content = ByteBufUtil.getBytes(req.content());
        return later(() -> {
            LibraryStore.Imported imported = store.importFile(owner, fileName, content);
            Map<String, Object> m = viewMap(imported.quiz());
            m.put("format", imported.format());
            m.put("warnings", imported.details().stream().map(ImportProblem::message).toList());
            m.put("warningDetails", imported.details());
            return json(HttpResponseStatus.CREATED, m, imported.quiz().version());
        });
    }

    /** Parses the body as JSON on the library thread, then runs {@code then}. */
    private CompletionStage<FullHttpResponse> body(FullHttpRequest req, BodyWork then) {
        byte[] bytes = ByteBufUtil.getBytes(req.content());
        return later(() -> {
            JsonNode body;
            if (bytes.length == 0) {
                body = responsesMapper().createObjectNode();
            } else {
                try {
                    body = QuizLoader.parse(new ByteArrayInputStream(bytes), "The body");
                } catch (QuizFormatException e) {
                    throw bad(e.getMessage().replace("The body: not valid JSON", "The body is not valid JSON"));
                }
            }
            if (body == null || !body.isObject()) {
                throw bad("The body must be a JSON object.");
            }
            return then.run(body);
        });
    }

    @FunctionalInterface
    private interface BodyWork {
        FullHttpResponse run(JsonNode body) throws Exception;
    }

    private static ObjectMapper responsesMapper() {
        return PRETTY;
    }

    private static JsonNode draft(JsonNode body) throws LibraryException {
        JsonNode draft = body.get("draft");
        if (draft == null) {
            throw bad("Send the quiz as {\"draft\": {...}}.");
        }
        return draft;
    }

    private static JsonNode blank() {
        return PRETTY.createObjectNode().put("title", "Untitled quiz").set("questions", PRETTY.createArrayNode());
    }

    /** The version an edit is based on: the If-Match header, else the body's baseVersion; null when neither. */
    private static Integer baseVersion(FullHttpRequest req, JsonNode body) throws LibraryException {
        String ifMatch = req.headers().get(HttpHeaderNames.IF_MATCH);
        if (ifMatch != null) {
            Matcher m = IF_MATCH.matcher(ifMatch.strip());
            if (!m.matches()) {
                throw bad("If-Match must hold the version number this edit is based on, such as \"3\".");
            }
            return Integer.valueOf(m.group(1));
        }
        JsonNode base = body.get("baseVersion");
        if (base == null || base.isNull()) {
            return null;
        }
        if (!base.canConvertToInt() || !base.isIntegralNumber() || base.asInt() < 1) {
            throw bad("baseVersion must be the version number this edit is based on.");
        }
        return base.asInt();
    }

    private FullHttpResponse view(HttpResponseStatus status, LibraryStore.View v) {
        return json(status, viewMap(v), v.version());
    }

    private FullHttpResponse json(HttpResponseStatus status, Map<String, Object> body, Integer version) {
        FullHttpResponse r = responses.json(status, body);
        if (version != null) {
            r.headers().set(HttpHeaderNames.ETAG, "\"" + version + "\"");
        }
        return r;
    }

    private static Map<String, Object> viewMap(LibraryStore.View v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.id());
        m.put("version", v.version());
        m.put("updatedAt", v.updatedAt());
        m.put("readOnly", v.readOnly());
        m.put("hostable", v.hostable());
        m.put("hostedVersion", v.hostedVersion());
        m.put("problems", v.problems());
        if (v.draft() != null) {
            m.put("draft", v.draft());
        }
        return m;
    }

    private static LibraryException bad(String sentence) {
        return new LibraryException(LibraryException.Reason.BAD_REQUEST, sentence);
    }

    private CompletionStage<FullHttpResponse> notAllowed(String allow) {
        return now(HttpJson.notAllowed(responses, allow));
    }

    /** Runs a store call on the library thread; a refusal becomes its status and sentence, anything else 500. */
    private CompletionStage<FullHttpResponse> later(Work work) {
        CompletableFuture<FullHttpResponse> answer = new CompletableFuture<>();
        try {
            worker.execute(() -> {
                try {
                    answer.complete(work.run());
                } catch (LibraryException e) {
                    answer.complete(refusal(e));
                } catch (OutOfMemoryError e) {
                    log.error("library request ran out of memory");
                    answer.complete(responses.error(HttpResponseStatus.SERVICE_UNAVAILABLE,
                            "The server has not enough memory for this now: try again later."));
                } catch (Throwable e) {
                    log.warn("library request failed on the server", e);
                    answer.complete(responses.error(HttpResponseStatus.INTERNAL_SERVER_ERROR,
                            "The request failed on the server; nothing was changed."));
                }
            });
        } catch (RejectedExecutionException e) {
            return now(HttpJson.retryAfter(responses.error(HttpResponseStatus.SERVICE_UNAVAILABLE,
                    "The quiz library is busy: try again in a moment."), 2));
        }
        return answer;
    }

    private FullHttpResponse refusal(LibraryException e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", e.getMessage());
        if (e.problem() != null) {
            m.putAll(e.problem().errorBody());
        }
        if (e.currentVersion() != null) {
            m.put("version", e.currentVersion());
        }
        return responses.json(HttpResponseStatus.valueOf(e.reason().status()), m);
    }

    /** Lets a save in progress reach the disk (at most 5 s), then stops the library thread. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
