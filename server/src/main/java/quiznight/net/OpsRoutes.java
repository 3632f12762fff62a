package quiznight.net;

import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import quiznight.metrics.MicrometerMetrics;

/** {@code /healthz} and {@code /metrics} (Prometheus text). */
final class OpsRoutes {
    private final MicrometerMetrics metrics;

    OpsRoutes(MicrometerMetrics metrics) {
        this.metrics = metrics;
    }

    FullHttpResponse health(HttpExchange x) {
        return HttpResponses.text(HttpResponseStatus.OK, "ok");
    }

    FullHttpResponse metrics(HttpExchange x) {
        return HttpResponses.bytes(HttpResponseStatus.OK, StaticFiles.utf8(metrics.scrape()), "text/plain; version=0.0.4; charset=utf-8");
    }
}
