package quiznight.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.nio.NioIoHandler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A bot's picture downloads through {@link MediaClient}, against a tiny in-test HTTP server that serves pictures. */
class PhonePicturesTest {
    private static final String A = "/media/" + "a".repeat(64);
    private static final String B = "/media/" + "b".repeat(64);
    private static final int SIZE = 40_000;

    private HttpServer server;
    private EventLoopGroup group;
    private MediaClient media;
    private final List<String> gets = new CopyOnWriteArrayList<>();
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    private volatile long delayMs;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/media/", ex -> {
            String path = ex.getRequestURI().getPath();
            gets.add(path);
            clientPorts.add(ex.getRemoteAddress().getPort());
            try {
                Thread.sleep(delayMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (path.endsWith("-m.jpg") && !path.startsWith(B)) {
                ex.getResponseHeaders().set("Content-Type", "image/jpeg");
                ex.sendResponseHeaders(200, SIZE);
                ex.getResponseBody().write(new byte[SIZE]);
            } else {
                byte[] b = "no such picture".getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(404, b.length);
                ex.getResponseBody().write(b);
            }
            ex.close();
        });
        server.start();
        group = new MultiThreadIoEventLoopGroup(2, Epoll.isAvailable() ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
    }

    @AfterEach
    void stop() {
        if (media != null) {
            media.close();
        }
        group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS);
        server.stop(0);
    }

    private MediaClient client(int connections) {
        media = new MediaClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), group, connections);
        return media;
    }

    private static Msg msg(String json) throws IOException {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        return Msg.parse(b, 0, b.length);
    }

    private static Msg standings(String... next) throws IOException {
        return msg("{\"type\":\"standings\",\"index\":0,\"top\":[],\"nextMedia\":[" + String.join(",",
                java.util.Arrays.stream(next).map(p -> "\"" + p + "\"").toList()) + "],\"sentAt\":1}");
    }

    private static Msg question(int index, String phone) throws IOException {
        return msg("{\"type\":\"question\",\"index\":" + index + ",\"kind\":\"single\",\"text\":\"?\",\"choices\":[\"a\",\"b\"],"
                + "\"image\":{\"projector\":\"" + phone.replace("-m.", "-p.") + "\",\"phone\":\"" + phone + "\",\"alt\":\"x\"},\"sentAt\":2}");
    }

    private void await(BooleanSupplier done) throws InterruptedException {
        long end = System.currentTimeMillis() + 30_000;
        while (!done.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("waited 30 s; GETs seen: " + gets.size()).isLessThan(end);
            Thread.sleep(10);
        }
    }

    @Test
    void anAnnouncedPictureIsDownloadedOnceAtPhoneSizeAndIsReadyWhenItsQuestionOpens() throws Exception {
        Stats stats = new Stats();
        PhonePictures bot = new PhonePictures(client(2)::get, stats);
        bot.onMessage(standings(A + "-p.jpg"), Now.ms());
        bot.onMessage(standings(A + "-p.jpg"), Now.ms()); // announced again (the lead-in and a replay): no second download
        await(() -> stats.counter("mediaBytes") == SIZE);
        bot.onMessage(question(1, A + "-m.jpg"), Now.ms());

        assertThat(gets).containsExactly(A + "-m.jpg");
        assertThat(stats.counter("mediaRequests")).isEqualTo(1);
        assertThat(stats.counter("mediaPrefetches")).isEqualTo(1);
        assertThat(stats.counter("picturesShown")).isEqualTo(1);
        assertThat(stats.counter("picturesReadyAtQuestion")).isEqualTo(1);
        assertThat(stats.counter("mediaLateFetches")).isZero();
        assertThat(stats.errorCount()).isZero();
        assertThat(stats.snapshot().histograms()).containsKey("mediaFetch").doesNotContainKey("mediaFetchLate");
    }

    @Test
    void aPictureAQuestionShowsUnannouncedIsDownloadedThenAndCountedLateOnceEvenIfTheQuestionIsReplayed() throws Exception {
        Stats stats = new Stats();
        PhonePictures bot = new PhonePictures(client(2)::get, stats);
        bot.onMessage(question(2, A + "-m.jpg"), Now.ms());
        bot.onMessage(question(2, A + "-m.jpg"), Now.ms());
        await(() -> stats.counter("mediaBytes") == SIZE);

        assertThat(gets).containsExactly(A + "-m.jpg");
        assertThat(stats.counter("picturesShown")).isEqualTo(1);
        assertThat(stats.counter("picturesReadyAtQuestion")).isZero();
        assertThat(stats.counter("mediaLateFetches")).isEqualTo(1);
        assertThat(stats.snapshot().histograms()).containsKeys("mediaFetch", "mediaFetchLate");
    }

    @Test
    void aPictureStillDownloadingWhenItsQuestionOpensIsCountedInFlightNotFetchedTwice() throws Exception {
        delayMs = 2_000; // the question comes long before the download ends, even on a loaded box
        Stats stats = new Stats();
        PhonePictures bot = new PhonePictures(client(2)::get, stats);
        bot.onMessage(standings(A + "-p.jpg"), Now.ms());
        bot.onMessage(question(1, A + "-m.jpg"), Now.ms());
        await(() -> stats.counter("mediaBytes") == SIZE);

        assertThat(gets).hasSize(1);
        assertThat(stats.counter("picturesInFlightAtQuestion")).isEqualTo(1);
        assertThat(stats.counter("picturesReadyAtQuestion")).isZero();
    }

    @Test
    void aFailedDownloadIsAnErrorByStatusAndIsTriedAgainWhenItsQuestionOpens() throws Exception {
        Stats stats = new Stats();
        PhonePictures bot = new PhonePictures(client(1)::get, stats);
        bot.onMessage(standings(B + "-p.jpg"), Now.ms());
        await(() -> stats.errorCount() == 1);
        bot.onMessage(question(1, B + "-m.jpg"), Now.ms());
        await(() -> stats.errorCount() == 2);

        assertThat(gets).containsExactly(B + "-m.jpg", B + "-m.jpg");
        assertThat(stats.snapshot().errors()).containsEntry("media-404", 2L);
        assertThat(stats.counter("mediaLateFetches")).isEqualTo(1);
        assertThat(stats.counter("picturesReadyAtQuestion")).isZero();
    }

    @Test
    void manyPhonesShareABoundedNumberOfKeepAliveConnections() throws Exception {
        delayMs = 5;
        Stats stats = new Stats();
        MediaClient c = client(3);
        for (int i = 0; i < 60; i++) {
            new PhonePictures(c::get, stats).onMessage(standings(A + "-p.jpg"), Now.ms());
        }
        await(() -> stats.counter("mediaBytes") == 60L * SIZE);

        assertThat(gets).hasSize(60);
        assertThat(clientPorts).hasSizeBetween(1, 3);
        assertThat(stats.errorCount()).isZero();
        assertThat(stats.snapshot().histograms().get("mediaFetch")).isNotNull();
    }

    @Test
    void thePhoneSizeOfAProjectorPathSwapsTheSizeLetterOnly() {
        assertThat(PhonePictures.phonePath(A + "-p.jpg")).isEqualTo(A + "-m.jpg");
        assertThat(PhonePictures.phonePath(A + "-p.png")).isEqualTo(A + "-m.png");
    }
}
