package quiznight.quiz.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import quiznight.quiz.ProblemCode;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.QuizLoader;

/**
 * Reads a quiz from a file of any supported format, chosen by the file's extension and, for {@code .json}
 * and {@code .txt}, by its content:
 * <ul>
 * <li>{@code .json}: the native format ({@link QuizLoader}), or an Open Trivia DB response
 * ({@code {"response_code": 0, "results": [...]}});</li>
 * <li>{@code .gift}: Moodle GIFT; {@code .aiken}: Aiken; {@code .txt}: GIFT or Aiken, whichever it looks like;</li>
 * <li>{@code .xlsx}: Kahoot's spreadsheet template; {@code .csv}: the same columns as CSV.</li>
 * </ul>
 * Every quiz read is validated exactly like a native file, and an error names the file, the line (or
 * row) and what was expected. Nothing is returned from a file with an error; questions of kinds QuizNight
 * does not have are skipped with a warning.
 */
public final class QuizImporters {
    /** Extensions read, lower case with the dot. */
    public static final List<String> EXTENSIONS = List.of(".json", ".gift", ".txt", ".aiken", ".xlsx", ".csv");

    private static final Pattern AIKEN_ANSWER = Pattern.compile("(?m)^[ \\t]*ANSWER\\s*:\\s*[A-Za-z]\\s*$");
    private static final Pattern GIFT_ANSWERS = Pattern.compile("(?<!\\\\)\\{");

    private QuizImporters() {
    }

    /** True when the file name has an extension this class reads. */
    public static boolean supported(String fileName) {
        return extension(fileName).map(EXTENSIONS::contains).orElse(false);
    }

    /**
     * Reads a quiz with {@link QuizLoader#forChecking()} (a check, a conversion: nothing this process plays), its id
     * from the file name (the name without its extension, lower-cased, other
     * characters than a-z, 0-9 and '-' made '-'; a native file may name its own).
     *
     * @param fileName the file's name, used to choose the format, for the id and title, and in messages
     */
    public static ImportResult load(String fileName, byte[] content) throws QuizFormatException {
        return load(fileName, idFromFileName(fileName), content);
    }

    /** As {@link #load(String, byte[])} with the id to use when the file names none. */
    public static ImportResult load(String fileName, String defaultId, byte[] content) throws QuizFormatException {
        return load(QuizLoader.forChecking(), fileName, defaultId, content, Integer.MAX_VALUE);
    }

    /**
     * As {@link #load(String, String, byte[])} with {@code loader} (the server's, for a quiz it plays), refusing a
     * quiz of more than {@code maxQuestions} questions (uploads): reading stops at the first question past it, so a
     * huge file costs no more than the limit.
     */
    public static ImportResult load(QuizLoader loader, String fileName, String defaultId, byte[] content,
                                    int maxQuestions) throws QuizFormatException {
        String ext = extension(fileName).orElse("");
        String title = title(fileName);
        switch (ext) {
            case ".json": {
                JsonNode root = QuizLoader.parse(new ByteArrayInputStream(content), fileName);
                if (OpenTdbImporter.looksLikeOne(root)) {
                    return OpenTdbImporter.read(loader, fileName, defaultId, title, root, content, maxQuestions);
                }
                if (root.path("questions").size() > maxQuestions) {
                    throw Draft.tooMany(fileName, maxQuestions);
                }
                try {
                    return new ImportResult(loader.load(root, fileName, defaultId), ImportResult.Format.NATIVE, List.of());
                } catch (QuizFormatException e) {
                    throw e.withDraft(root);
                }
            }
            case ".gift":
                return GiftImporter.read(loader, fileName, defaultId, title, Texts.utf8(fileName, content), maxQuestions);
            case ".aiken":
                return AikenImporter.read(loader, fileName, defaultId, title, Texts.utf8(fileName, content), maxQuestions);
            case ".txt": {
                String text = Texts.utf8(fileName, content);
                Optional<ImportResult.Format> format = sniffText(text);
                if (format.isEmpty()) {
                    throw Draft.refusal(fileName, ProblemCode.IMPORT_NEITHER_GIFT_NOR_AIKEN);
                }
                return format.get() == ImportResult.Format.GIFT
                        ? GiftImporter.read(loader, fileName, defaultId, title, text, maxQuestions)
                        : AikenImporter.read(loader, fileName, defaultId, title, text, maxQuestions);
            }
            case ".xlsx":
                return KahootImporter.readXlsx(loader, fileName, defaultId, title, content, maxQuestions);
            case ".csv":
                return KahootImporter.readCsv(loader, fileName, defaultId, title, Texts.utf8(fileName, content), maxQuestions);
            case ".xls":
                throw Draft.refusal(fileName, ProblemCode.IMPORT_OLD_XLS);
            default:
                throw Draft.refusal(fileName, ProblemCode.IMPORT_EXTENSION, String.join(", ", EXTENSIONS));
        }
    }

    /**
     * For a {@code .txt} file: GIFT when it has an answer block {@code {…}}, Aiken when it has
     * {@code ANSWER: X} lines and no answer block, else empty (a text file that is no quiz).
     */
    public static Optional<ImportResult.Format> sniffText(String text) {
        boolean gift = GIFT_ANSWERS.matcher(text).find();
        if (gift) {
            return Optional.of(ImportResult.Format.GIFT);
        }
        return AIKEN_ANSWER.matcher(text).find() ? Optional.of(ImportResult.Format.AIKEN) : Optional.empty();
    }

    /** The lower-case extension with its dot, e.g. ".gift". */
    public static Optional<String> extension(String fileName) {
        String name = baseName(fileName);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? Optional.empty() : Optional.of(name.substring(dot).toLowerCase(Locale.ROOT));
    }

    /**
     * The quiz id a file gets when it names none: the file name without folders and extension, lower-cased,
     * every character other than a-z, 0-9 and '-' made '-' ({@code My Quiz.gift} → {@code my-quiz}).
     */
    public static String idFromFileName(String fileName) {
        return stem(fileName).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    }

    /** The title of an imported quiz: the file name without folders and extension. */
    static String title(String fileName) {
        String stem = stem(fileName).strip();
        return stem.isEmpty() ? "Imported quiz" : stem;
    }

    private static String stem(String fileName) {
        String name = baseName(fileName);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    private static String baseName(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return fileName.substring(slash + 1);
    }
}
