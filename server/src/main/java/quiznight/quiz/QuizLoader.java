package quiznight.quiz;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import quiznight.quiz.kinds.KindRules;
import quiznight.quiz.kinds.QuizFields;

/**
 * Reads the native JSON quiz format (docs/quiz-format.md) and validates every field. An invalid file
 * is refused with a message naming the file, the question number (1-based) and the field.
 *
 * <p>A loader carries the {@link ShuffleSecret} that shuffles {@code order} questions' items: a server makes one
 * loader with its own secret and every quiz it plays is loaded through it (its {@link QuizCatalog#loader()}), so the
 * same quiz shuffles the same way after a restart and on every server of a cluster, and no player can work the
 * shuffle out. {@link #forChecking()} is for reading files that this process does not play.
 */
public final class QuizLoader {
    public static final int DEFAULT_TIME_LIMIT_SEC = 20;
    public static final int MIN_TIME_LIMIT_SEC = 5;
    public static final int MAX_TIME_LIMIT_SEC = 600;
    public static final int MAX_CHOICES = 6;
    public static final int MAX_TEXT = 1000;
    public static final int MAX_CHOICE_TEXT = 200;
    public static final int MAX_CODE_LINES = 40;
    public static final int MAX_CODE = 4000;
    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_EXPLANATION = 2000;
    public static final int MAX_DOCS = 500;
    public static final int MAX_SECTION = 100;
    public static final int STANDARD_POINTS = 1;
    public static final int DOUBLE_POINTS = 2;
    /**
     * The languages {@code codeLanguage} may name: those the web client loads highlight.js for (its {@code GUESSED}
     * list in js/rich-text.js).
     */
    public static final List<String> CODE_LANGUAGES = List.of("python", "javascript", "typescript", "java", "sql",
            "bash", "xml", "css", "json", "c", "cpp", "csharp", "go", "rust", "php", "ruby", "kotlin", "yaml", "django");
    /** The points a scored question may give: 0 (no points), 1 (standard), 2 (double). */
    public static final int MIN_POINTS = 0;
    public static final int MAX_POINTS = 2;

    private static final Set<String> QUIZ_FIELDS = Set.of("id", "title", "description", "timeLimitSec", "questions");
    private static final Set<String> QUESTION_FIELDS = Set.of("kind", "text", "code", "choices", "correct",
            "timeLimitSec", "points", "explanation", "docs", "section", "seed", "image", "imageAlt", "choiceImages",
            "codeLanguage");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(20).maxStringLength(100_000).maxDocumentLength(20_000_000L).build());
    }

    /** One secret per process for {@link #forChecking()}: made once, never changed. */
    private static final QuizLoader FOR_CHECKING = new QuizLoader(ShuffleSecret.random());
    /** The loader of {@link #beforeSecrets()}. */
    private static final QuizLoader BEFORE_SECRETS = new QuizLoader(ShuffleSecret.beforeSecrets());

    private final ShuffleSecret shuffles;

    /** A loader whose {@code order} questions are shuffled with {@code shuffles} (a server's secret). */
    public QuizLoader(ShuffleSecret shuffles) {
        this.shuffles = java.util.Objects.requireNonNull(shuffles);
    }

    /**
     * A loader for quizzes this process only checks, converts or looks at (the command line's {@code check} and
     * {@code convert}, tests): its {@code order} shuffle comes from a secret made once per process, never written
     * anywhere, so it matches no server's. A server plays only what its own loader loaded.
     */
    public static QuizLoader forChecking() {
        return FOR_CHECKING;
    }

    /**
     * A loader that shuffles as versions before the secret did ({@link ShuffleSecret#beforeSecrets()}): only for a
     * journal those versions wrote, so that its recorded answers are judged against the items as they were shown.
     */
    public static QuizLoader beforeSecrets() {
        return BEFORE_SECRETS;
    }

    /**
     * The loader for a journal's quiz: {@code loader} (the server's) when the journal says its quiz was shuffled with
     * the server's secret ({@code keyed}), else {@link #beforeSecrets()} (a journal written before secrets).
     */
    public static QuizLoader forJournal(QuizLoader loader, boolean keyed) {
        return keyed ? loader : BEFORE_SECRETS;
    }

    /**
     * @param source    the file name used in error messages
     * @param defaultId the id when the file has none (the file name without {@code .json})
     */
    public Quiz load(InputStream in, String source, String defaultId) throws QuizFormatException {
        return load(parse(in, source), source, defaultId);
    }

    /**
     * Validates a quiz already parsed (or built by an importer) exactly as a file of this format is.
     *
     * @param source    the file name used in error messages
     * @param defaultId the id when the quiz has none
     */
    public Quiz load(JsonNode root, String source, String defaultId) throws QuizFormatException {
        return new Reader(source, shuffles).quiz(root, defaultId);
    }

    /** Parses JSON with this format's limits (nesting, string and document length, no duplicate keys). */
    public static JsonNode parse(InputStream in, String source) throws QuizFormatException {
        try {
            return MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            String detail = e.getOriginalMessage();
            if (e.getLocation() == null) {
                throw coded(source, ProblemCode.FILE_UNREADABLE.with(detail));
            }
            throw coded(source, ProblemCode.JSON_INVALID.with(detail, e.getLocation().getLineNr()));
        } catch (IOException e) {
            throw coded(source, ProblemCode.FILE_UNREADABLE.with(String.valueOf(e.getMessage())));
        }
    }

    /** A refusal of the file or question at {@code place} (no field): the place, then the problem's sentence. */
    private static QuizFormatException coded(String place, CodedProblem problem) {
        return new QuizFormatException(place + ": " + problem.english(), problem);
    }

    /** A streaming parser with the same limits as {@link #parse}, for readers that need token locations. */
    public static JsonParser parser(byte[] content) throws IOException {
        return MAPPER.createParser(content);
    }

    /** Validation of one file; {@code where} is updated as it descends so every message says where. */
    private static final class Reader implements QuizFields {
        private final String source;
        private final ShuffleSecret shuffles;
        private String where;
        /**
         * Equal values of this quiz held once: many questions share their choices ("True", "False"), solutions,
         * sections and explanations, and each copy cost memory for as long as the quiz is loaded.
         */
        private final java.util.Map<Object, Object> shared = new java.util.HashMap<>();

        @Override
        @SuppressWarnings("unchecked")
        public <T> T share(T value) {
            return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
        }

        Reader(String source, ShuffleSecret shuffles) {
            this.source = source;
            this.shuffles = shuffles;
            this.where = source;
        }

        @Override
        public long shuffleSeed(List<String> texts) {
            return shuffles.seed(texts);
        }

        @Override
        public QuizFormatException error(String field, ProblemCode code, Object... values) {
            Object[] all = new Object[values.length + 1];
            all[0] = field;
            System.arraycopy(values, 0, all, 1, values.length);
            return error(code.with(all));
        }

        private QuizFormatException error(CodedProblem problem) {
            return new QuizFormatException(where + ": field '" + problem.field() + "' " + problem.english(), problem);
        }

        Quiz quiz(JsonNode root, String defaultId) throws QuizFormatException {
            if (root == null || !root.isObject()) {
                throw coded(source, ProblemCode.QUIZ_NOT_OBJECT.with());
            }
            unknownFields((ObjectNode) root, QUIZ_FIELDS);
            String id = optionalString(root, "id", 64);
            if (id == null) {
                id = defaultId;
            }
            if (!id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
                throw error("id", ProblemCode.ID_INVALID, id);
            }
            String title = requiredString(root, "title", MAX_TITLE);
            String description = optionalString(root, "description", MAX_DESCRIPTION);
            int defaultLimit = intField(root, "timeLimitSec", DEFAULT_TIME_LIMIT_SEC, MIN_TIME_LIMIT_SEC, MAX_TIME_LIMIT_SEC);
            JsonNode qs = root.get("questions");
            if (qs == null || !qs.isArray() || qs.isEmpty()) {
                throw error("questions", ProblemCode.QUESTIONS_EMPTY);
            }
            List<Question> questions = new ArrayList<>();
            for (int i = 0; i < qs.size(); i++) {
                where = source + ": question " + (i + 1);
                questions.add(question(qs.get(i), defaultLimit));
            }
            return new Quiz(id, title, description == null ? "" : description, questions);
        }

        Question question(JsonNode q, int defaultLimit) throws QuizFormatException {
            if (!q.isObject()) {
                throw coded(where, ProblemCode.QUESTION_NOT_OBJECT.with());
            }
            unknownFields((ObjectNode) q, QUESTION_FIELDS);
            String kindName = requiredString(q, "kind", 20);
            Kind kind = Kind.fromWire(kindName).orElseThrow(() ->
                    error("kind", ProblemCode.KIND_UNKNOWN, Kind.names(), kindName));
            KindRules<?, ?> rules = kind.rules();
            String text = requiredString(q, "text", MAX_TEXT);
            String code = optionalString(q, "code", MAX_CODE);
            if (code != null && code.lines().count() > MAX_CODE_LINES) {
                throw error("code", ProblemCode.CODE_TOO_MANY_LINES, MAX_CODE_LINES);
            }
            String codeLanguage = codeLanguage(q, code);
            Picture image = image(q);
            List<String> choices = rules.readChoices(q.get("choices"), this);
            List<Picture> choiceImages = rules.readChoiceImages(q.get("choiceImages"), choices.size(), this);
            Solution solution = rules.readSolution(q.get("correct"), choices, this);
            int limit = intField(q, "timeLimitSec", defaultLimit, MIN_TIME_LIMIT_SEC, MAX_TIME_LIMIT_SEC);
            if (!rules.scored() && q.has("points")) {
                throw error("points", ProblemCode.POINTS_NOT_SCORED, kind.wire());
            }
            int points = intField(q, "points", STANDARD_POINTS, MIN_POINTS, MAX_POINTS);
            String explanation = optionalString(q, "explanation", MAX_EXPLANATION);
            String docs = optionalString(q, "docs", MAX_DOCS);
            if (docs != null) {
                try {
                    URI uri = new URI(docs);
                    if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
                        throw error("docs", ProblemCode.DOCS_NOT_HTTP);
                    }
                } catch (java.net.URISyntaxException e) {
                    throw error("docs", ProblemCode.DOCS_INVALID, e.getMessage());
                }
            }
            String section = optionalString(q, "section", MAX_SECTION);
            Integer seed = q.has("seed") ? intField(q, "seed", 0, 0, 1_000_000) : null;
            return new Question(kind, text, code, share(List.copyOf(choices)), share(solution), limit * 1000L, points,
                    explanation == null ? "" : share(explanation), share(docs), share(section), seed, image,
                    choiceImages, codeLanguage);
        }

        /** {@code codeLanguage}: only with {@code code}, one of {@link #CODE_LANGUAGES}. */
        private String codeLanguage(JsonNode q, String code) throws QuizFormatException {
            String language = optionalString(q, "codeLanguage", 20);
            if (language == null) {
                return null;
            }
            if (code == null) {
                throw error("codeLanguage", ProblemCode.CODE_LANGUAGE_WITHOUT_CODE);
            }
            if (!CODE_LANGUAGES.contains(language)) {
                throw error("codeLanguage", ProblemCode.CODE_LANGUAGE_UNKNOWN, String.join(", ", CODE_LANGUAGES),
                        language);
            }
            return language;
        }

        /** {@code image} and {@code imageAlt}: a picture path of the media store, and what it shows. */
        private Picture image(JsonNode q) throws QuizFormatException {
            String path = optionalString(q, "image", 200);
            CodedProblem problem = path == null ? null : Picture.problem("image", path);
            if (problem != null) {
                throw error(problem);
            }
            String alt = optionalString(q, "imageAlt", Picture.MAX_ALT);
            if (path == null) {
                if (alt != null) {
                    throw error("imageAlt", ProblemCode.IMAGE_ALT_WITHOUT_IMAGE);
                }
                return null;
            }
            return new Picture(share(path), alt);
        }

        @Override
        public Picture picture(String field, JsonNode v) throws QuizFormatException {
            if (!v.isTextual()) {
                throw error(field, ProblemCode.PICTURE_NOT_STRING);
            }
            CodedProblem problem = Picture.problem(field, v.asText());
            if (problem != null) {
                throw error(problem);
            }
            return new Picture(share(v.asText()), null);
        }

        private void unknownFields(ObjectNode node, Set<String> allowed) throws QuizFormatException {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    throw error(name, ProblemCode.FIELD_UNKNOWN, String.join(", ", new TreeSet<>(allowed)));
                }
            }
        }

        private String requiredString(JsonNode node, String field, int max) throws QuizFormatException {
            String s = optionalString(node, field, max);
            if (s == null) {
                throw error(field, ProblemCode.FIELD_REQUIRED);
            }
            return s;
        }

        private String optionalString(JsonNode node, String field, int max) throws QuizFormatException {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                throw error(field, ProblemCode.FIELD_NOT_STRING);
            }
            String s = v.asText();
            if (s.isBlank()) {
                throw error(field, ProblemCode.FIELD_EMPTY);
            }
            if (s.length() > max) {
                throw error(field, ProblemCode.FIELD_TOO_LONG, max);
            }
            displayable(field, s);
            return field.equals("code") ? s.stripTrailing() : s.strip();
        }

        /** Refuses bidi controls and stacked combining marks ({@link DisplayText}) in a text shown on screens. */
        @Override
        public void displayable(String field, String s) throws QuizFormatException {
            CodedProblem problem = DisplayText.problem(field, s);
            if (problem != null) {
                throw error(problem);
            }
        }

        private int intField(JsonNode node, String field, int dflt, int min, int max) throws QuizFormatException {
            JsonNode v = node.get(field);
            if (v == null) {
                return dflt;
            }
            if (!v.isIntegralNumber() || v.asLong() < min || v.asLong() > max) {
                throw error(field, ProblemCode.FIELD_NOT_WHOLE_NUMBER, min, max, v.toString());
            }
            return v.asInt();
        }
    }
}
