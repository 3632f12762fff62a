package quiznight.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import quiznight.protocol.ClientMessage;
import quiznight.quiz.Quiz;
import quiznight.testing.FakePeer;
import quiznight.testing.Questions;

/** A room in team mode restored from its journal: the options, every player's team and the team scores come back. */
class TeamJournalTest extends RoomOnDiskTest {
    private RoomRegistry registry() {
        return registry(new Quiz("q", "Q", "", List.of(Questions.single(0, 20_000), Questions.single(0, 20_000))));
    }

    @Test
    void aRestartKeepsEveryPlayersTeam_theTeamScores_andTheScoringOptions() throws Exception {
        ClientMessage.Play play = new ClientMessage.Play("pick", 3, 5, false, false);
        Room room = registry().create(new ClientMessage.Create("q",
                new ClientMessage.CreateOptions(null, false, null, null, false, false, play, null)));
        FakePeer host = new FakePeer();
        room.openForHost(host);
        FakePeer ada = new FakePeer();
        FakePeer bob = new FakePeer();
        room.join(ada, new ClientMessage.Join(room.code(), "Ada", 2), clock.millis());
        room.join(bob, new ClientMessage.Join(room.code(), "Bob", 1), clock.millis());
        room.command(host, new ClientMessage.Start());
        clock.advance(5_000 + 15_000); // after the team talk, 15 s of 20: accuracy only scores it full
        room.answer(ada, ada.memberId, new ClientMessage.Answer(0, 0, null, null, null), clock.millis(), 0);
        room.command(host, new ClientMessage.Next());
        JsonNode before = ada.last("result");
        assertThat(before.get("points").asInt()).isEqualTo(1000);
        assertThat(before.get("team").get("score").asInt()).isEqualTo(1000);
        loop.advance(100);
        assertThat(Files.readString(FileJournal.fileFor(dir.resolve("data"), room.code())))
                .contains("\"play\":{\"speedBonus\":false,\"streakBonus\":false,\"teamMode\":\"pick\",\"teamCount\":3,\"talkMs\":5000}",
                        "\"name\":\"Ada\"", "\"team\":2");

        RoomRegistry after = registry();
        assertThat(after.restoreAll()).isEqualTo(1);
        Room restored = after.find(room.code()).orElseThrow();
        FakePeer adaAgain = new FakePeer();
        FakePeer bobAgain = new FakePeer();
        restored.resume(adaAgain, ada.last("joined").get("token").asText(), clock.millis());
        restored.resume(bobAgain, bob.last("joined").get("token").asText(), clock.millis());
        assertThat(adaAgain.last("resumed").get("team").get("name").asText()).isEqualTo("Green Turtles");
        assertThat(bobAgain.last("resumed").get("team").get("team").asInt()).isEqualTo(1);
        JsonNode result = adaAgain.last("result");
        assertThat(result.get("team").get("score").asInt()).isEqualTo(1000);
        assertThat(result.get("team").get("rank").asInt()).isEqualTo(1);
        assertThat(bobAgain.last("result").get("team").get("rank").asInt()).isEqualTo(2);
    }
}
