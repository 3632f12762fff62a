package quiznight.game;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The bundled blocklist against corpora: real first names and usernames in many languages (test resource
 * names/real-names.txt, from @faker-js/faker) must all pass; the abuse corpus (names/abuse.txt) must all
 * be refused.
 */
class NameFilterCorpusTest {

    private static List<String[]> entries(String resource) throws IOException {
        try (InputStream in = NameFilterCorpusTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t", 2));
                }
            }
            return out;
        }
    }

    private static boolean refused(String name) {
        try {
            NameFilterTest.FILTER.check(Names.clean(name));
            return false;
        } catch (GameException e) {
            return true;
        }
    }

    @Test
    void realNamesAndUsernames_inManyLanguages_areNeverRefused() throws IOException {
        List<String[]> corpus = entries("names/real-names.txt");
        Set<String> sources = new HashSet<>();
        boolean nonLatin = false;
        List<String> refused = new ArrayList<>();
        for (String[] e : corpus) {
            sources.add(e[1]);
            nonLatin |= e[0].codePoints().anyMatch(cp -> Character.isLetter(cp)
                    && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN);
            if (refused(e[0])) {
                refused.add(e[0] + " (" + e[1] + ")");
            }
        }
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(5000);
        assertThat(sources).hasSizeGreaterThanOrEqualTo(15);
        assertThat(nonLatin).isTrue();
        assertThat(refused).as("real names refused").isEmpty();
    }

    @Test
    void abuseCorpus_isRefusedEntirely() throws IOException {
        List<String> passed = new ArrayList<>();
        for (String[] e : entries("names/abuse.txt")) {
            if (!refused(e[0])) {
                passed.add(e[0]);
            }
        }
        assertThat(passed).as("abusive names let through").isEmpty();
    }
}
