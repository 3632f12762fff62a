package quiznight.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.protocol.ClientMessage;
import quiznight.quiz.Quiz;
import quiznight.results.GameResult;
import quiznight.results.ResultsStore;
import quiznight.testing.FakePeer;
import quiznight.testing.ManualClock;
import quiznight.testing.ManualLoop;
import quiznight.testing.Questions;

/** A room's results are published one way, whether its game finished, the server shut down or the room expired. */
class RoomResultsTest {
    private static final long T = 20_000;

    @TempDir
    Path results;

    ManualClock clock = new ManualClock(1_700_000_000_000L);
    ManualLoop loop = new ManualLoop(clock);
    JournalFlushTest.RecordingJournal journal = new JournalFlushTest.RecordingJournal();
    ResultsStore store;
    Room room;
    FakePeer host = new FakePeer();
    FakePeer ada = new FakePeer();

    @BeforeEach
    void setUp() {
        store = new ResultsStore(results);
        Quiz quiz = new Quiz("t", "Test", "", List.of(Questions.single(0, T), Questions.single(1, T)));
        Room.Services services = TestRooms.services(clock, store);
        room = new Room(TestRooms.options(quiz, clock.millis()), loop, services, r -> { }, journal);
        room.journalCreated();
        room.openForHost(host);
        room.join(ada, new ClientMessage.Join("123456", "Ada"), clock.millis());
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private void playFirstQuestion() {
        room.command(host, new ClientMessage.Start());
        clock.advance(1_000);
        room.answer(ada, ada.memberId, new ClientMessage.Answer(0, 0, null, null, null), clock.millis(), 0);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(results)) {
            return s.filter(f -> f.toString().endsWith(".json")).toList();
        }
    }

    /** What another thread (an HTTP handler) reads. */
    private GameResult resultFromAnotherThread() {
        return CompletableFuture.supplyAsync(room::result).join();
    }

    @Test
    void shutdownMidGame_publishesTheResultsSoFar_andKeepsTheJournal() throws IOException {
        playFirstQuestion();
        room.shutdown();
        GameResult r = resultFromAnotherThread();
        assertThat(r).isNotNull();
        assertThat(r.complete()).isFalse();
        assertThat(r.players()).singleElement().satisfies(p -> assertThat(p.correctAnswers()).isEqualTo(1));
        await().until(() -> files().size() == 1);
        assertThat(journal.deleted).isFalse();
    }

    @Test
    void roomDroppedMidGameWithNobodyConnected_publishesTheResultsSoFar_thenDeletesItsJournal() throws IOException {
        playFirstQuestion();
        room.disconnected(ada, ada.memberId);
        room.disconnected(host, null);
        loop.advance(RoomSettings.DEFAULTS.emptyRetentionMs());
        assertThat(room.isClosed()).isTrue();
        assertThat(resultFromAnotherThread()).isNotNull().extracting(GameResult::complete).isEqualTo(false);
        await().until(() -> files().size() == 1 && journal.deleted);
    }

    @Test
    void finishedGame_thenShutdown_keepsTheCompleteResults_writtenOnce() throws IOException {
        playFirstQuestion();
        room.command(host, new ClientMessage.End());
        GameResult finished = resultFromAnotherThread();
        assertThat(finished.complete()).isTrue();
        room.shutdown();
        assertThat(resultFromAnotherThread()).isSameAs(finished);
        await().until(() -> journal.deleted);
        assertThat(files()).hasSize(1);
    }

    @Test
    void shutdownInTheLobby_publishesNothing() throws IOException {
        room.shutdown();
        assertThat(resultFromAnotherThread()).isNull();
        assertThat(files()).isEmpty();
    }
}
