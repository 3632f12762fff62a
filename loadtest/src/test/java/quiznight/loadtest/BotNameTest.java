package quiznight.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import quiznight.game.NameFilter;
import quiznight.game.Names;

class BotNameTest {
    @Test
    void botNames_areDistinctEvenAsLookAlikes_andEveryOnePassesTheServersNicknameFilter() throws Exception {
        // "bot27175" was refused as a nickname in a 45,000-player run (read as look-alike letters it is a rude word).
        NameFilter filter = NameFilter.load(null);
        // The server takes names that look alike on a projector as one name ("rn" and "m"): compare those forms.
        Set<String> seen = new HashSet<>();
        for (int g = 0; g < 60_000; g++) { // the largest scenario has 45,000 players
            String name = Fleet.botName(g);
            filter.check(name);
            for (String key : Names.keys(name)) {
                assertThat(seen.add(key)).as(name).isTrue();
            }
        }
        assertThat(Fleet.botName(120)).isEqualTo("bot-dfb");
    }
}
