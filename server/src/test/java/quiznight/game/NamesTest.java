package quiznight.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import quiznight.protocol.ErrorCode;

class NamesTest {

    @Test
    void clean_trimsAndNormalizesToNfc() {
        assertThat(Names.clean("  Zoe\u0301  ")).isEqualTo("Zoé");
    }

    @Test
    void clean_allowsTwentyCharactersCountingEmojiAsOne() {
        assertThat(Names.clean("🦊".repeat(20))).hasSize(40);
        assertThat(Names.clean("abcdefghijklmnopqrst")).hasSize(20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "abcdefghijklmnopqrstu", "a\u0000b", "a\u200Bb", "\u3164", "a\nb", "\u2800", "x\u202Ey"})
    void clean_refusesEmptyLongControlAndInvisible(String name) {
        assertThatThrownBy(() -> Names.clean(name)).isInstanceOf(GameException.class)
                .satisfies(e -> assertThat(((GameException) e).code()).isEqualTo(ErrorCode.BAD_NAME));
    }

    @Test
    void key_ignoresCase() {
        assertThat(Names.key(Names.clean("ÄDA"))).isEqualTo(Names.key(Names.clean("äda")));
    }
}
