package quiznight.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.game.NameFilter;
import quiznight.metrics.Metrics;
import quiznight.protocol.ClientMessage;
import quiznight.protocol.Codec;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizCatalog;
import quiznight.results.ResultsStore;
import quiznight.testing.FakePeer;
import quiznight.testing.ManualClock;
import quiznight.testing.ManualLoop;
import quiznight.testing.Questions;

/**
 * A journal written before look-alike names counted as taken ("Ada" and "Аda" with a Cyrillic А both
 * joined) is restored with both players and their scores: a rule change never loses a player.
 */
class JournalNamesRecoveryTest {
    @TempDir
    Path dir;

    ManualClock clock = new ManualClock(1_700_000_000_000L);
    ManualLoop loop = new ManualLoop(clock);
    ResultsStore store;

    @AfterEach
    void tearDown() {
        if (store != null) {
            store.close();
        }
    }

    private RoomRegistry registry() {
        store = new ResultsStore(dir.resolve("results"));
        Quiz quiz = new Quiz("q", "Q", "About Q", List.of(Questions.single(1, 20_000), Questions.single(0, 20_000)));
        Room.Services services = new Room.Services(clock, new Codec(clock::millis), Metrics.NOOP, store, RoomSettings.DEFAULTS,
                Fanout.DIRECT, NameFilter.none());
        return new RoomRegistry(new QuizCatalog(List.of(quiz)), services, () -> loop, c -> "http://x/play?code=" + c, 10,
                dir.resolve("data"));
    }

    @Test
    void restore_keepsBothPlayersOfAnOldJournalWhoseNamesNowLookAlike() throws Exception {
        RoomRegistry before = registry();
        Room room = before.create(new ClientMessage.Create("q", ClientMessage.CreateOptions.NONE));
        FakePeer host = new FakePeer();
        room.openForHost(host);
        FakePeer ada = new FakePeer();
        FakePeer bob = new FakePeer();
        room.join(ada, new ClientMessage.Join("123456", "Ada"), clock.millis());
        room.join(bob, new ClientMessage.Join("123456", "Bob"), clock.millis());
        room.command(host, new ClientMessage.Start());
        clock.advance(1000);
        room.answer(bob, bob.memberId, new ClientMessage.Answer(0, 1, null, null, null), clock.millis(), 0);
        room.answer(ada, ada.memberId, new ClientMessage.Answer(0, 0, null, null, null), clock.millis(), 0);
        int bobScore = bob.last("result").get("score").asInt();
        loop.advance(100);
        String code = room.code();
        // As an older server wrote it: the second player called herself "Аda" with a Cyrillic А.
        Path journal = FileJournal.fileFor(dir.resolve("data"), code);
        Files.writeString(journal, Files.readString(journal, StandardCharsets.UTF_8)
                .replace("\"name\":\"Bob\"", "\"name\":\"\u0410da\""), StandardCharsets.UTF_8);

        RoomRegistry after = registry();
        assertThat(after.restoreAll()).isEqualTo(1);
        Room back = after.find(code).orElseThrow();
        FakePeer bobAgain = new FakePeer();
        back.resume(bobAgain, bob.last("joined").get("token").asText(), clock.millis());
        assertThat(bobAgain.last("resumed").get("score").asInt()).isEqualTo(bobScore).isPositive();
        FakePeer adaAgain = new FakePeer();
        back.resume(adaAgain, ada.last("joined").get("token").asText(), clock.millis());
        assertThat(adaAgain.last("resumed")).isNotNull();
    }
}
