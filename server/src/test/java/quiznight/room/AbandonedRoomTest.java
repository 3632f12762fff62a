package quiznight.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

/** Rooms nobody is connected to: a lobby its host left before anyone joined goes after 2 minutes, others after 10. */
class AbandonedRoomTest {
    static final long MINUTE = 60_000;

    @TempDir
    Path results;

    ManualClock clock = new ManualClock(1_700_000_000_000L);
    ManualLoop loop = new ManualLoop(clock);
    ResultsStore store;
    Room room;
    FakePeer host = new FakePeer();
    List<Room> closedRooms = new ArrayList<>();

    @BeforeEach
    void setUp() {
        store = new ResultsStore(results);
        Quiz quiz = new Quiz("t", "Test", "", List.of(Questions.single(0, 20_000), Questions.single(1, 20_000)));
        Room.Services services = TestRooms.services(clock, store);
        room = new Room(TestRooms.options(quiz, clock.millis()), loop, services,
                closedRooms::add);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void lobbyWhoseHostLeftAndNobodyIsConnected_isDroppedAfterTwoMinutes_notTen() {
        room.openForHost(host);
        room.disconnected(host, null);
        loop.advance(2 * MINUTE - 1);
        assertThat(closedRooms).isEmpty();
        loop.advance(1);
        assertThat(closedRooms).containsExactly(room);
    }

    @Test
    void roomWhoseCreatorLeftBeforeItWasReady_isDroppedAfterTwoMinutesToo() {
        host.close(1001, "gone");
        room.openForHost(host);
        loop.advance(2 * MINUTE);
        assertThat(closedRooms).containsExactly(room);
    }

    @Test
    void lobbyWithAPlayerWhoJoined_keepsTheTenMinutes_evenWithNobodyConnected() {
        room.openForHost(host);
        FakePeer ada = new FakePeer();
        room.join(ada, new ClientMessage.Join("123456", "Ada"), clock.millis());
        room.disconnected(host, null);
        room.disconnected(ada, ada.memberId);
        loop.advance(10 * MINUTE - 1);
        assertThat(closedRooms).isEmpty();
        loop.advance(1);
        assertThat(closedRooms).containsExactly(room);
    }

    @Test
    void lobbyWithAWaitingPlayer_staysWhileTheHostIsAway_andTheHostMayComeBack() {
        room.openForHost(host);
        FakePeer ada = new FakePeer();
        room.join(ada, new ClientMessage.Join("123456", "Ada"), clock.millis());
        room.disconnected(host, null);
        loop.advance(30 * MINUTE);
        assertThat(closedRooms).isEmpty();
        FakePeer back = new FakePeer();
        room.resume(back, "host-token", clock.millis());
        assertThat(back.role).isEqualTo(Peer.Role.HOST);
    }

    @Test
    void startedGameWithNobodyConnected_keepsTheTenMinutes() {
        room.openForHost(host);
        FakePeer ada = new FakePeer();
        room.join(ada, new ClientMessage.Join("123456", "Ada"), clock.millis());
        room.command(host, new ClientMessage.Start());
        room.disconnected(ada, ada.memberId);
        room.disconnected(host, null);
        loop.advance(9 * MINUTE);
        assertThat(closedRooms).isEmpty();
        loop.advance(MINUTE);
        assertThat(closedRooms).containsExactly(room);
    }
}
