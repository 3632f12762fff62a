package quiznight.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The {@code homework} scenario (docs/benchmarks.md): an organiser sets an assignment of the benchmark quiz over HTTP,
 * then {@code students} students start within {@code startWindowSec}, each at a random moment, and play it alone at
 * their own pace: ask for their question, think for a random time shorter than its limit, answer (at random, of
 * the shape its kind takes, as {@link QuizKnowledge} builds a bot's: right or wrong does not change the server's
 * work), ask for the next, until finished. Measured per request: the question fetch and the answer round trip
 * (client send to response read), errors (any status but the expected), and the server's CPU over the run when its
 * process id is given.
 */
final class HomeworkLoad {
    private final String base;
    private final String organiserKey;
    private final int students;
    private final int startWindowSec;
    private final int thinkMinMs;
    private final int thinkMaxMs;
    private final HttpClient http;
    private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(4);
    private final Histogram question = new ConcurrentHistogram(Stats.HIGHEST_US, Stats.DIGITS);
    private final Histogram answer = new ConcurrentHistogram(Stats.HIGHEST_US, Stats.DIGITS);
    private final Histogram join = new ConcurrentHistogram(Stats.HIGHEST_US, Stats.DIGITS);
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicInteger answers = new AtomicInteger();
    private final Map<String, Integer> errorKinds = new ConcurrentHashMap<>();

    HomeworkLoad(String base, String organiserKey, int students, int startWindowSec, int thinkMinMs, int thinkMaxMs) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.organiserKey = organiserKey;
        this.students = students;
        this.startWindowSec = startWindowSec;
        this.thinkMinMs = thinkMinMs;
        this.thinkMaxMs = thinkMaxMs;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(8)).connectTimeout(Duration.ofSeconds(10)).build();
    }

    ObjectNode run(Long serverPid, long timeoutSec) throws Exception {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/homework"))
                .header("X-Organiser-Key", organiserKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"quiz\":\"loadtest\",\"title\":\"Load test homework\",\"deadline\":"
                        + (System.currentTimeMillis() + 3_600_000) + "}")).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("the assignment was not created: " + created.statusCode() + " " + created.body());
        }
        String id = Report.JSON.readTree(created.body()).get("id").asText();
        CountDownLatch done = new CountDownLatch(students);
        CpuMeter.Snapshot before = serverPid == null ? null : CpuMeter.take(List.of(serverPid));
        long start = System.nanoTime();
        for (int i = 0; i < students; i++) {
            String name = "Student " + i;
            long at = ThreadLocalRandom.current().nextLong(startWindowSec * 1000L + 1);
            timers.schedule(() -> joinThen(id, name, done), at, TimeUnit.MILLISECONDS);
        }
        boolean all = done.await(timeoutSec, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        CpuMeter.Snapshot after = serverPid == null ? null : CpuMeter.take(List.of(serverPid));
        timers.shutdownNow();

        ObjectNode r = Report.JSON.createObjectNode();
        r.put("scenario", "homework");
        r.put("students", students);
        r.put("startWindowSec", startWindowSec);
        r.put("thinkMs", thinkMinMs + "-" + thinkMaxMs);
        r.put("finished", finished.get());
        r.put("allFinishedInTime", all);
        r.put("answers", answers.get());
        r.put("errors", errors.get());
        r.set("errorKinds", Report.JSON.valueToTree(errorKinds));
        r.put("seconds", Math.round(seconds * 10) / 10.0);
        r.set("joinMs", percentiles(join));
        r.set("questionFetchMs", percentiles(question));
        r.set("answerRoundTripMs", percentiles(answer));
        if (before != null) {
            r.set("cpu", Report.JSON.valueToTree(CpuMeter.cores(before, after,
                    List.of(new Target.Node(base, base, serverPid)))));
        }
        JsonNode progress = Report.JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/homework/" + id + "/progress"))
                .header("X-Organiser-Key", organiserKey).build(), HttpResponse.BodyHandlers.ofString()).body());
        r.put("serverSaysFinished", progress.path("finished").asInt());
        return r;
    }

    private static ObjectNode percentiles(Histogram h) {
        ObjectNode n = Report.JSON.createObjectNode();
        n.put("count", h.getTotalCount());
        for (double p : new double[] {50, 90, 99, 99.9}) {
            n.put("p" + (p == 99.9 ? "999" : String.valueOf((int) p)), h.getTotalCount() == 0 ? 0
                    : Math.round(h.getValueAtPercentile(p) / 10.0) / 100.0);
        }
        n.put("max", Math.round(h.getMaxValue() / 10.0) / 100.0);
        return n;
    }

    private void failed(String what, CountDownLatch done) {
        errors.incrementAndGet();
        errorKinds.merge(what, 1, Integer::sum);
        done.countDown();
    }

    private void joinThen(String id, String name, CountDownLatch done) {
        long t0 = System.nanoTime();
        send(HttpRequest.newBuilder(URI.create(base + "/api/homework/" + id + "/students"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}")).build())
                .whenComplete((res, e) -> {
                    if (e != null || res.statusCode() != 201) {
                        failed("join " + (e != null ? e.getClass().getSimpleName() : res.statusCode()), done);
                        return;
                    }
                    join.recordValue((System.nanoTime() - t0) / 1000);
                    try {
                        nextQuestion(id, Report.JSON.readTree(res.body()).get("token").asText(), done);
                    } catch (Exception x) {
                        failed("join body", done);
                    }
                });
    }

    private void nextQuestion(String id, String token, CountDownLatch done) {
        long t0 = System.nanoTime();
        send(HttpRequest.newBuilder(URI.create(base + "/api/homework/" + id + "/question"))
                .header("Authorization", "Bearer " + token).build())
                .whenComplete((res, e) -> {
                    if (e != null || res.statusCode() != 200) {
                        failed("question " + (e != null ? e.getClass().getSimpleName() : res.statusCode()), done);
                        return;
                    }
                    question.recordValue((System.nanoTime() - t0) / 1000);
                    JsonNode q;
                    Msg asked;
                    try {
                        q = Report.JSON.readTree(res.body());
                        asked = Msg.parseBody(res.body().getBytes(StandardCharsets.UTF_8));
                    } catch (Exception x) {
                        failed("question body", done);
                        return;
                    }
                    if (q.path("finished").asBoolean()) {
                        finished.incrementAndGet();
                        done.countDown();
                        return;
                    }
                    if (!q.has("kind")) { // a timed-out question's reveal: ask again
                        timers.execute(() -> nextQuestion(id, token, done));
                        return;
                    }
                    long limit = q.path("remainingMs").asLong();
                    long think = Math.min(ThreadLocalRandom.current().nextLong(thinkMinMs, thinkMaxMs + 1), Math.max(0, limit - 500));
                    timers.schedule(() -> answer(id, token, asked, done), think, TimeUnit.MILLISECONDS);
                });
    }

    /** Answers at random, of the shape the question's kind takes (the bots' answers, without knowing the quiz). */
    private void answer(String id, String token, Msg q, CountDownLatch done) {
        String fields = QuizKnowledge.NONE.answerFields(q, false, ThreadLocalRandom.current());
        long t0 = System.nanoTime();
        send(HttpRequest.newBuilder(URI.create(base + "/api/homework/" + id + "/answer"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"index\":" + q.index + "," + fields + "}")).build())
                .whenComplete((res, e) -> {
                    if (e != null || res.statusCode() != 200) {
                        failed("answer " + (e != null ? e.getClass().getSimpleName() : res.statusCode()), done);
                        return;
                    }
                    answer.recordValue((System.nanoTime() - t0) / 1000);
                    answers.incrementAndGet();
                    long pause = ThreadLocalRandom.current().nextLong(300, 1500); // reading the answer
                    timers.schedule(() -> nextQuestion(id, token, done), pause, TimeUnit.MILLISECONDS);
                });
    }

    private CompletableFuture<HttpResponse<String>> send(HttpRequest r) {
        return http.sendAsync(r, HttpResponse.BodyHandlers.ofString());
    }

    /** Writes the report as JSON (when asked) and prints it. */
    static void write(ObjectNode r, Path json) throws Exception {
        if (json != null) {
            Report.JSON.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), r);
        }
        System.out.println(Report.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(r));
    }
}
