package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.config.Settings;
import quiznight.net.QuizServer;
import quiznight.organisers.OrganiserFile;
import quiznight.organisers.PasswordHash;
import quiznight.testing.TestServer;
import quiznight.testing.WsClient;

/** Who may host, on a real server: the key, the host link's sign-in, open hosting, named organisers and their libraries. */
class OrganisersEndToEndTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final String GIFT = "::Red::Which planet is red? {=Mars ~Venus ~Jupiter}\n";

    @TempDir
    Path dir;

    private static URI ws(QuizServer s) {
        return URI.create("ws://127.0.0.1:" + s.port() + "/ws");
    }

    private static HttpResponse<String> send(QuizServer s, String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> upload(QuizServer s, String name, String... headers) throws Exception {
        String[] all = new String[headers.length + 2];
        all[0] = "X-Filename";
        all[1] = name;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return send(s, "POST", "/api/quizzes", GIFT, all);
    }

    /** The session cookie a response set, as a Cookie header value. */
    private static String cookie(HttpResponse<String> r) {
        String set = r.headers().firstValue("set-cookie").orElseThrow();
        return set.substring(0, set.indexOf(';'));
    }

    private static String create(URI uri, Map<String, String> headers, String quiz) {
        try (WsClient host = WsClient.connectWith(uri, headers)) {
            host.send("type", "create", "quiz", quiz);
            JsonNode m = host.awaitMatching(x -> x.path("type").asText().matches("created|error"), "created or error");
            return m.path("type").asText().equals("created") ? "created" : m.path("code").asText() + ": " + m.path("message").asText();
        }
    }

    @Test
    void withoutTheKey_createIsRefusedNotOrganiser_andUploadsAre403_andNothingChanges() throws Exception {
        try (QuizServer s = QuizServer.start(TestServer.settings(dir))) {
            assertThat(create(ws(s), Map.of(), "mixed")).startsWith("not-organiser: Creating a room needs an organiser");
            assertThat(create(ws(s), Map.of("X-Organiser-Key", "a-wrong-key-of-some-length"), "mixed"))
                    .startsWith("not-organiser: The organiser key is wrong");
            assertThat(s.registry().rooms()).isEmpty();
            HttpResponse<String> up = upload(s, "planets.gift");
            assertThat(up.statusCode()).isEqualTo(403);
            assertThat(JSON.readTree(up.body()).get("error").asText()).startsWith("Uploading a quiz needs an organiser");
            assertThat(TestServer.get(s.port(), "/api/quizzes").body()).doesNotContain("planets");
            assertThat(send(s, "GET", "/api/organiser/games", null).statusCode()).isEqualTo(403);
            assertThat(create(ws(s), Map.of(), "mixed")).as("the refusal left the connection usable").startsWith("not-organiser");
            assertThat(create(ws(s), Map.of("X-Organiser-Key", TestServer.ORGANISER_KEY), "mixed")).isEqualTo("created");
        }
    }

    @Test
    void theHostLink_signsTheBrowserIn_withoutTheKeyInTheAddressBar_andTheCookieCreatesRoomsUploadsAndListsPastGames() throws Exception {
        try (QuizServer s = QuizServer.start(TestServer.settings(dir).with(b -> b.organiserKey = null))) {
            String key = Files.readString(dir.resolve("data").resolve("organiser.key")).strip();
            assertThat(s.organiserKey()).isEqualTo(key);
            HttpResponse<String> link = send(s, "GET", "/?key=" + key, null);
            assertThat(link.statusCode()).isEqualTo(303);
            assertThat(link.headers().firstValue("location")).hasValue("/");
            assertThat(link.headers().firstValue("set-cookie").orElseThrow()).contains("HTTPOnly").contains("SameSite=Strict");
            String cookie = cookie(link);

            assertThat(create(ws(s), Map.of("Cookie", cookie), "mixed")).isEqualTo("created");
            assertThat(upload(s, "planets.gift", "Cookie", cookie).statusCode()).isEqualTo(201);
            JsonNode games = JSON.readTree(send(s, "GET", "/api/organiser/games", null, "Cookie", cookie).body());
            assertThat(games).hasSize(1);
            assertThat(games.get(0).get("quiz").asText()).isEqualTo("mixed");
            String results = games.get(0).get("results").asText();
            assertThat(send(s, "GET", results, null, "Cookie", cookie).statusCode()).as("not finished yet").isEqualTo(409);
            assertThat(send(s, "GET", results, null).statusCode()).as("someone else").isEqualTo(403);

            assertThat(send(s, "GET", "/?key=not-the-key-at-all", null).statusCode()).isEqualTo(403);
            HttpResponse<String> out = send(s, "POST", "/api/organiser/sign-out", "", "Cookie", cookie);
            assertThat(out.headers().firstValue("set-cookie").orElseThrow()).contains("Max-Age=0");
            assertThat(create(ws(s), Map.of("Cookie", cookie), "mixed")).startsWith("not-organiser: Your organiser sign-in has expired");
        }
    }

    @Test
    void pastGames_sayHowManyPlayedAndTheirAverageAccuracyOnceEnded_andOpenTheReport_alsoAfterARestart() throws Exception {
        Settings settings = TestServer.settings(dir);
        try (QuizServer s = QuizServer.start(settings)) {
            String cookie = cookie(send(s, "GET", "/?key=" + TestServer.ORGANISER_KEY, null));
            try (WsClient host = WsClient.connectWith(ws(s), Map.of("Cookie", cookie));
                 WsClient ada = WsClient.connect(s.port())) {
                host.send("type", "create", "quiz", "mixed");
                String code = host.take("created").get("code").asText();
                ada.send("type", "join", "code", code, "name", "Ada");
                ada.take("joined");
                host.send("type", "start");
                host.take("question");
                JsonNode running = JSON.readTree(send(s, "GET", "/api/organiser/games", null, "Cookie", cookie).body());
                assertThat(running.get(0).get("ended").asBoolean()).isFalse();
                assertThat(running.get(0).has("players")).isFalse();
                ada.send("type", "answer", "index", 0, "choice", 1);
                ada.take("ack");
                host.send("type", "end");
                host.await("finished");
            }
            JsonNode games = JSON.readTree(send(s, "GET", "/api/organiser/games", null, "Cookie", cookie).body());
            JsonNode g = games.get(0);
            assertThat(g.get("ended").asBoolean()).isTrue();
            assertThat(g.get("players").asInt()).isEqualTo(1);
            assertThat(g.get("accuracy").asDouble()).as("one question played, answered right").isEqualTo(1.0);
            HttpResponse<String> report = send(s, "GET", g.get("results").asText() + "?format=report", null, "Cookie", cookie);
            assertThat(report.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(report.body()).get("questionsPlayed").asInt()).isEqualTo(1);
        }
        try (QuizServer s = QuizServer.start(settings)) {
            String cookie = cookie(send(s, "GET", "/?key=" + TestServer.ORGANISER_KEY, null));
            JsonNode g = JSON.readTree(send(s, "GET", "/api/organiser/games", null, "Cookie", cookie).body()).get(0);
            assertThat(g.get("players").asInt()).as("from the results file, after a restart").isEqualTo(1);
            assertThat(g.get("accuracy").asDouble()).isEqualTo(1.0);
        }
    }

    @Test
    void theKeyKeptInTheDataFolder_survivesARestart() throws Exception {
        Settings settings = TestServer.settings(dir).with(b -> b.organiserKey = null);
        String key;
        try (QuizServer s = QuizServer.start(settings)) {
            key = s.organiserKey();
        }
        try (QuizServer s = QuizServer.start(settings)) {
            assertThat(s.organiserKey()).isEqualTo(key);
            assertThat(create(ws(s), Map.of("X-Organiser-Key", key), "mixed")).isEqualTo("created");
            assertThat(create(URI.create(ws(s) + "?key=" + key), Map.of(), "mixed")).as("?key= on the upgrade").isEqualTo("created");
        }
    }

    @Test
    void openHosting_letsAnyoneCreateAndUpload() throws Exception {
        try (QuizServer s = QuizServer.start(TestServer.settings(dir).with(b -> {
            b.organiserKey = null;
            b.openHosting = true;
        }))) {
            assertThat(s.organiserKey()).isNull();
            assertThat(create(ws(s), Map.of(), "mixed")).isEqualTo("created");
            assertThat(upload(s, "planets.gift").statusCode()).isEqualTo(201);
            assertThat(JSON.readTree(send(s, "GET", "/api/organiser", null).body()).get("mode").asText()).isEqualTo("open");
            assertThat(Files.exists(dir.resolve("data").resolve("organiser.key"))).isFalse();
        }
    }

    @Test
    void aSignInFlood_isAnswered429_andThenEvenTheRightKeyWaits_fromThatAddressOnly() throws Exception {
        try (QuizServer s = QuizServer.start(TestServer.settings(dir).with(b -> b.trustedProxies = List.of("127.0.0.1")))) {
            for (int i = 0; i < 20; i++) {
                HttpResponse<String> r = send(s, "POST", "/api/organiser/sign-in", "{\"key\":\"guess-" + i + "\"}", "X-Forwarded-For", "198.51.100.7");
                assertThat(r.statusCode()).isEqualTo(403);
                assertThat(r.body()).contains("The organiser key is wrong");
            }
            HttpResponse<String> limited = send(s, "POST", "/api/organiser/sign-in", "{\"key\":\"" + TestServer.ORGANISER_KEY + "\"}",
                    "X-Forwarded-For", "198.51.100.7");
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("retry-after")).isPresent();
            assertThat(limited.body()).contains("Too many wrong sign-ins");
            assertThat(limited.headers().firstValue("set-cookie")).isEmpty();
            assertThat(send(s, "POST", "/api/organiser/sign-in", "{\"key\":\"" + TestServer.ORGANISER_KEY + "\"}",
                    "X-Forwarded-For", "198.51.100.8").statusCode()).isEqualTo(200);
            assertThat(send(s, "POST", "/api/organiser/sign-in", "not json", "X-Forwarded-For", "198.51.100.9").statusCode()).isEqualTo(400);
        }
    }

    @Test
    void twoNamedOrganisers_seeTheBundledQuizzesAndTheirOwnUploadsOnly_andShareByLinkForTheOtherToCopy() throws Exception {
        Path file = Files.writeString(dir.resolve("organisers.txt"),
                OrganiserFile.line("alice", PasswordHash.hash("alice-password".toCharArray())) + "\n"
                        + OrganiserFile.line("bob", PasswordHash.hash("bob-password".toCharArray())) + "\n");
        try (QuizServer s = QuizServer.start(TestServer.settings(dir).with(b -> {
            b.organiserKey = null;
            b.organisersFile = file;
        }))) {
            HttpResponse<String> wrong = send(s, "POST", "/api/organiser/sign-in", "{\"name\":\"alice\",\"password\":\"nope\"}");
            assertThat(wrong.statusCode()).isEqualTo(403);
            assertThat(wrong.body()).contains("That name and password do not match");
            String alice = cookie(send(s, "POST", "/api/organiser/sign-in", "{\"name\":\"alice\",\"password\":\"alice-password\"}"));
            String bob = cookie(send(s, "POST", "/api/organiser/sign-in", "{\"name\":\"Bob\",\"password\":\"bob-password\"}"));

            String quiz = JSON.readTree(upload(s, "planets.gift", "Cookie", alice).body()).get("id").asText();
            assertThat(TestServer.get(s.port(), "/api/quizzes", "Cookie", alice).body()).contains("\"" + quiz + "\"").contains("\"mixed\"");
            assertThat(TestServer.get(s.port(), "/api/quizzes", "Cookie", bob).body()).doesNotContain("\"" + quiz + "\"").contains("\"mixed\"");
            assertThat(TestServer.get(s.port(), "/api/quizzes").body()).doesNotContain("\"" + quiz + "\"");
            assertThat(create(ws(s), Map.of("Cookie", bob), quiz)).startsWith("quiz-not-found");
            assertThat(create(ws(s), Map.of("Cookie", alice), quiz)).isEqualTo("created");

            assertThat(send(s, "POST", "/api/shares", "{\"quiz\":\"" + quiz + "\"}", "Cookie", bob).statusCode()).isEqualTo(404);
            JsonNode share = JSON.readTree(send(s, "POST", "/api/shares", "{\"quiz\":\"" + quiz + "\"}", "Cookie", alice).body());
            HttpResponse<String> read = send(s, "GET", share.get("link").asText(), null);
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).contains("Which planet is red?");
            assertThat(send(s, "GET", "/api/shares/quiz?token=forged", null).statusCode()).isEqualTo(404);

            HttpResponse<String> copy = send(s, "POST", "/api/shares/duplicate", "{\"token\":\"" + share.get("token").asText() + "\"}", "Cookie", bob);
            assertThat(copy.statusCode()).as(copy.body()).isEqualTo(201);
            String copied = JSON.readTree(copy.body()).get("id").asText();
            assertThat(copied).isNotEqualTo(quiz);
            assertThat(TestServer.get(s.port(), "/api/quizzes", "Cookie", bob).body()).contains("\"" + copied + "\"");
            assertThat(TestServer.get(s.port(), "/api/quizzes", "Cookie", alice).body()).doesNotContain("\"" + copied + "\"");
            assertThat(create(ws(s), Map.of("Cookie", bob), copied)).isEqualTo("created");
        }
        try (QuizServer again = QuizServer.start(TestServer.settings(dir).with(b -> {
            b.organiserKey = null;
            b.organisersFile = file;
        }))) {
            assertThat(TestServer.get(again.port(), "/api/quizzes").body()).as("ownership survives a restart").doesNotContain("planets");
        }
    }
}
