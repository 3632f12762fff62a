package quiznight.game;

/** The time source of the game rules: server epoch milliseconds. Injected so tests run on a manual clock. */
@FunctionalInterface
public interface Clock {
    long millis();

    /** Epoch milliseconds with a fraction, for {@code sentAt}; defaults to {@link #millis()}. */
    default double preciseMillis() {
        return millis();
    }

    Clock SYSTEM = new Clock() {
        @Override
        public long millis() {
            return System.currentTimeMillis();
        }

        @Override
        public double preciseMillis() {
            java.time.Instant now = java.time.Instant.now();
            return now.getEpochSecond() * 1000.0 + now.getNano() / 1_000_000.0;
        }
    };
}
