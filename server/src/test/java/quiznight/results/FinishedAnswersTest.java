package quiznight.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A finished game's answers read through equal the plain list of the same answers, in every way a reader sees. */
class FinishedAnswersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Answers kept per question, as a game keeps them: null where none was given. */
    private static class PerQuestion extends FinishedAnswers {
        private final GameResult.AnswerResult[] byQuestion;

        PerQuestion(GameResult.AnswerResult[] byQuestion, int played) {
            super(played, count(byQuestion, played));
            this.byQuestion = byQuestion;
        }

        private static int count(GameResult.AnswerResult[] byQuestion, int played) {
            int n = 0;
            for (int q = 0; q < played; q++) {
                n += byQuestion[q] == null ? 0 : 1;
            }
            return n;
        }

        @Override
        protected boolean answered(int q) {
            return byQuestion[q] != null;
        }

        @Override
        protected GameResult.AnswerResult read(int q) {
            GameResult.AnswerResult a = byQuestion[q];
            // Built on reading, as the room's are: equal, never the same instance.
            return new GameResult.AnswerResult(a.index(), a.answer(), a.correct(), a.points(), a.responseMs());
        }
    }

    private static Object someAnswer(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> r.nextInt(6);
            case 1 -> List.of(0, 1 + r.nextInt(5));
            case 2 -> "word " + r.nextInt(100);
            case 3 -> r.nextDouble() * 100;
            default -> List.of("a", "b");
        };
    }

    private static GameResult.PlayerResult player(List<GameResult.AnswerResult> answers) {
        return new GameResult.PlayerResult(3, "p7", "Ada", 1_234, 2, answers, null, null);
    }

    @Test
    void randomGames_readThrough_equalThePlainListOfTheSameAnswers() throws Exception {
        Random random = new Random(19);
        for (int round = 0; round < 500; round++) {
            int questions = random.nextInt(12);
            int played = questions == 0 ? 0 : random.nextInt(questions + 1);
            boolean all = random.nextInt(4) == 0;
            GameResult.AnswerResult[] byQuestion = new GameResult.AnswerResult[questions];
            List<GameResult.AnswerResult> plain = new ArrayList<>();
            for (int q = 0; q < questions; q++) {
                if (all || random.nextBoolean()) {
                    byQuestion[q] = new GameResult.AnswerResult(q, someAnswer(random), random.nextBoolean(),
                            random.nextInt(2_000), random.nextInt(30_000));
                    if (q < played) {
                        plain.add(byQuestion[q]);
                    }
                }
            }
            List<GameResult.AnswerResult> read = new PerQuestion(byQuestion, played);

            assertThat(read).hasSize(plain.size()).isEqualTo(plain).hasSameHashCodeAs(plain);
            assertThat(plain).isEqualTo(read);
            for (int i = 0; i < plain.size(); i++) {
                assertThat(read.get(i)).isEqualTo(plain.get(i));
            }
            assertThat(new ArrayList<>(read)).isEqualTo(plain);
            assertThat(read.stream().toList()).isEqualTo(plain);
            assertThat(read.indexOf(plain.isEmpty() ? null : plain.get(plain.size() - 1)))
                    .isEqualTo(plain.isEmpty() ? -1 : plain.size() - 1);
            assertThat(JSON.writeValueAsString(player(read))).isEqualTo(JSON.writeValueAsString(player(plain)));
            assertThat(player(read)).isEqualTo(player(plain));
            for (int q = -1; q <= questions; q++) {
                GameResult.AnswerResult expected = q >= 0 && q < played ? byQuestion[q] : null;
                assertThat(player(read).answerTo(q)).as("question %d read through", q).isEqualTo(expected);
                assertThat(player(plain).answerTo(q)).as("question %d of the copy", q).isEqualTo(expected);
            }
        }
    }

    @Test
    void theAnswerToAQuestion_isOneReadOfThatQuestion_notASearchFromTheFirst() {
        int questions = 500;
        int[] reads = new int[1];
        GameResult.AnswerResult[] byQuestion = new GameResult.AnswerResult[questions];
        for (int q = 0; q < questions; q += 2) {
            byQuestion[q] = new GameResult.AnswerResult(q, 1, true, 500, 1_000);
        }
        FinishedAnswers counting = new PerQuestion(byQuestion, questions) {
            @Override
            protected boolean answered(int q) {
                reads[0]++;
                return super.answered(q);
            }
        };
        GameResult.PlayerResult p = player(counting);
        for (int q = 0; q < questions; q++) {
            assertThat(p.answerTo(q)).isEqualTo(byQuestion[q]);
        }
        // A report asks every player for every question: one look each, not questions² over the game.
        assertThat(reads[0]).isEqualTo(questions);
    }

    @Test
    void aPlayerResult_keepsTheAnswersReadThrough_withoutACopy_andTheyCannotBeChanged() {
        GameResult.AnswerResult[] byQuestion = {
                new GameResult.AnswerResult(0, 1, true, 900, 2_000), null,
                new GameResult.AnswerResult(2, "Paris", false, 0, 5_000)};
        PerQuestion read = new PerQuestion(byQuestion, 3);

        assertThat(player(read).answers()).isSameAs(read);
        assertThatThrownBy(() -> read.add(byQuestion[0])).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> read.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> read.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> read.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        Iterator<GameResult.AnswerResult> it = read.iterator();
        assertThat(it.next().index()).isZero();
        assertThat(it.next().index()).isEqualTo(2);
        assertThat(it.hasNext()).isFalse();
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void aResultWithAnswersReadThrough_readsBackAsTheSameResult() throws Exception {
        GameResult.AnswerResult[] byQuestion = {null, new GameResult.AnswerResult(1, List.of(0, 2), true, 1_800, 700)};
        GameResult r = new GameResult("123456", new GameResult.QuizRef("q", "Quiz"), 1, 2, 3, true, List.of(),
                List.of(player(new PerQuestion(byQuestion, 2))));
        GameResult back = JSON.readValue(JSON.writeValueAsString(r), GameResult.class);
        assertThat(back).isEqualTo(r);
        assertThat(back.players().get(0).answers()).isInstanceOf(AnswerResults.class);
    }
}
