package quiznight.cluster;

/** How relays, remote peers and the fan-out reach other servers: Redis pub/sub ({@link Cluster}), or a test's recorder. */
interface Bus {
    /** This server's name in the cluster. */
    String nodeId();

    /** Publishes on a server's own channel. */
    void toNode(String node, byte[] message);

    /** Publishes on a room's channel: every server relaying the room gets one copy. */
    void toRoom(String code, byte[] message);

    /**
     * The room took the answer of connection {@code conn}, held by server {@code node}, to question {@code index}:
     * that server writes the ack. The acks for one server that follow each other go out as one {@link Envelope#ACKS}.
     */
    default void ack(String node, String code, long conn, int index) {
        toNode(node, Envelope.acks(code, java.util.List.of(new Envelope.Ack(conn, index))));
    }

    /** Publishes what this thread has batched so far now, rather than at the end of its loop's work. */
    default void flush() {
    }

    /** A connection id unique on this server. */
    long nextConn();
}
