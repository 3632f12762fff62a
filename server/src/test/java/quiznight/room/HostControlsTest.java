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
 * A room's pause, auto-advance and remote host connections on the manual clock, through its entry points, with a
 * journal: the deadline timer stops and is set again, a pub quiz room moves on by itself, and a restart keeps a pause
 * and the remote phones.
 */
class HostControlsTest extends RoomOnDiskTest {
    static final long T = 20_000;

    private RoomRegistry registry() {
        return registry(new Quiz("q", "Q", "", List.of(Questions.single(1, T), Questions.single(0, T))));
    }

    /** A room created with {@code create}, its host, Ada joined, and the first question open. */
    private record Started(Room room, FakePeer host, FakePeer ada) {
    }

    private Started started(ClientMessage.Create create) {
        Room room = registry().create(create);
        FakePeer host = new FakePeer();
        room.openForHost(host);
        FakePeer ada = join(room, "Ada");
        room.command(host, new ClientMessage.Start());
        return new Started(room, host, ada);
    }

    /** Two auto-balanced teams with 5 s of team talk. */
    private static ClientMessage.Create teamTalk() {
        return new ClientMessage.Create("q", new ClientMessage.CreateOptions(null, false, null, null, false, false,
                new ClientMessage.Play("auto", 2, 5, true, true), null));
    }

    private static ClientMessage.Create create(Integer autoAdvanceSec) {
        return new ClientMessage.Create("q", new ClientMessage.CreateOptions(null, false, null, null, false, false, ClientMessage.Play.DEFAULT,
                autoAdvanceSec));
    }

    private FakePeer join(Room room, String name) {
        FakePeer p = new FakePeer();
        room.join(p, new ClientMessage.Join(room.code(), name), clock.millis());
        return p;
    }

    @Test
    void aPauseDuringTeamTalk_freezesTheTalkLeft_andOnGoingOnTellsPhonesWhenAnswersNowOpen() {
        Started g = started(teamTalk());
        Room room = g.room();
        FakePeer host = g.host();
        FakePeer ada = g.ada();
        clock.advance(2_000);
        room.command(host, new ClientMessage.Pause(true));
        JsonNode paused = ada.last("paused");
        assertThat(paused.get("talkRemainingMs").asLong()).isEqualTo(3_000);
        assertThat(paused.get("remainingMs").asLong()).isEqualTo(3_000 + T);
        assertThat(paused.has("answersOpenAt")).isFalse();
        loop.advance(60_000);
        room.command(host, new ClientMessage.Pause(false));
        JsonNode going = ada.last("paused");
        long now = clock.millis();
        assertThat(going.get("answersOpenAt").asLong()).isEqualTo(now + 3_000);
        assertThat(going.get("deadline").asLong()).isEqualTo(now + 3_000 + T);
        assertThat(going.has("talkRemainingMs")).isFalse();
        room.answer(ada, ada.memberId, new ClientMessage.Answer(0, 1, null, null, null), now + 2_999, 0);
        assertThat(ada.last("error").get("code").asText()).isEqualTo("team-talk");
        room.answer(ada, ada.memberId, new ClientMessage.Answer(0, 1, null, null, null), now + 3_000, 0);
        assertThat(ada.types()).contains("ack");
    }

    @Test
    void aPauseAfterTheTeamTalk_saysNoTalkIsLeft() {
        Started g = started(teamTalk());
        Room room = g.room();
        FakePeer host = g.host();
        FakePeer ada = g.ada();
        clock.advance(7_000);
        room.command(host, new ClientMessage.Pause(true));
        assertThat(ada.last("paused").get("talkRemainingMs").asLong()).isZero();
        assertThat(ada.last("paused").get("remainingMs").asLong()).isEqualTo(T - 2_000);
    }

    @Test
    void aPausedQuestion_doesNotCloseAtItsOldDeadline_andClosesAtTheMovedOne() {
        Started g = started(create(null));
        Room room = g.room();
        FakePeer host = g.host();
        FakePeer ada = g.ada();
        clock.advance(5_000);
        room.command(host, new ClientMessage.Pause(true));
        assertThat(ada.last("paused").get("remainingMs").asLong()).isEqualTo(15_000);
        loop.advance(60_000);
        assertThat(ada.types()).doesNotContain("reveal");
        room.command(host, new ClientMessage.Pause(false));
        JsonNode going = ada.last("paused");
        assertThat(going.get("paused").asBoolean()).isFalse();
        assertThat(going.get("deadline").asLong()).isEqualTo(clock.millis() + 15_000);
        loop.advance(14_999);
        assertThat(ada.types()).doesNotContain("reveal");
        loop.advance(1);
        assertThat(ada.types()).contains("reveal");
    }

    @Test
    void aBadPauseOrARemoteFromAPlayer_isAnsweredWithAnError_andChangesNothing() {
        Room room = registry().create(create(null));
        FakePeer host = new FakePeer();
        room.openForHost(host);
        FakePeer ada = join(room, "Ada");
        String before = room.stateDigest();
        room.command(host, new ClientMessage.Pause(false));
        assertThat(host.last("error").get("code").asText()).isEqualTo("wrong-phase");
        room.command(ada, new ClientMessage.Pause(true));
        assertThat(ada.last("error").get("code").asText()).isEqualTo("not-host");
        room.command(ada, new ClientMessage.RemoteLink());
        assertThat(ada.last("error").get("code").asText()).isEqualTo("not-host");
        assertThat(ada.types()).doesNotContain("paused", "remoteLink");
        assertThat(room.stateDigest()).isEqualTo(before);
    }

    @Test
    void aPubQuizRoom_movesOnOnItsSchedule_theHostsNextRestartsTheCountdown_andAPauseHoldsIt() {
        Started g = started(create(5));
        Room room = g.room();
        FakePeer host = g.host();
        FakePeer ada = g.ada();
        room.answer(ada, ada.memberId, new ClientMessage.Answer(0, 1, null, null, null), clock.millis(), 0);
        assertThat(ada.last("autoNext").get("from").asText()).isEqualTo("reveal");
        loop.advance(4_999);
        assertThat(ada.types()).doesNotContain("standings");
        loop.advance(1);
        assertThat(ada.types()).contains("standings");
        loop.advance(2_000);
        room.command(host, new ClientMessage.Pause(true));
        assertThat(ada.last("autoNext").get("paused").asBoolean()).isTrue();
        assertThat(ada.last("autoNext").get("remainingMs").asLong()).isEqualTo(3_000);
        loop.advance(30_000);
        assertThat(ada.types()).doesNotContain("finished");
        assertThat(ada.types().stream().filter("question"::equals).count()).isEqualTo(1);
        room.command(host, new ClientMessage.Pause(false));
        loop.advance(3_000);
        assertThat(ada.last("question").get("index").asInt()).isEqualTo(1);
        // The last question runs out, and the room goes through reveal and standings to the end by itself.
        loop.advance(T + 5_000 + 5_000);
        assertThat(ada.last("finished").get("you").get("rank").asInt()).isEqualTo(1);
    }

    @Test
    void aRestartMidPause_resumesPaused_andTheRemotePhoneKeepsItsSession_butNotTheSpentLink() {
        RoomRegistry before = registry();
        Room room = before.create(create(null));
        FakePeer host = new FakePeer();
        room.openForHost(host);
        FakePeer ada = join(room, "Ada");
        room.command(host, new ClientMessage.RemoteLink());
        String link = host.last("remoteLink").get("token").asText();
        FakePeer phone = new FakePeer();
        room.resume(phone, link, clock.millis());
        String session = phone.last("remoteSession").get("token").asText();
        room.command(phone, new ClientMessage.Start());
        clock.advance(4_000);
        room.command(phone, new ClientMessage.Pause(true));
        loop.advance(100);
        String code = room.code();
        // The process dies here.

        clock.advance(120_000);
        RoomRegistry after = registry();
        assertThat(after.restoreAll()).isEqualTo(1);
        Room back = after.find(code).orElseThrow();
        loop.advance(60_000);
        FakePeer adaAgain = new FakePeer();
        back.resume(adaAgain, ada.last("joined").get("token").asText(), clock.millis());
        assertThat(adaAgain.last("paused").get("paused").asBoolean()).isTrue();
        assertThat(adaAgain.last("paused").get("remainingMs").asLong()).isEqualTo(16_000);
        assertThat(adaAgain.types()).doesNotContain("reveal");

        FakePeer thief = new FakePeer();
        back.resume(thief, link, clock.millis());
        assertThat(thief.last("error").get("message").asText()).contains("used already");
        FakePeer phoneAgain = new FakePeer();
        back.resume(phoneAgain, session, clock.millis());
        assertThat(phoneAgain.last("resumed").get("role").asText()).isEqualTo("host");
        back.command(phoneAgain, new ClientMessage.Pause(false));
        assertThat(adaAgain.last("paused").get("deadline").asLong()).isEqualTo(clock.millis() + 16_000);
        back.answer(adaAgain, adaAgain.memberId, new ClientMessage.Answer(0, 1, null, null, null), clock.millis() + 1_000, 0);
        assertThat(adaAgain.last("result").get("correct").asBoolean()).isTrue();
    }
}
