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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.media.Images;
import quiznight.net.QuizServer;
import quiznight.testing.TestServer;

/**
 * Pictures on a real server: each format uploads, both sizes are served with immutable caching, and bad input
 * (not a picture, SVG, damaged, a pixel bomb, too large, empty, past the quota, traversal) is refused with a
 * sentence. The server trusts 127.0.0.1 as a proxy so each test names its client address (per-address limit).
 */
class MediaEndToEndTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    static Path dir;
    static QuizServer server;

    @BeforeAll
    static void start() throws Exception {
        server = QuizServer.start(TestServer.settings(dir).with(b -> {
            b.trustedProxies = List.of("127.0.0.1");
            b.mediaMaxBytesPerOwner = 5L * 1024 * 1024;
        }));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> upload(String client, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/media")).header(TestServer.KEY[0], TestServer.KEY[1])
                .header("X-Forwarded-For", client).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<byte[]> fetch(String method, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).header(TestServer.KEY[0], TestServer.KEY[1])
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** What the server answers to raw request bytes: the status line and headers, up to the blank line. */
    static String raw(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            StringBuilder head = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0) {
                head.append((char) c);
                if (head.toString().endsWith("\r\n\r\n")) {
                    break;
                }
            }
            return head.toString();
        }
    }

    @Test
    void eachFormat_uploads_andBothSizesAreServedWithImmutableCachingTheirTypeAndNosniff_HEADToo() throws Exception {
        Map<String, byte[]> uploads = Map.of("image/png", Images.png(2000, 1000), "image/jpeg", Images.jpeg(800, 1200),
                "gif as png", Images.gif(30, 20), "webp as jpeg", Images.WEBP_LOSSY, "webp as png", Images.WEBP_LOSSLESS);
        for (Map.Entry<String, byte[]> e : uploads.entrySet()) {
            HttpResponse<String> r = upload("10.1.0.1", e.getValue());
            assertThat(r.statusCode()).as(e.getKey() + ": " + r.body()).isEqualTo(201);
            JsonNode m = JSON.readTree(r.body());
            String id = m.get("id").asText();
            assertThat(id).matches("[0-9a-f]{64}");
            String type = e.getKey().endsWith("png") ? "image/png" : "image/jpeg";
            String ext = type.equals("image/png") ? "png" : "jpg";
            assertThat(m.get("projector").asText()).isEqualTo("/media/" + id + "-p." + ext);
            assertThat(m.get("phone").asText()).isEqualTo("/media/" + id + "-m." + ext);
            for (String size : List.of("projector", "phone")) {
                HttpResponse<byte[]> img = fetch("GET", m.get(size).asText());
                assertThat(img.statusCode()).isEqualTo(200);
                assertThat(img.headers().firstValue("Content-Type")).hasValue(type);
                assertThat(img.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
                assertThat(img.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
                assertThat(Images.read(img.body())).as(e.getKey()).isNotNull();
                HttpResponse<byte[]> head = fetch("HEAD", m.get(size).asText());
                assertThat(head.statusCode()).isEqualTo(200);
                assertThat(head.body()).isEmpty();
                assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(img.body().length);
            }
        }
        HttpResponse<String> png = upload("10.1.0.1", uploads.get("image/png"));
        JsonNode m = JSON.readTree(png.body());
        assertThat(png.statusCode()).as("the same picture again: found, nothing new").isEqualTo(200);
        assertThat(m.get("width").asInt()).isEqualTo(1920);
        assertThat(m.get("height").asInt()).isEqualTo(960);
        assertThat(Images.read(fetch("GET", m.get("phone").asText()).body()).getWidth()).isEqualTo(720);
        Path media = dir.resolve("data").resolve("media");
        String id = m.get("id").asText();
        assertThat(media.resolve(id + "-p.png")).exists();
        assertThat(media.resolve(id + "-m.png")).exists();
        assertThat(media.resolve(id + ".json")).exists();
    }

    @Test
    void aJpegWithGps_isServedWithoutExif() throws Exception {
        HttpResponse<String> r = upload("10.1.0.2", Images.jpegWithExifGps(64, 48));
        assertThat(r.statusCode()).isEqualTo(201);
        byte[] served = fetch("GET", JSON.readTree(r.body()).get("projector").asText()).body();
        assertThat(Images.hasExif(served)).isFalse();
        assertThat(Images.read(served).getHeight()).as("turned upright").isEqualTo(64);
    }

    @Test
    void badPictures_areRefusedWithTheirStatusAndASentence() throws Exception {
        HttpResponse<String> html = upload("10.1.0.3", Images.utf8("<html><body><script>alert(1)</script></body></html>"),
                "X-Filename", "cat.png", "Content-Type", "image/png");
        assertThat(html.statusCode()).isEqualTo(415);
        assertThat(JSON.readTree(html.body()).get("error").asText()).contains("an HTML page");
        HttpResponse<String> svg = upload("10.1.0.3", Images.utf8("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"),
                "Content-Type", "image/svg+xml");
        assertThat(svg.statusCode()).isEqualTo(415);
        assertThat(svg.body()).contains("SVG");
        HttpResponse<String> bmp = upload("10.1.0.3", Images.write(Images.halves(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB), "bmp"));
        assertThat(bmp.statusCode()).isEqualTo(415);
        assertThat(bmp.body()).contains("BMP");
        byte[] png = Images.png(300, 300);
        HttpResponse<String> cut = upload("10.1.0.3", Images.truncated(png, png.length / 2));
        assertThat(cut.statusCode()).isEqualTo(400);
        assertThat(cut.body()).contains("cannot be read");
        HttpResponse<String> bomb = upload("10.1.0.3", Images.pngBomb(50_000, 50_000));
        assertThat(bomb.statusCode()).isEqualTo(413);
        assertThat(bomb.body()).contains("50,000 × 50,000 pixels");
        HttpResponse<String> empty = upload("10.1.0.3", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("empty");
        assertThat(raw("POST /api/media HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 104857600\r\n\r\n"))
                .as("a 100 MB body is refused before it is sent").startsWith("HTTP/1.1 413");
        HttpResponse<String> crossSite = upload("10.1.0.3", png, "Origin", "https://evil.example");
        assertThat(crossSite.statusCode()).isEqualTo(403);
    }

    @Test
    void unknownPicturesAndTraversal_are404() throws Exception {
        assertThat(fetch("GET", "/media/" + "0".repeat(64) + "-p.png").statusCode()).isEqualTo(404);
        assertThat(fetch("GET", "/media/nothing.png").statusCode()).isEqualTo(404);
        assertThat(raw("GET /media/../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")).startsWith("HTTP/1.1 404");
        assertThat(raw("GET /media/..%2f..%2fdata%2fmedia HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")).startsWith("HTTP/1.1 404");
        String json = Files.list(dir.resolve("data").resolve("media")).findAny()
                .map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).orElse("x.json");
        assertThat(fetch("GET", "/media/" + json).statusCode()).as("entries are not served").isEqualTo(404);
    }

    @Test
    void pastTheOwnersSpace_anUploadIs507WithASentence() throws Exception {
        java.util.Random random = new java.util.Random(7);
        HttpResponse<String> r;
        int n = 0;
        do {
            // Noise compresses badly: each of these takes over 1 MB as PNG, so the 5 MB space fills in a few.
            java.awt.image.BufferedImage noise = new java.awt.image.BufferedImage(800, 600, java.awt.image.BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 600; y++) {
                for (int x = 0; x < 800; x++) {
                    noise.setRGB(x, y, random.nextInt());
                }
            }
            r = upload("10.1.0.4", Images.write(noise, "png"));
            n++;
        } while (r.statusCode() == 201 && n < 20);
        assertThat(r.statusCode()).isEqualTo(507);
        assertThat(JSON.readTree(r.body()).get("error").asText()).contains("of the 5.0 MB allowed").contains("nothing was stored");
    }
}
