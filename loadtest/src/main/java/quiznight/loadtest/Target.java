package quiznight.loadtest;

import java.net.URI;

/**
 * The server a run plays against.
 *
 * @param label    {@code quiznight} or {@code baseline}
 * @param wsUrl    its WebSocket endpoint
 * @param httpBase its HTTP base (for {@code /metrics}); derived from the WebSocket URL
 * @param pid      its process id when known (for a forced collection before reading the heap), else null
 */
record Target(String label, String wsUrl, String httpBase, Long pid) {

    /** {@code ws://host:port} or {@code ws://host:port/ws}; the path defaults to {@code /ws}. */
    static Target of(String label, String url, Long pid) {
        URI u = URI.create(url);
        String path = u.getPath() == null || u.getPath().isEmpty() || u.getPath().equals("/") ? "/ws" : u.getPath();
        String scheme = u.getScheme().equals("wss") ? "https" : "http";
        int port = u.getPort() > 0 ? u.getPort() : 80;
        return new Target(label, u.getScheme() + "://" + u.getHost() + ":" + port + path,
                scheme + "://" + u.getHost() + ":" + port, pid);
    }
}
