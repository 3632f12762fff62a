package quiznight.game;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameFilterTest {
    static final NameFilter FILTER;

    static {
        try {
            FILTER = NameFilter.load(null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fuck", "FUCK you", "f.u.c.k", "f u c k", "fuuuuck", "ＦＵＣＫ", "fück", "ѕhit head",
            "sh1t", "b1tch", "$hit", "bullshitter99", "Mr Bullsh1t", "motherfuckers", "a-s-s-h-o-l-e"})
    void blockedWords_areRefused_throughSimpleTricks(String name) {
        assertThatThrownBy(() -> FILTER.check(Names.clean(name))).isInstanceOf(GameException.class)
                .hasMessageContaining("not allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dickens", "Scunthorpe", "Classy Cass", "Assassin", "Shitake", "Penistone FC", "Ada", "Zoë", "🦊 Fox"})
    void ordinaryNames_pass(String name) {
        assertThatCode(() -> FILTER.check(name)).doesNotThrowAnyException();
    }
}
