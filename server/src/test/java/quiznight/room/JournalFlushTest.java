package quiznight.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
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

/** Every journaled request, in any phase, reaches the journal's file within one coalescing interval (100 ms). */
class JournalFlushTest {
    private static final long T = 20_000;

    /** A journal that remembers which records were flushed. */
    static final class RecordingJournal implements Journal {
        final List<String> buffered = new ArrayList<>();
        final List<String> flushed = new ArrayList<>();
        volatile boolean deleted;

        @Override
        public void append(ObjectNode record) {
            buffered.add(record.get("t").asText());
        }

        @Override
        public void flush() {
            flushed.addAll(buffered);
            buffered.clear();
        }

        @Override
        public void close() {
            flush();
        }

        @Override
        public void delete() {
            deleted = true;
        }
    }

    @TempDir
    Path results;

    ManualClock clock = new ManualClock(1_700_000_000_000L);
    ManualLoop loop = new ManualLoop(clock);
    RecordingJournal journal = new RecordingJournal();
    ResultsStore store;
    Room room;
    FakePeer host = new FakePeer();
    FakePeer ada = new FakePeer();
    FakePeer bob = new FakePeer();

    @BeforeEach
    void setUp() {
        store = new ResultsStore(results);
        Quiz quiz = new Quiz("t", "Test", "", List.of(Questions.single(0, T), Questions.single(1, T)));
        Room.Services services = TestRooms.services(clock, store);
        room = new Room(TestRooms.options(quiz, clock.millis()), loop, services, r -> { }, journal);
        room.journalCreated();
        room.openForHost(host);
        room.join(ada, new ClientMessage.Join("123456", "Ada"), clock.millis());
        room.join(bob, new ClientMessage.Join("123456", "Bob"), clock.millis());
        room.command(host, new ClientMessage.Start());
        room.answer(ada, ada.memberId, new ClientMessage.Answer(0, 0, null, null, null), clock.millis(), 0);
        room.command(host, new ClientMessage.Next()); // closes the question: reveal
        loop.advance(1_000);
        assertThat(journal.buffered).isEmpty();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void kickDuringReveal_isFlushedWithin100ms() {
        room.command(host, new ClientMessage.Kick(bob.memberId));
        loop.advance(99);
        loop.advance(1);
        assertThat(journal.flushed).endsWith("kick");
        assertThat(journal.buffered).isEmpty();
    }

    @Test
    void lockDuringStandings_isFlushedWithin100ms() {
        room.command(host, new ClientMessage.Next()); // standings
        loop.advance(1_000);
        room.command(host, new ClientMessage.Lock(true));
        loop.advance(100);
        assertThat(journal.flushed).endsWith("next", "lock");
        assertThat(journal.buffered).isEmpty();
    }

    @Test
    void aRequestJustAfterAFlush_waitsNoLongerThan100ms() {
        room.command(host, new ClientMessage.Lock(true));
        loop.advance(100);
        loop.advance(30);
        room.command(host, new ClientMessage.Lock(false));
        loop.advance(100);
        assertThat(journal.flushed).endsWith("lock", "lock");
        assertThat(journal.buffered).isEmpty();
    }

    @Test
    void answerDuringAQuestion_isFlushedWithin100ms() {
        room.command(host, new ClientMessage.Next()); // standings
        room.command(host, new ClientMessage.Next()); // question 2
        loop.advance(1_000);
        room.answer(ada, ada.memberId, new ClientMessage.Answer(1, 1, null, null, null), clock.millis(), 0);
        loop.advance(100);
        assertThat(journal.flushed).endsWith("answer");
        assertThat(journal.buffered).isEmpty();
    }

    @Test
    void aQuietRoom_keepsNoFlushTimer() {
        long before = loop.pendingTimers();
        room.command(host, new ClientMessage.Lock(true));
        loop.advance(200);
        assertThat(loop.pendingTimers()).isEqualTo(before);
    }
}
