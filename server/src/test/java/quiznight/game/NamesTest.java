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
        assertThat(Names.key(Names.clean("ÄDA"))).isEqualTo(Names.key(Names.clean("äda")));
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
}
