package quiznight.net;

import quiznight.session.PerMinute;

import static net.logstash.logback.argument.StructuredArguments.kv;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizCatalog;
import quiznight.quiz.QuizShare;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.QuizWriter;
import quiznight.quiz.imports.ImportResult;
import quiznight.quiz.imports.QuizImporters;

/**
 * Quizzes uploaded with {@code POST /api/quizzes}: read with {@link QuizImporters} off the event loops (one
 * thread, a short queue), given an id no other quiz has, saved as native JSON in the uploads folder so they
 * come back after a restart, and added to the catalog, playable at once.
 */
final class Uploads implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Uploads.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final int MAX_NAME = 200;
    private static final int MAX_ID = 64;

    /** What to answer: a status and a JSON body. */
    record Outcome(HttpResponseStatus status, Map<String, Object> body) {
        static Outcome error(HttpResponseStatus status, String sentence) {
            return new Outcome(status, Map.of("error", sentence));
        }
    }

    private final QuizCatalog catalog;
    private final Path dir;
    private final int maxBytes;
    private final int perMinute;
    private final PerMinute limiter;
    private final ExecutorService worker;

    /**
     * @param dir       where accepted quizzes are saved; null keeps them in memory only
     * @param maxBytes  the largest file accepted
     * @param perMinute uploads one client address may make per minute; 0 turns uploads off
     */
    private final QuizShare share;

    Uploads(QuizCatalog catalog, Path dir, int maxBytes, int perMinute, QuizShare share) {
        this.share = share;
        this.catalog = catalog;
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.perMinute = perMinute;
        this.limiter = new PerMinute(Math.max(1, perMinute));
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(16), r -> {
            Thread t = new Thread(r, "quiznight-uploads");
            t.setDaemon(true);
            return t;
        });
    }

    boolean enabled() {
        return perMinute > 0;
    }

    int maxBytes() {
        return maxBytes;
    }

    int perMinute() {
        return perMinute;
    }

    /** Counts an upload from this address: 0 when allowed, else milliseconds until it may upload again. */
    long admit(String address, long now) {
        return limiter.acquire(address, now);
    }

    /** Runs a task on the upload thread; throws {@link java.util.concurrent.RejectedExecutionException} when its queue is full. */
    void submit(Runnable task) {
        worker.execute(task);
    }

    /** Reads, checks, names, saves and adds one uploaded file. Called on the upload thread. */
    Outcome accept(String fileName, byte[] content, String client) {
        String name = cleanName(fileName);
        if (name.isEmpty()) {
            return Outcome.error(HttpResponseStatus.BAD_REQUEST, "The file name is empty: send it in the X-Filename header or as ?name=.");
        }
        ImportResult result;
        try {
            result = QuizImporters.load(name, baseId(QuizImporters.idFromFileName(name)), content);
        } catch (QuizFormatException e) {
            log.info("quiz upload refused {} {} {}", kv("file", name), kv("client", client), kv("error", e.getMessage()));
            return Outcome.error(HttpResponseStatus.BAD_REQUEST, e.getMessage());
        }
        Quiz quiz;
        try {
            quiz = store(result.quiz());
        } catch (IOException e) {
            log.error("quiz upload could not be saved {} {} {}", kv("file", name), kv("dir", String.valueOf(dir)), kv("error", e.toString()));
            return Outcome.error(HttpResponseStatus.INTERNAL_SERVER_ERROR,
                    "The quiz is valid but could not be saved on the server: " + e.getMessage());
        }
        log.info("quiz uploaded {} {} {} {} {}", kv("quiz", quiz.id()), kv("file", name), kv("format", result.format().name()),
                kv("questions", quiz.questions().size()), kv("client", client));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", quiz.id());
        body.put("title", quiz.title());
        body.put("questions", quiz.questions().size());
        body.put("sections", quiz.sections());
        body.put("format", result.format().label());
        body.put("warnings", result.warnings());
        return new Outcome(HttpResponseStatus.CREATED, body);
    }

    /** Gives the quiz an id no quiz and no saved file has (the id, then id-2, id-3, …), saves it and adds it. */
    private synchronized Quiz store(Quiz imported) throws IOException {
        String base = imported.id();
        String id = base;
        Quiz quiz = null;
        for (int n = 2; quiz == null; n++) {
            if (!catalog.has(id) && (dir == null || !Files.exists(dir.resolve(id + ".json")))) {
                Quiz candidate = new Quiz(id, imported.title(), imported.description(), imported.questions());
                // In a cluster the id must also be free on every other server.
                if (share.share(candidate)) {
                    quiz = candidate;
                    break;
                }
            }
            String suffix = "-" + n;
            id = (base.length() + suffix.length() > MAX_ID ? base.substring(0, MAX_ID - suffix.length()) : base) + suffix;
        }
        if (dir != null) {
            Files.createDirectories(dir);
            Path tmp = dir.resolve("." + id + ".json.tmp");
            Path file = dir.resolve(id + ".json");
            Files.write(tmp, JSON.writeValueAsBytes(QuizWriter.quiz(quiz)));
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file);
            }
        }
        if (!catalog.add(quiz)) {
            throw new IllegalStateException("quiz id " + id + " was taken while it was being saved");
        }
        return quiz;
    }

    /** The name without folders or control characters, at most {@value #MAX_NAME} characters. */
    static String cleanName(String fileName) {
        String name = fileName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 8 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - ext.length()) + ext;
        }
        return name;
    }

    /** An id from a file name that always passes the id rule: no leading dash, room for a suffix, "quiz" when empty. */
    static String baseId(String fromName) {
        String id = fromName.replaceAll("-{2,}", "-").replaceAll("^-+", "");
        if (id.length() > MAX_ID - 4) {
            id = id.substring(0, MAX_ID - 4);
        }
        id = id.replaceAll("-+$", "");
        return id.isEmpty() ? "quiz" : id;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
