package quiznight.session;

import quiznight.game.Clock;
import quiznight.metrics.Metrics;
import quiznight.protocol.Codec;
import quiznight.room.RoomRegistry;

/**
 * What every connection's {@link SessionHandler} shares: the codec, the rooms, time, metrics, the failed-join
 * counter, the per-connection limits, and the reverse proxies whose X-Forwarded-For is believed.
 */
public record SessionConfig(
        Codec codec,
        RoomRegistry registry,
        Clock clock,
        Metrics metrics,
        PerMinute failedJoins,
        long pingIntervalMs,
        double messagesPerSecond,
        int messageBurst,
        long unwritableTimeoutMs,
        java.util.Set<String> trustedProxies) {
}
