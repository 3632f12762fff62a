package quiznight.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import quiznight.protocol.ErrorCode;

class NamesTest {

    @Test
    void clean_trimsAndNormalizesToNfc() {
        assertThat(Names.clean("  Zoe\u0301  ")).isEqualTo("Zoé");
    }

    @Test
    void clean_allowsThirtyTwoCharactersCountingEmojiAsOne() {
        assertThat(Names.clean("🦊".repeat(32))).hasSize(64);
        assertThat(Names.clean("a".repeat(32))).hasSize(32);
        assertThat(Names.clean("<img src=x onerror=alert(1)>")).isEqualTo("<img src=x onerror=alert(1)>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "abcdefghijklmnopqrstuvwxyz0123456", "a\u0000b", "a\u200Bb", "\u3164", "a\nb", "\u2800", "x\u202Ey"})
    void clean_refusesEmptyLongControlAndInvisible(String name) {
        assertThatThrownBy(() -> Names.clean(name)).isInstanceOf(GameException.class)
                .satisfies(e -> assertThat(((GameException) e).code()).isEqualTo(ErrorCode.BAD_NAME));
    }

    @Test
    void key_ignoresCase() {
        assertThat(Names.keys(Names.clean("ÄDA")).get(0)).isEqualTo(Names.keys(Names.clean("äda")).get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0622\u0630\u0631\u200c\u0646\u0648\u0634", "\u0628\u0647\u200c\u062a\u06cc\u0646",
            "\u0915\u094d\u200d\u0937", "\ud83d\udc69\u200d\ud83d\udd2c Ada"})
    void clean_keepsAJoinerInsideAWord(String name) {
        assertThat(Names.clean(name)).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\u062f\u0627\u0648\u0631\u200c|\u062f\u0627\u0648\u0631",
            "\u200dAda \u200c|Ada"})
    void clean_dropsJoinersAtTheEnds(String raw, String cleaned) {
        assertThat(Names.clean(raw)).isEqualTo(cleaned);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u200c\u200cb", "a \u200cb", "a\u200d b", "\u200c", "a\u200eb", "a\u2060b"})
    void clean_refusesJoinersOutsideAWordAndOtherFormatCharacters(String name) {
        assertThatThrownBy(() -> Names.clean(name)).isInstanceOf(GameException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "ALICE", "\u0410lice", "Alic\u0435", "\u0410lic\u0435", "AIice", "Ａｌｉｃｅ", "Alicé", "A\u0301lice"})
    void key_isTheSameForNamesThatLookAlike(String lookAlike) {
        assertThat(Names.keys(Names.clean(lookAlike))).containsAnyElementsOf(Names.keys(Names.clean("Alice")));
    }

    @ParameterizedTest
    @CsvSource({"Alice, Alicia", "Ann, Anna", "Max, Max2", "Zoë, Zoya", "सुमन, समन", "Иван, Иванна", "محمد, أحمد", "李娜, 李明"})
    void key_keepsDifferentNamesApart(String one, String other) {
        assertThat(Names.keys(Names.clean(one))).doesNotContainAnyElementsOf(Names.keys(Names.clean(other)));
    }

    @Test
    void cleanRealName_trimsAndNormalises_allowsEmpty_andKeepsEightyCharacters() {
        assertThat(Names.cleanRealName("  Zoe\u0308 Ng\t")).isEqualTo("Zo\u00eb Ng");
        assertThat(Names.cleanRealName("")).isEmpty();
        assertThat(Names.cleanRealName("   ")).isEmpty();
        assertThat(Names.cleanRealName("\uD83E\uDD8A".repeat(80))).hasSize(160);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada\u0000King", "Ada\u200BKing", "Ada\u202EKing"})
    void cleanRealName_refusesControlAndInvisibleCharacters(String name) {
        assertThatThrownBy(() -> Names.cleanRealName(name)).isInstanceOf(GameException.class)
                .satisfies(e -> assertThat(((GameException) e).code()).isEqualTo(ErrorCode.BAD_NAME));
    }

    @Test
    void cleanRealName_refusesEightyOneCharacters() {
        assertThatThrownBy(() -> Names.cleanRealName("x".repeat(81))).isInstanceOf(GameException.class)
                .hasMessageContaining("at most 80");
    }
}
