package quiznight.quiz.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import quiznight.quiz.Question;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.QuizLoader;
import quiznight.quiz.QuizWriter;
import quiznight.quiz.ShuffleSecret;
import quiznight.quiz.Solution;

/**
 * An order question's items are shown in a shuffle that comes from the server's secret: the same for every load with
 * one secret (a restart, another server of the cluster), another with another secret, and not what the item texts
 * alone give (which any player could compute); never the right order; written back in the right order.
 */
class OrderShuffleSecretTest {
    static final ShuffleSecret ONE = ShuffleSecret.of("the first server's secret");
    static final ShuffleSecret OTHER = ShuffleSecret.of("another server's secret");

    /** Twelve order questions of six items each: whether two shuffles differ does not hang on one question. */
    static String quizJson() {
        StringBuilder qs = new StringBuilder();
        for (int q = 0; q < 12; q++) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                items.add("\"Event " + q + "." + i + "\"");
            }
            qs.append(q == 0 ? "" : ",").append("{\"kind\":\"order\",\"text\":\"Oldest first " + q + "\",\"choices\":")
                    .append(items).append('}');
        }
        return "{\"id\":\"history\",\"title\":\"History\",\"questions\":[" + qs + "]}";
    }

    static Quiz load(ShuffleSecret secret, String json) throws QuizFormatException {
        return new QuizLoader(secret).load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "history.json",
                "history");
    }

    static List<List<String>> shown(Quiz quiz) {
        return quiz.questions().stream().map(Question::choices).toList();
    }

    static List<String> rightOrder(Question q) {
        List<String> right = new ArrayList<>();
        for (int shown : ((Solution.Order) q.solution()).order()) {
            right.add(q.choices().get(shown));
        }
        return right;
    }

    /** The shuffle of the versions before the secret, as they computed it: from the texts alone. */
    static int[] textsOnlyShuffle(List<String> texts) {
        List<String> sorted = new ArrayList<>(texts);
        sorted.sort(null);
        int n = sorted.size();
        int[] p = new int[n];
        Arrays.setAll(p, i -> i);
        Random random = new Random(String.join("\u0000", sorted).hashCode());
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    @Test
    void oneSecretShufflesTheSameWayOnEveryLoad_evenByAnotherLoaderMadeFromIt() throws Exception {
        Quiz first = load(ONE, quizJson());
        Quiz again = load(ShuffleSecret.of("the first server's secret"), quizJson());
        assertThat(shown(again)).isEqualTo(shown(first));
    }

    @Test
    void anotherSecretShufflesOtherwise_andBothPutTheItemsBackInTheRightOrder() throws Exception {
        Quiz one = load(ONE, quizJson());
        Quiz other = load(OTHER, quizJson());
        assertThat(shown(other)).isNotEqualTo(shown(one));
        for (int q = 0; q < 12; q++) {
            assertThat(rightOrder(one.questions().get(q))).isEqualTo(rightOrder(other.questions().get(q)))
                    .first().isEqualTo("Event " + q + ".0");
        }
    }

    @Test
    void theItemTextsAloneDoNotGiveTheShuffle() throws Exception {
        Quiz quiz = load(ONE, quizJson());
        int guessedRight = 0;
        for (Question q : quiz.questions()) {
            int[] p = textsOnlyShuffle(rightOrder(q));
            List<String> guess = new ArrayList<>();
            for (int i : p) {
                guess.add(rightOrder(q).get(i));
            }
            guessedRight += guess.equals(q.choices()) ? 1 : 0;
        }
        assertThat(guessedRight).as("questions whose shown order a player computed from the texts").isLessThan(12);
    }

    @Test
    void theShuffleOfBeforeSecretsIsTheOneThoseVersionsComputed_forTheirJournals() throws Exception {
        for (int n = OrderKind.MIN_ITEMS; n <= OrderKind.MAX_ITEMS; n++) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                items.add("item " + i);
            }
            int[] then = textsOnlyShuffle(items);
            boolean identity = true;
            for (int i = 0; i < n; i++) {
                identity &= then[i] == i;
            }
            if (!identity) {
                assertThat(OrderKind.shuffle(n, ShuffleSecret.beforeSecrets().seed(items))).isEqualTo(then);
            }
        }
    }

    @Test
    void noSecretEverShowsTheItemsInTheRightOrder() throws Exception {
        for (int s = 0; s < 50; s++) {
            Quiz quiz = load(ShuffleSecret.of("secret number " + s + " of fifty"), quizJson());
            for (Question q : quiz.questions()) {
                assertThat(q.choices()).isNotEqualTo(rightOrder(q));
            }
        }
    }

    @Test
    void aQuizWrittenBack_export_editor_journal_listsTheItemsInTheRightOrder_andLoadsAgainWithAnySecret() throws Exception {
        Quiz one = load(ONE, quizJson());
        String written = QuizWriter.quiz(one).toString();
        assertThat(written).contains("[\"Event 0.0\",\"Event 0.1\",\"Event 0.2\",\"Event 0.3\",\"Event 0.4\",\"Event 0.5\"]");
        assertThat(shown(load(ONE, written))).isEqualTo(shown(one));
        Quiz other = load(OTHER, written);
        for (int q = 0; q < 12; q++) {
            assertThat(rightOrder(other.questions().get(q))).isEqualTo(rightOrder(one.questions().get(q)));
        }
    }
}
