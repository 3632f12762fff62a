package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.testing.RedisServer;
import quiznight.testing.ServerProcess;
import quiznight.testing.TestServer;
import quiznight.testing.WsClient;

/**
 * Cluster mode end to end: a real redis-server and three server processes sharing it. A room is created on
 * one, its players connect through all three; edges and the owner are killed with SIGKILL mid-game.
 */
class ClusterEndToEndTest {
    private static final int PLAYERS = 6;

    /** A failed test prints every server's output: what each node logged is the first thing to read. */
    @org.junit.jupiter.api.extension.RegisterExtension
    static final org.junit.jupiter.api.extension.TestWatcher DUMP_ON_FAILURE = new org.junit.jupiter.api.extension.TestWatcher() {
        @Override
        public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
            context.getTestInstance().ifPresent(t -> ((ClusterEndToEndTest) t).dump());
        }
    };

    private void dump() {
        for (ServerProcess n : nodes) {
            n.output.forEach(l -> System.out.println("node:" + n.port + " | " + l));
        }
    }

    @TempDir
    Path dir;
    private RedisServer redis;
    private final List<ServerProcess> nodes = new ArrayList<>();
    private final List<WsClient> clients = new ArrayList<>();

    @BeforeEach
    void startRedis() throws Exception {
        redis = new RedisServer();
    }

    @AfterEach
    void stopAll() throws Exception {
        clients.forEach(WsClient::close);
        for (ServerProcess n : nodes) {
            n.close();
        }
        redis.close();
    }

    private ServerProcess node(String name, boolean clustered) throws Exception {
        List<String> args = new ArrayList<>(List.of("--port", "0", "--bind", "127.0.0.1",
                "--quizzes", TestServer.testQuizzes().toString(), "--results-dir", dir.resolve("results-" + name).toString(),
                "--data-dir", dir.resolve("data-" + name).toString(), "--uploads-dir", dir.resolve("uploads-" + name).toString()));
        if (clustered) {
            args.addAll(List.of("--redis", redis.url(), "--node-id", name));
        }
        ServerProcess p = new ServerProcess(Map.of(), args.toArray(String[]::new));
        nodes.add(p);
        return p;
    }

    private List<ServerProcess> cluster() throws Exception {
        return List.of(node("one", true), node("two", true), node("three", true));
    }

    private WsClient connect(ServerProcess node) {
        WsClient c = WsClient.connect(node.port);
        clients.add(c);
        return c;
    }

    /** A player of the script: who they are, where they connect, and their token once joined. */
    private static final class Player {
        final String name;
        final int index;
        WsClient ws;
        String token;
        /** The last 'resumed' it was sent. */
        JsonNode resumed;
        final List<Boolean> correct = new ArrayList<>();
        int score;
        int rank;

        Player(int index) {
            this.index = index;
            this.name = "P" + index;
        }

        /** Player i answers the first 5 - i questions right and the rest wrong: distinct totals, a fixed ranking. */
        boolean answersRight(int question) {
            return question < 5 - index;
        }
    }

    /** The answers of the 'mixed' quiz, right and wrong, by question. */
    private static void answer(WsClient ws, int q, boolean right) {
        switch (q) {
            case 0 -> ws.send("type", "answer", "index", 0, "choice", right ? 1 : 0);
            case 1 -> ws.send("type", "answer", "index", 1, "choices", right ? List.of(0, 2) : List.of(1));
            case 2 -> ws.send("type", "answer", "index", 2, "choice", right ? 0 : 1);
            case 3 -> ws.send("type", "answer", "index", 3, "text", right ? "migrate" : "makemigrations");
            default -> ws.send("type", "answer", "index", 4, "value", right ? 8 : 7);
        }
    }

    private String hostToken;

    private String create(WsClient host) {
        host.send("{\"type\":\"create\",\"quiz\":\"mixed\",\"options\":{\"timeLimitSec\":600}}");
        JsonNode created = host.take("created");
        hostToken = created.get("hostToken").asText();
        return created.get("code").asText();
    }

    private List<Player> join(String code, List<ServerProcess> through) {
        List<Player> players = new ArrayList<>();
        for (int i = 0; i < PLAYERS; i++) {
            Player p = new Player(i);
            p.ws = connect(through.get(i % through.size()));
            p.ws.send("type", "join", "code", code, "name", p.name);
            p.token = p.ws.take("joined").get("token").asText();
            players.add(p);
        }
        return players;
    }

    /** Plays question {@code q}: every player gets it, answers, and gets the reveal and their result. */
    private static void playQuestion(WsClient host, List<Player> players, int q) {
        JsonNode question = host.take("question");
        assertThat(question.get("index").asInt()).isEqualTo(q);
        assertThat(question.has("correct")).isFalse();
        for (Player p : players) {
            assertThat(p.ws.take("question").get("index").asInt()).isEqualTo(q);
            answer(p.ws, q, p.answersRight(q));
        }
        for (Player p : players) {
            p.ws.take("ack");
        }
        host.take("reveal");
        for (Player p : players) {
            p.ws.take("reveal");
            JsonNode r = p.ws.take("result");
            assertThat(r.get("index").asInt()).isEqualTo(q);
            p.correct.add(r.get("correct").asBoolean());
            p.score = r.get("score").asInt();
        }
    }

    /** From a reveal: standings (then the next question) or, after the last, the podium. */
    private static boolean next(WsClient host, List<Player> players) {
        host.send("type", "next");
        JsonNode standings = host.take("standings");
        for (Player p : players) {
            assertThat(p.ws.take("standings").get("index").asInt()).isEqualTo(standings.get("index").asInt());
        }
        host.send("type", "next");
        JsonNode m = host.awaitMatching(n -> n.path("type").asText().matches("question|finished"), "question or finished");
        return m.path("type").asText().equals("question");
    }

    /** The podium and each player's final rank and score, by name. */
    private static Map<String, Object> finish(WsClient host, List<Player> players) {
        JsonNode finished = host.take("finished");
        Map<String, Object> outcome = new LinkedHashMap<>();
        List<String> podium = new ArrayList<>();
        finished.get("podium").forEach(e -> podium.add(e.get("name").asText()));
        outcome.put("podium", podium);
        for (Player p : players) {
            JsonNode you = p.ws.take("finished").get("you");
            p.rank = you.get("rank").asInt();
            assertThat(you.get("score").asInt()).isEqualTo(p.score);
            outcome.put(p.name, List.of(p.rank, p.correct));
        }
        return outcome;
    }

    private record StartedGame(WsClient host, String code, List<Player> players) {
    }

    /** A room created through {@code hostNode}, its players joined through {@code playerNodes}, question 0 played. */
    private StartedGame startedAndFirstQuestionPlayed(ServerProcess hostNode, List<ServerProcess> playerNodes) {
        WsClient host = connect(hostNode);
        String code = create(host);
        List<Player> players = join(code, playerNodes);
        host.send("type", "start");
        playQuestion(host, players, 0);
        return new StartedGame(host, code, players);
    }

    /** From open question {@code q} to the podium; every player answered every question as scripted. */
    private static void playToThePodiumAsScripted(WsClient host, List<Player> players, int q) {
        playQuestion(host, players, q);
        while (next(host, players)) {
            playQuestion(host, players, players.get(0).correct.size());
        }
        finish(host, players);
        for (Player p : players) {
            assertThat(p.correct).hasSize(5);
            for (int i = 0; i < 5; i++) {
                assertThat(p.correct.get(i)).as(p.name + " question " + i).isEqualTo(p.answersRight(i));
            }
        }
    }

    private Map<String, Object> playWholeGame(WsClient host, List<Player> players) {
        host.send("type", "start");
        int q = 0;
        do {
            playQuestion(host, players, q++);
        } while (next(host, players));
        return finish(host, players);
    }

    @Test
    void game_hostOnOneServer_playersOnAllThree_playsToThePodium_withTheSameResultsAsOneServer() throws Exception {
        ServerProcess single = node("single", false);
        WsClient soloHost = connect(single);
        List<Player> solo = join(create(soloHost), List.of(single));
        Map<String, Object> alone = playWholeGame(soloHost, solo);

        List<ServerProcess> three = cluster();
        WsClient host = connect(three.get(0));
        List<Player> spread = join(create(host), three);
        Map<String, Object> clustered = playWholeGame(host, spread);

        assertThat(clustered).isEqualTo(alone);
        assertThat(alone.get("podium")).isEqualTo(List.of("P0", "P1", "P2"));
        for (int i = 0; i < PLAYERS; i++) {
            // Scores differ only by response time: with a 600 s limit, at most a point or two per answer.
            assertThat(spread.get(i).score).isCloseTo(solo.get(i).score, org.assertj.core.data.Offset.offset(10));
        }
        assertThat(spread.get(5).score).isZero();
        assertThat(solo.get(5).score).isZero();
    }

    /**
     * Reconnects through {@code node} and resumes with the player's token, as the web client does: again after a
     * 1012 close, and again after 'unavailable' (servers reconnecting to Redis). Returns the score the server kept.
     */
    private int resume(Player p, ServerProcess node, String code) {
        for (int attempt = 0; attempt < 10; attempt++) {
            p.ws = connect(node);
            WsClient ws = p.ws;
            ws.send("type", "resume", "code", code, "token", p.token);
            // A resume lost while Redis restarts is given up by the edge after 10 s (1012): wait longer than that.
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                    .until(() -> ws.closeStatus != null || ws.types().contains("resumed") || ws.types().contains("error"));
            if (ws.types().contains("resumed")) {
                JsonNode resumed = ws.take("resumed");
                assertThat(resumed.get("playerId")).isNotNull();
                p.resumed = resumed;
                return resumed.get("score").asInt();
            }
            if (ws.types().contains("error")) {
                // Only 'unavailable' may refuse a resume here; a resume during a takeover waits for it.
                assertThat(ws.take("error").get("code").asText()).isEqualTo("unavailable");
                ws.close();
                org.awaitility.Awaitility.await().pollDelay(java.time.Duration.ofMillis(300)).until(() -> true);
            } else {
                // 1012 (the room moved while this connection was being made): reconnect and resume.
                assertThat(ws.closeStatus).isEqualTo(1012);
            }
        }
        throw new AssertionError(p.name + " could not resume in 10 attempts");
    }

    @Test
    void edgeKilledMidQuestion_itsPlayersResumeOnAnotherServer_withTheirScoresIntact() throws Exception {
        List<ServerProcess> three = cluster();
        StartedGame game = startedAndFirstQuestionPlayed(three.get(0), three);
        WsClient host = game.host();
        String code = game.code();
        List<Player> players = game.players();
        assertThat(next(host, players)).isTrue();

        // Question 1 is open; the third server dies before its players (P2, P5) answer.
        JsonNode question = host.await("question");
        assertThat(question.get("index").asInt()).isEqualTo(1);
        three.get(2).kill9();
        List<Player> onDeadServer = List.of(players.get(2), players.get(5));
        for (Player p : onDeadServer) {
            p.ws.awaitClosed();
            int before = p.score;
            assertThat(resume(p, three.get(1), code)).isEqualTo(before);
        }
        playToThePodiumAsScripted(host, players, 1);
        assertThat(players.get(2).rank).isEqualTo(3);
    }

    @Test
    void ownerKilled_anotherServerTakesTheRoomOver_andTheGameContinuesWithEveryScore() throws Exception {
        List<ServerProcess> three = cluster();
        StartedGame game = startedAndFirstQuestionPlayed(three.get(0), List.of(three.get(1), three.get(2)));
        WsClient host = game.host();
        String code = game.code();
        List<Player> players = game.players();
        host.send("type", "next");
        host.take("standings");
        for (Player p : players) {
            p.ws.take("standings");
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        players.forEach(p -> scores.put(p.name, p.score));

        three.get(0).kill9();
        // The edges notice the owner is gone, one takes the room over from its journal in Redis, and every
        // connection is closed with 1012 so the clients reconnect and resume.
        for (Player p : players) {
            p.ws.awaitClosed();
            assertThat(p.ws.closeStatus).isEqualTo(1012);
        }
        for (Player p : players) {
            ServerProcess via = three.get(1 + p.index % 2);
            assertThat(resume(p, via, code)).as(p.name).isEqualTo(scores.get(p.name));
            p.ws.take("standings");
        }
        host = connect(three.get(1));
        host.send("type", "resume", "code", code, "token", hostToken);
        assertThat(host.take("resumed").get("role").asText()).isEqualTo("host");
        host.take("standings");
        host.send("type", "next");
        int q = 1;
        do {
            playQuestion(host, players, q++);
        } while (next(host, players));
        finish(host, players);
        for (Player p : players) {
            assertThat(p.correct).hasSize(5);
        }
        assertThat(players.get(0).rank).isEqualTo(1);
        assertThat(players.get(5).score).isZero();
    }

    @Test
    void teamsPickedThroughAnotherServer_areRefusedOrKeptLikeOnOne_andSurviveTheOwnersDeath() throws Exception {
        List<ServerProcess> two = List.of(node("one", true), node("two", true));
        WsClient host = connect(two.get(0));
        host.send("{\"type\":\"create\",\"quiz\":\"mixed\",\"options\":{\"timeLimitSec\":600,"
                + "\"teams\":{\"mode\":\"pick\",\"count\":2}}}");
        JsonNode created = host.take("created");
        hostToken = created.get("hostToken").asText();
        String code = created.get("code").asText();
        // Through the server that does not hold the room: no team, then a team that does not exist.
        WsClient none = connect(two.get(1));
        none.send("type", "join", "code", code, "name", "P0");
        assertThat(none.take("teams").get("teams").findValues("name")).extracting(JsonNode::asText)
                .containsExactly("Red Foxes", "Blue Whales");
        assertThat(none.takeError()).isEqualTo("team-required");
        WsClient wrong = connect(two.get(1));
        wrong.send("type", "join", "code", code, "name", "P0", "team", 2);
        assertThat(wrong.takeError()).isEqualTo("bad-message");
        List<Player> players = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Player p = new Player(i);
            p.ws = connect(two.get(i));
            p.ws.send("type", "join", "code", code, "name", p.name, "team", 1 - i);
            JsonNode joined = p.ws.take("joined");
            assertThat(joined.get("team").get("team").asInt()).isEqualTo(1 - i);
            p.token = joined.get("token").asText();
            players.add(p);
        }
        // The start flushes the journal (joins and all) to Redis at once.
        host.send("type", "start");
        for (Player p : players) {
            p.ws.take("question");
        }
        two.get(0).kill9();
        for (Player p : players) {
            p.ws.awaitClosed();
        }
        for (Player p : players) {
            resume(p, two.get(1), code);
            assertThat(p.resumed.get("team").get("team").asInt()).as(p.name).isEqualTo(1 - p.index);
        }
    }

    @Test
    void ownerStoppedWithSigterm_handsTheRoomOff_andTheGameGoesOnElsewhere_unended() throws Exception {
        List<ServerProcess> two = List.of(node("one", true), node("two", true));
        StartedGame game = startedAndFirstQuestionPlayed(two.get(0), two);
        WsClient host = game.host();
        String code = game.code();
        List<Player> players = game.players();

        two.get(0).terminate();
        assertThat(two.get(0).output).noneMatch(l -> l.contains("results written"));
        for (Player p : players) {
            p.ws.awaitClosed();
            assertThat(p.ws.closeStatus).isEqualTo(1012);
        }
        for (Player p : players) {
            int before = p.score;
            assertThat(resume(p, two.get(1), code)).isEqualTo(before);
            p.ws.take("reveal");
        }
        host = connect(two.get(1));
        host.send("type", "resume", "code", code, "token", hostToken);
        host.take("resumed");
        host.take("reveal");
        while (next(host, players)) {
            playQuestion(host, players, players.get(0).correct.size());
        }
        finish(host, players);
        assertThat(players.get(0).correct).containsOnly(true).hasSize(5);
    }

    @Test
    void redisCrashesMidQuestion_theGameGoesOn_relayedPlayersResumeWhenItIsBack_andEveryScoreIsKept() throws Exception {
        List<ServerProcess> two = List.of(node("one", true), node("two", true));
        StartedGame game = startedAndFirstQuestionPlayed(two.get(0), two);
        WsClient host = game.host();
        String code = game.code();
        List<Player> players = game.players();
        assertThat(next(host, players)).isTrue();
        assertThat(host.await("question").get("index").asInt()).isEqualTo(1);

        redis.crashAndRestart();
        // The players on 'two' (relayed) are told to reconnect once the servers' subscriptions are back: a
        // subscriber misses what is published while it is away. The owner's own players never notice.
        for (Player p : players) {
            if (p.index % 2 == 1) {
                p.ws.awaitClosed();
                assertThat(p.ws.closeStatus).isEqualTo(1012);
                int before = p.score;
                assertThat(resume(p, two.get(1), code)).isEqualTo(before);
            }
        }
        playToThePodiumAsScripted(host, players, 1);
    }

    @Test
    void redisDown_createIsAnsweredUnavailable_andWorksOnceRedisIsBack() throws Exception {
        ServerProcess one = node("one", true);
        redis.crash();
        WsClient host = connect(one);
        host.send("type", "create", "quiz", "mixed");
        // Lettuce holds the command while it reconnects, up to its 5 s timeout; then the refusal is explicit.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() -> host.types().contains("error"));
        assertThat(host.take("error").get("code").asText()).isEqualTo("unavailable");
        redis.start();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).pollInterval(java.time.Duration.ofMillis(500))
                .until(() -> {
                    if (host.types().contains("error")) {
                        host.take("error");
                    }
                    if (!host.types().contains("created")) {
                        host.send("type", "create", "quiz", "mixed");
                    }
                    return host.types().contains("created");
                });
        assertThat(host.take("created").get("code").asText()).hasSize(6);
    }

    @Test
    void anOrganiserSignedInThroughOneServer_createsRoomsThroughAnother_andSigningOutEndsItOnEvery() throws Exception {
        ServerProcess one = node("one", true);
        ServerProcess two = node("two", true);
        var signIn = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + one.port + "/api/organiser/sign-in"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"key\":\"" + TestServer.ORGANISER_KEY + "\"}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(200);
        String set = signIn.headers().firstValue("set-cookie").orElseThrow();
        String cookie = set.substring(0, set.indexOf(';'));
        java.net.URI ws = java.net.URI.create("ws://127.0.0.1:" + two.port + "/ws");
        try (WsClient host = WsClient.connectWith(ws, Map.of("Cookie", cookie))) {
            host.send("type", "create", "quiz", "mixed");
            assertThat(host.take("created").get("code").asText()).hasSize(6);
        }
        var out = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + two.port + "/api/organiser/sign-out")).header("Cookie", cookie)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(out.statusCode()).isEqualTo(200);
        org.awaitility.Awaitility.await().untilAsserted(() -> {
            try (WsClient host = WsClient.connectWith(java.net.URI.create("ws://127.0.0.1:" + one.port + "/ws"), Map.of("Cookie", cookie))) {
                host.send("type", "create", "quiz", "mixed");
                assertThat(host.takeError()).isEqualTo("not-organiser");
            }
        });
    }

    private static java.net.http.HttpResponse<String> get(ServerProcess node, String path, String token) throws Exception {
        var b = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + node.port + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return java.net.http.HttpClient.newHttpClient().send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void quizUploadedOnOneServer_roomCreatedOnAnother_resultsRecapAndQrCodeServedByEvery() throws Exception {
        ServerProcess one = node("one", true);
        ServerProcess two = node("two", true);
        var upload = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + one.port + "/api/quizzes"))
                .header("X-Filename", "Planets.gift")
                .header(TestServer.KEY[0], TestServer.KEY[1])
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("::Red::Which planet is red? {=Mars ~Venus ~Jupiter}\n"))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        String quiz = new com.fasterxml.jackson.databind.ObjectMapper().readTree(upload.body()).get("id").asText();

        WsClient host = connect(two);
        host.send("type", "create", "quiz", quiz);
        JsonNode created = host.take("created");
        String code = created.get("code").asText();
        String token = created.get("hostToken").asText();
        assertThat(created.get("quiz").get("id").asText()).isEqualTo(quiz);
        assertThat(get(one, "/api/quizzes", null).body()).contains("\"" + quiz + "\"");

        // The room is held by 'two'; 'one' answers for it too.
        assertThat(get(one, "/api/rooms/" + code + "/qr.svg", null).statusCode()).isEqualTo(200);
        assertThat(get(one, "/api/rooms/" + code + "/results", token).statusCode()).isEqualTo(409);
        assertThat(get(one, "/api/rooms/999999/qr.svg", null).statusCode()).isEqualTo(404);

        WsClient player = connect(one);
        player.send("type", "join", "code", code, "name", "Ada");
        String playerToken = player.take("joined").get("token").asText();
        host.send("type", "start");
        player.take("question");
        player.send("type", "answer", "index", 0, "choice", 0);
        player.take("result");
        host.send("type", "next");
        host.take("standings");
        host.send("type", "next");
        host.take("finished");

        var results = get(one, "/api/rooms/" + code + "/results", token);
        assertThat(results.statusCode()).isEqualTo(200);
        assertThat(results.body()).contains("\"Ada\"").contains(code);
        assertThat(get(one, "/api/rooms/" + code + "/results?format=csv", token).body()).contains("Ada");
        assertThat(get(one, "/api/rooms/" + code + "/results", "not-the-token").statusCode()).isEqualTo(404);
        assertThat(get(one, "/api/rooms/" + code + "/results", null).statusCode()).isEqualTo(401);
        // Ada's own recap, from the server she played through, though the room is held by the other.
        var recap = get(one, "/api/rooms/" + code + "/recap", playerToken);
        assertThat(recap.statusCode()).as(recap.body()).isEqualTo(200);
        assertThat(recap.body()).contains("\"name\":\"Ada\"").contains("\"right\":true");
        assertThat(get(one, "/api/rooms/" + code + "/recap", token).statusCode()).isEqualTo(404);
        assertThat(get(one, "/metrics", null).body())
                .containsPattern("quiznight_cluster_messages_total\\{direction=\"received\"} [1-9]")
                .containsPattern("quiznight_cluster_relayed_connections [1-9]");
    }
}
