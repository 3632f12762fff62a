package quiznight.loadtest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The server a run plays against: one process, or the nodes of a cluster (any node accepts create, join and
 * resume for any room). The hosts connect to the first node; the players are spread over all of them
 * ({@link Spread}).
 *
 * @param label        {@code quiznight} or {@code baseline}
 * @param nodes        its processes, in the order given
 * @param organiserKey the server's organiser key, sent by the hosts on their WebSocket upgrade; null for none
 */
record Target(String label, List<Node> nodes, String organiserKey) {

    Target(String label, List<Node> nodes) {
        this(label, nodes, null);
    }

    /** The same server, its hosts sending this organiser key (null: none). */
    Target withOrganiserKey(String key) {
        return new Target(label, nodes, key);
    }

    /**
     * One server process.
     *
     * @param wsUrl    its WebSocket endpoint
     * @param httpBase its HTTP base (for {@code /metrics}); derived from the WebSocket URL
     * @param pid      its process id when known (for a forced collection before reading the heap), else null
     */
    record Node(String wsUrl, String httpBase, Long pid) {
        /** {@code ws://host:port} or {@code ws://host:port/ws}; the path defaults to {@code /ws}. */
        static Node of(String url, Long pid) {
            URI u = URI.create(url.trim());
            String path = u.getPath() == null || u.getPath().isEmpty() || u.getPath().equals("/") ? "/ws" : u.getPath();
            String scheme = u.getScheme().equals("wss") ? "https" : "http";
            int port = u.getPort() > 0 ? u.getPort() : 80;
            return new Node(u.getScheme() + "://" + u.getHost() + ":" + port + path,
                    scheme + "://" + u.getHost() + ":" + port, pid);
        }

        /** Its HTTP base and base path (the WebSocket path less {@code /ws}): pictures' paths are below it. */
        String mediaBase() {
            String path = URI.create(wsUrl).getPath();
            return httpBase + (path.endsWith("/ws") ? path.substring(0, path.length() - 3) : "");
        }
    }

    /** One server process. */
    static Target of(String label, String url, Long pid) {
        return new Target(label, List.of(Node.of(url, pid)));
    }

    /** The nodes of a cluster; {@code pids} is empty or gives each URL's process id, in the same order. */
    static Target of(String label, List<String> urls, List<Long> pids) {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("no server URL");
        }
        if (!pids.isEmpty() && pids.size() != urls.size()) {
            throw new IllegalArgumentException(urls.size() + " URL(s) but " + pids.size()
                    + " process id(s): give one per URL, in the same order");
        }
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            nodes.add(Node.of(urls.get(i), pids.isEmpty() ? null : pids.get(i)));
        }
        return new Target(label, List.copyOf(nodes));
    }

    /** The first node's WebSocket endpoint: the hosts create their rooms there. */
    String wsUrl() {
        return nodes.get(0).wsUrl();
    }

    List<String> wsUrls() {
        return nodes.stream().map(Node::wsUrl).toList();
    }

    /**
     * The indexes of the nodes that are not an earlier node again (the same host and port): sums over the nodes
     * count each server once, e.g. when one server stands in for a cluster under the same URL several times.
     */
    List<Integer> distinct() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String base = nodes.get(i).httpBase();
            if (nodes.subList(0, i).stream().noneMatch(n -> n.httpBase().equals(base))) {
                out.add(i);
            }
        }
        return out;
    }

    /** The known process ids of the nodes. */
    List<Long> pids() {
        return nodes.stream().map(Node::pid).filter(Objects::nonNull).toList();
    }
}
