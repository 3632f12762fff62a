package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import quiznight.testing.SharedServerTest;
import quiznight.testing.WsClient;

/** Every error of the contract, provoked over a real WebSocket: each gets its code and changes nothing. */
class ProtocolErrorsEndToEndTest extends SharedServerTest {

    WsClient host;
    String code;
    String hostToken;


    @BeforeEach
    void createRoom() {
        host = WsClient.connect(server.port());
        host.send("type", "create", "quiz", "mixed");
        JsonNode created = host.take("created");
        code = created.get("code").asText();
        hostToken = created.get("hostToken").asText();
    }

    @AfterEach
    void closeHost() {
        host.close();
    }

    private WsClient player(String name) {
        WsClient p = WsClient.connect(server.port());
        p.send("type", "join", "code", code, "name", name);
        p.take("joined");
        return p;
    }

    @Test
    void malformedJson_isBadJson() {
        try (WsClient c = WsClient.connect(server.port())) {
            c.send("{not json");
            assertThat(c.takeError()).isEqualTo("bad-json");
            c.send("[1,2]");
            assertThat(c.takeError()).isEqualTo("bad-json");
        }
    }

    @Test
    void unknownTypeMissingOrWronglyTypedField_isBadMessage() {
        try (WsClient c = WsClient.connect(server.port())) {
            c.send("{\"type\":\"dance\"}");
            JsonNode e = c.take("error");
            assertThat(e.get("code").asText()).isEqualTo("bad-message");
            assertThat(e.get("message").asText()).contains("dance");
            c.send("{\"kind\":\"join\"}");
            assertThat(c.takeError()).isEqualTo("bad-message");
            c.send("{\"type\":\"join\",\"code\":\"" + code + "\"}");
            assertThat(c.take("error").get("message").asText()).contains("name");
            c.send("{\"type\":\"join\",\"code\":" + code + ",\"name\":\"x\"}");
            assertThat(c.take("error").get("message").asText()).contains("code");
            c.send("{\"type\":\"create\",\"options\":{\"questions\":\"five\"}}");
            assertThat(c.takeError()).isEqualTo("bad-message");
            c.send("{\"type\":\"create\",\"quiz\":\"mixed\",\"options\":{\"sections\":[\"Nope\"]}}");
            assertThat(c.takeError()).isEqualTo("bad-message");
        }
    }

    @Test
    void unknownQuiz_isQuizNotFound_andTheConnectionMayThenCreateARoom() {
        try (WsClient c = WsClient.connect(server.port())) {
            c.send("type", "create", "quiz", "no-such-quiz");
            assertThat(c.takeError()).isEqualTo("quiz-not-found");
            c.send("type", "create", "quiz", "mixed");
            assertThat(c.take("created").get("code").asText()).hasSize(6);
        }
    }

    @Test
    void unknownRoom_isRoomNotFound() {
        try (WsClient c = WsClient.connect(server.port())) {
            c.send("type", "join", "code", "000000", "name", "Ada");
            assertThat(c.takeError()).isEqualTo("room-not-found");
            c.send("type", "resume", "code", "000000", "token", "whatever");
            assertThat(c.takeError()).isEqualTo("room-not-found");
        }
    }

    @Test
    void lockedRoom_isRoomLocked_untilUnlocked() {
        host.send("type", "lock", "locked", true);
        assertThat(host.take("locked").get("locked").asBoolean()).isTrue();
        try (WsClient c = WsClient.connect(server.port())) {
            c.send("type", "join", "code", code, "name", "Ada");
            assertThat(c.takeError()).isEqualTo("room-locked");
            host.send("type", "lock", "locked", false);
            host.take("locked");
            c.send("type", "join", "code", code, "name", "Ada");
            assertThat(c.take("joined").get("name").asText()).isEqualTo("Ada");
        }
    }

    @Test
    void takenName_isNameTaken_ignoringCase_andBadName_isBadName() {
        try (WsClient ada = player("Ada"); WsClient c = WsClient.connect(server.port())) {
            c.send("type", "join", "code", code, "name", "  ADA ");
            assertThat(c.takeError()).isEqualTo("name-taken");
            c.send("type", "join", "code", code, "name", "   ");
            assertThat(c.takeError()).isEqualTo("bad-name");
            c.send("type", "join", "code", code, "name", "x".repeat(33));
            assertThat(c.takeError()).isEqualTo("bad-name");
            c.send("type", "join", "code", code, "name", "a\u200bb");
            assertThat(c.takeError()).isEqualTo("bad-name");
            host.awaitMatching(m -> m.path("type").asText().equals("lobby") && m.get("count").asInt() == 1, "lobby of 1");
        }
    }

    @Test
    void hostCommandFromPlayerOrStranger_isNotHost() {
        try (WsClient p = player("Ada"); WsClient stranger = WsClient.connect(server.port())) {
            p.send("type", "start");
            assertThat(p.takeError()).isEqualTo("not-host");
            p.send("type", "kick", "playerId", "p1");
            assertThat(p.takeError()).isEqualTo("not-host");
            stranger.send("type", "next");
            assertThat(stranger.takeError()).isEqualTo("not-host");
            host.send("type", "start");
            assertThat(p.take("question").get("index").asInt()).isZero();
        }
    }

    @Test
    void commandsInTheWrongPhase_areWrongPhase() {
        try (WsClient p = player("Ada")) {
            host.send("type", "next");
            assertThat(host.takeError()).isEqualTo("wrong-phase");
            p.send("type", "answer", "index", 0, "choice", 1);
            assertThat(p.takeError()).isEqualTo("wrong-phase");
            p.send("type", "join", "code", code, "name", "Again");
            assertThat(p.takeError()).isEqualTo("wrong-phase");
            host.send("type", "start");
            host.take("question");
            host.send("type", "start");
            assertThat(host.takeError()).isEqualTo("wrong-phase");
        }
    }

    @Test
    void answerToAnotherOrClosedQuestion_isQuestionClosed_andSecondAnswer_isAlreadyAnswered() {
        try (WsClient a = player("Ada"); WsClient b = player("Bob")) {
            host.send("type", "start");
            a.take("question");
            a.send("type", "answer", "index", 3, "choice", 1);
            assertThat(a.takeError()).isEqualTo("question-closed");
            a.send("type", "answer", "index", 0, "choice", 1);
            a.take("ack");
            a.send("type", "answer", "index", 0, "choice", 0);
            assertThat(a.takeError()).isEqualTo("already-answered");
            a.send("type", "answer", "index", 0, "text", "1");
            assertThat(a.takeError()).isEqualTo("already-answered");
            b.send("type", "answer", "index", 0, "text", "eight");
            assertThat(b.takeError()).isEqualTo("bad-message");
            b.send("type", "answer", "index", 0, "choice", 9);
            assertThat(b.takeError()).isEqualTo("bad-message");
            host.send("type", "next");
            JsonNode result = a.take("result");
            assertThat(result.get("correct").asBoolean()).isTrue();
            assertThat(result.get("score").asInt()).isEqualTo(result.get("points").asInt()).isGreaterThan(0);
            assertThat(b.take("result").get("score").asInt()).isZero();
            b.send("type", "answer", "index", 0, "choice", 1);
            assertThat(b.takeError()).isEqualTo("question-closed");
        }
    }

    @Test
    void resumeWithAWrongToken_isBadToken_andHostResumesWithItsToken() {
        try (WsClient c = WsClient.connect(server.port())) {
            c.send("type", "resume", "code", code, "token", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
            assertThat(c.takeError()).isEqualTo("bad-token");
        }
        try (WsClient again = WsClient.connect(server.port())) {
            again.send("type", "resume", "code", code, "token", hostToken);
            JsonNode resumed = again.take("resumed");
            assertThat(resumed.get("role").asText()).isEqualTo("host");
            assertThat(resumed.get("state").asText()).isEqualTo("lobby");
            assertThat(again.take("lobby").get("code").asText()).isEqualTo(code);
            host.awaitClosed();
            again.send("type", "start");
            again.take("question");
        }
    }

    @Test
    void kick_sendsKickedAndClosesThatConnection() {
        try (WsClient a = player("Ada")) {
            JsonNode lobby = host.awaitMatching(m -> m.path("type").asText().equals("lobby") && m.get("count").asInt() == 1, "lobby");
            host.send("type", "kick", "playerId", lobby.get("players").get(0).get("id").asText());
            a.take("kicked");
            a.awaitClosed();
            host.awaitMatching(m -> m.path("type").asText().equals("lobby") && m.get("count").asInt() == 0, "empty lobby");
        }
    }

    @Test
    void flooding_isRateLimited_thenClosedWith1008() {
        try (WsClient c = WsClient.connect(server.port())) {
            for (int i = 0; i < 100; i++) {
                try {
                    c.send("{\"type\":\"dance\"}");
                } catch (RuntimeException closedMeanwhile) {
                    // The server's 1008 may arrive before the client has sent all 100: the close is what counts.
                    break;
                }
            }
            c.awaitMatching(m -> m.path("code").asText().equals("rate-limited"), "rate-limited");
            c.awaitClosed();
            assertThat(c.closeStatus).isEqualTo(1008);
        }
    }

    @Test
    void frameOver4KiB_closesWith1009() {
        try (WsClient c = WsClient.connect(server.port())) {
            c.send("{\"type\":\"join\",\"code\":\"" + code + "\",\"name\":\"" + "x".repeat(5000) + "\"}");
            c.awaitClosed();
            assertThat(c.closeStatus).isEqualTo(1009);
        }
        try (WsClient ok = player("StillFine")) {
            assertThat(ok.await("lobby").get("count").asInt()).isEqualTo(1);
        }
    }
}
