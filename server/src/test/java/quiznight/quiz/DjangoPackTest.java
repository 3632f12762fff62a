package quiznight.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default quiz (issue 3): the 50 Django interview questions of the seed file, bundled as
 * {@code quiznight/quizzes/django.json}. The seed's sections are written out here so the test needs nothing
 * outside the repository.
 */
class DjangoPackTest {

    /** The seed's 14 sections, in order, with the seed numbers of their questions. */
    private static final Map<String, List<Integer>> SEED_SECTIONS = new LinkedHashMap<>();

    static {
        SEED_SECTIONS.put("Django Basics", range(1, 5));
        SEED_SECTIONS.put("Django Models", range(6, 10));
        SEED_SECTIONS.put("Django Views and Templates", range(11, 15));
        SEED_SECTIONS.put("Django Forms", range(16, 18));
        SEED_SECTIONS.put("Django Admin", range(19, 21));
        SEED_SECTIONS.put("Django Security", range(22, 24));
        SEED_SECTIONS.put("Django Rest Framework (DRF)", range(25, 27));
        SEED_SECTIONS.put("Advanced Django Concepts", range(28, 31));
        SEED_SECTIONS.put("Deployment and Scaling", range(32, 34));
        SEED_SECTIONS.put("Testing in Django", range(35, 36));
        SEED_SECTIONS.put("Database and ORM", range(37, 39));
        SEED_SECTIONS.put("Django Project Structure", range(40, 42));
        SEED_SECTIONS.put("Django and Frontend", range(43, 44));
        SEED_SECTIONS.put("Django Community and Ecosystem", range(45, 50));
    }

    /** Seed questions that ask nearly the same thing; the pack must ask a different fact for each. */
    private static final List<List<Integer>> SIMILAR_SEEDS = List.of(List.of(10, 31), List.of(28, 50), List.of(25, 46));

    private static List<Quiz> bundled;
    private static Quiz pack;

    private static List<Integer> range(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    @BeforeAll
    static void load() throws QuizFormatException {
        bundled = QuizCatalog.bundled();
        pack = bundled.get(0);
    }

    private static List<Question> ofKind(Kind kind) {
        return pack.questions().stream().filter(q -> q.kind() == kind).toList();
    }

    private static Question bySeed(int seed) {
        return pack.questions().stream().filter(q -> q.seed() != null && q.seed() == seed).findFirst().orElseThrow();
    }

    private static String label(Question q) {
        return "seed " + q.seed() + " (" + q.text() + ")";
    }

    @Test
    void pack_loadsAndValidatesAsTheDefaultQuiz() {
        assertThat(pack.id()).isEqualTo("django");
        assertThat(new QuizCatalog(bundled).defaultQuiz().id()).isEqualTo("django");
    }

    @Test
    void pack_hasTheTitleWithoutTheSeedsTypo() {
        assertThat(pack.title()).isEqualTo("Django Interview Questions");
    }

    @Test
    void pack_descriptionSaysWhichDjangoVersionItIsCorrectFor() {
        assertThat(pack.description()).contains("5.2");
    }

    @Test
    void pack_hasAllFiftySeedQuestionsInOrder() {
        assertThat(pack.questions()).hasSize(50);
        assertThat(pack.questions()).extracting(Question::seed).containsExactlyElementsOf(range(1, 50));
    }

    @Test
    void pack_keepsEverySeedSectionWithItsQuestions() {
        for (Question q : pack.questions()) {
            String expected = SEED_SECTIONS.entrySet().stream()
                    .filter(e -> e.getValue().contains(q.seed())).map(Map.Entry::getKey).findFirst().orElse(null);
            assertThat(q.section()).as("section of %s", label(q)).isEqualTo(expected);
        }
        List<Quiz.Section> expectedSections = new ArrayList<>();
        SEED_SECTIONS.forEach((name, seeds) -> expectedSections.add(new Quiz.Section(name, seeds.size())));
        assertThat(pack.sections()).containsExactlyElementsOf(expectedSections);
    }

    @Test
    void pack_everyQuestionHasAnExplanationAndAHttpsDocsLink() {
        for (Question q : pack.questions()) {
            assertThat(q.explanation()).as("explanation of %s", label(q)).isNotBlank();
            assertThat(q.docs()).as("docs of %s", label(q)).isNotNull().startsWith("https://");
        }
    }

    @Test
    void pack_mixesKindsWithAtLeastTheRequiredCountOfEach() {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        pack.questions().forEach(q -> counts.merge(q.kind(), 1, Integer::sum));
        assertThat(counts.getOrDefault(Kind.SINGLE, 0)).as("single (mostly)").isGreaterThan(pack.questions().size() / 2);
        assertThat(counts.getOrDefault(Kind.TRUEFALSE, 0)).as("truefalse").isGreaterThanOrEqualTo(5);
        assertThat(counts.getOrDefault(Kind.MULTI, 0)).as("multi").isGreaterThanOrEqualTo(5);
        assertThat(counts.getOrDefault(Kind.TEXT, 0)).as("text").isGreaterThanOrEqualTo(3);
        assertThat(counts.getOrDefault(Kind.NUMBER, 0)).as("number").isGreaterThanOrEqualTo(2);
    }

    @Test
    void pack_singleAnswersSitInEachOfTheFourPositionsBetween15And35Percent() {
        List<Question> singles = ofKind(Kind.SINGLE);
        int[] perPosition = new int[4];
        for (Question q : singles) {
            int index = ((Solution.Choices) q.solution()).indexes().first();
            assertThat(index).as("answer position of %s", label(q)).isBetween(0, 3);
            perPosition[index]++;
        }
        for (int position = 0; position < 4; position++) {
            double share = (double) perPosition[position] / singles.size();
            assertThat(share).as("share of single answers at position %d", position).isBetween(0.15, 0.35);
        }
    }

    @Test
    void pack_singleQuestionsHaveExactlyFourChoices() {
        for (Question q : ofKind(Kind.SINGLE)) {
            assertThat(q.choices()).as("choices of %s", label(q)).hasSize(4);
        }
    }

    @Test
    void pack_noQuestionRepeatsAnOption() {
        for (Question q : pack.questions()) {
            Set<String> normalized = new HashSet<>();
            for (String choice : q.choices()) {
                assertThat(normalized.add(TextAnswers.normalize(choice)))
                        .as("option \"%s\" repeated in %s", choice, label(q)).isTrue();
            }
        }
    }

    @Test
    void pack_textQuestionsAcceptSeveralDistinctVariants() {
        for (Question q : ofKind(Kind.TEXT)) {
            List<String> accepted = ((Solution.Text) q.solution()).accepted();
            assertThat(accepted).as("accepted answers of %s", label(q)).hasSizeGreaterThanOrEqualTo(2);
            assertThat(accepted.stream().map(TextAnswers::normalize).distinct().count())
                    .as("distinct accepted answers of %s", label(q)).isEqualTo(accepted.size());
        }
    }

    @Test
    void pack_questionsWithCodeGetThirtySecondsAndAtMostTwelveLines_othersTwenty() {
        for (Question q : pack.questions()) {
            if (q.code() != null) {
                assertThat(q.code().lines().count()).as("code lines of %s", label(q)).isLessThanOrEqualTo(12);
                assertThat(q.timeLimitMs()).as("time limit of %s", label(q)).isEqualTo(30_000);
            } else {
                assertThat(q.timeLimitMs()).as("time limit of %s", label(q)).isEqualTo(20_000);
            }
        }
    }

    @Test
    void pack_drfQuestionsSayDrfIsAThirdPartyPackage() {
        List<Question> drf = pack.questions().stream()
                .filter(q -> q.text().contains("DRF") || q.text().contains("REST framework")).toList();
        assertThat(drf).extracting(Question::seed).contains(25, 26, 27, 46);
        for (Question q : drf) {
            assertThat(q.text()).as("text of %s", label(q)).contains("third-party");
        }
    }

    @Test
    void pack_similarSeedQuestionsAskDifferentFacts() {
        for (List<Integer> pair : SIMILAR_SEEDS) {
            Question a = bySeed(pair.get(0));
            Question b = bySeed(pair.get(1));
            assertThat(TextAnswers.normalize(a.text())).as("texts of seeds %s", pair)
                    .isNotEqualTo(TextAnswers.normalize(b.text()));
            assertThat(a.choices().isEmpty() ? a.solution() : a.choices())
                    .as("answers of seeds %s", pair)
                    .isNotEqualTo(b.choices().isEmpty() ? b.solution() : b.choices());
        }
    }

    @Test
    void pack_trueFalseQuestionsUseBothAnswers() {
        Set<Integer> answers = new HashSet<>();
        for (Question q : ofKind(Kind.TRUEFALSE)) {
            assertThat(q.choices()).as("choices of %s", label(q)).containsExactly("True", "False");
            answers.addAll(((Solution.Choices) q.solution()).indexes());
        }
        assertThat(answers).containsExactlyInAnyOrder(0, 1);
    }

    // ---- Issue 13: one Book model, shown in the description, used the same way by every snippet ----

    /** A field of the Book model: its name, its class (CharField, ForeignKey, ...) and whether create() needs it. */
    private record Field(String name, String type, boolean required) {
    }

    private static final Pattern FIELD = Pattern.compile("(\\w+) = models\\.(\\w+)\\(");

    /** The lines of {@code class Book(models.Model):} and its indented body, white space made single. */
    private static String bookClass(String source) {
        int start = source.indexOf("class Book(models.Model):");
        if (start < 0) {
            return null;
        }
        StringBuilder block = new StringBuilder();
        for (String line : source.substring(start).split("\n", -1)) {
            if (block.length() > 0 && !line.startsWith(" ")) {
                break;
            }
            block.append(line).append('\n');
        }
        return block.toString().strip().replaceAll("\\s+", " ");
    }

    private static Map<String, Field> bookModel() {
        String block = bookClass(pack.description());
        assertThat(block).as("the Book model in the pack's description").isNotNull();
        Map<String, Field> fields = new LinkedHashMap<>();
        List<MatchResult> found = FIELD.matcher(block).results().toList();
        for (int i = 0; i < found.size(); i++) {
            MatchResult field = found.get(i);
            String args = block.substring(field.end(), i + 1 < found.size() ? found.get(i + 1).start() : block.length());
            boolean optional = args.contains("null=True") || args.contains("default=");
            fields.put(field.group(1), new Field(field.group(1), field.group(2), !optional));
        }
        return fields;
    }

    /** Each code snippet and each choice of a question that mentions Book, as one text per question. */
    private static Map<Question, String> bookSources() {
        Map<Question, String> sources = new LinkedHashMap<>();
        for (Question q : pack.questions()) {
            String all = String.join("\n", Stream.concat(Stream.of(q.code() == null ? "" : q.code()), q.choices().stream()).toList());
            if (all.contains("Book")) {
                sources.put(q, all);
            }
        }
        return sources;
    }

    /** The keyword names of a call's argument list: {@code title="X", author=a} gives title and author. */
    private static Map<String, String> keywords(String args) {
        Map<String, String> kw = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(\\w+)\\s*=\\s*([^,]*)").matcher(args);
        while (m.find()) {
            kw.put(m.group(1), m.group(2).strip());
        }
        return kw;
    }

    @Test
    void pack_descriptionShowsTheBookModelWithAuthorAndItsApp() {
        assertThat(pack.description()).contains("class Author(models.Model):", "class Book(models.Model):", "app named books");
        assertThat(bookModel()).containsKeys("title", "author", "published");
    }

    @Test
    void pack_everySnippetThatDefinesBookDefinesTheModelOfTheDescription() {
        String model = bookClass(pack.description());
        List<Question> defining = pack.questions().stream().filter(q -> q.code() != null && q.code().contains("class Book(")).toList();
        assertThat(defining).extracting(Question::seed).contains(6, 8);
        for (Question q : defining) {
            assertThat(bookClass(q.code())).as("Book model of %s", label(q)).isEqualTo(model);
        }
    }

    @Test
    void pack_everyBookLookupNamesAFieldOfTheModel_andOnlyABooleanFieldIsComparedWithTrueOrFalse() {
        Map<String, Field> model = bookModel();
        Set<String> names = new HashSet<>(model.keySet());
        names.addAll(List.of("id", "pk"));
        Pattern call = Pattern.compile("(?:\\.(?:filter|exclude|get|update)|get_object_or_404)\\(([^()]*)\\)");
        Pattern nameLists = Pattern.compile("(?:\\border_by\\(|\\b(?:fields|list_display|search_fields|list_filter) = \\[)([^)\\]]*)");
        int checked = 0;
        for (Map.Entry<Question, String> e : bookSources().entrySet()) {
            Matcher m = call.matcher(e.getValue());
            while (m.find()) {
                for (Map.Entry<String, String> kw : keywords(m.group(1).replaceFirst("^Book,", "")).entrySet()) {
                    String[] path = kw.getKey().split("__");
                    assertThat(names).as("field %s in %s", kw.getKey(), label(e.getKey())).contains(path[0]);
                    boolean isBoolean = kw.getValue().equals("True") || kw.getValue().equals("False");
                    if (isBoolean && !path[path.length - 1].equals("isnull")) {
                        assertThat(model.get(path[0]).type()).as("%s=%s in %s", kw.getKey(), kw.getValue(), label(e.getKey()))
                                .isEqualTo("BooleanField");
                    }
                    checked++;
                }
            }
            Matcher lists = nameLists.matcher(e.getValue());
            while (lists.find()) {
                Matcher quoted = Pattern.compile("\"-?(\\w+)\"").matcher(lists.group(1));
                while (quoted.find()) {
                    assertThat(names).as("field %s in %s", quoted.group(1), label(e.getKey())).contains(quoted.group(1));
                    checked++;
                }
            }
        }
        assertThat(checked).as("lookups checked").isGreaterThanOrEqualTo(10);
    }

    @Test
    void pack_everyBookCreatedInASnippetOrChoiceGetsEveryRequiredField() {
        List<String> required = bookModel().values().stream().filter(Field::required).map(Field::name).toList();
        assertThat(required).containsExactlyInAnyOrder("title", "author");
        Pattern create = Pattern.compile("(?:Book\\.objects\\.create|(?<![\\w.])(?<!class )Book)\\(([^()]*)\\)");
        int created = 0;
        for (Map.Entry<Question, String> e : bookSources().entrySet()) {
            Matcher m = create.matcher(e.getValue());
            while (m.find()) {
                assertThat(keywords(m.group(1))).as("Book created in %s: %s", label(e.getKey()), m.group())
                        .containsKeys(required.toArray(String[]::new));
                assertThat(bookModel()).as("fields of %s", m.group()).containsKeys(keywords(m.group(1)).keySet().toArray(String[]::new));
                created++;
            }
        }
        assertThat(created).as("Books created in snippets and choices").isGreaterThanOrEqualTo(3);
    }

    // ---- Issue 13: the facts the issue corrects ----

    @Test
    void q34_rightOptionSaysStartprojectCreatesWsgiAndAsgiWithAnApplication_andNoneSaysCoreDjangoServesWebSockets() {
        Question q = bySeed(34);
        String right = q.choices().get(((Solution.Choices) q.solution()).indexes().first());
        assertThat(right).contains("startproject", "wsgi.py", "asgi.py", "application");
        assertThat(right.toLowerCase()).doesNotContain("websocket");
        assertThat(q.explanation()).contains("HTTP", "WebSocket", "Channels", "third-party");
    }

    @Test
    void q27_postComesFromAnAnonymousClient_soItIs405_andTheExplanationSaysASessionWithoutCsrfTokenGets403() {
        Question q = bySeed(27);
        assertThat(q.text()).contains("anonymous", "no session cookie");
        assertThat(q.solution()).isEqualTo(new Solution.Number(405, 0));
        assertThat(q.explanation()).contains("403", "CSRF");
    }

    @Test
    void q38_saysRawReturnsARawQuerySetThatYieldsBookInstancesWhenIterated() {
        Question q = bySeed(38);
        assertThat(q.text()).contains("RawQuerySet", "Book instances", "iterat");
        assertThat(q.docs()).isEqualTo("https://docs.djangoproject.com/en/5.2/topics/db/sql/#performing-raw-queries");
    }

    @Test
    void q44_explanationSaysWhereAutoescapingDoesNotProtect_andPointsToJsonScript() {
        Question q = bySeed(44);
        assertThat(q.explanation()).contains("quoted attribute", "<script>", "unquoted", "javascript:", "json_script");
        assertThat(q.explanation()).doesNotContain("cannot inject");
    }

    @Test
    void q45_linksTheStartappReference() {
        assertThat(bySeed(45).docs()).isEqualTo("https://docs.djangoproject.com/en/5.2/ref/django-admin/#startapp");
    }

    @Test
    void q40_doesNotOfferTheFilesThatQ34sRightOptionAlreadyNames() {
        assertThat(bySeed(40).choices()).doesNotContain("asgi.py", "wsgi.py");
    }

    @Test
    void pack_docsLinksPointAtDjango52OrAtDrf() {
        for (Question q : pack.questions()) {
            assertThat(q.docs()).as("docs of %s", label(q))
                    .matches("https://docs\\.djangoproject\\.com/en/5\\.2/.*|https://www\\.django-rest-framework\\.org/.*");
        }
    }

    // ---- Issue 13: no question gives another away ----

    private static List<Question> textQuestions() {
        return ofKind(Kind.TEXT);
    }

    private static List<String> accepted(Question q) {
        return ((Solution.Text) q.solution()).accepted();
    }

    @Test
    void pack_noExplanationContainsTheAcceptedAnswerOfAnotherTextQuestion() {
        for (Question answered : textQuestions()) {
            for (Question other : pack.questions()) {
                if (other == answered) {
                    continue;
                }
                String explanation = TextAnswers.normalize(other.explanation());
                for (String answer : accepted(answered)) {
                    assertThat(explanation).as("explanation of %s gives away %s", label(other), label(answered))
                            .doesNotContain(TextAnswers.normalize(answer));
                }
            }
        }
    }

    @Test
    void pack_noQuestionShowsTheAcceptedAnswerOfALaterTextQuestion() {
        List<Question> all = pack.questions();
        for (int later = 0; later < all.size(); later++) {
            if (all.get(later).kind() != Kind.TEXT) {
                continue;
            }
            for (int earlier = 0; earlier < later; earlier++) {
                Question q = all.get(earlier);
                String shown = TextAnswers.normalize(String.join("\n",
                        Stream.concat(Stream.of(q.text(), q.code() == null ? "" : q.code()), q.choices().stream()).toList()));
                for (String answer : accepted(all.get(later))) {
                    assertThat(shown).as("%s shows the answer of %s", label(q), label(all.get(later)))
                            .doesNotContain(TextAnswers.normalize(answer));
                }
            }
        }
    }

    @Test
    void pack_onlyQ50ExplainsTheOrderOfMiddleware_andNoExplanationBeforeQ47SaysHowToAddAThirdPartyApp() {
        Pattern middlewareOrder = Pattern.compile("reverse order|bottom-up|top-down|way out|onion", Pattern.CASE_INSENSITIVE);
        for (Question q : pack.questions()) {
            if (q.seed() != 50) {
                assertThat(middlewareOrder.matcher(q.explanation()).find())
                        .as("explanation of %s tells Q50's middleware order", label(q)).isFalse();
            }
            if (q.seed() < 47) {
                assertThat(q.explanation().contains("pip install") && q.explanation().contains("INSTALLED_APPS"))
                        .as("explanation of %s tells Q47's answer", label(q)).isFalse();
            }
        }
    }

    // ---- Issue 13: text answers accept every usual way to run a command ----

    @Test
    void pack_commandQuestionsAcceptManagePyDjangoAdminPyAndPythonDashMDjango() {
        List<Question> commands = textQuestions().stream()
                .filter(q -> accepted(q).stream().anyMatch(a -> a.startsWith("python manage.py "))).toList();
        assertThat(commands).extracting(Question::seed).containsExactly(9, 32, 45);
        for (Question q : commands) {
            String command = accepted(q).get(0);
            Set<String> normalized = new HashSet<>(accepted(q).stream().map(TextAnswers::normalize).toList());
            for (String prefix : List.of("", "python manage.py ", "python3 manage.py ", "py manage.py ", "manage.py ",
                    "./manage.py ", "django-admin ", "python -m django ", "python3 -m django ", "py -m django ")) {
                assertThat(normalized).as("accepted answers of %s", label(q)).contains(TextAnswers.normalize(prefix + command));
            }
        }
    }
}
