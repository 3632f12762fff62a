package quiznight.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** A real WebSocket client (the JDK's) that records every message the server sends. */
public final class WsClient implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration WAIT = Duration.ofSeconds(10);

    public final List<JsonNode> received = new CopyOnWriteArrayList<>();
    public volatile Integer closeStatus;
    public volatile String closeReason;
    private volatile WebSocket ws;

    private WsClient() {
    }

    public static WsClient connect(int port) {
        return connect(URI.create("ws://127.0.0.1:" + port + "/ws"), java.util.Map.of());
    }

    /**
     * Connects with these upgrade headers; the test servers' organiser key ({@link TestServer#ORGANISER_KEY}) goes
     * along unless they name an organiser key or a cookie themselves.
     */
    public static WsClient connect(URI uri, java.util.Map<String, String> headers) {
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>(headers);
        if (!all.containsKey("X-Organiser-Key") && !all.containsKey("Cookie")) {
            all.put("X-Organiser-Key", TestServer.ORGANISER_KEY);
        }
        return connectWith(uri, all);
    }

    /** Connects with exactly these upgrade headers (no organiser key unless one of them is). */
    public static WsClient connectWith(URI uri, java.util.Map<String, String> headers) {
        WsClient c = new WsClient();
        WebSocket.Builder b = HTTP.newWebSocketBuilder();
        headers.forEach(b::header);
        c.ws = b.buildAsync(uri, c.new Listener()).join();
        return c;
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    received.add(JSON.readTree(partial.toString()));
                } catch (Exception e) {
                    throw new AssertionError("server sent invalid JSON: " + partial, e);
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeReason = reason;
            closeStatus = statusCode;
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            if (closeStatus == null) {
                closeStatus = -1;
            }
        }
    }

    public WsClient send(String json) {
        ws.sendText(json, true).join();
        return this;
    }

    public WsClient send(Object... keyValues) {
        ObjectNode n = JSON.createObjectNode();
        for (int i = 0; i < keyValues.length; i += 2) {
            n.set((String) keyValues[i], JSON.valueToTree(keyValues[i + 1]));
        }
        return send(n.toString());
    }

    /** Sends a ping frame; false once the connection no longer takes frames. */
    public boolean ping(byte[] payload) {
        try {
            ws.sendPing(java.nio.ByteBuffer.wrap(payload)).join();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Waits for the first recorded message of a type, and returns it (it stays recorded). */
    public JsonNode await(String type) {
        return awaitMatching(m -> m.path("type").asText().equals(type), type);
    }

    public JsonNode awaitMatching(Predicate<JsonNode> p, String what) {
        JsonNode[] found = new JsonNode[1];
        waiting().alias("message " + what + " (got " + types() + ")").until(() -> {
            for (JsonNode m : received) {
                if (p.test(m)) {
                    found[0] = m;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** Like {@link #await} but consumes every message up to and including the match, so the next await sees newer ones. */
    public JsonNode take(String type) {
        JsonNode m = await(type);
        int i = received.indexOf(m);
        for (int k = 0; k <= i; k++) {
            received.remove(0);
        }
        return m;
    }

    /** Waits for an error frame and returns its code. */
    public String takeError() {
        return take("error").get("code").asText();
    }

    private static org.awaitility.core.ConditionFactory waiting() {
        return org.awaitility.Awaitility.await().atMost(WAIT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(2));
    }

    public List<String> types() {
        return received.stream().map(m -> m.path("type").asText()).toList();
    }

    public void awaitClosed() {
        waiting().until(() -> closeStatus != null);
    }

    public void abort() {
        ws.abort();
    }

    @Override
    public void close() {
        if (!ws.isOutputClosed()) {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        ws.abort();
    }
}
