package quiznight.net;

import io.netty.handler.codec.http.FullHttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * What answers one kind of HTTP request ({@link HttpHandler} chooses it by method and path). The answer may come
 * later and on any thread (a room held by another server, an upload read on its own thread): the router writes it
 * on the connection's event loop, and the connection reads nothing more until then, so keep-alive answers stay in
 * order. The request is only valid until {@link #answer} returns: a route that answers later copies what it needs.
 */
@FunctionalInterface
interface Route {
    CompletionStage<FullHttpResponse> answer(HttpExchange exchange);

    /** A route that always answers at once. */
    static Route now(Function<HttpExchange, FullHttpResponse> answer) {
        return exchange -> CompletableFuture.completedFuture(answer.apply(exchange));
    }
}
