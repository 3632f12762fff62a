package quiznight.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.protocol.ClientMessage;
import quiznight.quiz.Quiz;
import quiznight.results.ResultsStore;
import quiznight.testing.FakePeer;
import quiznight.testing.ManualClock;
import quiznight.testing.ManualLoop;
import quiznight.testing.Questions;

/**
 * The lobby a remote phone gets: the players who joined last (it removes a name that just appeared), not a
 * stadium's whole list every second; the laptop keeps the full list. On the manual clock, through the entry points.
 */
class RemoteLobbyTest {
    @TempDir
    Path results;

    final ManualClock clock = new ManualClock(1_700_000_000_000L);
    final ManualLoop loop = new ManualLoop(clock);
    ResultsStore store;
    Room room;
    final FakePeer laptop = new FakePeer();

    @BeforeEach
    void open() {
        store = new ResultsStore(results);
        Quiz quiz = new Quiz("t", "Test", "", List.of(Questions.single(0, 20_000)));
        room = new Room(TestRooms.options(quiz, clock.millis()), loop, TestRooms.services(clock, store), r -> { });
        room.openForHost(laptop);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** A phone that claimed a fresh remote link of the room. */
    private FakePeer remotePhone() {
        room.command(laptop, new ClientMessage.RemoteLink());
        FakePeer phone = new FakePeer();
        room.resume(phone, laptop.last("remoteLink").get("token").asText(), clock.millis());
        assertThat(phone.last("resumed").get("role").asText()).isEqualTo("host");
        return phone;
    }

    private void joinPlayers(int n) {
        for (int i = 1; i <= n; i++) {
            room.join(new FakePeer(), new ClientMessage.Join("123456", "Player " + i), clock.millis());
        }
        loop.advance(2_000); // the coalesced lobby goes out
    }

    private static List<String> names(JsonNode lobby) {
        List<String> names = new ArrayList<>();
        lobby.get("players").forEach(p -> names.add(p.get("name").asText()));
        return names;
    }

    private static List<String> players(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "Player " + i).toList();
    }

    @Test
    void aBigLobby_goesToARemotePhoneWithTheFiftyWhoJoinedLast_andToTheLaptopWhole() {
        FakePeer phone = remotePhone();
        joinPlayers(120);

        JsonNode full = laptop.last("lobby");
        assertThat(full.get("count").asInt()).isEqualTo(120);
        assertThat(names(full)).isEqualTo(players(1, 120));
        JsonNode capped = phone.last("lobby");
        assertThat(capped.get("count").asInt()).isEqualTo(120);
        assertThat(names(capped)).isEqualTo(players(71, 120));
        assertThat(capped.get("players").get(0).get("id").asText()).isEqualTo("p71");
    }

    @Test
    void aRemotePhoneResumingInABigLobby_isSentTheCappedListToo() {
        FakePeer first = remotePhone();
        joinPlayers(60);
        String session = first.last("remoteSession").get("token").asText();

        FakePeer again = new FakePeer();
        room.resume(again, session, clock.millis());
        assertThat(again.types()).containsSubsequence("resumed", "lobby");
        assertThat(names(again.last("lobby"))).isEqualTo(players(11, 60));
        // The laptop resuming gets every player.
        FakePeer laptopAgain = new FakePeer();
        room.resume(laptopAgain, "host-token", clock.millis());
        assertThat(names(laptopAgain.last("lobby"))).isEqualTo(players(1, 60));
    }

    @Test
    void aClassroomLobby_isTheSameOnTheRemotePhoneAsOnTheLaptop() {
        FakePeer phone = remotePhone();
        joinPlayers(3);
        assertThat(names(phone.last("lobby"))).isEqualTo(players(1, 3));
        assertThat(phone.last("lobby").get("players")).isEqualTo(laptop.last("lobby").get("players"));
    }

    @Test
    void aPlayerListedOnTheRemotePhone_canBeRemovedFromIt() {
        FakePeer phone = remotePhone();
        joinPlayers(80);
        String newest = phone.last("lobby").get("players").get(49).get("id").asText();
        room.command(phone, new ClientMessage.Kick(newest));
        loop.advance(2_000);
        assertThat(laptop.last("lobby").get("count").asInt()).isEqualTo(79);
        assertThat(names(phone.last("lobby"))).isEqualTo(players(30, 79));
    }
}
