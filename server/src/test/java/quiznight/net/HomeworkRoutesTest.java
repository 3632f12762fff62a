package quiznight.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import quiznight.game.Clock;
import quiznight.game.NameFilter;
import quiznight.homework.Assignment;
import quiznight.homework.AssignmentStore;
import quiznight.homework.Homework;
import quiznight.organisers.GameHistory;
import quiznight.organisers.Organisers;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizCatalog;
import quiznight.testing.Questions;

/** The homework routes on an embedded channel: what is refused before the homework thread is asked anything. */
class HomeworkRoutesTest {
    private final Homework homework = Homework.open(AssignmentStore.NONE, NameFilter.none(), Clock.SYSTEM);
    private final Quiz quiz = new Quiz("q", "Q", "", List.of(Questions.single(1, 10_000)));
    private final Assignment assignment = homework.on(() -> homework.create("default", "T", quiz, quiz.questions(),
            System.currentTimeMillis() + 60_000)).join();
    private EmbeddedChannel ch;

    @AfterEach
    void close() {
        if (ch != null) {
            ch.finishAndReleaseAll();
        }
        homework.close();
    }

    private EmbeddedChannel channel(Homework h) {
        return channel(h, Runnable::run);
    }

    /** The routes on a new channel ({@link #ch}), their reports rendered by {@code reports}. */
    private EmbeddedChannel channel(Homework h, Executor reports) {
        ch = new EmbeddedChannel(router(h, reports));
        return ch;
    }

    private HttpHandler router(Homework h, Executor reports) {
        return router(routes(h, reports));
    }

    /** The homework routes as the server has them: one instance, whatever the connection. */
    private HomeworkRoutes routes(Homework h, Executor reports) {
        QuizCatalog catalog = new QuizCatalog(List.of(quiz));
        OriginCheck origins = new OriginCheck("/ws", "http://quiz.test", List.of());
        HomeworkRoutes routes = new HomeworkRoutes(h, catalog, origins, new HttpResponses(new ObjectMapper()),
                () -> "http://quiz.test", 100, reports);
        routes.access(new OrganiserRoutes(Organisers.open(), GameHistory.inMemory(), catalog, null, origins,
                new HttpResponses(new ObjectMapper()), "", false));
        return routes;
    }

    /** A connection's router over {@code routes}. */
    private static HttpHandler router(HomeworkRoutes routes) {
        HttpResponses responses = new HttpResponses(new ObjectMapper());
        return new HttpHandler("", Set.of(), responses, 1 << 20,
                new HttpHandler.Routes(Map.of(), Map.of(), Route.now(x -> HttpResponses.text(HttpResponseStatus.NOT_FOUND, "no")),
                        Map.of(), Map.of(HomeworkRoutes.PATH, routes::answer)));
    }

    private static FullHttpRequest request(HttpMethod method, String uri, String body, String... headers) {
        FullHttpRequest req = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, method, uri,
                Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
        req.headers().set(HttpHeaderNames.HOST, "quiz.test");
        for (int i = 0; i < headers.length; i += 2) {
            req.headers().set(headers[i], headers[i + 1]);
        }
        return req;
    }

    private FullHttpResponse ask(HttpMethod method, String uri, String body, String... headers) throws Exception {
        return ask(ch, method, uri, body, headers);
    }

    private static FullHttpResponse ask(EmbeddedChannel on, HttpMethod method, String uri, String body, String... headers)
            throws Exception {
        on.writeInbound(request(method, uri, body, headers));
        return answerOn(on, uri);
    }

    /** The next answer written on {@code on} (its route answers on another thread), waited for at most 5 s. */
    private static FullHttpResponse answerOn(EmbeddedChannel on, String what) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            on.runPendingTasks();
            FullHttpResponse r = on.readOutbound();
            if (r != null) {
                return r;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no answer to " + what);
    }

    /** Ada joins; her token. */
    private String joinAda() throws Exception {
        FullHttpResponse joined = ask(HttpMethod.POST, path("/students"), "{\"name\":\"Ada\"}");
        assertThat(joined.status()).isEqualTo(HttpResponseStatus.CREATED);
        return new ObjectMapper().readTree(body(joined)).get("token").asText();
    }

    private static String body(FullHttpResponse r) {
        try {
            return r.content().toString(StandardCharsets.UTF_8);
        } finally {
            r.release();
        }
    }

    private String path(String action) {
        return "/api/homework/" + assignment.spec().id() + action;
    }

    @Test
    void aJoinFromAnotherSitesPageIsRefusedAndJoinsNobody() throws Exception {
        channel(homework);
        FullHttpResponse r = ask(HttpMethod.POST, path("/students"), "{\"name\":\"Ada\"}", "Origin", "https://evil.example");
        assertThat(r.status()).isEqualTo(HttpResponseStatus.FORBIDDEN);
        assertThat(body(r)).contains("another site's page");
        assertThat(homework.on(assignment::size).join()).isZero();
        FullHttpResponse ok = ask(HttpMethod.POST, path("/students"), "{\"name\":\"Ada\"}", "Origin", "http://quiz.test");
        assertThat(ok.status()).isEqualTo(HttpResponseStatus.CREATED);
        ok.release();
    }

    @Test
    void otherMethodsAndUnknownPathsGetASentence() throws Exception {
        channel(homework);
        FullHttpResponse put = ask(HttpMethod.PUT, path(""), "");
        assertThat(put.status()).isEqualTo(HttpResponseStatus.METHOD_NOT_ALLOWED);
        assertThat(put.headers().get(HttpHeaderNames.ALLOW)).isEqualTo("GET, HEAD, POST");
        put.release();
        FullHttpResponse post = ask(HttpMethod.POST, path("/question"), "{}");
        assertThat(post.status()).isEqualTo(HttpResponseStatus.METHOD_NOT_ALLOWED);
        post.release();
        FullHttpResponse unknown = ask(HttpMethod.GET, "/api/homework/short/question", "");
        assertThat(unknown.status()).isEqualTo(HttpResponseStatus.NOT_FOUND);
        assertThat(body(unknown)).contains("no homework with that link");
    }

    @Test
    void anAnswerThatIsNotJsonOrHasNoAnswerFieldIsRefusedBeforeTheHomeworkThread() throws Exception {
        channel(homework);
        FullHttpResponse notJson = ask(HttpMethod.POST, path("/answer"), "nope", "Authorization", "Bearer x");
        assertThat(notJson.status()).isEqualTo(HttpResponseStatus.BAD_REQUEST);
        assertThat(body(notJson)).contains("Send the answer as a JSON object.");
        FullHttpResponse empty = ask(HttpMethod.POST, path("/answer"), "{\"index\":0}", "Authorization", "Bearer x");
        assertThat(empty.status()).isEqualTo(HttpResponseStatus.BAD_REQUEST);
        assertThat(body(empty)).contains("An answer needs one of");
        FullHttpResponse noToken = ask(HttpMethod.GET, path("/question"), "");
        assertThat(noToken.status()).isEqualTo(HttpResponseStatus.FORBIDDEN);
        noToken.release();
    }

    @Test
    void aStudentsTokenIsTakenWhateverTheCaseOfTheBearerScheme() throws Exception {
        channel(homework);
        String token = joinAda();
        FullHttpResponse lower = ask(HttpMethod.GET, path("/question"), "", "Authorization", "bearer " + token);
        assertThat(lower.status()).isEqualTo(HttpResponseStatus.OK);
        assertThat(body(lower)).contains("\"name\":\"Ada\"");
        FullHttpResponse upper = ask(HttpMethod.GET, path("/question"), "", "Authorization", "BEARER " + token);
        assertThat(upper.status()).isEqualTo(HttpResponseStatus.OK);
        upper.release();
    }

    @Test
    void anAnswerIsAcceptedWhileTheOrganisersReportRenders_theReportOffTheHomeworkThread() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<String> renderedOn = new CopyOnWriteArrayList<>();
        Executor gated = task -> new Thread(() -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            renderedOn.add(Thread.currentThread().getName());
            task.run();
        }, "test-report-renderer").start();
        channel(homework, gated);
        String token = joinAda();
        FullHttpResponse question = ask(HttpMethod.GET, path("/question"), "", "Authorization", "Bearer " + token);
        assertThat(question.status()).isEqualTo(HttpResponseStatus.OK);
        question.release();

        EmbeddedChannel organiser = new EmbeddedChannel(router(homework, gated));
        try {
            organiser.writeInbound(request(HttpMethod.GET, path("/results?format=xlsx"), ""));
            // The snapshot is taken on the homework thread: once a request queued behind it is answered, it is taken.
            homework.on(() -> null).join();
            organiser.runPendingTasks();
            assertThat((Object) organiser.readOutbound()).as("the report waits for its renderer").isNull();

            FullHttpResponse answered = ask(HttpMethod.POST, path("/answer"), "{\"index\":0,\"choice\":1}",
                    "Authorization", "Bearer " + token);
            assertThat(answered.status()).as("answered while the report renders").isEqualTo(HttpResponseStatus.OK);
            answered.release();

            gate.countDown();
            FullHttpResponse report = answerOn(organiser, "the report, once rendered");
            assertThat(report.status()).isEqualTo(HttpResponseStatus.OK);
            assertThat(report.headers().get(HttpHeaderNames.CONTENT_TYPE)).isEqualTo(RoomRoutes.XLSX);
            assertThat(report.content().readableBytes()).isPositive();
            report.release();
            assertThat(renderedOn).containsExactly("test-report-renderer");
        } finally {
            organiser.finishAndReleaseAll();
        }
    }

    @Test
    void whileEveryReportPlaceIsTaken_anotherReportIsBusyAtOnce_andAPlaceFreedServesTheNext() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        Executor gated = task -> new Thread(() -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            task.run();
        }, "test-report-renderer").start();
        HomeworkRoutes routes = routes(homework, gated);
        ch = new EmbeddedChannel(router(routes));
        List<EmbeddedChannel> organisers = new ArrayList<>();
        try {
            for (int i = 0; i < HomeworkReports.PLACES; i++) {
                EmbeddedChannel organiser = new EmbeddedChannel(router(routes));
                organisers.add(organiser);
                organiser.writeInbound(request(HttpMethod.GET, path("/results?format=json"), ""));
            }
            homework.on(() -> null).join();
            FullHttpResponse busy = ask(HttpMethod.GET, path("/results?format=json"), "");
            assertThat(busy.status()).isEqualTo(HttpResponseStatus.SERVICE_UNAVAILABLE);
            assertThat(busy.headers().get(HttpHeaderNames.RETRY_AFTER)).isEqualTo("2");
            assertThat(body(busy)).contains("busy with other reports");

            gate.countDown();
            for (EmbeddedChannel organiser : organisers) {
                FullHttpResponse r = answerOn(organiser, "a held report");
                assertThat(r.status()).isEqualTo(HttpResponseStatus.OK);
                r.release();
            }
            ch = new EmbeddedChannel(router(routes));
            FullHttpResponse next = ask(HttpMethod.GET, path("/results?format=json"), "");
            assertThat(next.status()).as("the places came back").isEqualTo(HttpResponseStatus.OK);
            next.release();
        } finally {
            gate.countDown();
            organisers.forEach(EmbeddedChannel::finishAndReleaseAll);
        }
    }

    @Test
    void aReportInAnUnknownFormatIsRefusedWithASentence() throws Exception {
        channel(homework);
        FullHttpResponse r = ask(HttpMethod.GET, path("/results?format=pdf"), "");
        assertThat(r.status()).isEqualTo(HttpResponseStatus.BAD_REQUEST);
        assertThat(body(r)).contains(HomeworkReports.BAD_FORMAT);
    }
}
