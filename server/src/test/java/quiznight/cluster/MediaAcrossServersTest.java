package quiznight.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.media.Images;
import quiznight.net.QuizServer;
import quiznight.testing.RedisServer;
import quiznight.testing.TestServer;

/** Cluster mode: a picture uploaded to one server is served by another, which never had it on its disk. */
class MediaAcrossServersTest {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aPictureUploadedToOneServer_isServedByAnother_fromRedis(@TempDir Path dir) throws Exception {
        try (RedisServer redis = new RedisServer();
             QuizServer a = QuizServer.start(TestServer.settings(dir.resolve("a")).with(b -> {
                 b.redis = redis.url();
                 b.nodeId = "a";
             }));
             QuizServer b = QuizServer.start(TestServer.settings(dir.resolve("b")).with(s -> {
                 s.redis = redis.url();
                 s.nodeId = "b";
             }))) {
            byte[] png = Images.png(900, 600);
            HttpResponse<String> up = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + a.port() + "/api/media")).header(TestServer.KEY[0], TestServer.KEY[1])
                    .POST(HttpRequest.BodyPublishers.ofByteArray(png)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(up.statusCode()).isEqualTo(201);
            String phone = new ObjectMapper().readTree(up.body()).get("phone").asText();
            HttpResponse<byte[]> got = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + b.port() + phone)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(got.statusCode()).isEqualTo(200);
            assertThat(got.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
            assertThat(Images.read(got.body()).getWidth()).isEqualTo(720);
            assertThat(dir.resolve("b").resolve("data").resolve("media")).doesNotExist();
            HttpResponse<byte[]> unknown = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + b.port()
                    + "/media/" + "1".repeat(64) + "-m.png")).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(unknown.statusCode()).isEqualTo(404);
        }
    }
}
