package quiznight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.config.Settings;
import quiznight.net.QuizServer;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizLoader;
import quiznight.quiz.imports.Corpus;
import quiznight.quiz.imports.QuizImporters;
import quiznight.testing.TestServer;
import quiznight.testing.WsClient;

/**
 * {@code POST /api/quizzes} on a real server: every format uploads and plays at once, survives a restart,
 * and bad, big, cross-site and too many uploads are refused. The server trusts 127.0.0.1 as a proxy, so
 * each test names its own client address with X-Forwarded-For and the per-address limit is per test.
 */
class UploadEndToEndTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    static Path dir;
    static QuizServer server;

    static Settings settings(Path root) {
        return TestServer.settings(root).with(b -> b.trustedProxies = List.of("127.0.0.1"));
    }

    @BeforeAll
    static void start() throws Exception {
        server = QuizServer.start(settings(dir));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> upload(QuizServer s, String client, String fileName, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/api/quizzes"))
                .header("X-Forwarded-For", client)
                .header("Content-Type", "application/octet-stream")
                .header(TestServer.KEY[0], TestServer.KEY[1])
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (fileName != null) {
            b.header("X-Filename", URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> upload(String client, String fileName, byte[] body, String... headers) throws Exception {
        return upload(server, client, fileName, body, headers);
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Test
    void uploadedGift_isListedSavedAndPlayableAtOnce_itsFirstQuestionPlaysToTheReveal() throws Exception {
        HttpResponse<String> r = upload("198.51.100.1", "Astronomy Night.gift", Corpus.bytes("astronomy.gift"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(r.headers().firstValue("content-type")).hasValue("application/json");
        assertThat(r.headers().firstValue("content-security-policy")).hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'"));
        assertThat(r.headers().firstValue("x-content-type-options")).hasValue("nosniff");
        JsonNode body = json(r);
        assertThat(body.get("id").asText()).isEqualTo("astronomy-night");
        assertThat(body.get("title").asText()).isEqualTo("Astronomy Night");
        assertThat(body.get("questions").asInt()).isEqualTo(10);
        assertThat(body.get("format").asText()).isEqualTo("Moodle GIFT");
        assertThat(body.get("sections").toString())
                .isEqualTo("[{\"name\":\"Solar system\",\"questions\":5},{\"name\":\"Numbers\",\"questions\":5}]");
        assertThat(body.get("warnings")).hasSize(3);
        assertThat(body.get("warnings").get(0).asText()).isEqualTo("Astronomy Night.gift: line 49: matching question skipped: "
                + "QuizNight has no matching questions");

        JsonNode list = JSON.readTree(TestServer.get(server.port(), "/api/quizzes").body());
        assertThat(list.findValuesAsText("id")).contains("astronomy-night");
        assertThat(list.get(0).get("id").asText()).isEqualTo("django");

        Path saved = dir.resolve("uploads").resolve("astronomy-night.json");
        Quiz fromDisk = QuizLoader.forChecking().load(new ByteArrayInputStream(Files.readAllBytes(saved)), saved.toString(), "x");
        Quiz imported = QuizImporters.load("Astronomy Night.gift", Corpus.bytes("astronomy.gift")).quiz();
        assertThat(fromDisk.questions()).isEqualTo(imported.questions());

        try (WsClient host = WsClient.connect(server.port()); WsClient player = WsClient.connect(server.port())) {
            host.send("type", "create", "quiz", "astronomy-night");
            JsonNode created = host.take("created");
            assertThat(created.get("quiz").get("id").asText()).isEqualTo("astronomy-night");
            assertThat(created.get("quiz").get("questions").asInt()).isEqualTo(10);
            player.send("type", "join", "code", created.get("code").asText(), "name", "Ada");
            player.take("joined");
            host.send("type", "start");
            JsonNode question = player.take("question");
            assertThat(question.get("kind").asText()).isEqualTo("single");
            assertThat(question.get("text").asText()).isEqualTo("How many planets orbit the Sun?");
            assertThat(question.get("choices").toString()).isEqualTo("[\"8\",\"9\",\"7\",\"12\"]");
            assertThat(question.get("section").asText()).isEqualTo("Solar system");
            player.send("type", "answer", "index", 0, "choice", 0);
            player.take("ack");
            JsonNode reveal = host.take("reveal");
            assertThat(reveal.get("correct").toString()).isEqualTo("[0]");
            assertThat(reveal.get("correctCount").asInt()).isEqualTo(1);
            assertThat(player.take("result").get("correct").asBoolean()).isTrue();
        }
    }

    @Test
    void everyFormat_uploads_withItsNameFromTheQueryOrTheHeader() throws Exception {
        String client = "198.51.100.2";
        record Case(String name, byte[] body, String format, int questions) {
        }
        List<Case> cases = List.of(
                new Case("rivers.txt", Corpus.bytes("rivers.txt"), "Aiken", 3),
                new Case("Mountains.xlsx", Corpus.kahootWorkbook(), "Kahoot spreadsheet (xlsx)", 4),
                new Case("oceans.csv", Corpus.bytes("oceans.csv"), "Kahoot spreadsheet (CSV)", 4),
                new Case("trivia.json", Corpus.bytes("opentdb.json"), "Open Trivia DB JSON", 4),
                new Case("own.json", Corpus.bytes("rivers.expected.json"), "QuizNight JSON", 3));
        List<String> ids = new ArrayList<>();
        for (Case c : cases) {
            HttpResponse<String> r = c.name().endsWith(".csv")
                    ? HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/quizzes?name=" + c.name()))
                            .header("X-Forwarded-For", client).header(TestServer.KEY[0], TestServer.KEY[1]).POST(HttpRequest.BodyPublishers.ofByteArray(c.body())).build(),
                    HttpResponse.BodyHandlers.ofString())
                    : upload(client, c.name(), c.body());
            assertThat(r.statusCode()).as(c.name() + ": " + r.body()).isEqualTo(201);
            assertThat(json(r).get("format").asText()).isEqualTo(c.format());
            assertThat(json(r).get("questions").asInt()).isEqualTo(c.questions());
            ids.add(json(r).get("id").asText());
        }
        // The native file names its own id, "rivers", which the Aiken upload took first.
        assertThat(ids).containsExactly("rivers", "mountains", "oceans", "trivia", "rivers-2");
        for (String id : ids) {
            try (WsClient host = WsClient.connect(server.port())) {
                host.send("type", "create", "quiz", id);
                host.take("created");
                host.send("type", "start");
                assertThat(host.take("question").get("index").asInt()).isZero();
            }
        }
    }

    @Test
    void badUpload_is400NamingTheFileAndLine_andNothingIsAdded() throws Exception {
        HttpResponse<String> r = upload("198.51.100.3", "broken.gift", Corpus.utf8("Fine? {T}\n\nBroken? {=a ~b\n"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("error").asText())
                .isEqualTo("broken.gift: line 3: expected '}' closing the answers opened here (a blank line ends a question; write \\{ for a brace in text)");
        assertThat(TestServer.get(server.port(), "/api/quizzes").body()).doesNotContain("\"broken\"");
        assertThat(dir.resolve("uploads").resolve("broken.json")).doesNotExist();

        HttpResponse<String> noName = upload("198.51.100.3", null, Corpus.utf8("Q? {T}"));
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(json(noName).get("error").asText()).contains("X-Filename");
        HttpResponse<String> empty = upload("198.51.100.3", "empty.gift", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json(empty).get("error").asText()).isEqualTo("empty.gift: the file is empty.");
        HttpResponse<String> docx = upload("198.51.100.3", "../../etc/quiz.docx", Corpus.utf8("x"));
        assertThat(docx.statusCode()).isEqualTo(400);
        assertThat(json(docx).get("error").asText()).startsWith("quiz.docx: expected a file ending in .json, .gift");
    }

    @Test
    void tooBig_is413BeforeTheBodyIsRead_andTheNextUploadWorks() throws Exception {
        HttpResponse<String> r = upload("198.51.100.4", "huge.gift", new byte[1024 * 1024 + 1]);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).get("error").asText()).isEqualTo("The file is larger than this server's upload limit of 1 MiB.");
        assertThat(r.headers().firstValue("content-security-policy")).isPresent();
        assertThat(upload("198.51.100.4", "small.gift", Corpus.utf8("Q? {T}")).statusCode()).isEqualTo(201);
    }

    @Test
    void tooBigWithExpectContinue_isRefusedBeforeTheBodyIsSent_asCurlSendsBigFiles() throws Exception {
        // A raw socket: JDK 17's HttpClient waits forever for a 100 Continue that does not come.
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            String head = "POST /api/quizzes HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filename: huge.gift\r\n"
                    + "X-Forwarded-For: 198.51.100.9\r\nContent-Length: 2097152\r\nExpect: 100-continue\r\n\r\n";
            s.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertThat(status).isEqualTo("HTTP/1.1 413 Request Entity Too Large");
        }
    }

    @Test
    void tooMany_is429WithRetryAfter_perClientAddress_countingRefusedUploadsToo() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(upload("198.51.100.5", "bad" + i + ".gift", Corpus.utf8("no answers here")).statusCode()).isEqualTo(400);
        }
        HttpResponse<String> r = upload("198.51.100.5", "good.gift", Corpus.utf8("Q? {T}"));
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(json(r).get("error").asText()).startsWith("Too many uploads: at most 5 a minute from one address.");
        assertThat(Integer.parseInt(r.headers().firstValue("retry-after").orElseThrow())).isBetween(1, 60);
        assertThat(upload("198.51.100.6", "good.gift", Corpus.utf8("Q? {T}")).statusCode()).isEqualTo(201);
    }

    @Test
    void uploadFromAnotherSitesPage_is403_fromTheServersOwnPage201() throws Exception {
        HttpResponse<String> evil = upload("198.51.100.7", "x.gift", Corpus.utf8("Q? {T}"), "Origin", "https://evil.example");
        assertThat(evil.statusCode()).isEqualTo(403);
        assertThat(upload("198.51.100.7", "x.gift", Corpus.utf8("Q? {T}"), "Origin", "http://quiz.test").statusCode()).isEqualTo(201);
        assertThat(upload("198.51.100.7", "y.gift", Corpus.utf8("Q? {T}"), "Origin", "http://127.0.0.1:" + server.port())
                .statusCode()).isEqualTo(201);
    }

    @Test
    void otherRoutes_stillRefuseBodiesOver16KiB() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/quizzes"))
                .method("GET", HttpRequest.BodyPublishers.ofByteArray(new byte[20 * 1024])).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(TestServer.get(server.port(), "/api/quizzes").statusCode()).isEqualTo(200);
    }

    @Test
    void uploads_surviveARestart_andUploadsCanBeTurnedOff(@TempDir Path other) throws Exception {
        try (QuizServer first = QuizServer.start(settings(other))) {
            assertThat(upload(first, "198.51.100.8", "kept.txt", Corpus.bytes("rivers.txt")).statusCode()).isEqualTo(201);
        }
        try (QuizServer second = QuizServer.start(settings(other).with(b -> b.uploadsPerMinute = 0))) {
            assertThat(TestServer.get(second.port(), "/api/quizzes").body()).contains("\"id\":\"kept\"");
            HttpResponse<String> off = upload(second, "198.51.100.8", "again.txt", Corpus.bytes("rivers.txt"));
            assertThat(off.statusCode()).isEqualTo(403);
            assertThat(json(off).get("error").asText()).isEqualTo("Uploads are turned off on this server.");
        }
    }
}
