package quiznight.metrics;

/**
 * What the server reports about itself, behind one small interface (the Micrometer binding is
 * {@link MicrometerMetrics}). Implementations are thread-safe and cheap: they are called on hot paths.
 */
public interface Metrics {
    void roomOpened();

    void roomClosed();

    void playerConnected();

    void playerDisconnected();

    /** An answer frame, by result: correct, wrong (judged at close), late, rejected. */
    void answer(String result);

    /** One broadcast: its type, how many sockets, its size and how long it took to hand out. */
    void broadcast(String type, int recipients, int bytes, long nanos);

    /** An error frame sent, by code. */
    void error(String code);

    /** An update a slow reader missed. */
    void droppedForSlowReader();

    /** A connection closed because it stopped reading. */
    void slowReaderClosed();

    Metrics NOOP = new Metrics() {
        public void roomOpened() { }

        public void roomClosed() { }

        public void playerConnected() { }

        public void playerDisconnected() { }

        public void answer(String result) { }

        public void broadcast(String type, int recipients, int bytes, long nanos) { }

        public void error(String code) { }

        public void droppedForSlowReader() { }

        public void slowReaderClosed() { }
    };
}
