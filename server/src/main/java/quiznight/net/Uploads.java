package quiznight.net;

import quiznight.session.PerMinute;

import static net.logstash.logback.argument.StructuredArguments.kv;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import quiznight.quiz.imports.ImportProblem;
import quiznight.quiz.imports.ImportResult;
import quiznight.quiz.imports.QuizImporters;

/**
 * Quizzes uploaded with {@code POST /api/quizzes}: read with {@link QuizImporters} off the event loops (one
 * thread, a short queue), given an id no other quiz has, saved as native JSON in the uploads folder so they
 * come back after a restart, and added to the catalog, playable at once.
 */
final class Uploads implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Uploads.class);
    /** Compact: an indented file of a large quiz is several times its content. */
    private static final ObjectMapper JSON = new ObjectMapper();
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
    private final QuizShare share;
    private final int maxQuestions;
    private final long maxTotalBytes;
    /** Without a folder: bytes the uploaded quizzes take as JSON, counted as they are accepted. */
    private long usedBytes;

    Uploads(QuizCatalog catalog, Path dir, int maxBytes, int perMinute, QuizShare share) {
        this(catalog, dir, maxBytes, perMinute, share, Integer.MAX_VALUE, Long.MAX_VALUE);
    }

    /**
     * @param dir           where accepted quizzes are saved; null keeps them in memory only
     * @param maxBytes      the largest file accepted
     * @param perMinute     uploads one client address may make per minute; 0 turns uploads off
     * @param maxQuestions  the most questions one uploaded quiz may have (400 past it)
     * @param maxTotalBytes the most bytes all uploaded quizzes may take as saved JSON (507 past it)
     */
    Uploads(QuizCatalog catalog, Path dir, int maxBytes, int perMinute, QuizShare share, int maxQuestions,
            long maxTotalBytes) {
        this.share = share;
        this.maxQuestions = maxQuestions;
        this.maxTotalBytes = maxTotalBytes;
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

    /**
     * Reads, checks, names, saves and adds one uploaded file. Called on the upload thread. Always answers, even
     * when reading fails with an {@link Error} (out of memory, a stack overflow): that upload is refused and
     * the server goes on.
     */
    Outcome accept(String fileName, byte[] content, String client) {
        try {
            return read(fileName, content, client);
        } catch (OutOfMemoryError e) {
            log.error("quiz upload ran out of memory {} {} {}", kv("file", cleanName(fileName)), kv("client", client),
                    kv("bytes", content.length));
            return Outcome.error(HttpResponseStatus.SERVICE_UNAVAILABLE,
                    "The server has not enough memory to read this quiz now: try a smaller file, or later.");
        } catch (Throwable e) {
            log.error("quiz upload failed on the server {} {}", kv("file", cleanName(fileName)), kv("client", client), e);
            return Outcome.error(HttpResponseStatus.INTERNAL_SERVER_ERROR,
                    "The upload failed on the server (" + e.getClass().getSimpleName() + "); the quiz was not added.");
        }
    }

    private Outcome read(String fileName, byte[] content, String client) {
        String name = cleanName(fileName);
        if (name.isEmpty()) {
            return Outcome.error(HttpResponseStatus.BAD_REQUEST, "The file name is empty: send it in the X-Filename header or as ?name=.");
        }
        ImportResult result;
        try {
            result = QuizImporters.load(catalog.loader(), name, baseId(QuizImporters.idFromFileName(name)), content, maxQuestions);
        } catch (QuizFormatException e) {
            log.info("quiz upload refused {} {} {}", kv("file", name), kv("client", client), kv("error", e.getMessage()));
            return new Outcome(HttpResponseStatus.BAD_REQUEST, ImportProblem.of(e).errorBody());
        }
        Quiz quiz;
        try {
            quiz = store(result.quiz());
        } catch (LibraryFull e) {
            log.warn("quiz upload refused: the uploads library is full {} {} {} {}", kv("file", name), kv("client", client),
                    kv("usedBytes", e.used), kv("bytes", e.needed));
            return Outcome.error(HttpResponseStatus.INSUFFICIENT_STORAGE, "The server's uploaded quizzes are full: "
                    + e.used + " of " + maxTotalBytes + " bytes are used and this quiz needs " + e.needed
                    + ". Ask whoever runs the server to remove old uploads.");
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
        body.put("warningDetails", result.details());
        return new Outcome(HttpResponseStatus.CREATED, body);
    }

    /** The library has no room for a quiz of this size. */
    private static final class LibraryFull extends Exception {
        final long used;
        final long needed;

        LibraryFull(long used, long needed) {
            super(null, null, false, false);
            this.used = used;
            this.needed = needed;
        }
    }

    /** Bytes of the saved quizzes directly in the folder (0 when there is none). */
    private static long savedBytes(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                    .mapToLong(f -> {
                        try {
                            return Files.size(f);
                        } catch (IOException e) {
                            return 0;
                        }
                    }).sum();
        } catch (IOException e) {
            log.warn("cannot list the uploads folder {}: {}", dir, e.toString());
            return 0;
        }
    }

    /**
     * Bytes the uploaded quizzes take now: with a folder, what its files take, counted again at each upload so
     * that files an operator removes make room at once.
     */
    synchronized long usedBytes() {
        return dir != null ? savedBytes(dir) : usedBytes;
    }

    /**
     * Gives the quiz an id no quiz and no saved file has (the id, then id-2, id-3, …), saves it and adds it;
     * refused when the library would go past its size.
     */
    private synchronized Quiz store(Quiz imported) throws IOException, LibraryFull {
        byte[] saved = JSON.writeValueAsBytes(QuizWriter.quiz(imported));
        long used = usedBytes();
        if (used + saved.length > maxTotalBytes) {
            throw new LibraryFull(used, saved.length);
        }
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
        if (!id.equals(base)) {
            saved = JSON.writeValueAsBytes(QuizWriter.quiz(quiz)); // the id it was given is part of the file
        }
        if (dir != null) {
            Files.createDirectories(dir);
            Path tmp = dir.resolve("." + id + ".json.tmp");
            Path file = dir.resolve(id + ".json");
            Files.write(tmp, saved);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file);
            }
        }
        if (!catalog.add(quiz)) {
            throw new IllegalStateException("quiz id " + id + " was taken while it was being saved");
        }
        if (dir == null) {
            usedBytes += saved.length; // with a folder, its files are counted at each upload instead
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
