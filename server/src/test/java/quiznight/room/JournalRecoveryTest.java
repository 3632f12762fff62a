package quiznight.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import quiznight.protocol.ClientMessage;
import quiznight.quiz.Quiz;
import quiznight.testing.FakePeer;
import quiznight.testing.Questions;

/** A room rebuilt from its journal has every player, token, answer, score and streak it had. */
class JournalRecoveryTest extends RoomOnDiskTest {
    private RoomRegistry registry() {
        return registry(new Quiz("q", "Q", "About Q", List.of(Questions.single(1, 20_000), Questions.multi(List.of(0, 2), 20_000),
                Questions.text(List.of("migrate"), 20_000))));
    }

    private static String token(FakePeer p) {
        return p.last("joined").get("token").asText();
    }

    @Test
    void restore_rebuildsPlayersScoresStreaksAndTheOpenQuestion() {
        RoomRegistry before = registry();
        Room room = before.create(new ClientMessage.Create("q", ClientMessage.CreateOptions.NONE));
        FakePeer host = new FakePeer();
        room.openForHost(host);
        FakePeer ada = new FakePeer();
        FakePeer bob = new FakePeer();
        room.join(ada, new ClientMessage.Join("123456", "Ada"), clock.millis());
        room.join(bob, new ClientMessage.Join("123456", "Bob"), clock.millis());
        room.command(host, new ClientMessage.Lock(true));
        room.command(host, new ClientMessage.Start());
        clock.advance(2000);
        room.answer(ada, ada.memberId, new ClientMessage.Answer(0, 1, null, null, null), clock.millis(), 40);
        room.answer(bob, bob.memberId, new ClientMessage.Answer(0, 3, null, null, null), clock.millis(), 0);
        int adaScore = ada.last("result").get("score").asInt();
        room.command(host, new ClientMessage.Next());
        room.command(host, new ClientMessage.Next());
        long deadline = ada.last("question").get("deadline").asLong();
        clock.advance(1000);
        room.answer(ada, ada.memberId, new ClientMessage.Answer(1, null, List.of(0, 2), null, null), clock.millis(), 0);
        loop.advance(100);
        String code = room.code();
        // The process dies here: nothing is closed, only what was flushed is on disk.

        RoomRegistry after = registry();
        assertThat(after.restoreAll()).isEqualTo(1);
        Room back = after.find(code).orElseThrow();
        FakePeer adaAgain = new FakePeer();
        back.resume(adaAgain, token(ada), clock.millis());
        JsonNode resumed = adaAgain.last("resumed");
        assertThat(resumed.get("score").asInt()).isEqualTo(adaScore);
        assertThat(resumed.get("state").asText()).isEqualTo("question");
        assertThat(resumed.get("answered").asBoolean()).isTrue();
        assertThat(adaAgain.last("question").get("deadline").asLong()).isEqualTo(deadline);
        FakePeer hostAgain = new FakePeer();
        back.resume(hostAgain, "not-the-host", clock.millis());
        assertThat(hostAgain.last("error").get("code").asText()).isEqualTo("bad-token");

        FakePeer late = new FakePeer();
        back.join(late, new ClientMessage.Join("123456", "Late"), clock.millis());
        assertThat(late.last("error").get("code").asText()).isEqualTo("room-locked");

        loop.advance(20_000);
        JsonNode result = adaAgain.last("result");
        assertThat(result.get("correct").asBoolean()).isTrue();
        assertThat(result.get("streak").asInt()).isEqualTo(2);
        assertThat(result.get("score").asInt()).isEqualTo(adaScore + result.get("points").asInt());
    }

    @Test
    void tornLastLine_isCutOff_andTheRoomIsRestoredUpToTheLastCompleteRecord() throws Exception {
        RoomRegistry before = registry();
        Room room = before.create(new ClientMessage.Create("q", ClientMessage.CreateOptions.NONE));
        room.openForHost(new FakePeer());
        FakePeer ada = new FakePeer();
        room.join(ada, new ClientMessage.Join("123456", "Ada"), clock.millis());
        loop.advance(100);
        Path journal = FileJournal.fileFor(dir.resolve("data"), room.code());
        long complete = Files.size(journal);
        Files.writeString(journal, "{\"t\":\"joined\",\"at\":1,\"id\":\"p2\",\"na", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        RoomRegistry after = registry();
        assertThat(after.restoreAll()).isEqualTo(1);
        assertThat(Files.size(journal)).isEqualTo(complete);
        FakePeer back = new FakePeer();
        after.find(room.code()).orElseThrow().resume(back, token(ada), clock.millis());
        assertThat(back.last("resumed").get("name").asText()).isEqualTo("Ada");
        FakePeer bob = new FakePeer();
        after.find(room.code()).orElseThrow().join(bob, new ClientMessage.Join("123456", "Bob"), clock.millis());
        assertThat(bob.last("joined").get("playerId").asText()).isEqualTo("p2");
    }

    @Test
    void unreadableJournal_isSetAside_andTheStartGoesOn() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("room-123456.journal"), "garbage\n");
        RoomRegistry after = registry();
        assertThat(after.restoreAll()).isZero();
        assertThat(data.resolve("room-123456.journal.unreadable")).exists();
        assertThat(after.size()).isZero();
    }

    @Test
    void finishedRoom_hasItsJournalRemovedOnceResultsAreWritten() throws Exception {
        RoomRegistry reg = registry();
        Room room = reg.create(new ClientMessage.Create("q", new ClientMessage.CreateOptions(1, false, null, null, false)));
        FakePeer host = new FakePeer();
        room.openForHost(host);
        room.command(host, new ClientMessage.Start());
        room.command(host, new ClientMessage.End());
        Path journal = FileJournal.fileFor(dir.resolve("data"), room.code());
        org.awaitility.Awaitility.await().until(() -> !Files.exists(journal));
        assertThat(room.result()).isNotNull();
    }

    /**
     * A journal written before look-alike names counted as taken ("Ada" and "Аda" with a Cyrillic А both
     * joined) is restored with both players and their scores: a rule change never loses a player.
     */
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
