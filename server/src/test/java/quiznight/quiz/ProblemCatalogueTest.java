package quiznight.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The problem codes and the web client's catalogues (on the test classpath from the web-client jar) agree: every
 * code has its {@code problem.<code>} sentence in all ten languages, with exactly the code's parameters as its
 * placeholders, and docs/protocol.md lists every code with its parameters.
 */
class ProblemCatalogueTest {
    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "pt-BR", "it", "pl", "uk", "ja", "ar");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)\\}");

    static JsonNode catalogue(String lang) throws Exception {
        try (InputStream in = ProblemCatalogueTest.class.getResourceAsStream("/quiznight/web/i18n/" + lang + ".json")) {
            assertThat(in).as(lang + ".json on the classpath").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void everyCode_hasASentenceInEveryCatalogue_whosePlaceholdersAreExactlyItsParameters() throws Exception {
        for (String lang : LANGUAGES) {
            JsonNode c = catalogue(lang);
            for (ProblemCode code : ProblemCode.values()) {
                JsonNode text = c.get("problem." + code.wire());
                assertThat(text).as(lang + ": problem." + code.wire()).isNotNull();
                assertThat(text.asText()).as(lang + ": problem." + code.wire()).isNotBlank();
                assertThat(placeholders(text.asText())).as(lang + ": problem." + code.wire())
                        .isEqualTo(new TreeSet<>(code.params()));
            }
            for (String place : List.of("problem.at-line", "problem.at-row")) {
                assertThat(placeholders(c.path(place).asText())).as(lang + ": " + place).containsExactly("line", "text");
            }
        }
    }

    @Test
    void everyProblemKeyOfTheCatalogues_isACode() throws Exception {
        Set<String> codes = Arrays.stream(ProblemCode.values()).map(c -> "problem." + c.wire()).collect(Collectors.toSet());
        codes.add("problem.at-line");
        codes.add("problem.at-row");
        for (String lang : LANGUAGES) {
            Set<String> keys = new HashSet<>();
            catalogue(lang).fieldNames().forEachRemaining(k -> {
                if (k.startsWith("problem.")) {
                    keys.add(k);
                }
            });
            assertThat(keys).as(lang).isEqualTo(codes);
        }
    }

    @Test
    void codesAreUnique_andEachEnglishSentenceUsesOnlyItsOwnParameters() {
        assertThat(Arrays.stream(ProblemCode.values()).map(ProblemCode::wire)).doesNotHaveDuplicates();
        for (ProblemCode code : ProblemCode.values()) {
            Set<String> used = placeholders(code.english());
            used.removeAll(ProblemCode.LITERALS); // GIFT's own notation "{answers}" in a sentence, not a parameter
            assertThat(code.params()).as(code.wire()).containsAll(used);
            assertThat(code.wire()).matches("[a-z][A-Za-z]*\\.[a-z][A-Za-z0-9]*");
        }
    }

    @Test
    void theProtocolDocument_listsEveryCodeWithItsParameters() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "protocol.md"));
        for (ProblemCode code : ProblemCode.values()) {
            String params = code.params().isEmpty() ? "-"
                    : code.params().stream().map(p -> "`" + p + "`").collect(Collectors.joining(", "));
            assertThat(doc).as(code.wire()).contains("| `" + code.wire() + "` | " + params + " |");
        }
    }
}
