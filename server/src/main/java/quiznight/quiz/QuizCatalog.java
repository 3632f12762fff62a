package quiznight.quiz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every quiz this server can run: the bundled ones (listed in {@code quiznight/quizzes/index.txt} on the
 * classpath, the first being the default) followed by the {@code *.json} files of an optional folder.
 */
public final class QuizCatalog {
    static final String BUNDLED_DIR = "quiznight/quizzes/";

    private final Map<String, Quiz> byId;

    public QuizCatalog(List<Quiz> quizzes) {
        if (quizzes.isEmpty()) {
            throw new IllegalArgumentException("a catalog needs at least one quiz");
        }
        Map<String, Quiz> map = new LinkedHashMap<>();
        for (Quiz q : quizzes) {
            if (map.putIfAbsent(q.id(), q) != null) {
                throw new IllegalArgumentException("two quizzes have the id \"" + q.id() + "\"");
            }
        }
        this.byId = Collections.unmodifiableMap(map);
    }

    /** Loads the bundled quizzes and then those in {@code extraDir} (null for none). */
    public static QuizCatalog load(Path extraDir) throws QuizFormatException {
        List<Quiz> quizzes = new ArrayList<>(bundled());
        if (extraDir != null) {
            quizzes.addAll(fromDirectory(extraDir));
        }
        try {
            return new QuizCatalog(quizzes);
        } catch (IllegalArgumentException e) {
            throw new QuizFormatException(e.getMessage());
        }
    }

    public static List<Quiz> bundled() throws QuizFormatException {
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
                    quizzes.add(QuizLoader.load(in, name, idFromFileName(name)));
                }
            }
        } catch (IOException e) {
            throw new QuizFormatException("bundled quizzes cannot be read: " + e.getMessage(), e);
        }
        return quizzes;
    }

    public static List<Quiz> fromDirectory(Path dir) throws QuizFormatException {
        if (!Files.isDirectory(dir)) {
            throw new QuizFormatException(dir + ": quiz folder does not exist or is not a folder");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new QuizFormatException(dir + ": cannot list quiz folder: " + e.getMessage(), e);
        }
        List<Quiz> quizzes = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                quizzes.add(QuizLoader.load(in, file.toString(), idFromFileName(file.getFileName().toString())));
            } catch (IOException e) {
                throw new QuizFormatException(file + ": cannot be read: " + e.getMessage(), e);
            }
        }
        return quizzes;
    }

    static String idFromFileName(String name) {
        String base = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return base.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    }

    /** All quizzes, the default first. */
    public List<Quiz> all() {
        return List.copyOf(byId.values());
    }

    public Quiz defaultQuiz() {
        return byId.values().iterator().next();
    }

    public Optional<Quiz> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
