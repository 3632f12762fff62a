package quiznight.net;

import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import quiznight.quiz.QuizDescription;

/** {@code GET /api/kinds}: the quiz format's fields and each question kind's, which the editor is generated from. */
final class KindRoutes {
    static final String PATH = "/api/kinds";

    private final HttpResponses responses;

    KindRoutes(HttpResponses responses) {
        this.responses = responses;
    }

    FullHttpResponse kinds(HttpExchange x) {
        return responses.json(HttpResponseStatus.OK, QuizDescription.wire());
    }
}
