package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.net.QuizServer;
import quiznight.quiz.imports.Corpus;
import quiznight.testing.TestServer;
import quiznight.testing.WsClient;

/**
 * The quiz library's HTTP API on a real server: the editor's round (create, save, a stale tab's save, delete and
 * undo), import, bad input, hosting a saved quiz over the WebSocket, and a restart.
 */
class LibraryEndToEndTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final String QUIZ = """
            {"title": "<b>Studio</b> quiz", "questions": [
              {"kind": "truefalse", "text": "The sky is blue", "correct": [0], "explanation": "Rayleigh", "code": "x = 1"},
              {"kind": "single", "text": "Pick b", "choices": ["a", "b"], "correct": [1]}]}""";

    @TempDir
    static Path dir;
    static QuizServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> send(QuizServer s, String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path)).header(TestServer.KEY[0], TestServer.KEY[1])
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
        return send(server, method, path, body, headers);
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    static String draft(String title) {
        return "{\"draft\": " + QUIZ.replace("<b>Studio</b> quiz", title) + "}";
    }

    @Test
    void createSaveTwice_aStaleTabsSaveIs409_deleteAndUndo_andTheSavedQuizIsHostedOverTheWebSocket() throws Exception {
        HttpResponse<String> created = send("POST", "/api/library", draft("First"));
        assertThat(created.statusCode()).isEqualTo(201);
        String id = json(created).get("id").asText();
        assertThat(json(created).get("version").asInt()).isEqualTo(1);
        assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");

        HttpResponse<String> second = send("PUT", "/api/library/" + id, draft("Second"), "If-Match", "\"1\"");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(json(second).get("version").asInt()).isEqualTo(2);
        HttpResponse<String> third = send("PUT", "/api/library/" + id,
                "{\"baseVersion\": 2, \"draft\": " + QUIZ.replace("\"Pick b\", \"choices\"", "\"Pick b\", \"timeLimitSec\": 1, \"choices\"") + "}");
        assertThat(third.statusCode()).isEqualTo(200);
        assertThat(json(third).get("problems").get(0).get("question").asInt()).isEqualTo(1);
        assertThat(json(third).get("problems").get(0).get("field").asText()).isEqualTo("timeLimitSec");
        assertThat(json(third).get("hostable").asBoolean()).isTrue();
        assertThat(json(third).get("hostedVersion").asInt()).isEqualTo(2);

        HttpResponse<String> stale = send("PUT", "/api/library/" + id, draft("From an old tab"), "If-Match", "\"2\"");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json(stale).get("error").asText()).contains("changed elsewhere");
        assertThat(json(stale).get("version").asInt()).isEqualTo(3);
        assertThat(send("PUT", "/api/library/" + id, draft("No base")).statusCode()).isEqualTo(428);
        assertThat(json(send("GET", "/api/library/" + id, null)).get("version").asInt()).isEqualTo(3);
        assertThat(json(send("GET", "/api/library/" + id + "/versions", null))).hasSize(3);

        HttpResponse<String> exported = send("GET", "/api/library/" + id + "/export?format=json", null);
        assertThat(exported.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).startsWith("attachment"));
        assertThat(json(exported).get("id").asText()).isEqualTo(id);

        JsonNode list = json(send("GET", "/api/library?q=studio", null));
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("title").asText()).isEqualTo("<b>Studio</b> quiz");
        assertThat(list.get(0).get("problems").asInt()).isEqualTo(1);

        HttpResponse<String> deleted = send("DELETE", "/api/library/" + id, null);
        assertThat(json(deleted).get("undoUntil").asLong()).isGreaterThan(System.currentTimeMillis());
        assertThat(send("GET", "/api/library/" + id, null).statusCode()).isEqualTo(410);
        assertThat(send("PUT", "/api/library/" + id, draft("Resurrect?"), "If-Match", "3").statusCode()).isEqualTo(410);
        assertThat(send("POST", "/api/library/" + id + "/restore", null).statusCode()).isEqualTo(200);

        try (WsClient host = WsClient.connect(server.port()); WsClient player = WsClient.connect(server.port())) {
            host.send("type", "create", "quiz", id);
            JsonNode room = host.take("created");
            assertThat(room.get("quiz").get("title").asText()).isEqualTo("Second");
            player.send("type", "join", "code", room.get("code").asText(), "name", "Ada");
            player.take("joined");
            host.send("type", "start");
            assertThat(player.take("question").get("text").asText()).isEqualTo("The sky is blue");
            player.send("type", "answer", "index", 0, "choice", 0);
            player.take("ack");
            assertThat(player.take("result").get("correct").asBoolean()).isTrue();
        }
    }

    @Test
    void withoutAnOrganiser_theLibraryAndPictureUploadsAre403WithASentence_andNothingIsStored() throws Exception {
        int before = json(send("GET", "/api/library", null)).size();
        for (String[] call : new String[][] {{"GET", "/api/library"}, {"POST", "/api/library"}, {"POST", "/api/media"}}) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + call[1]))
                    .method(call[0], HttpRequest.BodyPublishers.ofString(draft("Sneaky"))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(call[0] + " " + call[1]).isEqualTo(403);
            assertThat(json(r).get("error").asText()).contains("needs an organiser");
        }
        assertThat(json(send("GET", "/api/library", null)).size()).isEqualTo(before);
    }

    @Test
    void aGiftFile_isImportedAsANewLibraryQuiz_andPlays() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/library/import")).header(TestServer.KEY[0], TestServer.KEY[1])
                .header("X-Filename", "Astronomy%20Night.gift")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Corpus.bytes("astronomy.gift"))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(201);
        JsonNode body = json(r);
        assertThat(body.get("format").asText()).isEqualTo("Moodle GIFT");
        assertThat(body.get("hostable").asBoolean()).isTrue();
        assertThat(body.get("warnings")).isNotEmpty();
        String id = body.get("id").asText();
        assertThat(json(send("GET", "/api/library/" + id, null)).get("draft").get("title").asText()).isEqualTo("Astronomy Night");
        try (WsClient host = WsClient.connect(server.port())) {
            host.send("type", "create", "quiz", id);
            assertThat(host.take("created").get("quiz").get("questions").asInt()).isEqualTo(10);
        }
    }

    @Test
    void badInput_getsAClearAnswer_andStoresNothing() throws Exception {
        int before = json(send("GET", "/api/library", null)).size();

        HttpResponse<String> malformed = send("POST", "/api/library", "{\"draft\": {\"title\": ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).get("error").asText()).startsWith("The body is not valid JSON");

        HttpResponse<String> crossSite = send("POST", "/api/library", draft("Evil"), "Origin", "http://evil.example");
        assertThat(crossSite.statusCode()).isEqualTo(403);

        HttpResponse<String> validated = send("POST", "/api/library/validate",
                "{\"draft\": {\"title\": \"\", \"questions\": [{\"kind\": \"single\", \"text\": \"Q\"}]}}");
        assertThat(validated.statusCode()).isEqualTo(200);
        assertThat(json(validated).get("problems")).extracting(p -> p.get("field").asText()).containsExactly("title", "choices");

        assertThat(send("PUT", "/api/library/django", draft("Mine"), "If-Match", "1").statusCode()).isEqualTo(403);
        HttpResponse<String> unknown = send("GET", "/api/library/lib-aaaaaaaaaaaaaaaa", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("error").asText()).contains("no quiz");
        assertThat(send("PATCH", "/api/library", "{}").statusCode()).isEqualTo(405);

        assertThat(json(send("GET", "/api/library", null))).hasSize(before);
    }

    @Test
    void aHundredMegabytePaste_isRefused413_beforeItsBodyIsRead() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(("PUT /api/library/lib-aaaaaaaaaaaaaaaa HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Connection: close\r\nContent-Length: 104857600\r\n\r\n{\"draft\": ").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("larger than this server's limit of 1 MiB: nothing was saved");
        }
    }

    @Test
    void aDraftOverTheOtherRoutes16KiB_isSaved_forItsLimitIsTheUploadLimit() throws Exception {
        StringBuilder questions = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            questions.append(i == 0 ? "" : ",").append("{\"kind\": \"truefalse\", \"text\": \"Question number ").append(i)
                    .append(" is long enough to take some room\", \"correct\": [0]}");
        }
        String body = "{\"draft\": {\"title\": \"Big\", \"questions\": [" + questions + "]}}";
        assertThat(body.length()).isGreaterThan(16 * 1024);

        HttpResponse<String> r = send("POST", "/api/library", body);

        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(json(r).get("hostable").asBoolean()).isTrue();
    }

    @Test
    void aRestart_keepsTheLibrary_andItsHostableQuizzesPlay(@TempDir Path other) throws Exception {
        String id;
        try (QuizServer first = TestServer.start(other)) {
            id = json(send(first, "POST", "/api/library", draft("Kept"))).get("id").asText();
            send(first, "PUT", "/api/library/" + id, draft("Kept, edited"), "If-Match", "1");
        }

        try (QuizServer again = TestServer.start(other)) {
            JsonNode quiz = json(send(again, "GET", "/api/library/" + id, null));
            assertThat(quiz.get("version").asInt()).isEqualTo(2);
            assertThat(quiz.get("hostedVersion").asInt()).isEqualTo(2);
            try (WsClient host = WsClient.connect(again.port())) {
                host.send("type", "create", "quiz", id);
                assertThat(host.take("created").get("quiz").get("title").asText()).isEqualTo("Kept, edited");
            }
        }
    }

    @Test
    void giftExport_isADotGiftDownloadTheImportReadsBack_aDraftWithProblemsIs409_andAnUnknownFormatNamesTheFormats() throws Exception {
        String id = json(send("POST", "/api/library", draft("Gift: {braces} = fine"))).get("id").asText();

        HttpResponse<String> gift = send("GET", "/api/library/" + id + "/export?format=gift", null);
        assertThat(gift.statusCode()).isEqualTo(200);
        assertThat(gift.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"gift-braces-fine.gift\"");
        assertThat(gift.body()).contains("//   question 1: code snippet left out", "The sky is blue {T ####Rayleigh}");
        HttpResponse<String> back = send("POST", "/api/library/import?name=back.gift", gift.body());
        assertThat(back.statusCode()).isEqualTo(201);
        assertThat(json(back).get("problems")).isEmpty();
        JsonNode questions = json(send("GET", "/api/library/" + json(back).get("id").asText(), null)).get("draft").get("questions");
        assertThat(questions).hasSize(2);
        assertThat(questions.get(1).get("choices").toString()).isEqualTo("[\"a\",\"b\"]");

        send("PUT", "/api/library/" + id, "{\"baseVersion\": 1, \"draft\": {\"title\": \"Broken\", \"questions\": []}}");
        HttpResponse<String> broken = send("GET", "/api/library/" + id + "/export?format=gift", null);
        assertThat(broken.statusCode()).isEqualTo(409);
        assertThat(json(broken).get("error").asText()).contains("export it as json");
        HttpResponse<String> other = send("GET", "/api/library/" + id + "/export?format=qti", null);
        assertThat(other.statusCode()).isEqualTo(400);
        assertThat(json(other).get("error").asText()).isEqualTo("Export formats: json, gift.");
    }

    @Test
    void problemsAndImportRefusals_carryAStableCodeWithItsParameters_besideTheEnglishSentence() throws Exception {
        HttpResponse<String> validated = send("POST", "/api/library/validate", """
                {"draft": {"title": "T", "timeLimitSec": 3, "questions": [
                  {"kind": "single", "text": "Q", "choices": ["a", "a"], "correct": [0]}]}}""");
        assertThat(validated.statusCode()).isEqualTo(200);
        JsonNode problems = json(validated).get("problems");
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).get("code").asText()).isEqualTo("field.notWholeNumber");
        assertThat(problems.get(0).get("params").toString())
                .isEqualTo("{\"field\":\"timeLimitSec\",\"min\":5,\"max\":600,\"got\":\"3\"}");
        assertThat(problems.get(0).get("message").asText()).isEqualTo("timeLimitSec must be a whole number from 5 to 600 (got 3)");
        assertThat(problems.get(1).get("question").asInt()).isZero();
        assertThat(problems.get(1).get("code").asText()).isEqualTo("choices.duplicate");
        assertThat(problems.get(1).get("params").get("entry").asText()).isEqualTo("a");

        HttpResponse<String> refused = send("POST", "/api/library/import?name=bad.gift", "::Title\nWhat? {=a ~b}\n");
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode body = json(refused);
        assertThat(body.get("error").asText()).isEqualTo("bad.gift: line 1: expected '::' closing the question title");
        assertThat(body.get("code").asText()).isEqualTo("gift.titleUnclosed");
        assertThat(body.get("line").asInt()).isEqualTo(1);
        assertThat(body.get("unit").asText()).isEqualTo("line");
        HttpResponse<String> empty = send("POST", "/api/library/import?name=empty.gift", "");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json(empty).get("error").asText()).isEqualTo("empty.gift: the file is empty.");
        assertThat(json(empty).get("code").asText()).isEqualTo("import.emptyFile");

        HttpResponse<String> skipped = send("POST", "/api/library/import?name=some.gift",
                "Which? {=a ~b}\n\nMatch: {=x -> 1 =y -> 2}\n");
        assertThat(skipped.statusCode()).isEqualTo(201);
        JsonNode warning = json(skipped).get("warningDetails").get(0);
        assertThat(warning.get("code").asText()).isEqualTo("gift.matchingSkipped");
        assertThat(warning.get("line").asInt()).isEqualTo(3);
        assertThat(warning.get("message").asText()).isEqualTo(json(skipped).get("warnings").get(0).asText())
                .isEqualTo("some.gift: line 3: matching question skipped: QuizNight has no matching questions");
    }
}
