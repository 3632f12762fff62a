package quiznight.session;

import quiznight.game.Clock;
import quiznight.metrics.Metrics;
import quiznight.protocol.Codec;
import quiznight.room.RoomRegistry;

/**
 * What every connection's {@link SessionHandler} shares: the codec, the rooms, time, metrics, the guard against
 * guessing room codes and the per-address quotas (both per server, also in cluster mode), the per-connection
 * limits, and the reverse proxies whose X-Forwarded-For is believed.
 */
public record SessionConfig(
        Codec codec,
        RoomRegistry registry,
        Clock clock,
        Metrics metrics,
        CodeGuard codes,
        AddressQuotas quotas,
        long pingIntervalMs,
        double messagesPerSecond,
        int messageBurst,
        long unwritableTimeoutMs,
        java.util.Set<String> trustedProxies) {
}
