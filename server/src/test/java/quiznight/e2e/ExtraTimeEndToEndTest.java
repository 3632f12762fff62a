package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import quiznight.game.Scoring;
import quiznight.testing.SharedServerTest;
import quiznight.testing.WsClient;

/**
 * The extra-time accommodation on a real server over real WebSockets: the host grants Ada ×2, only her question
 * carries her own deadline (also after she resumes), her answer after everyone else's deadline counts and is scored
 * against her own window, while a player without extra time is too late.
 */
class ExtraTimeEndToEndTest extends SharedServerTest {
    static final long LIMIT_MS = 5_000;

    private static WsClient join(String code, String name) {
        WsClient p = WsClient.connect(server.port());
        p.send("type", "join", "code", code, "name", name);
        return p;
    }

    @Test
    void aPlayerGrantedDoubleTime_answersAfterTheSharedDeadline_andIsScoredAgainstTheirOwnWindow() throws Exception {
        WsClient host = WsClient.connect(server.port());
        host.send("type", "create", "quiz", "mixed", "options", Map.of("questions", 1, "timeLimitSec", 5));
        String code = host.take("created").get("code").asText();
        WsClient ada = join(code, "Ada");
        JsonNode joined = ada.take("joined");
        String adaToken = joined.get("token").asText();
        String adaId = joined.get("playerId").asText();
        WsClient bob = join(code, "Bob");
        bob.take("joined");
        WsClient cy = join(code, "Cy");
        cy.take("joined");

        host.send("type", "extraTime", "playerId", adaId, "factor", 3);
        assertThat(host.takeError()).isEqualTo("bad-message");
        bob.send("type", "extraTime", "playerId", adaId, "factor", 2);
        assertThat(bob.takeError()).isEqualTo("not-host");
        host.send("type", "extraTime", "playerId", adaId, "factor", 2);
        JsonNode granted = host.take("extraTime");
        assertThat(granted.get("playerId").asText()).isEqualTo(adaId);
        assertThat(granted.get("factor").asDouble()).isEqualTo(2.0);
        host.awaitMatching(m -> m.path("type").asText().equals("lobby") && m.get("players").size() == 3
                && m.get("players").get(0).path("extraTime").asDouble() == 2.0, "lobby with Ada's extra time");

        host.send("type", "start");
        JsonNode shared = host.take("question");
        long deadline = shared.get("deadline").asLong();
        assertThat(shared.has("you")).isFalse();
        assertThat(bob.take("question").has("you")).isFalse();
        assertThat(cy.take("question").has("you")).isFalse();
        JsonNode own = ada.take("question").get("you");
        assertThat(own.get("timeLimitMs").asLong()).isEqualTo(2 * LIMIT_MS);
        assertThat(own.get("deadline").asLong()).isEqualTo(deadline + LIMIT_MS);

        bob.send("type", "answer", "index", 0, "choice", 1);
        bob.take("ack");
        // Ada's phone drops and comes back: her own times come back with the question.
        ada.close();
        WsClient adaAgain = WsClient.connect(server.port());
        adaAgain.send("type", "resume", "code", code, "token", adaToken);
        adaAgain.take("resumed");
        assertThat(adaAgain.take("question").get("you").get("deadline").asLong()).isEqualTo(deadline + LIMIT_MS);

        Thread.sleep(Math.max(0, deadline + 400 - System.currentTimeMillis()));
        cy.send("type", "answer", "index", 0, "choice", 1);
        assertThat(cy.takeError()).isEqualTo("question-closed");
        adaAgain.send("type", "answer", "index", 0, "choice", 1);
        adaAgain.take("ack");
        host.send("type", "next");
        JsonNode result = adaAgain.take("result");
        assertThat(result.get("correct").asBoolean()).isTrue();
        // A little over 5 s of a 10 s window: about 750 points; of a 5 s window it would have been 500.
        int points = result.get("points").asInt();
        assertThat(points).isBetween(Scoring.basePoints(7_000, 2 * LIMIT_MS, 1), Scoring.basePoints(5_000, 2 * LIMIT_MS, 1));
        assertThat(bob.take("result").get("correct").asBoolean()).isTrue();
        assertThat(cy.take("result").get("points").asInt()).isZero();
    }
}
