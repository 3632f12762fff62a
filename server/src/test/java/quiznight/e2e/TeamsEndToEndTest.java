package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import quiznight.testing.Rooms;
import quiznight.testing.SharedServerTest;
import quiznight.testing.TestServer;
import quiznight.testing.WsClient;

/** Team mode, team talk and the scoring options, played on a real server over real WebSockets. */
class TeamsEndToEndTest extends SharedServerTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void pickedTeams_aJoinWithoutATeamIsToldTheTeams_aTeamThatDoesNotExistIsRefused_andNothingChanges() throws Exception {
        WsClient host = WsClient.connect(server.port());
        String code = Rooms.create(host, "three", Map.of("teams", Map.of("mode", "pick", "count", 3))).get("code").asText();

        WsClient nobody = Rooms.join(server.port(), code, "Ada");
        JsonNode teams = nobody.take("teams");
        assertThat(teams.get("teams")).hasSize(3);
        assertThat(teams.get("teams").get(0).get("name").asText()).isEqualTo("Red Foxes");
        assertThat(teams.get("teams").get(2).get("colour").asText()).isEqualTo("#66bb6a");
        assertThat(nobody.takeError()).isEqualTo("team-required");

        WsClient wrong = Rooms.join(server.port(), code, "Ada", "team", 3);
        JsonNode error = wrong.take("error");
        assertThat(error.get("code").asText()).isEqualTo("bad-message");
        assertThat(error.get("message").asText()).contains("There is no team 3");

        // The refusals changed nothing: the name is free, nobody is in a team.
        WsClient ada = Rooms.join(server.port(), code, "Ada", "team", 2);
        JsonNode joined = ada.take("joined");
        assertThat(joined.get("team").get("team").asInt()).isEqualTo(2);
        assertThat(joined.get("team").get("name").asText()).isEqualTo("Green Turtles");
        JsonNode lobby = host.awaitMatching(m -> m.path("type").asText().equals("lobby") && m.get("count").asInt() == 1,
                "lobby of 1");
        assertThat(lobby.get("teams").findValues("members")).extracting(JsonNode::asInt).containsExactly(0, 0, 1);
        assertThat(lobby.get("players").get(0).get("team").asInt()).isEqualTo(2);
    }

    @Test
    void teamsScoreTheMeanOfTheirMembers_aDroppedPlayerResumesInItsTeam_andTheResultsCarryTheTeams() throws Exception {
        WsClient host = WsClient.connect(server.port());
        JsonNode created = Rooms.create(host, "three", Map.of("teams", Map.of("mode", "pick", "count", 2)));
        String code = created.get("code").asText();
        String hostToken = created.get("hostToken").asText();
        // Ada alone in Red Foxes; Bob and Cy in Blue Whales.
        List<WsClient> players = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        int[] team = {0, 1, 1};
        String[] names = {"Ada", "Bob", "Cy"};
        for (int i = 0; i < 3; i++) {
            WsClient p = Rooms.join(server.port(), code, names[i], "team", team[i]);
            tokens.add(p.take("joined").get("token").asText());
            players.add(p);
        }
        Rooms.startWith(host, 3);
        // Ada and Bob right, Cy wrong: Red Foxes score Ada's points, Blue Whales half of Bob's.
        int[] choice = {0, 0, 1};
        for (int i = 0; i < 3; i++) {
            players.get(i).take("question");
            players.get(i).send("type", "answer", "index", 0, "choice", choice[i]);
            players.get(i).take("ack");
        }
        JsonNode[] result = new JsonNode[3];
        for (int i = 0; i < 3; i++) {
            result[i] = players.get(i).take("result");
        }
        int ada = result[0].get("points").asInt();
        int bob = result[1].get("points").asInt();
        assertThat(result[0].get("team").get("points").asInt()).isEqualTo(ada);
        assertThat(result[1].get("team").get("points").asInt()).isEqualTo(Math.round(bob / 2.0f));
        assertThat(result[2].get("team").get("score").asInt()).isEqualTo(Math.round(bob / 2.0f));
        assertThat(result[0].get("team").get("rank").asInt()).isEqualTo(1);
        assertThat(result[2].get("team").get("rank").asInt()).isEqualTo(2);
        assertThat(result[2].get("team").get("name").asText()).isEqualTo("Blue Whales");

        host.send("type", "next");
        JsonNode standings = host.take("standings");
        assertThat(standings.get("teams").findValues("name")).extracting(JsonNode::asText)
                .containsExactly("Red Foxes", "Blue Whales");
        assertThat(standings.get("teams").get(0).get("members").asInt()).isEqualTo(1);
        assertThat(standings.get("teamTop").findValues("name")).extracting(JsonNode::asText).containsExactly("Ada");

        // Bob drops and comes back: still in Blue Whales.
        players.get(1).abort();
        WsClient bobAgain = WsClient.connect(server.port());
        bobAgain.send("type", "resume", "code", code, "token", tokens.get(1));
        JsonNode resumed = bobAgain.take("resumed");
        assertThat(resumed.get("team").get("team").asInt()).isEqualTo(1);
        assertThat(resumed.get("team").get("name").asText()).isEqualTo("Blue Whales");
        players.set(1, bobAgain);

        host.send("type", "end");
        JsonNode finished = host.take("finished");
        assertThat(finished.get("teams").findValues("name")).extracting(JsonNode::asText)
                .containsExactly("Red Foxes", "Blue Whales");
        JsonNode you = players.get(2).take("finished").get("you");
        assertThat(you.get("team").get("rank").asInt()).isEqualTo(2);

        HttpResponse<String> json = TestServer.get(server.port(), "/api/rooms/" + code + "/results",
                "Authorization", "Bearer " + hostToken);
        JsonNode res = JSON.readTree(json.body());
        assertThat(res.get("teams").findValues("score")).extracting(JsonNode::asInt)
                .containsExactly(ada, Math.round(bob / 2.0f));
        for (JsonNode p : res.get("players")) {
            assertThat(p.get("team").asText()).isEqualTo(p.get("name").asText().equals("Ada") ? "Red Foxes" : "Blue Whales");
        }
        String csv = TestServer.get(server.port(), "/api/rooms/" + code + "/results?format=csv",
                "Authorization", "Bearer " + hostToken).body();
        assertThat(csv.split("\r\n")[0]).isEqualTo("rank,name,score,correct,q1,q2,q3,team");
        assertThat(csv).contains(",\"Red Foxes\"\r\n", "team rank,team,team score,members\r\n",
                "1,\"Red Foxes\"," + ada + ",1\r\n", "2,\"Blue Whales\"," + Math.round(bob / 2.0f) + ",2\r\n");
    }

    @Test
    void teamTalk_showsTheQuestion_refusesAnswersWithTeamTalk_thenTakesThem() throws Exception {
        WsClient host = WsClient.connect(server.port());
        String code = Rooms.create(host, "three", Map.of("teams", Map.of("mode", "auto", "count", 2), "teamTalkSec", 2))
                .get("code").asText();
        WsClient ada = Rooms.join(server.port(), code, "Ada");
        assertThat(ada.take("joined").get("team").get("team").asInt()).isZero();
        host.send("type", "start");
        JsonNode q = ada.take("question");
        long opensAt = q.get("answersOpenAt").asLong();
        assertThat(q.get("deadline").asLong()).isEqualTo(opensAt + 20_000);
        ada.send("type", "answer", "index", 0, "choice", 0);
        JsonNode refused = ada.take("error");
        assertThat(refused.get("code").asText()).isEqualTo("team-talk");
        assertThat(refused.get("message").asText()).startsWith("Talk with your team");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                .until(() -> System.currentTimeMillis() > opensAt + 50);
        ada.send("type", "answer", "index", 0, "choice", 0);
        ada.take("ack");
        JsonNode result = ada.take("result");
        assertThat(result.get("correct").asBoolean()).isTrue();
    }

    @Test
    void accuracyOnly_withoutStreakBonus_scoresEachRightAnswerItsFullPoints() throws Exception {
        WsClient host = WsClient.connect(server.port());
        String code = Rooms.create(host, "three", Map.of("speedBonus", false, "streakBonus", false)).get("code").asText();
        WsClient ada = Rooms.join(server.port(), code, "Ada");
        JsonNode joined = ada.take("joined");
        assertThat(joined.has("team")).isFalse();
        host.send("type", "start");
        for (int i = 0; i < 2; i++) {
            ada.take("question");
            ada.send("type", "answer", "index", i, "choice", 0);
            ada.take("ack");
            JsonNode result = ada.take("result");
            assertThat(result.get("points").asInt()).isEqualTo(1000);
            assertThat(result.get("bonus").asInt()).isZero();
            assertThat(result.get("streak").asInt()).isEqualTo(i + 1);
            assertThat(result.has("team")).isFalse();
            host.take("reveal");
            host.send("type", "next");
            JsonNode standings = host.take("standings");
            assertThat(standings.has("teams")).isFalse();
            host.send("type", "next");
        }
    }

    @Test
    void badTeamOptions_areRefusedWithASentence_andCreateNoRoom() throws Exception {
        WsClient host = WsClient.connect(server.port());
        List<Map<String, Object>> bad = List.of(
                Map.of("teams", Map.of("mode", "auto", "count", 1)),
                Map.of("teams", Map.of("mode", "auto", "count", 21)),
                Map.of("teams", Map.of("mode", "everyone", "count", 2)),
                Map.of("teams", "yes"),
                Map.of("teamTalkSec", 10),
                Map.of("teams", Map.of("mode", "auto", "count", 2), "teamTalkSec", 31),
                Map.of("speedBonus", "no"));
        for (Map<String, Object> options : bad) {
            host.send("type", "create", "quiz", "three", "options", options);
            JsonNode error = host.take("error");
            assertThat(error.get("code").asText()).as(options.toString()).isEqualTo("bad-message");
            assertThat(error.get("message").asText()).as(options.toString()).isNotBlank();
        }
        assertThat(host.types()).doesNotContain("created");
    }
}
