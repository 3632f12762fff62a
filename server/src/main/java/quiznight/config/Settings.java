package quiznight.config;

import java.nio.file.Path;

/**
 * Every setting of a server, with the defaults of the README's settings table. Immutable; {@code with*}
 * methods return a changed copy.
 *
 * @param port             TCP port for HTTP and WebSocket; 0 picks a free one
 * @param bind             address to listen on
 * @param publicUrl        base URL players use (join URL and QR code); null: this machine's LAN address
 * @param quizzesDir       extra folder of quiz files; null for none
 * @param resultsDir       where finished games' results are written
 * @param maxFrameBytes    largest WebSocket message accepted; larger closes the connection with 1009
 * @param pingIntervalMs   how often the server pings each connection (network delay and liveness)
 * @param idleTimeoutMs    a connection silent this long is closed (its player stays, away)
 * @param maxRooms         rooms one server holds at once
 * @param finishedRetentionMs how long a finished room stays resumable
 * @param emptyRetentionMs how long a room with nobody connected lives on
 * @param messagesPerSecond messages one connection may send per second on average
 * @param messageBurst     messages one connection may send in a burst
 */
public record Settings(
        int port,
        String bind,
        String publicUrl,
        Path quizzesDir,
        Path resultsDir,
        int maxFrameBytes,
        long pingIntervalMs,
        long idleTimeoutMs,
        int maxRooms,
        long finishedRetentionMs,
        long emptyRetentionMs,
        double messagesPerSecond,
        int messageBurst) {

    public static Settings defaults() {
        return new Settings(8080, "0.0.0.0", null, null, Path.of("results"), 4096, 5_000, 45_000, 1_000,
                10 * 60_000L, 10 * 60_000L, 20, 40);
    }

    public Settings withPort(int v) {
        return new Settings(v, bind, publicUrl, quizzesDir, resultsDir, maxFrameBytes, pingIntervalMs, idleTimeoutMs,
                maxRooms, finishedRetentionMs, emptyRetentionMs, messagesPerSecond, messageBurst);
    }

    public Settings withBind(String v) {
        return new Settings(port, v, publicUrl, quizzesDir, resultsDir, maxFrameBytes, pingIntervalMs, idleTimeoutMs,
                maxRooms, finishedRetentionMs, emptyRetentionMs, messagesPerSecond, messageBurst);
    }

    public Settings withPublicUrl(String v) {
        return new Settings(port, bind, v, quizzesDir, resultsDir, maxFrameBytes, pingIntervalMs, idleTimeoutMs,
                maxRooms, finishedRetentionMs, emptyRetentionMs, messagesPerSecond, messageBurst);
    }

    public Settings withQuizzesDir(Path v) {
        return new Settings(port, bind, publicUrl, v, resultsDir, maxFrameBytes, pingIntervalMs, idleTimeoutMs,
                maxRooms, finishedRetentionMs, emptyRetentionMs, messagesPerSecond, messageBurst);
    }

    public Settings withResultsDir(Path v) {
        return new Settings(port, bind, publicUrl, quizzesDir, v, maxFrameBytes, pingIntervalMs, idleTimeoutMs,
                maxRooms, finishedRetentionMs, emptyRetentionMs, messagesPerSecond, messageBurst);
    }

    public Settings withPingIntervalMs(long v) {
        return new Settings(port, bind, publicUrl, quizzesDir, resultsDir, maxFrameBytes, v, idleTimeoutMs,
                maxRooms, finishedRetentionMs, emptyRetentionMs, messagesPerSecond, messageBurst);
    }

    public Settings withRetention(long finishedMs, long emptyMs) {
        return new Settings(port, bind, publicUrl, quizzesDir, resultsDir, maxFrameBytes, pingIntervalMs, idleTimeoutMs,
                maxRooms, finishedMs, emptyMs, messagesPerSecond, messageBurst);
    }
}
