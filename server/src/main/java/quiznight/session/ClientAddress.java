package quiznight.session;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Set;

/**
 * The client's address for per-client limits (room codes, rooms, joins, uploads): the peer's, or, when the peer is a
 * trusted reverse proxy, the right-most {@code X-Forwarded-For} entry that is not itself a trusted proxy. One rule
 * for the WebSocket and the HTTP paths. Pure and thread-safe.
 */
public final class ClientAddress {
    private ClientAddress() {
    }

    /** The address of a connection's peer: its IP address as text, or the socket address as text when it has none. */
    public static String peer(SocketAddress remote) {
        return remote instanceof InetSocketAddress a && a.getAddress() != null
                ? a.getAddress().getHostAddress() : String.valueOf(remote);
    }

    /** The client behind a connection whose request carried {@code forwardedFor} (null when it had none). */
    public static String of(SocketAddress remote, String forwardedFor, Set<String> trusted) {
        return resolve(peer(remote), forwardedFor, trusted);
    }

    /** The client, given the peer's address as text. */
    public static String resolve(String peer, String forwardedFor, Set<String> trusted) {
        if (forwardedFor == null || !trusted.contains(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trusted.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
