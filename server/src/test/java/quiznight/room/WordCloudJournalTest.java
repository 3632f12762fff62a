package quiznight.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import quiznight.protocol.ClientMessage;
import quiznight.quiz.Quiz;
import quiznight.testing.FakePeer;
import quiznight.testing.Questions;

/**
 * A word cloud on the room's loop: the host's cloud is coalesced (at most one update per 250 ms however many answer),
 * and a restore from the journal rebuilds the cloud with the words the host hid still hidden.
 */
class WordCloudJournalTest extends RoomOnDiskTest {
    private RoomRegistry registry() {
        return registry(new Quiz("q", "Q", "", List.of(Questions.wordcloud(20_000))));
    }

    private static ClientMessage.Answer words(String... w) {
        return new ClientMessage.Answer(0, null, null, null, null, List.of(w));
    }

    @Test
    void theHostsCloudIsCoalesced_andARestoreKeepsTheWordsAndWhatTheHostHid() {
        Room room = registry().create(new ClientMessage.Create("q", ClientMessage.CreateOptions.NONE));
        FakePeer host = new FakePeer();
        room.openForHost(host);
        List<FakePeer> players = new java.util.ArrayList<>();
        for (int i = 0; i < 21; i++) {
            FakePeer p = new FakePeer();
            room.join(p, new ClientMessage.Join(room.code(), "P" + i), clock.millis());
            players.add(p);
        }
        room.command(host, new ClientMessage.Start());
        // 20 players answer within 100 ms (one stays quiet, so the question stays open).
        for (int i = 0; i < 20; i++) {
            clock.advance(5);
            room.answer(players.get(i), players.get(i).memberId, words(i % 2 == 0 ? "Rust" : "rude"), clock.millis(), 0);
        }
        loop.advance(300);
        long updates = host.ofType("words").size();
        assertThat(updates).as("20 answers in 100 ms, one coalesced update").isEqualTo(1);
        assertThat(host.last("words").get("words").toString())
                .isEqualTo("[{\"word\":\"rude\",\"count\":10},{\"word\":\"rust\",\"count\":10}]");

        room.command(host, new ClientMessage.HideWord("rude", true));
        assertThat(host.last("words").get("hidden").toString()).isEqualTo("[\"rude\"]");
        assertThat(host.last("words").get("words").toString()).isEqualTo("[{\"word\":\"rust\",\"count\":10}]");
        loop.advance(100);

        RoomRegistry after = registry();
        assertThat(after.restoreAll()).isEqualTo(1);
        FakePeer hostAgain = new FakePeer();
        Room restored = after.find(room.code()).orElseThrow();
        restored.resume(hostAgain, host.last("created").get("hostToken").asText(), clock.millis());
        JsonNode cloud = hostAgain.last("words");
        assertThat(cloud.get("words").toString()).isEqualTo("[{\"word\":\"rust\",\"count\":10}]");
        assertThat(cloud.get("hidden").toString()).isEqualTo("[\"rude\"]");
        assertThat(cloud.get("total").asInt()).isEqualTo(20);
    }
}
