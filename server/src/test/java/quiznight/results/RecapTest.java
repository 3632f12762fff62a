package quiznight.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecapTest {
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Test
    void aPlayersRecap_hasEveryPlayedQuestion_withTheirAnswer_theRightOne_pointsAndExplanation_andSilenceAsNoAnswer() {
        Recap r = Recap.of(GameReportTest.game(), "id-Cy").orElseThrow();
        assertThat(r.name()).isEqualTo("Cy");
        assertThat(r.rank()).isEqualTo(3);
        assertThat(r.players()).isEqualTo(4);
        assertThat(r.questions()).extracting(Recap.Item::index).containsExactly(0, 1, 2);
        Recap.Item q0 = r.questions().get(0);
        assertThat(q0.answer()).isEqualTo(0);
        assertThat(q0.right()).isTrue();
        assertThat(q0.earned()).isEqualTo(900);
        assertThat(q0.correct()).isEqualTo(List.of(0));
        Recap.Item q1 = r.questions().get(1);
        assertThat(q1.answer()).isNull();
        assertThat(q1.right()).isNull();
        assertThat(q1.earned()).isZero();
        assertThat(q1.explanation()).isEqualTo("Because c.");
        Recap.Item poll = r.questions().get(2);
        assertThat(poll.judged()).isFalse();
        assertThat(poll.correct()).isNull();
        assertThat(poll.right()).isNull();
        assertThat(poll.answer()).isEqualTo(0);
    }

    @Test
    void aQuestionTheGameNeverRevealed_isNotInTheRecap_soItsRightAnswerNeverLeaves() {
        GameResult g = GameReportTest.game();
        GameResult endedEarly = new GameResult(g.code(), g.quiz(), 0, 0, 1, true, g.questions(), g.players(), 2, null);
        Recap r = Recap.of(endedEarly, "id-Ada").orElseThrow();
        assertThat(r.questions()).extracting(Recap.Item::index).containsExactly(0, 1);
        assertThat(GameReport.of(endedEarly).questionsPlayed()).isEqualTo(2);
    }

    @Test
    void aStrangersId_hasNoRecap() {
        assertThat(Recap.of(GameReportTest.game(), "id-Eve")).isEmpty();
    }

    @Test
    void resultsWrittenBeforePlayedAndDocsExisted_stillRead_andCountTheirPlayedQuestionsAsBefore() throws Exception {
        String old = "{\"code\":\"123456\",\"quiz\":{\"id\":\"q\",\"title\":\"Quiz\"},\"createdAt\":0,\"startedAt\":0,"
                + "\"finishedAt\":1,\"complete\":true,\"questions\":[{\"index\":0,\"kind\":\"single\",\"text\":\"Q\","
                + "\"choices\":[\"a\",\"b\"],\"correct\":[0],\"points\":1000}],\"players\":[]}";
        GameResult r = JSON.readValue(old, GameResult.class);
        assertThat(r.played()).isNull();
        assertThat(r.questions().get(0).docs()).isNull();
        assertThat(r.playedCount()).isEqualTo(1);
        GameResult withPlayed = new GameResult(r.code(), r.quiz(), 0, 0, 1, true, List.of(
                new GameResult.QuestionRef(0, "single", "Q", List.of("a", "b"), List.of(0), 1000, true, null, "https://docs")),
                List.of(), 0, null);
        GameResult back = JSON.readValue(JSON.writeValueAsBytes(withPlayed), GameResult.class);
        assertThat(back).isEqualTo(withPlayed);
        assertThat(back.playedCount()).isZero();
    }
}
