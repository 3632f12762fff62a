package quiznight.quiz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quiznight.quiz.imports.ImportResult;
import quiznight.quiz.imports.QuizImporters;

/**
 * Every quiz this server can run: the bundled ones (listed in {@code quiznight/quizzes/index.txt} on the
 * classpath, the first being the default), then every supported file of the optional folders (see
 * {@link QuizImporters}), then those added while running ({@link #add}, uploads). Thread-safe: read from
 * every event loop, added to by uploads. It carries the server's {@link QuizLoader} ({@link #loader()}): whatever
 * the server loads later to play (uploads, the library, a journal's quiz, a cluster's shared quiz, homework) is
 * loaded with it, so an {@code order} question shuffles as it did when the quiz was first loaded.
 */
public final class QuizCatalog {
    static final String BUNDLED_DIR = "quiznight/quizzes/";
    private static final Logger log = LoggerFactory.getLogger(QuizCatalog.class);

    private final Map<String, Quiz> byId = new ConcurrentHashMap<>();
    /** In listing order; replaced whole (copy on write) under this object's lock. */
    private volatile List<Quiz> ordered;
    private final Quiz defaultQuiz;
    private volatile List<Rejected> rejected = List.of();
    private final QuizLoader loader;

    /** An uploaded file that could not be loaded at start, set aside in {@code rejected/}, and why. */
    public record Rejected(String file, String reason) {
    }

    /** The folder, inside the uploads folder, where uploaded files that cannot be loaded at start are moved. */
    public static final String REJECTED_DIR = "rejected";

    /** A catalog of these quizzes whose later loads use {@link QuizLoader#forChecking()} (tests, the off-line tools). */
    public QuizCatalog(List<Quiz> quizzes) {
        this(quizzes, QuizLoader.forChecking());
    }

    /** A catalog of these quizzes (loaded with {@code loader}) whose later loads use {@code loader}. */
    public QuizCatalog(List<Quiz> quizzes, QuizLoader loader) {
        this.loader = loader;
        if (quizzes.isEmpty()) {
            throw new IllegalArgumentException("a catalog needs at least one quiz");
        }
        for (Quiz q : quizzes) {
            if (byId.putIfAbsent(q.id(), q) != null) {
                throw new IllegalArgumentException("two quizzes have the id \"" + q.id() + "\"");
            }
        }
        this.ordered = List.copyOf(quizzes);
        this.defaultQuiz = quizzes.get(0);
    }

    /** Loads the bundled quizzes and then those in {@code extraDir} (null for none), with {@link QuizLoader#forChecking()}. */
    public static QuizCatalog load(Path extraDir) throws QuizFormatException {
        return load(extraDir, null);
    }

    /**
     * Loads the bundled quizzes, then those in {@code extraDir} (null for none; must exist), then those in
     * {@code uploadsDir} (null or missing for none; skipped when it is {@code extraDir}).
     */
    public static QuizCatalog load(Path extraDir, Path uploadsDir) throws QuizFormatException {
        return load(QuizLoader.forChecking(), extraDir, uploadsDir, Integer.MAX_VALUE);
    }

    /**
     * Loads the bundled quizzes and those in {@code extraDir} strictly (an invalid file stops the start), then
     * those in {@code uploadsDir} leniently: an uploaded file that cannot be loaded (invalid, too large, more
     * than {@code maxUploadQuestions} questions, an id already taken) is moved to {@code rejected/} in that
     * folder with a logged reason, listed by {@link #rejected()}, and the start goes on. Every quiz is loaded with
     * {@code loader}, which the catalog keeps for later loads.
     */
    public static QuizCatalog load(QuizLoader loader, Path extraDir, Path uploadsDir, int maxUploadQuestions)
            throws QuizFormatException {
        List<Quiz> quizzes = new ArrayList<>(bundled(loader));
        if (extraDir != null) {
            quizzes.addAll(fromDirectory(loader, extraDir));
        }
        QuizCatalog catalog;
        try {
            catalog = new QuizCatalog(quizzes, loader);
        } catch (IllegalArgumentException e) {
            throw new QuizFormatException(e.getMessage());
        }
        if (uploadsDir != null && Files.isDirectory(uploadsDir) && !sameFolder(extraDir, uploadsDir)) {
            catalog.rejected = UploadedFiles.load(uploadsDir, maxUploadQuestions, catalog);
        }
        return catalog;
    }

    /** How this server loads a quiz it plays: with its {@link ShuffleSecret}. */
    public QuizLoader loader() {
        return loader;
    }

    /** Uploaded files set aside at start because they could not be loaded (empty when none). */
    public List<Rejected> rejected() {
        return rejected;
    }

    private static boolean sameFolder(Path a, Path b) {
        if (a == null) {
            return false;
        }
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /** The bundled quizzes, loaded with {@link QuizLoader#forChecking()}. */
    public static List<Quiz> bundled() throws QuizFormatException {
        return bundled(QuizLoader.forChecking());
    }

    public static List<Quiz> bundled(QuizLoader loader) throws QuizFormatException {
        ClassLoader cl = QuizCatalog.class.getClassLoader();
        List<Quiz> quizzes = new ArrayList<>();
        try (InputStream index = cl.getResourceAsStream(BUNDLED_DIR + "index.txt")) {
            if (index == null) {
                throw new QuizFormatException("bundled quiz index " + BUNDLED_DIR + "index.txt is missing");
            }
            for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                try (InputStream in = cl.getResourceAsStream(BUNDLED_DIR + name)) {
                    if (in == null) {
                        throw new QuizFormatException("bundled quiz " + name + " is listed but missing");
                    }
                    quizzes.add(loader.load(in, name, idFromFileName(name)));
                }
            }
        } catch (IOException e) {
            throw new QuizFormatException("bundled quizzes cannot be read: " + e.getMessage(), e);
        }
        return quizzes;
    }

    /**
     * Every regular file directly in {@code dir} with a supported extension ({@link QuizImporters#EXTENSIONS}),
     * sorted by name; names starting with '.' are skipped, and so is a {@code .txt} that is neither GIFT nor
     * Aiken (notes beside the quizzes). Questions an importer skips are logged as warnings.
     */
    public static List<Quiz> fromDirectory(Path dir) throws QuizFormatException {
        return fromDirectory(QuizLoader.forChecking(), dir);
    }

    /** As {@link #fromDirectory(Path)}, loaded with {@code loader}. */
    public static List<Quiz> fromDirectory(QuizLoader loader, Path dir) throws QuizFormatException {
        List<Quiz> quizzes = new ArrayList<>();
        for (Path file : quizFiles(dir)) {
            read(loader, file, file.toString(), Integer.MAX_VALUE).ifPresent(quizzes::add);
        }
        return quizzes;
    }

    /** The files of a quiz folder that are read, sorted by name (see {@link #fromDirectory}). */
    static List<Path> quizFiles(Path dir) throws QuizFormatException {
        if (!Files.isDirectory(dir)) {
            throw new QuizFormatException(dir + ": quiz folder does not exist or is not a folder");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith(".")
                            && QuizImporters.supported(p.getFileName().toString()) && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new QuizFormatException(dir + ": cannot list quiz folder: " + e.getMessage(), e);
        }
    }

    /** One quiz file; empty for a {@code .txt} that is no quiz (notes beside the quizzes). */
    static Optional<Quiz> read(QuizLoader loader, Path file, String source, int maxQuestions) throws QuizFormatException {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new QuizFormatException(source + ": cannot be read: " + e.getMessage(), e);
        }
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".txt")
                && QuizImporters.sniffText(new String(content, StandardCharsets.UTF_8)).isEmpty()) {
            log.info("{}: skipped: a .txt file that is neither GIFT nor Aiken", file);
            return Optional.empty();
        }
        ImportResult result = QuizImporters.load(loader, source, idFromFileName(name), content, maxQuestions);
        result.warnings().forEach(w -> log.warn("{}", w));
        return Optional.of(result.quiz());
    }

    static String idFromFileName(String name) {
        return QuizImporters.idFromFileName(name);
    }

    /**
     * Adds a quiz (an upload) at the end of the list, playable at once; false, and nothing added, when its
     * id is taken.
     */
    public synchronized boolean add(Quiz quiz) {
        if (byId.putIfAbsent(quiz.id(), quiz) != null) {
            return false;
        }
        List<Quiz> next = new ArrayList<>(ordered);
        next.add(quiz);
        ordered = List.copyOf(next);
        return true;
    }

    /**
     * Puts {@code next} in place of {@code expected} under {@code id} (the library: a quiz's latest valid version):
     * {@code expected} null adds, {@code next} null removes; a replaced quiz keeps its place in the list, an added
     * one goes last. Compare-and-set: false, and nothing changed, when the id does not hold {@code expected} (so
     * the library never replaces a quiz it did not put there, such as an upload that took the id).
     */
    public synchronized boolean swap(String id, Quiz expected, Quiz next) {
        if (next != null && !next.id().equals(id)) {
            throw new IllegalArgumentException("quiz " + next.id() + " cannot be put under the id " + id);
        }
        if (byId.get(id) != expected) {
            return false;
        }
        List<Quiz> list = new ArrayList<>(ordered);
        if (expected == null) {
            byId.put(id, next);
            list.add(next);
        } else if (next == null) {
            byId.remove(id);
            list.remove(expected);
        } else {
            byId.put(id, next);
            list.set(list.indexOf(expected), next);
        }
        ordered = List.copyOf(list);
        return true;
    }

    /** True when a quiz has this id. */
    public boolean has(String id) {
        return byId.containsKey(id);
    }

    /** All quizzes, the default first. */
    public List<Quiz> all() {
        return ordered;
    }

    /** The first bundled quiz. */
    public Quiz defaultQuiz() {
        return defaultQuiz;
    }

    public Optional<Quiz> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
