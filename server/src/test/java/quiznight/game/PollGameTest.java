package quiznight.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import quiznight.protocol.ErrorCode;
import quiznight.quiz.Submission;
import quiznight.testing.ManualClock;
import quiznight.testing.Questions;

/** A poll in a game: votes are counted, none is correct, nobody scores, and every streak is left as it was. */
class PollGameTest {
    static final long T = 20_000;
    final ManualClock clock = new ManualClock(1_000_000);

    private long later(long ms) {
        clock.advance(ms);
        return clock.millis();
    }

    private Game threePlayers() {
        Game g = new Game(List.of(Questions.single(0, T), Questions.poll(T), Questions.single(0, T)));
        for (String id : List.of("p1", "p2", "p3")) {
            g.join(id, "Player " + id, clock.millis());
        }
        return g;
    }

    @Test
    void poll_countsEveryVote_scoresNothing_andLeavesStreaksAsTheyWere() {
        Game g = threePlayers();
        g.start(clock.millis());
        g.answer("p1", 0, new Submission.Choice(0), clock.millis(), 0);
        g.answer("p2", 0, new Submission.Choice(1), clock.millis(), 0);
        g.answer("p3", 0, new Submission.Choice(0), clock.millis(), 0);
        g.next(later(1000));
        int p1 = g.player("p1").score();
        int p3 = g.player("p3").score();
        assertThat(g.player("p1").streak()).isEqualTo(1);
        g.next(later(1000));
        g.next(later(1000));

        later(500);
        g.answer("p1", 1, new Submission.Choice(2), clock.millis(), 0);
        g.answer("p2", 1, new Submission.Choice(2), clock.millis(), 0);
        // p3 does not vote: a poll does not break their streak either.
        g.next(later(1000));

        assertThat(g.counts()).containsExactly(0, 0, 2, 0);
        assertThat(g.correctCount()).isZero();
        assertThat(g.answered()).isEqualTo(2);
        AnswerRecord vote = g.player("p1").answer(1);
        assertThat(vote.correct()).isFalse();
        assertThat(vote.points()).isZero();
        assertThat(vote.bonus()).isZero();
        assertThat(g.player("p1").score()).isEqualTo(p1);
        assertThat(g.player("p3").score()).isEqualTo(p3);
        assertThat(g.player("p1").streak()).isEqualTo(1);
        assertThat(g.player("p2").streak()).isZero();
        assertThat(g.player("p3").streak()).isEqualTo(1);

        g.next(later(1000));
        g.next(later(1000));
        g.answer("p1", 2, new Submission.Choice(0), clock.millis(), 0);
        g.next(later(1000));
        assertThat(g.player("p1").streak()).as("the poll neither broke nor extended it").isEqualTo(2);
        assertThat(g.player("p3").streak()).as("no answer to a scored question breaks it").isZero();
    }

    @Test
    void pollVote_outOfRangeOrOfAnotherShape_isRefusedAsBadMessage_andCountsNothing() {
        Game g = threePlayers();
        g.start(clock.millis());
        g.next(later(1000));
        g.next(later(1000));
        g.next(later(1000));
        assertThatThrownBy(() -> g.answer("p1", 1, new Submission.Choice(4), clock.millis(), 0))
                .isInstanceOf(GameException.class)
                .hasMessage("This question takes 'choice': a choice number from 0 to 3.")
                .satisfies(e -> assertThat(((GameException) e).code()).isEqualTo(ErrorCode.BAD_MESSAGE));
        assertThatThrownBy(() -> g.answer("p1", 1, new Submission.Text("A"), clock.millis(), 0))
                .isInstanceOf(GameException.class);
        assertThat(g.answered()).isZero();
        assertThat(g.counts()).containsExactly(0, 0, 0, 0);
        g.answer("p1", 1, new Submission.Choice(3), clock.millis(), 0);
        assertThat(g.counts()).containsExactly(0, 0, 0, 1);
    }

    @Test
    void removingAVoter_takesTheirVoteOutOfTheCounts() {
        Game g = threePlayers();
        g.start(clock.millis());
        g.next(later(1000));
        g.next(later(1000));
        g.next(later(1000));
        g.answer("p2", 1, new Submission.Choice(1), clock.millis(), 0);
        g.remove("p2");
        assertThat(g.counts()).containsExactly(0, 0, 0, 0);
    }
}
