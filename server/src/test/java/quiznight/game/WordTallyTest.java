package quiznight.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import quiznight.protocol.ErrorCode;

class WordTallyTest {
    static final NameFilter FILTER = new NameFilter(Set.of("badword"));

    private static void assertRefused(List<String> words, String sentence) {
        assertThatThrownBy(() -> WordTally.normaliseAll(words, FILTER)).isInstanceOf(GameException.class)
                .hasMessageContaining(sentence)
                .satisfies(e -> assertThat(((GameException) e).code()).isEqualTo(ErrorCode.BAD_MESSAGE));
    }

    @Test
    void spellingsOfOneWord_areCountedAsOne_caseWidthAndSpacesAside() {
        assertThat(WordTally.normaliseAll(List.of("Django", "  ice   cream ", "ＤＪＡＮＧＯ"), FILTER))
                .containsExactly("django", "ice cream");
    }

    @Test
    void badWords_areBadMessageWithASentence() {
        assertRefused(List.of(), "at least one word");
        assertRefused(List.of("a", "b", "c", "d"), "at most 3 words");
        assertRefused(Arrays.asList("ok", null), "cannot be empty");
        assertRefused(List.of("   "), "cannot be empty");
        assertRefused(List.of("x".repeat(26)), "at most 25 characters");
        assertRefused(List.of("x".repeat(500)), "at most 25 characters");
        assertRefused(List.of("zero\u200Bwidth"), "control or invisible");
        assertRefused(List.of("b\u0007ell"), "control or invisible");
        assertRefused(List.of("BadWord"), "not allowed here");
        assertRefused(List.of("b.a.d.w.o.r.d"), "not allowed here");
    }

    @Test
    void twentyFiveCharacters_andMarkup_areWordsLikeAnyOther() {
        assertThat(WordTally.normaliseAll(List.of("y".repeat(25), "<b>bold</b>"), FILTER))
                .containsExactly("y".repeat(25), "<b>bold</b>");
    }

    @Test
    void theTop_isTheMostSentWords_tiesAlphabetical_andRemovingAPlayerTakesItsWordsBack() {
        WordTally t = new WordTally();
        t.add(List.of("django", "flask"));
        t.add(List.of("django", "ajax"));
        t.add(List.of("django", "flask", "zope"));
        assertThat(t.top(3)).containsExactly(new WordTally.Entry("django", 3), new WordTally.Entry("flask", 2),
                new WordTally.Entry("ajax", 1));
        assertThat(t.total()).isEqualTo(7);
        assertThat(t.distinct()).isEqualTo(4);
        t.remove(List.of("django", "flask", "zope"));
        assertThat(t.top(10)).containsExactly(new WordTally.Entry("django", 2), new WordTally.Entry("ajax", 1),
                new WordTally.Entry("flask", 1));
        assertThat(t.count("zope")).isZero();
        assertThat(t.total()).isEqualTo(4);
        assertThat(t.top(0)).isEmpty();
    }

    @Test
    void aHiddenWord_leavesTheTop_keepsItsCount_andComesBackExactly() {
        WordTally t = new WordTally();
        t.add(List.of("django"));
        t.add(List.of("django", "flask"));
        assertThat(t.hide("django")).isTrue();
        assertThat(t.hide("django")).isFalse();
        assertThat(t.top(5)).containsExactly(new WordTally.Entry("flask", 1));
        t.add(List.of("django"));
        assertThat(t.show("django")).isTrue();
        assertThat(t.top(1)).containsExactly(new WordTally.Entry("django", 3));
    }

    @Test
    void theTopOfManyWords_isExact() {
        WordTally t = new WordTally();
        List<WordTally.Entry> expected = new ArrayList<>();
        for (int w = 0; w < 2000; w++) {
            String word = "w" + w;
            int times = w % 97;
            for (int i = 0; i < times; i++) {
                t.add(List.of(word));
            }
            if (times > 0) {
                expected.add(new WordTally.Entry(word, times));
            }
        }
        expected.sort(Comparator.comparingInt(WordTally.Entry::count).reversed().thenComparing(WordTally.Entry::word));
        assertThat(t.top(50)).containsExactlyElementsOf(expected.subList(0, 50));
    }
}
