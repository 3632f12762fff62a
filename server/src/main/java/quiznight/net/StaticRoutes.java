package quiznight.net;

import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Optional;

/** The two screens ({@code /} for the host, {@code /play} for players) and their files, with ETags. */
final class StaticRoutes {
    private final StaticFiles files = new StaticFiles();

    FullHttpResponse hostScreen(HttpExchange x) {
        return file(x, "/index.html");
    }

    FullHttpResponse playerScreen(HttpExchange x) {
        return file(x, "/play.html");
    }

    /** Solo practice ({@code /practice}). */
    FullHttpResponse practiceScreen(HttpExchange x) {
        return file(x, "/practice.html");
    }

    /** Any other path: a file of the web client, or 404. */
    FullHttpResponse file(HttpExchange x) {
        return file(x, x.path());
    }

    private FullHttpResponse file(HttpExchange x, String path) {
        Optional<StaticFiles.File> f = files.find(path);
        if (f.isEmpty()) {
            return HttpResponses.text(HttpResponseStatus.NOT_FOUND, "Nothing here. The host screen is at / and players join at /play.");
        }
        StaticFiles.File file = f.get();
        if (file.etag().equals(x.request().headers().get(HttpHeaderNames.IF_NONE_MATCH))) {
            FullHttpResponse r = HttpResponses.empty(HttpResponseStatus.NOT_MODIFIED);
            r.headers().set(HttpHeaderNames.ETAG, file.etag());
            return r;
        }
        FullHttpResponse r = HttpResponses.bytes(HttpResponseStatus.OK, file.bytes(), file.contentType());
        r.headers().set(HttpHeaderNames.ETAG, file.etag());
        r.headers().set(HttpHeaderNames.CACHE_CONTROL, "no-cache");
        return r;
    }
}
