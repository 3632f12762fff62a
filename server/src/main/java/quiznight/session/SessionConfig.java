package quiznight.session;

import quiznight.game.Clock;
import quiznight.metrics.Metrics;
import quiznight.protocol.Codec;
import quiznight.room.RoomRegistry;

/**
 * What every connection's {@link SessionHandler} shares: the codec, the rooms, time, metrics, the failed-join
 * counter, and the per-connection limits.
 */
public record SessionConfig(
        Codec codec,
        RoomRegistry registry,
        Clock clock,
        Metrics metrics,
        FailedJoins failedJoins,
        long pingIntervalMs,
        double messagesPerSecond,
        int messageBurst,
        long unwritableTimeoutMs) {
}
