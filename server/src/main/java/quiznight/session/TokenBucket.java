package quiznight.session;

/** Messages per connection: {@code rate} per second on average, bursts up to {@code burst}. Not thread-safe. */
final class TokenBucket {
    private final double ratePerMs;
    private final double burst;
    private double tokens;
    private long last;

    TokenBucket(double ratePerSecond, int burst, long now) {
        this.ratePerMs = ratePerSecond / 1000.0;
        this.burst = burst;
        this.tokens = burst;
        this.last = now;
    }

    boolean tryTake(long now) {
        if (now > last) {
            tokens = Math.min(burst, tokens + (now - last) * ratePerMs);
            last = now;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
