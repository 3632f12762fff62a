package quiznight.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import quiznight.results.FinishedAnswers;
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
        // The game could still change while the server stops: results cut short keep a copy of the answers.
        assertThat(r.players().get(0).answers()).isNotInstanceOf(FinishedAnswers.class).hasSize(1);
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

    /** The results with every player's answers copied into plain lists, as they were kept before the read-through. */
    private static GameResult copied(GameResult r) {
        return new GameResult(r.code(), r.quiz(), r.createdAt(), r.startedAt(), r.finishedAt(), r.complete(),
                r.questions(), r.players().stream().map(p -> new GameResult.PlayerResult(p.rank(), p.playerId(),
                        p.name(), p.score(), p.correctAnswers(), new java.util.ArrayList<>(p.answers()), p.team(),
                        p.realName())).toList(), r.played(), r.teams());
    }

    @Test
    void finishedGame_readsItsPlayersAnswersThrough_writtenAsACopyOfThemWouldBe() throws IOException {
        Quiz quiz = new Quiz("t", "Test", "", List.of(Questions.single(0, T), Questions.multi(List.of(0, 2), T),
                Questions.single(1, T), Questions.single(2, T)));
        Room game = new Room(TestRooms.options(quiz, clock.millis()), loop, TestRooms.services(clock, store), r -> { },
                new JournalFlushTest.RecordingJournal());
        game.journalCreated();
        FakePeer laptop = new FakePeer();
        FakePeer grace = new FakePeer();
        FakePeer linus = new FakePeer();
        game.openForHost(laptop);
        game.join(grace, new ClientMessage.Join("123456", "Grace"), clock.millis());
        game.join(linus, new ClientMessage.Join("123456", "Linus"), clock.millis());
        game.command(laptop, new ClientMessage.Start());
        for (int q = 0; q < 3; q++) {
            clock.advance(1_000 + 500 * q);
            if (q != 1) {
                game.answer(grace, grace.memberId, new ClientMessage.Answer(q, q == 0 ? 0 : 3, null, null, null),
                        clock.millis(), 0);
            }
            if (q == 1) {
                game.answer(linus, linus.memberId, new ClientMessage.Answer(q, null, List.of(2, 0), null, null),
                        clock.millis(), 0);
            }
            loop.advance(T);
            while (laptop.last("question").get("index").asInt() == q) {
                game.command(laptop, new ClientMessage.Next());
            }
        }
        // The fourth question is shown, and ending reveals it: nobody answered it.
        game.command(laptop, new ClientMessage.End());

        GameResult r = CompletableFuture.supplyAsync(game::result).join();
        assertThat(r.complete()).isTrue();
        assertThat(r.played()).isEqualTo(4);
        GameResult.PlayerResult g = r.players().stream().filter(p -> p.name().equals("Grace")).findFirst().orElseThrow();
        GameResult.PlayerResult l = r.players().stream().filter(p -> p.name().equals("Linus")).findFirst().orElseThrow();
        assertThat(g.answers()).isInstanceOf(FinishedAnswers.class);
        assertThat(g.answers()).extracting(GameResult.AnswerResult::index).containsExactly(0, 2);
        assertThat(g.answers()).extracting(GameResult.AnswerResult::answer).containsExactly(0, 3);
        assertThat(g.answers()).extracting(GameResult.AnswerResult::correct).containsExactly(true, false);
        assertThat(g.answers()).extracting(GameResult.AnswerResult::responseMs).containsExactly(1_000L, 2_000L);
        assertThat(g.correctAnswers()).isEqualTo(1);
        assertThat(l.answers()).singleElement().satisfies(a -> {
            assertThat(a.index()).isEqualTo(1);
            assertThat(a.answer()).isEqualTo(List.of(0, 2));
            assertThat(a.correct()).isTrue();
            assertThat(a.points()).isPositive();
        });

        ObjectMapper json = new ObjectMapper();
        GameResult copy = copied(r);
        assertThat(copy.players().get(0).answers()).isNotInstanceOf(FinishedAnswers.class);
        assertThat(r).isEqualTo(copy);
        assertThat(json.writeValueAsString(r)).isEqualTo(json.writeValueAsString(copy));
        assertThat(quiznight.results.ResultsCsv.render(r)).isEqualTo(quiznight.results.ResultsCsv.render(copy));
        assertThat(quiznight.results.GameReport.of(r)).isEqualTo(quiznight.results.GameReport.of(copy));
        assertThat(quiznight.results.Recap.of(r, l.playerId())).isEqualTo(quiznight.results.Recap.of(copy, l.playerId()));
    }
}
