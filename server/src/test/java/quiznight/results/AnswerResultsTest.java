package quiznight.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A player's answers as a result keeps them: compact, immutable, and read back as given. */
class AnswerResultsTest {
    private static final List<GameResult.AnswerResult> GIVEN = List.of(
            new GameResult.AnswerResult(0, 2, true, 975, 1_000),
            new GameResult.AnswerResult(2, List.of(0, 3), false, 0, 4_321),
            new GameResult.AnswerResult(3, "Paris", true, 1_100, 0),
            new GameResult.AnswerResult(4, 42.5, false, 0, 600_000));

    private static GameResult.PlayerResult player(List<GameResult.AnswerResult> answers) {
        return new GameResult.PlayerResult(1, "p1", "Ada", 2_075, 2, answers);
    }

    @Test
    void aPlayersAnswers_areReadBackAsGiven_andEqualTheListTheyCameFrom() {
        List<GameResult.AnswerResult> kept = player(new ArrayList<>(GIVEN)).answers();
        assertThat(kept).isInstanceOf(AnswerResults.class).containsExactlyElementsOf(GIVEN);
        assertThat(kept).isEqualTo(GIVEN).hasSameHashCodeAs(GIVEN);
        assertThat(player(GIVEN)).isEqualTo(player(new ArrayList<>(GIVEN)));
        assertThat(player(List.of()).answers()).isEmpty();
    }

    @Test
    void theAnswersKept_cannotBeChanged_norChangeWithTheListGiven() {
        List<GameResult.AnswerResult> given = new ArrayList<>(GIVEN);
        List<GameResult.AnswerResult> kept = player(given).answers();
        given.clear();
        assertThat(kept).hasSize(4);
        assertThatThrownBy(() -> kept.add(GIVEN.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> kept.get(4)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aResponseTimeBeyondAnInt_isKeptWhole() {
        List<GameResult.AnswerResult> odd = List.of(new GameResult.AnswerResult(0, 1, true, 500, 5_000_000_000L));
        List<GameResult.AnswerResult> kept = player(odd).answers();
        assertThat(kept).isEqualTo(odd);
        assertThatThrownBy(() -> kept.add(odd.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aResult_writtenAndReadBack_isTheSame() throws Exception {
        ObjectMapper json = new ObjectMapper();
        GameResult r = new GameResult("123456", new GameResult.QuizRef("q", "Quiz"), 1, 2, 3, true,
                List.of(), List.of(player(GIVEN)));
        String text = json.writeValueAsString(r);
        assertThat(text).contains("\"responseMs\":4321", "\"answer\":\"Paris\"");
        assertThat(json.readValue(text, GameResult.class)).isEqualTo(r);
    }
}
