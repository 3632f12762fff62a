package quiznight.net;

import static quiznight.net.HttpJson.now;

import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import quiznight.results.GameReport;
import quiznight.results.GameResult;
import quiznight.results.ReportXlsx;

/**
 * The organiser's report of an assignment ({@code GET /api/homework/<id>/results}), rendered off the homework thread:
 * the results are taken there ({@code AssignmentResults.of} copies what it reads into a {@link GameResult}), and the
 * report, its JSON and its workbook are built here, on the reports thread, as the past games' results are built on
 * theirs ({@code OrganiserRoutes}). So a class of thousands of students keeps answering while its report renders.
 */
final class HomeworkReports {
    /** What {@code ?format=} asks for. */
    enum Format {
        REPORT, JSON, XLSX;

        /** The format of {@code ?format=} ({@code report} when absent), or null for any other. */
        static Format of(String wire) {
            return switch (wire == null ? "report" : wire) {
                case "report" -> REPORT;
                case "json" -> JSON;
                case "xlsx" -> XLSX;
                default -> null;
            };
        }
    }

    static final String BAD_FORMAT = "Format must be 'report', 'json' or 'xlsx'.";

    /**
     * Reports taken or rendering at once: the thread's queue's 16 (a place is given back as its report completes, a
     * moment before the thread is free: the thread's own place is that moment's margin).
     */
    static final int PLACES = 16;

    private final HttpResponses responses;
    private final Executor renderer;
    /** Taken before the homework thread copies an assignment's results, given back when its report is answered. */
    private final Semaphore places = new Semaphore(PLACES);

    /** @param renderer where reports are rendered: {@link #thread()} in the server, a gated one in tests */
    HomeworkReports(HttpResponses responses, Executor renderer) {
        this.responses = responses;
        this.renderer = renderer;
    }

    /**
     * One {@code quiznight-homework-reports} thread with a short queue (a report is one organiser's request, never a
     * student's), gone while idle.
     */
    static Executor thread() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(16), r -> {
            Thread t = new Thread(r, "quiznight-homework-reports");
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /**
     * Assignment {@code id}'s report in {@code format}: {@code take} copies its results (on the homework thread), then
     * it is rendered on the reports thread. While {@link #PLACES} reports are already under way the answer is 503 at
     * once, before anything is copied, so a burst of report requests does not load the homework thread either.
     */
    CompletionStage<FullHttpResponse> render(String id, Format format, Supplier<CompletionStage<GameResult>> take) {
        if (!places.tryAcquire()) {
            return now(busy());
        }
        CompletionStage<FullHttpResponse> answer;
        try {
            answer = take.get().thenCompose(snapshot -> {
                try {
                    return CompletableFuture.supplyAsync(() -> rendered(id, snapshot, format), renderer);
                } catch (RejectedExecutionException e) {
                    return now(busy());
                }
            });
        } catch (RuntimeException e) {
            places.release();
            throw e;
        }
        return answer.whenComplete((r, failure) -> places.release());
    }

    private FullHttpResponse busy() {
        return HttpJson.retryAfter(responses.error(HttpResponseStatus.SERVICE_UNAVAILABLE,
                "The server is busy with other reports: try again in a moment."), 2);
    }

    private FullHttpResponse rendered(String id, GameResult result, Format format) {
        return switch (format) {
            case REPORT -> HttpJson.noStore(HttpResponses.bytes(HttpResponseStatus.OK,
                    responses.jsonBytes(GameReport.of(result)), "application/json"));
            case JSON -> HttpJson.noStore(responses.json(HttpResponseStatus.OK, result));
            case XLSX -> {
                FullHttpResponse r = HttpResponses.bytes(HttpResponseStatus.OK, ReportXlsx.render(GameReport.of(result)),
                        RoomRoutes.XLSX);
                r.headers().set(HttpHeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"quiznight-homework-" + id + ".xlsx\"");
                yield r;
            }
        };
    }
}
