package quiznight.organisers;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where organiser sessions live, keyed by the SHA-256 of the session id (the id itself is never stored): in this
 * server's memory, or in cluster mode in Redis so that a sign-in on one server counts on every other.
 */
public interface SessionStore {
    /** Keeps the session until {@code expiresAt} (epoch milliseconds). */
    void put(String idDigest, String organiser, long expiresAt);

    /** The organiser of a live session, or null (unknown, signed out, expired at {@code now}). */
    String get(String idDigest, long now);

    void remove(String idDigest);

    /** A store in this server's memory, bounded by sweeping expired sessions when it grows. */
    static SessionStore inMemory() {
        return new SessionStore() {
            record Entry(String organiser, long expiresAt) {
            }

            private final Map<String, Entry> sessions = new ConcurrentHashMap<>();

            @Override
            public void put(String idDigest, String organiser, long expiresAt) {
                if (sessions.size() >= 1_000) {
                    long now = System.currentTimeMillis();
                    sessions.values().removeIf(e -> e.expiresAt() <= now);
                }
                sessions.put(idDigest, new Entry(organiser, expiresAt));
            }

            @Override
            public String get(String idDigest, long now) {
                Entry e = sessions.get(idDigest);
                if (e == null) {
                    return null;
                }
                if (e.expiresAt() <= now) {
                    sessions.remove(idDigest, e);
                    return null;
                }
                return e.organiser();
            }

            @Override
            public void remove(String idDigest) {
                sessions.remove(idDigest);
            }
        };
    }
}
