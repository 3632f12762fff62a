package quiznight.metrics;

/**
 * What the server reports about itself, behind one small interface (the Micrometer binding is
 * {@link MicrometerMetrics}; the catalogue is docs/metrics.md). Implementations are thread-safe and cheap:
 * they are called on hot paths. Tags are low-cardinality only: message types, results, error codes, roles.
 */
public interface Metrics {
    void roomOpened();

    void roomClosed();

    void playerConnected();

    void playerDisconnected();

    /** A player joined a room. */
    void joined();

    /** A join or resume refused, by error code. */
    void joinFailed(String code);

    /** An identity taken back on a new connection: "host" or "player". */
    void resumed(String role);

    /** An answer, by result: correct or wrong (judged at the reveal), late, rejected. */
    void answer(String result, int count);

    /** A message received, by type. */
    void messageIn(String type);

    /** Messages sent: one message type to {@code recipients} connections. */
    void messagesOut(String type, int recipients);

    /** One broadcast: its type, how many sockets, its size and how long it took to hand out. */
    void broadcast(String type, int recipients, int bytes, long nanos);

    /** An error frame sent, by code. */
    void error(String code);

    /** An update a slow reader missed. */
    void droppedForSlowReader();

    /** A connection closed because it stopped reading. */
    void slowReaderClosed();

    /** Records appended to room journals. */
    void journalWrites(int records);

    /** Cluster mode: one message to ({@code sent}) or from ({@code received}) the other servers, and its size. */
    default void clusterMessage(String direction, int bytes) {
    }

    default void answer(String result) {
        answer(result, 1);
    }

    Metrics NOOP = new Noop();

    /** Reports nothing; extend it to observe a few meters in a test. */
    class Noop implements Metrics {
        public void roomOpened() { }

        public void roomClosed() { }

        public void playerConnected() { }

        public void playerDisconnected() { }

        public void joined() { }

        public void joinFailed(String code) { }

        public void resumed(String role) { }

        public void answer(String result, int count) { }

        public void messageIn(String type) { }

        public void messagesOut(String type, int recipients) { }

        public void broadcast(String type, int recipients, int bytes, long nanos) { }

        public void error(String code) { }

        public void droppedForSlowReader() { }

        public void slowReaderClosed() { }

        public void journalWrites(int records) { }
    }
}
