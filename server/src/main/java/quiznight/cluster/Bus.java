package quiznight.cluster;

/** How relays, remote peers and the fan-out reach other servers: Redis pub/sub ({@link Cluster}), or a test's recorder. */
interface Bus {
    /** This server's name in the cluster. */
    String nodeId();

    /** Publishes on a server's own channel. */
    void toNode(String node, byte[] message);

    /** Publishes on a room's channel: every server relaying the room gets one copy. */
    void toRoom(String code, byte[] message);

    /** Publishes what this thread has batched so far now, rather than at the end of its loop's work. */
    default void flush() {
    }

    /** A connection id unique on this server. */
    long nextConn();
}
