package quiznight.net;

import io.netty.handler.codec.http.FullHttpResponse;

/**
 * Whose library and pictures a request works on: the signed-in organiser's (their name, or one shared owner when
 * hosting needs only the key or is open to anyone), or a refusal for a request that may not host. The route
 * families that keep things per organiser ({@link LibraryRoutes}, {@link MediaRoutes}) ask it; {@link OrganiserRoutes}
 * answers it.
 */
interface OrganiserAccess {
    /** The owner everyone shares when organisers have no names (a key, or open hosting). */
    String SHARED_OWNER = "default";

    /** The owner the request acts for, or null when it may not use the library. */
    String owner(HttpExchange x);

    /** 403 with a sentence saying why {@code what} needs an organiser. */
    FullHttpResponse refusal(HttpExchange x, String what);

    /** Anyone may: one shared owner (route tests that build a family alone). */
    OrganiserAccess ANYONE = new OrganiserAccess() {
        @Override
        public String owner(HttpExchange x) {
            return SHARED_OWNER;
        }

        @Override
        public FullHttpResponse refusal(HttpExchange x, String what) {
            throw new IllegalStateException("anyone may");
        }
    };
}
