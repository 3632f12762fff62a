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
 * The host's extra-time grant in a room on the manual clock: only that player's copy of the question carries its
 * own times, the question stays open to its later deadline, a refusal changes nothing, and a room rebuilt from its
 * journal keeps the grant.
 */
class ExtraTimeRoomTest extends RoomOnDiskTest {
    static final long T = 20_000;

    private RoomRegistry registry() {
        return registry(new Quiz("q", "Q", "About Q", List.of(Questions.single(1, T), Questions.single(0, T))));
    }

    @Test
    void onlyThePlayerGrantedExtraTime_getsTheirOwnTimes_andTheQuestionWaitsForThem() {
        Room room = registry().create(new ClientMessage.Create("q", ClientMessage.CreateOptions.NONE));
        FakePeer host = new FakePeer();
        room.openForHost(host);
        FakePeer ada = new FakePeer();
        FakePeer bob = new FakePeer();
        room.join(ada, new ClientMessage.Join("123456", "Ada"), clock.millis());
        room.join(bob, new ClientMessage.Join("123456", "Bob"), clock.millis());

        room.command(host, new ClientMessage.ExtraTime(ada.memberId, 2));
        JsonNode granted = host.last("extraTime");
        assertThat(granted.get("playerId").asText()).isEqualTo(ada.memberId);
        assertThat(granted.get("factor").asDouble()).isEqualTo(2);
        loop.advance(200);
        JsonNode players = host.last("lobby").get("players");
        assertThat(players.get(0).get("extraTime").asDouble()).isEqualTo(2);
        assertThat(players.get(1).has("extraTime")).isFalse();
        assertThat(ada.types()).doesNotContain("extraTime");
        assertThat(bob.last("lobby").has("players")).isFalse();

        room.command(host, new ClientMessage.Start());
        long start = clock.millis();
        JsonNode adaQuestion = ada.last("question");
        assertThat(adaQuestion.get("deadline").asLong()).isEqualTo(start + T);
        assertThat(adaQuestion.get("you").get("timeLimitMs").asLong()).isEqualTo(2 * T);
        assertThat(adaQuestion.get("you").get("deadline").asLong()).isEqualTo(start + 2 * T);
        assertThat(bob.last("question").has("you")).isFalse();
        assertThat(host.last("question").has("you")).isFalse();

        // Bob answers; at the shared deadline the question is still open for Ada.
        room.answer(bob, bob.memberId, new ClientMessage.Answer(0, 1, null, null, null), clock.millis(), 0);
        loop.advance(T + 5_000);
        assertThat(host.types()).doesNotContain("reveal");
        room.answer(ada, ada.memberId, new ClientMessage.Answer(0, 1, null, null, null), clock.millis(), 0);
        JsonNode result = ada.last("result");
        assertThat(result.get("correct").asBoolean()).isTrue();
        // 25 s of a 40 s window.
        assertThat(result.get("points").asInt()).isEqualTo(688);
    }

    @Test
    void withNobodyAnswering_theQuestionClosesAtTheLatestOwnDeadline() {
        Room room = registry().create(new ClientMessage.Create("q", ClientMessage.CreateOptions.NONE));
        FakePeer host = new FakePeer();
        room.openForHost(host);
        FakePeer ada = new FakePeer();
        room.join(ada, new ClientMessage.Join("123456", "Ada"), clock.millis());
        room.command(host, new ClientMessage.ExtraTime(ada.memberId, 1.5));
        room.command(host, new ClientMessage.Start());
        loop.advance(T * 3 / 2 - 1);
        assertThat(host.types()).doesNotContain("reveal");
        loop.advance(1);
        assertThat(host.types()).contains("reveal");
    }

    @Test
    void anUnknownPlayerOrAGrantFromAPlayer_isRefused_andChangesNothing() {
        Room room = registry().create(new ClientMessage.Create("q", ClientMessage.CreateOptions.NONE));
        FakePeer host = new FakePeer();
        room.openForHost(host);
        FakePeer ada = new FakePeer();
        room.join(ada, new ClientMessage.Join("123456", "Ada"), clock.millis());
        String before = room.stateDigest();
        room.command(host, new ClientMessage.ExtraTime("p99", 2));
        assertThat(host.last("error").get("code").asText()).isEqualTo("bad-message");
        room.command(ada, new ClientMessage.ExtraTime(ada.memberId, 2));
        assertThat(ada.last("error").get("code").asText()).isEqualTo("not-host");
        assertThat(room.stateDigest()).isEqualTo(before);
        room.command(host, new ClientMessage.Start());
        assertThat(ada.last("question").has("you")).isFalse();
    }

    @Test
    void aRoomRebuiltFromItsJournal_keepsTheGrant_andAResumingPlayerGetsTheirOwnTimes() {
        RoomRegistry before = registry();
        Room room = before.create(new ClientMessage.Create("q", ClientMessage.CreateOptions.NONE));
        FakePeer host = new FakePeer();
        room.openForHost(host);
        FakePeer ada = new FakePeer();
        room.join(ada, new ClientMessage.Join("123456", "Ada"), clock.millis());
        room.command(host, new ClientMessage.ExtraTime(ada.memberId, 2));
        room.command(host, new ClientMessage.Start());
        long ownDeadline = ada.last("question").get("you").get("deadline").asLong();
        loop.advance(100);
        String code = room.code();
        String token = ada.last("joined").get("token").asText();

        RoomRegistry after = registry();
        assertThat(after.restoreAll()).isEqualTo(1);
        Room back = after.find(code).orElseThrow();
        FakePeer adaAgain = new FakePeer();
        back.resume(adaAgain, token, clock.millis());
        assertThat(adaAgain.last("question").get("you").get("deadline").asLong()).isEqualTo(ownDeadline);
        // Past the shared deadline, before her own: her answer still counts.
        loop.advance(T + 1_000);
        back.answer(adaAgain, adaAgain.memberId, new ClientMessage.Answer(0, 1, null, null, null), clock.millis(), 0);
        assertThat(adaAgain.types()).contains("ack");
        loop.advance(T);
        assertThat(adaAgain.last("result").get("correct").asBoolean()).isTrue();
    }
}
