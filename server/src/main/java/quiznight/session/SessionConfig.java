package quiznight.session;

import quiznight.game.Clock;
import quiznight.metrics.Metrics;
import quiznight.organisers.GameHistory;
import quiznight.organisers.Organisers;
import quiznight.protocol.Codec;
import quiznight.room.RoomRegistry;

/**
 * What every connection's {@link SessionHandler} shares: the codec, the rooms, time, metrics, the guard against
 * guessing room codes and the per-address quotas (both per server, also in cluster mode), the per-connection
 * limits, the reverse proxies whose X-Forwarded-For is believed, who may create rooms ({@link Organisers}) and where
 * the rooms they create are listed ({@link GameHistory}).
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
        java.util.Set<String> trustedProxies,
        Organisers organisers,
        GameHistory history) {

    /** Anyone may create rooms (tests of other concerns). */
    public SessionConfig(Codec codec, RoomRegistry registry, Clock clock, Metrics metrics, CodeGuard codes,
                         AddressQuotas quotas, long pingIntervalMs, double messagesPerSecond, int messageBurst,
                         long unwritableTimeoutMs, java.util.Set<String> trustedProxies) {
        this(codec, registry, clock, metrics, codes, quotas, pingIntervalMs, messagesPerSecond, messageBurst,
                unwritableTimeoutMs, trustedProxies, Organisers.open(), GameHistory.inMemory());
    }
}
