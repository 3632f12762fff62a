package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import quiznight.testing.Rooms;
import quiznight.testing.SharedServerTest;
import quiznight.testing.WsClient;

/** order, slider and wordcloud played on a real server over real WebSockets, down to the results file. */
class NewKindsEndToEndTest extends SharedServerTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> ITEMS = List.of("Fortran", "Lisp", "C", "Java");

    final List<WsClient> clients = new ArrayList<>();
    /** The code of the last room made by {@link #room}. */
    String code;

    @AfterEach
    void closeClients() {
        clients.forEach(WsClient::close);
    }

    private WsClient client(WsClient c) {
        clients.add(c);
        return c;
    }

    /** A host and {@code n} players in a started room of {@code quiz}; index 0 is the host. */
    private List<WsClient> room(String quiz, int n) {
        WsClient host = client(WsClient.connect(server.port()));
        code = Rooms.create(host, quiz).get("code").asText();
        List<WsClient> all = new ArrayList<>(List.of(host));
        for (int i = 0; i < n; i++) {
            all.add(client(Rooms.joined(server.port(), code, "Player " + i)));
        }
        Rooms.startWith(host, n);
        return all;
    }

    @Test
    void order_itemsGoOutShuffledWithNoSolution_onlyTheExactOrderScores_andTheRevealShowsTheRightOrder() throws Exception {
        List<WsClient> all = room("order", 3);
        WsClient host = all.get(0);
        JsonNode q = host.take("question");
        assertThat(q.has("correct")).isFalse();
        List<String> shown = new ArrayList<>();
        q.get("choices").forEach(c -> shown.add(c.asText()));
        assertThat(shown).containsExactlyInAnyOrderElementsOf(ITEMS).isNotEqualTo(ITEMS);
        List<Integer> right = ITEMS.stream().map(shown::indexOf).toList();
        List<Integer> swapped = new ArrayList<>(right);
        java.util.Collections.swap(swapped, 0, 1);

        WsClient ada = all.get(1);
        WsClient bob = all.get(2);
        WsClient cy = all.get(3);
        ada.take("question");
        bob.take("question");
        cy.take("question");
        cy.send("type", "answer", "index", 0, "choices", List.of(0, 1, 1, 2));
        JsonNode error = cy.take("error");
        assertThat(error.get("code").asText()).isEqualTo("bad-message");
        assertThat(error.get("message").asText()).isEqualTo(
                "This question takes 'choices': each item number from 0 to 3 exactly once, in your order from first to last.");
        ada.send("type", "answer", "index", 0, "choices", right);
        ada.take("ack");
        bob.send("type", "answer", "index", 0, "choices", swapped);
        bob.take("ack");
        cy.send("type", "answer", "index", 0, "choices", swapped);
        cy.take("ack");

        JsonNode reveal = host.take("reveal");
        assertThat(JSON.convertValue(reveal.get("correct"), List.class)).isEqualTo(right);
        assertThat(reveal.get("correctCount").asInt()).isEqualTo(1);
        assertThat(reveal.get("answered").asInt()).isEqualTo(3);
        int[] placed = new int[4];
        placed[right.get(0)] = 1;
        placed[right.get(1)] = 1;
        placed[right.get(2)] = 3;
        placed[right.get(3)] = 3;
        assertThat(JSON.convertValue(reveal.get("counts"), int[].class)).containsExactly(placed);
        assertThat(ada.take("result").get("points").asInt()).isGreaterThan(500);
        assertThat(bob.take("result").get("points").asInt()).isZero();
        host.send("type", "end");
        host.take("finished");
        JsonNode res = Rooms.resultsFile(results, code);
        JsonNode ref = res.get("questions").get(0);
        assertThat(ref.get("kind").asText()).isEqualTo("order");
        for (JsonNode p : res.get("players")) {
            JsonNode answer = p.get("answers").get(0);
            assertThat(JSON.convertValue(answer.get("answer"), List.class))
                    .isEqualTo(p.get("name").asText().equals("Player 0") ? right : swapped);
        }
    }

    @Test
    void slider_questionCarriesTheRangeNotTheValue_toleranceScores_andBadValuesAreRefused() throws Exception {
        List<WsClient> all = room("slider", 3);
        WsClient host = all.get(0);
        JsonNode q = host.take("question");
        assertThat(q.get("input").toString()).isEqualTo("{\"min\":0.0,\"max\":100.0,\"step\":5.0,\"unit\":\"%\"}");
        assertThat(q.has("correct")).isFalse();
        assertThat(q.get("input").has("value")).isFalse();
        assertThat(q.toString()).doesNotContain("80.0").doesNotContain("tolerance");
        WsClient ada = all.get(1);
        WsClient bob = all.get(2);
        WsClient cy = all.get(3);
        for (WsClient p : List.of(ada, bob, cy)) {
            assertThat(p.take("question").get("input").get("unit").asText()).isEqualTo("%");
        }
        for (double bad : new double[] {42, 105, -5}) {
            ada.send("type", "answer", "index", 0, "value", bad);
            JsonNode error = ada.take("error");
            assertThat(error.get("code").asText()).isEqualTo("bad-message");
            assertThat(error.get("message").asText()).isEqualTo("This question takes 'value': a number from 0 to 100 in steps of 5.");
        }
        ada.send("type", "answer", "index", 0, "value", 85);
        ada.take("ack");
        bob.send("type", "answer", "index", 0, "value", 80);
        bob.take("ack");
        cy.send("type", "answer", "index", 0, "value", 70);
        cy.take("ack");
        JsonNode reveal = host.take("reveal");
        assertThat(reveal.get("correct").get("value").asDouble()).isEqualTo(80);
        assertThat(reveal.get("correct").get("tolerance").asDouble()).isEqualTo(5);
        assertThat(reveal.get("correctCount").asInt()).isEqualTo(2);
        int[] counts = JSON.convertValue(reveal.get("counts"), int[].class);
        assertThat(counts).hasSize(21);
        assertThat(counts[14]).isEqualTo(1);
        assertThat(counts[16]).isEqualTo(1);
        assertThat(counts[17]).isEqualTo(1);
        assertThat(ada.take("result").get("correct").asBoolean()).isTrue();
        assertThat(bob.take("result").get("correct").asBoolean()).isTrue();
        assertThat(cy.take("result").get("points").asInt()).isZero();
    }

    @Test
    void wordcloud_hostSeesACoalescedLiveCloud_canHideAWord_andBadEntriesAreRefused() throws Exception {
        int n = 40;
        // One more player who does not answer, so the question stays open while the cloud grows.
        List<WsClient> all = room("cloud", n + 1);
        WsClient host = all.get(0);
        host.take("question");
        WsClient first = all.get(1);
        first.take("question");
        first.send("type", "answer", "index", 0, "words", List.of("x".repeat(500)));
        assertThat(first.take("error").get("message").asText()).contains("at most 25 characters");
        first.send("type", "answer", "index", 0, "words", List.of("nice", "bastard"));
        assertThat(first.take("error").get("message").asText()).contains("not allowed here");
        first.send("type", "answer", "index", 0, "words", List.of("<b>Django</b>"));
        first.take("ack");

        long began = System.nanoTime();
        for (int i = 2; i <= n; i++) {
            all.get(i).send("type", "answer", "index", 0, "words", i % 2 == 0 ? List.of("Django", "fast") : List.of("django"));
        }
        for (int i = 2; i <= n; i++) {
            all.get(i).take("ack");
        }
        JsonNode last = host.awaitMatching(m -> m.path("type").asText().equals("words")
                && m.get("total").asInt() == 1 + (n - 1) + (n - 1 + 1) / 2, "the cloud with every word");
        long elapsedMs = (System.nanoTime() - began) / 1_000_000;
        long updates = host.received.stream().filter(m -> m.path("type").asText().equals("words")).count();
        assertThat(updates).as("coalesced: at most one per 250 ms over %d ms", elapsedMs)
                .isLessThanOrEqualTo(elapsedMs / 250 + 2);
        assertThat(last.get("words").get(0).toString()).isEqualTo("{\"word\":\"django\",\"count\":39}");
        assertThat(last.get("words").toString()).contains("{\"word\":\"<b>django</b>\",\"count\":1}");

        host.send("type", "hide-word", "word", "fast");
        JsonNode hidden = host.awaitMatching(m -> m.path("type").asText().equals("words")
                && m.get("hidden").toString().equals("[\"fast\"]"), "the cloud without 'fast'");
        assertThat(hidden.get("words").toString()).doesNotContain("\"fast\"");
        host.send("type", "hide-word", "word", "never");
        assertThat(host.take("error").get("message").asText()).isEqualTo("No player sent that word.");
        all.get(1).send("type", "hide-word", "word", "django");
        assertThat(all.get(1).take("error").get("code").asText()).isEqualTo("not-host");

        host.send("type", "next");
        JsonNode reveal = host.take("reveal");
        assertThat(reveal.get("words").get(0).get("word").asText()).isEqualTo("django");
        assertThat(reveal.get("hidden").toString()).isEqualTo("[\"fast\"]");
        assertThat(reveal.get("correctCount").asInt()).isZero();
        assertThat(all.get(2).take("result").get("points").asInt()).isZero();
    }
}
