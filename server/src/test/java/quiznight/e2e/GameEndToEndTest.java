package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import quiznight.results.GameReport;
import quiznight.testing.SharedServerTest;
import quiznight.testing.TestServer;
import quiznight.testing.WsClient;

/** A host and 25 players play the mixed quiz start to finish against a real server over real WebSockets. */
class GameEndToEndTest extends SharedServerTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final int PLAYERS = 25;



    /** What player i sends for question q: players with i % 4 == 3 answer wrong, the rest right. */
    static Object[] answer(int q, int i) {
        boolean right = i % 4 != 3;
        return switch (q) {
            case 0 -> new Object[] {"type", "answer", "index", 0, "choice", right ? 1 : 0};
            case 1 -> new Object[] {"type", "answer", "index", 1, "choices", right ? List.of(2, 0) : List.of(0)};
            case 2 -> new Object[] {"type", "answer", "index", 2, "choice", right ? 0 : 1};
            case 3 -> new Object[] {"type", "answer", "index", 3, "text", right ? "  Python manage.py   MIGRATE " : "makemigrations"};
            default -> new Object[] {"type", "answer", "index", 4, "value", right ? 8 : 9};
        };
    }

    @Test
    void hostAnd25Players_playFiveQuestionsOfMixedKinds_toThePodium() throws Exception {
        WsClient host = WsClient.connect(server.port());
        host.send("type", "create", "quiz", "mixed");
        JsonNode created = host.take("created");
        String code = created.get("code").asText();
        String hostToken = created.get("hostToken").asText();
        assertThat(code).matches("\\d{6}");
        assertThat(hostToken.length()).isGreaterThanOrEqualTo(22);
        assertThat(created.get("joinUrl").asText()).isEqualTo("http://quiz.test/play?code=" + code);
        assertThat(created.get("quiz").get("questions").asInt()).isEqualTo(5);

        List<WsClient> players = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < PLAYERS; i++) {
            WsClient p = WsClient.connect(server.port());
            p.send("type", "join", "code", code, "name", "Player " + i);
            JsonNode joined = p.take("joined");
            assertThat(joined.get("name").asText()).isEqualTo("Player " + i);
            tokens.add(joined.get("token").asText());
            ids.add(joined.get("playerId").asText());
            players.add(p);
        }
        JsonNode lobby = host.awaitMatching(m -> m.path("type").asText().equals("lobby") && m.get("count").asInt() == PLAYERS,
                "lobby of " + PLAYERS);
        assertThat(lobby.get("players")).hasSize(PLAYERS);
        assertThat(lobby.get("code").asText()).isEqualTo(code);
        players.get(0).awaitMatching(m -> m.path("type").asText().equals("lobby") && m.get("count").asInt() == PLAYERS, "lobby");

        host.send("type", "start");
        Map<String, Integer> scores = new HashMap<>();
        for (int q = 0; q < 5; q++) {
            JsonNode question = host.take("question");
            assertThat(question.get("index").asInt()).isEqualTo(q);
            assertThat(question.get("total").asInt()).isEqualTo(5);
            assertThat(question.get("deadline").asLong()).isGreaterThan(System.currentTimeMillis());
            assertThat(question.toString()).doesNotContain("correct");
            for (int i = 0; i < PLAYERS; i++) {
                WsClient p = players.get(i);
                assertThat(p.take("question").get("kind").asText())
                        .isEqualTo(List.of("single", "multi", "truefalse", "text", "number").get(q));
                if (q == 1 && i == 5) {
                    // Player 5 answers, drops, and comes back on a new connection mid-question.
                    p.send(answer(q, i));
                    p.take("ack");
                    p.abort();
                    WsClient back = WsClient.connect(server.port());
                    back.send("type", "resume", "code", code, "token", tokens.get(i));
                    JsonNode resumed = back.take("resumed");
                    assertThat(resumed.get("role").asText()).isEqualTo("player");
                    assertThat(resumed.get("state").asText()).isEqualTo("question");
                    assertThat(resumed.get("answered").asBoolean()).isTrue();
                    assertThat(resumed.get("score").asInt()).isEqualTo(scores.get(ids.get(i)));
                    assertThat(resumed.get("playerId").asText()).isEqualTo(ids.get(i));
                    assertThat(back.take("question").get("deadline").asLong()).isEqualTo(question.get("deadline").asLong());
                    players.set(i, back);
                    continue;
                }
                p.send(answer(q, i));
                assertThat(p.take("ack").get("index").asInt()).isEqualTo(q);
            }
            // Everyone answered: the question closes early and the reveal follows.
            JsonNode progress = host.await("progress");
            assertThat(progress.get("index").asInt()).isEqualTo(q);
            assertThat(progress.get("players").asInt()).isEqualTo(PLAYERS);
            JsonNode reveal = host.take("reveal");
            assertThat(reveal.get("index").asInt()).isEqualTo(q);
            assertThat(reveal.get("answered").asInt()).isEqualTo(PLAYERS);
            int wrong = (int) Stream.iterate(0, i -> i + 1).limit(PLAYERS).filter(i -> i % 4 == 3).count();
            assertThat(reveal.get("correctCount").asInt()).isEqualTo(PLAYERS - wrong);
            assertThat(reveal.get("explanation").asText()).isNotBlank();
            switch (q) {
                case 0 -> {
                    assertThat(reveal.get("correct").toString()).isEqualTo("[1]");
                    assertThat(reveal.get("counts").toString()).isEqualTo("[" + wrong + "," + (PLAYERS - wrong) + ",0,0]");
                }
                case 1 -> assertThat(reveal.get("correct").toString()).isEqualTo("[0,2]");
                case 3 -> assertThat(reveal.get("correct").get(0).asText()).isEqualTo("migrate");
                case 4 -> assertThat(reveal.get("correct").get("value").asDouble()).isEqualTo(8.0);
                default -> { }
            }
            for (int i = 0; i < PLAYERS; i++) {
                WsClient p = players.get(i);
                p.take("reveal");
                JsonNode result = p.take("result");
                assertThat(result.get("index").asInt()).isEqualTo(q);
                assertThat(result.get("correct").asBoolean()).isEqualTo(i % 4 != 3);
                int before = scores.getOrDefault(ids.get(i), 0);
                assertThat(result.get("score").asInt()).isEqualTo(before + result.get("points").asInt());
                if (i % 4 != 3) {
                    assertThat(result.get("points").asInt()).isGreaterThanOrEqualTo(q == 1 ? 1000 : 500);
                    assertThat(result.get("streak").asInt()).isEqualTo(q + 1);
                } else {
                    assertThat(result.get("points").asInt()).isZero();
                    assertThat(result.get("streak").asInt()).isZero();
                }
                scores.put(ids.get(i), result.get("score").asInt());
            }
            host.send("type", "next");
            JsonNode standings = host.take("standings");
            assertThat(standings.get("players").asInt()).isEqualTo(PLAYERS);
            assertThat(standings.get("top")).hasSize(10);
            JsonNode first = standings.get("top").get(0);
            assertThat(first.get("rank").asInt()).isEqualTo(1);
            assertThat(first.get("score").asInt()).isEqualTo(scores.values().stream().max(Integer::compare).orElseThrow());
            for (WsClient p : players) {
                p.take("standings");
            }
            host.send("type", "next");
        }

        JsonNode finished = host.take("finished");
        assertThat(finished.get("podium")).hasSize(3);
        assertThat(finished.get("players").asInt()).isEqualTo(PLAYERS);
        assertThat(finished.has("you")).isFalse();
        int best = scores.values().stream().max(Integer::compare).orElseThrow();
        assertThat(finished.get("podium").get(0).get("score").asInt()).isEqualTo(best);
        // Each player's copy adds their own score and rank: one more than the number of higher scores.
        for (int i = 0; i < PLAYERS; i++) {
            int score = scores.get(ids.get(i));
            long higher = scores.values().stream().filter(s -> s > score).count();
            JsonNode mine = players.get(i).take("finished");
            assertThat(mine.get("you").get("score").asInt()).isEqualTo(score);
            assertThat(mine.get("you").get("rank").asInt()).isEqualTo((int) higher + 1);
        }

        // Results: JSON and CSV behind the host token, and the file on disk.
        HttpResponse<String> json = TestServer.get(server.port(), "/api/rooms/" + code + "/results",
                "Authorization", "Bearer " + hostToken);
        assertThat(json.statusCode()).isEqualTo(200);
        JsonNode res = JSON.readTree(json.body());
        assertThat(res.get("code").asText()).isEqualTo(code);
        assertThat(res.get("complete").asBoolean()).isTrue();
        assertThat(res.get("players")).hasSize(PLAYERS);
        JsonNode top = res.get("players").get(0);
        assertThat(top.get("score").asInt()).isEqualTo(best);
        assertThat(top.get("answers")).hasSize(5);
        assertThat(top.get("answers").get(0).has("responseMs")).isTrue();
        assertThat(top.get("answers").get(3).get("answer").asText()).contains("MIGRATE");
        JsonNode loser = res.get("players").get(PLAYERS - 1);
        assertThat(loser.get("score").asInt()).isZero();
        assertThat(loser.get("correctAnswers").asInt()).isZero();

        HttpResponse<String> csv = TestServer.get(server.port(), "/api/rooms/" + code + "/results?format=csv",
                "Authorization", "Bearer " + hostToken);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("rank,name,score,correct,q1,q2,q3,q4,q5");
        assertThat(lines).hasSize(PLAYERS + 1);
        assertThat(lines.get(1)).startsWith("1,\"Player ").contains("," + best + ",5,");

        // The report: what the class got right, as JSON and as a workbook; every fourth player answered wrong.
        HttpResponse<String> report = TestServer.get(server.port(), "/api/rooms/" + code + "/results?format=report",
                "Authorization", "Bearer " + hostToken);
        assertThat(report.statusCode()).isEqualTo(200);
        JsonNode rep = JSON.readTree(report.body());
        assertThat(rep.get("playerCount").asInt()).isEqualTo(PLAYERS);
        assertThat(rep.get("questions")).hasSize(5);
        double rightShare = (PLAYERS - PLAYERS / 4) / (double) PLAYERS; // players 3, 7, 11, … answer wrong
        assertThat(rep.get("questions").get(0).get("shareRight").asDouble()).isEqualTo(rightShare);
        assertThat(rep.get("needHelp")).hasSize(GameReport.HELP_MAX);
        assertThat(rep.get("players").get(PLAYERS - 1).get("accuracy").asDouble()).isZero();
        HttpResponse<byte[]> xlsx = TestServer.getBytes(server.port(), "/api/rooms/" + code + "/results?format=xlsx",
                "Authorization", "Bearer " + hostToken);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("content-disposition")).hasValue("attachment; filename=\"quiznight-" + code + ".xlsx\"");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(wb.findSheet("Players").orElseThrow().read()).hasSize(PLAYERS + 1);
        }
        HttpResponse<String> pdf = TestServer.get(server.port(), "/api/rooms/" + code + "/results?format=pdf",
                "Authorization", "Bearer " + hostToken);
        assertThat(pdf.statusCode()).isEqualTo(400);
        assertThat(pdf.body()).contains("'json', 'csv', 'report' or 'xlsx'");

        await().atMost(Duration.ofSeconds(5)).until(() -> {
            try (Stream<Path> files = Files.list(results)) {
                return files.anyMatch(f -> f.getFileName().toString().endsWith("-" + code + ".json"));
            }
        });

        assertThat(TestServer.get(server.port(), "/api/rooms/" + code + "/results").statusCode()).isEqualTo(401);
        assertThat(TestServer.get(server.port(), "/api/rooms/" + code + "/results", "Authorization", "Bearer " + tokens.get(0))
                .statusCode()).as("a player's token is not the host's: answered like an unknown code").isEqualTo(404);
        String otherCode = code.equals("999999") ? "999998" : "999999";
        assertThat(TestServer.get(server.port(), "/api/rooms/" + otherCode + "/results", "Authorization", "Bearer x")
                .statusCode()).isEqualTo(404);

        host.close();
        players.forEach(WsClient::close);
    }

    @Test
    void create_withSections_playsExactlyThoseSectionsQuestions_andTheDefaultQuizIsDjango() {
        try (WsClient host = WsClient.connect(server.port())) {
            host.send("type", "create", "options", java.util.Map.of("sections", List.of("Django Security", "Django Admin")));
            JsonNode created = host.take("created");
            assertThat(created.get("quiz").get("id").asText()).isEqualTo("django");
            assertThat(created.get("quiz").get("questions").asInt()).isEqualTo(6);
            host.send("type", "start");
            List<String> sections = new ArrayList<>();
            for (int q = 0; q < 6; q++) {
                JsonNode question = host.take("question");
                assertThat(question.get("index").asInt()).isEqualTo(q);
                sections.add(question.get("section").asText());
                host.send("type", "next");
                host.take("reveal");
                host.send("type", "next");
                host.take("standings");
                host.send("type", "next");
            }
            host.take("finished");
            assertThat(sections).containsExactly("Django Admin", "Django Admin", "Django Admin",
                    "Django Security", "Django Security", "Django Security");
        }
    }
}
