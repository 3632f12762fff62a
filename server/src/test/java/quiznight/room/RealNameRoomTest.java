package quiznight.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import quiznight.protocol.ClientMessage;
import quiznight.quiz.Quiz;
import quiznight.results.GameResult;
import quiznight.testing.FakePeer;
import quiznight.testing.Questions;

/**
 * A room that asks for real names: a join without one is refused and changes nothing, the name reaches no screen,
 * a restart keeps it, and the results carry it only when the room asked.
 */
class RealNameRoomTest extends RoomOnDiskTest {
    private RoomRegistry registry() {
        return registry(new Quiz("q", "Q", "", List.of(Questions.single(0, 20_000))));
    }

    private static ClientMessage.Create create(boolean realNames) {
        return new ClientMessage.Create("q", new ClientMessage.CreateOptions(null, false, null, null, false, false,
                ClientMessage.Play.DEFAULT, null, realNames));
    }

    private static String everythingSent(FakePeer... peers) {
        StringBuilder sb = new StringBuilder();
        for (FakePeer p : peers) {
            p.received.forEach(m -> sb.append(m).append('\n'));
        }
        return sb.toString();
    }

    @Test
    void aJoinWithoutTheFieldIsRefusedWithRealNameWanted_andChangesNothing() {
        Room room = registry().create(create(true));
        FakePeer host = new FakePeer();
        room.openForHost(host);
        int hostFrames = host.received.size();
        FakePeer ada = new FakePeer();
        room.join(ada, new ClientMessage.Join(room.code(), "Ada"), clock.millis());
        assertThat(ada.last("error").get("code").asText()).isEqualTo("real-name-wanted");
        assertThat(ada.last("error").get("message").asText()).contains("only the teacher sees it");
        assertThat(ada.memberId).isNull();
        loop.advance(1_000);
        assertThat(host.received).hasSize(hostFrames);

        room.join(ada, new ClientMessage.Join(room.code(), "Ada", null, ""), clock.millis());
        assertThat(ada.last("joined").get("name").asText()).isEqualTo("Ada");
        assertThat(ada.memberId).isEqualTo("p1");
    }

    @Test
    void aNicknameNotAllowed_isRefusedBeforeRealNameWanted() {
        Room room = registry().create(create(true));
        FakePeer host = new FakePeer();
        room.openForHost(host);
        FakePeer blank = new FakePeer();
        room.join(blank, new ClientMessage.Join(room.code(), "   "), clock.millis());
        assertThat(blank.last("error").get("code").asText()).isEqualTo("bad-name");
    }

    @Test
    void aRealNameTooLongOrWithControlCharactersIsRefusedWithBadName() {
        Room room = registry().create(create(true));
        room.openForHost(new FakePeer());
        FakePeer ada = new FakePeer();
        room.join(ada, new ClientMessage.Join(room.code(), "Ada", null, "x".repeat(81)), clock.millis());
        assertThat(ada.last("error").get("code").asText()).isEqualTo("bad-name");
        room.join(ada, new ClientMessage.Join(room.code(), "Ada", null, "Ada\u0007Lovelace"), clock.millis());
        assertThat(ada.last("error").get("code").asText()).isEqualTo("bad-name");
        assertThat(ada.memberId).isNull();
        room.join(ada, new ClientMessage.Join(room.code(), "Ada", null, "  " + "x".repeat(80) + "  "), clock.millis());
        assertThat(ada.memberId).isEqualTo("p1");
    }

    @Test
    void theRealNameReachesNoScreen_aRestartKeepsIt_andTheResultsCarryIt() throws Exception {
        Room room = registry().create(create(true));
        FakePeer host = new FakePeer();
        room.openForHost(host);
        FakePeer ada = new FakePeer();
        FakePeer bob = new FakePeer();
        room.join(ada, new ClientMessage.Join(room.code(), "Ada", null, "  Augusta Ada King  "), clock.millis());
        room.join(bob, new ClientMessage.Join(room.code(), "Bob", null, ""), clock.millis());
        loop.advance(100);
        assertThat(Files.readString(FileJournal.fileFor(dir.resolve("data"), room.code())))
                .contains("\"realNames\":true", "\"realName\":\"Augusta Ada King\"", "\"realName\":\"\"");

        RoomRegistry after = registry();
        assertThat(after.restoreAll()).isEqualTo(1);
        Room restored = after.find(room.code()).orElseThrow();
        FakePeer hostAgain = new FakePeer();
        FakePeer adaAgain = new FakePeer();
        restored.resume(hostAgain, host.last("created").get("hostToken").asText(), clock.millis());
        restored.resume(adaAgain, ada.last("joined").get("token").asText(), clock.millis());
        restored.command(hostAgain, new ClientMessage.Start());
        clock.advance(1_000);
        restored.answer(adaAgain, adaAgain.memberId, new ClientMessage.Answer(0, 0, null, null, null), clock.millis(), 0);
        restored.command(hostAgain, new ClientMessage.End());
        loop.advance(1_000);

        assertThat(everythingSent(host, ada, bob, hostAgain, adaAgain)).doesNotContain("Augusta").doesNotContain("realName");
        GameResult result = restored.result();
        assertThat(result.players()).extracting(GameResult.PlayerResult::name, GameResult.PlayerResult::realName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ada", "Augusta Ada King"),
                        org.assertj.core.groups.Tuple.tuple("Bob", ""));
    }

    @Test
    void aRoomThatDoesNotAskIgnoresTheField_andItsResultsCarryNoRealNames() {
        Room room = registry().create(create(false));
        FakePeer host = new FakePeer();
        room.openForHost(host);
        FakePeer ada = new FakePeer();
        room.join(ada, new ClientMessage.Join(room.code(), "Ada"), clock.millis());
        FakePeer bob = new FakePeer();
        room.join(bob, new ClientMessage.Join(room.code(), "Bob", null, "Robert Smith"), clock.millis());
        assertThat(bob.memberId).isEqualTo("p2");
        room.command(host, new ClientMessage.Start());
        room.command(host, new ClientMessage.End());
        assertThat(room.result().players()).extracting(GameResult.PlayerResult::realName).containsOnlyNulls();
        assertThat(room.result().hasRealNames()).isFalse();
    }
}
