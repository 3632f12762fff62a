package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import quiznight.testing.Rooms;
import quiznight.testing.SharedServerTest;
import quiznight.testing.TestServer;
import quiznight.testing.WsClient;

/**
 * A host who is not tied to the laptop, on a real server over real WebSockets: pause and going on, a phone that
 * claims a one-time remote link and drives the room while the laptop displays it, and a pub quiz room that moves on
 * by itself.
 */
class HostRemoteEndToEndTest extends SharedServerTest {
    static final ObjectMapper JSON = new ObjectMapper();

    /** A room of the quiz {@code two} created with {@code options}, Ada in it, started. */
    private static WsClient startedWithAda(WsClient host, Map<String, Object> options) {
        String code = Rooms.create(host, "two", options).get("code").asText();
        WsClient ada = Rooms.joined(server.port(), code, "Ada");
        Rooms.startWith(host, 1);
        return ada;
    }

    @Test
    void aPauseDuringAQuestion_refusesAnswersWithPaused_andGoingOnMovesTheDeadline_andTheAnswerTimeLeavesThePauseOut()
            throws Exception {
        WsClient host = WsClient.connect(server.port());
        JsonNode created = Rooms.create(host, "two");
        String code = created.get("code").asText();
        WsClient ada = Rooms.joined(server.port(), code, "Ada");
        Rooms.startWith(host, 1);
        long deadline = ada.take("question").get("deadline").asLong();
        host.take("question");

        Thread.sleep(300);
        long pausedBy = System.currentTimeMillis(); // the server paused after this (same machine, same clock)
        host.send("type", "pause", "paused", true);
        JsonNode paused = ada.take("paused");
        assertThat(paused.get("paused").asBoolean()).isTrue();
        // The time left is the deadline less the moment of the pause: no more than from the moment it was asked.
        assertThat(paused.get("remainingMs").asLong()).isBetween(1L, deadline - pausedBy);
        assertThat(host.take("paused").get("paused").asBoolean()).isTrue();

        ada.send("type", "answer", "index", 0, "choice", 0);
        JsonNode refused = ada.take("error");
        assertThat(refused.get("code").asText()).isEqualTo("paused");
        assertThat(refused.get("message").asText()).contains("paused");
        host.send("type", "pause", "paused", true);
        assertThat(host.takeError()).isEqualTo("wrong-phase");

        Thread.sleep(1_500);
        host.send("type", "pause", "paused", false);
        JsonNode going = ada.take("paused");
        long goneOnBy = System.currentTimeMillis();
        assertThat(going.get("paused").asBoolean()).isFalse();
        // Moved on by the pause's length: at least the 1.5 s slept between the two commands, at most the time from
        // asking for the pause to hearing it end.
        assertThat(going.get("deadline").asLong() - deadline).isBetween(1_500L, goneOnBy - pausedBy);
        Thread.sleep(200);
        ada.send("type", "answer", "index", 0, "choice", 0);
        ada.take("ack");
        host.take("reveal"); // everyone answered
        host.send("type", "end");
        host.take("finished");

        String token = created.get("hostToken").asText();
        HttpResponse<String> r = TestServer.get(server.port(), "/api/rooms/" + code + "/results?format=json",
                "Authorization", "Bearer " + token);
        JsonNode answer = JSON.readTree(r.body()).get("players").get(0).get("answers").get(0);
        // About 0.5 s of answering time, not the 2 s that passed with the pause.
        assertThat(answer.get("responseMs").asLong()).isBetween(300L, 1_400L);
        assertThat(answer.get("correct").asBoolean()).isTrue();
    }

    @Test
    void aPhoneClaimsTheRemoteLink_andDrivesTheRoom_whileTheLaptopDisplaysIt_andTheUsedLinkIsRefused() throws Exception {
        WsClient laptop = WsClient.connect(server.port());
        JsonNode created = Rooms.create(laptop, "two");
        String code = created.get("code").asText();
        laptop.send("type", "remote");
        JsonNode link = laptop.take("remoteLink");
        String token = link.get("token").asText();
        assertThat(link.get("url").asText()).isEqualTo("http://quiz.test/remote.html#" + code + "." + token);
        assertThat(link.get("remotes").asInt()).isZero();
        HttpResponse<String> qr = TestServer.get(server.port(), "/api/rooms/" + code + "/remote-qr.svg?token=" + token);
        assertThat(qr.statusCode()).isEqualTo(200);
        assertThat(qr.body()).startsWith("<svg");
        assertThat(TestServer.get(server.port(), "/api/rooms/" + code + "/remote-qr.svg?token=%3Cb%3E").statusCode())
                .isEqualTo(400);

        WsClient phone = WsClient.connect(server.port());
        phone.send("type", "resume", "code", code, "token", token);
        JsonNode resumed = phone.take("resumed");
        assertThat(resumed.get("role").asText()).isEqualTo("host");
        assertThat(resumed.has("hostToken")).isFalse();
        String session = phone.take("remoteSession").get("token").asText();
        assertThat(session).isNotEqualTo(token).isNotEqualTo(created.get("hostToken").asText());
        phone.take("lobby");
        // The laptop's link is spent: it is sent a new one, and told a phone is connected.
        JsonNode fresh = laptop.take("remoteLink");
        assertThat(fresh.get("token").asText()).isNotEqualTo(token);
        assertThat(fresh.get("remotes").asInt()).isEqualTo(1);

        // The same link again, from another phone: refused with a sentence, and it changes nothing.
        WsClient thief = WsClient.connect(server.port());
        thief.send("type", "resume", "code", code, "token", token);
        JsonNode used = thief.take("error");
        assertThat(used.get("code").asText()).isEqualTo("bad-token");
        assertThat(used.get("message").asText()).contains("used already");
        thief.send("type", "resume", "code", code, "token", "not-a-token-of-this-room");
        assertThat(thief.takeError()).isEqualTo("bad-token");

        WsClient ada = Rooms.joined(server.port(), code, "Ada");
        WsClient bob = Rooms.joined(server.port(), code, "Bob");
        // Both host connections see the lobby with the players.
        phone.awaitMatching(m -> m.path("type").asText().equals("lobby") && m.get("count").asInt() == 2, "phone lobby");
        laptop.awaitMatching(m -> m.path("type").asText().equals("lobby") && m.get("count").asInt() == 2, "laptop lobby");
        JsonNode lobby = phone.awaitMatching(m -> m.path("type").asText().equals("lobby") && m.get("count").asInt() == 2, "list");
        assertThat(lobby.get("players")).hasSize(2);

        // The phone drives: lock, start, pause and go on, kick, next; the laptop shows every step.
        phone.send("type", "lock", "locked", true);
        assertThat(phone.take("locked").get("locked").asBoolean()).isTrue();
        phone.send("type", "start");
        laptop.take("question");
        phone.take("question");
        ada.take("question");
        phone.send("type", "pause", "paused", true);
        assertThat(laptop.take("paused").get("paused").asBoolean()).isTrue();
        phone.send("type", "pause", "paused", false);
        assertThat(laptop.take("paused").get("paused").asBoolean()).isFalse();
        ada.send("type", "answer", "index", 0, "choice", 0);
        ada.take("ack");
        JsonNode progress = phone.awaitMatching(m -> m.path("type").asText().equals("progress")
                && m.get("answered").asInt() == 1, "progress on the phone");
        assertThat(progress.get("players").asInt()).isEqualTo(2);
        laptop.awaitMatching(m -> m.path("type").asText().equals("progress") && m.get("answered").asInt() == 1,
                "progress on the laptop");
        String bobId = lobby.get("players").get(1).get("id").asText();
        phone.send("type", "kick", "playerId", bobId);
        bob.take("kicked");
        laptop.take("reveal"); // Ada was the last to answer once Bob left
        phone.take("reveal");
        laptop.send("type", "next"); // either may drive
        phone.take("standings");
        phone.send("type", "next");
        laptop.take("question");

        // The phone reconnects with its session token; the laptop's connection is not replaced by it.
        phone.close();
        WsClient again = WsClient.connect(server.port());
        again.send("type", "resume", "code", code, "token", session);
        assertThat(again.take("resumed").get("role").asText()).isEqualTo("host");
        again.take("question");
        again.send("type", "end");
        laptop.take("finished");
        assertThat(laptop.closeStatus).isNull();
        assertThat(ada.take("finished").get("you").get("rank").asInt()).isEqualTo(1);
    }

    @Test
    void aPubQuizRoom_movesThroughATwoQuestionGame_byItself() throws Exception {
        WsClient host = WsClient.connect(server.port());
        WsClient ada = startedWithAda(host, Map.of("autoAdvanceSec", 3, "timeLimitSec", 5));
        ada.take("question");
        ada.send("type", "answer", "index", 0, "choice", 0);
        ada.take("ack");
        ada.take("reveal");
        JsonNode auto = ada.take("autoNext");
        assertThat(auto.get("from").asText()).isEqualTo("reveal");
        assertThat(auto.get("remainingMs").asLong()).isBetween(2_500L, 3_000L);
        assertThat(auto.get("paused").asBoolean()).isFalse();
        assertThat(ada.take("standings").get("index").asInt()).isZero();
        assertThat(ada.take("autoNext").get("from").asText()).isEqualTo("standings");
        // The second question nobody answers: its deadline closes it, and the room goes on to the end.
        assertThat(ada.take("question").get("index").asInt()).isEqualTo(1);
        ada.take("reveal");
        ada.take("standings");
        JsonNode finished = ada.take("finished");
        assertThat(finished.get("you").get("rank").asInt()).isEqualTo(1);
        host.await("finished");
        assertThat(host.types()).doesNotContain("error");
    }

    @Test
    void aPause_holdsThePubQuizCountdown_untilTheHostGoesOn() throws Exception {
        WsClient host = WsClient.connect(server.port());
        WsClient ada = startedWithAda(host, Map.of("autoAdvanceSec", 3));
        ada.take("question");
        ada.send("type", "answer", "index", 0, "choice", 0);
        ada.take("reveal");
        ada.take("autoNext");
        host.send("type", "pause", "paused", true);
        assertThat(ada.take("paused").get("paused").asBoolean()).isTrue();
        JsonNode held = ada.take("autoNext");
        assertThat(held.get("paused").asBoolean()).isTrue();
        Thread.sleep(4_000);
        assertThat(ada.types()).doesNotContain("standings");
        host.send("type", "pause", "paused", false);
        ada.take("paused");
        assertThat(ada.take("autoNext").get("paused").asBoolean()).isFalse();
        assertThat(ada.take("standings").get("index").asInt()).isZero();
    }
}
