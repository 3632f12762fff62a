package quiznight.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import quiznight.game.NameFilter;

class BotNameTest {
    @Test
    void botNames_areDistinct_andEveryOnePassesTheServersNicknameFilter() throws Exception {
        // "bot27175" was refused as a nickname in a 45,000-player run (read as look-alike letters it is a rude word).
        NameFilter filter = NameFilter.load(null);
        Set<String> seen = new HashSet<>();
        for (int g = 0; g < 200_000; g++) {
            String name = Fleet.botName(g);
            filter.check(name);
            assertThat(seen.add(name)).as(name).isTrue();
        }
        assertThat(Fleet.botName(120)).isEqualTo("bot-dgb");
    }
}
