package quiznight.testing;

import java.net.URISyntaxException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import quiznight.config.Settings;
import quiznight.net.QuizServer;

/** A real server on a free loopback port with the test quizzes, and an HTTP client for it. */
public final class TestServer {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The organiser key of every test server; {@link WsClient} sends it on each upgrade, as the load generator does. */
    public static final String ORGANISER_KEY = "test-organiser-key-0123456789";
    /** The header that carries it on HTTP requests: {@code TestServer.get(port, path, TestServer.KEY[0], TestServer.KEY[1])}. */
    public static final String[] KEY = {"X-Organiser-Key", ORGANISER_KEY};

    private TestServer() {
    }

    public static Path testQuizzes() {
        try {
            return Path.of(TestServer.class.getClassLoader().getResource("quizzes").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Settings settings(Path resultsDir) {
        return Settings.defaults().withPort(0).withBind("127.0.0.1").withPublicUrl("http://quiz.test")
                .withQuizzesDir(testQuizzes()).withResultsDir(resultsDir).with(b -> {
                    b.dataDir = resultsDir.resolve("data");
                    b.uploadsDir = resultsDir.resolve("uploads");
                    // Every test client comes from 127.0.0.1: per-address quotas are not what most tests are about.
                    b.createsPerMinute = 10_000;
                    b.roomsPerAddress = 10_000;
                    b.joinsPerRoomPerAddress = 10_000;
                    b.joinsPerAssignmentPerAddress = 10_000;
                    b.organiserKey = ORGANISER_KEY;
                });
    }

    public static QuizServer start(Path resultsDir) throws Exception {
        return QuizServer.start(settings(resultsDir));
    }

    public static HttpResponse<String> get(int port, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** As {@link #get}, the body as bytes (a download). */
    public static HttpResponse<byte[]> getBytes(int port, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
