package quiznight.config;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every setting of a server, with the defaults of the README's settings table. Immutable;
 * {@link #with(Consumer)} returns a changed copy.
 *
 * @param port                TCP port for HTTP and WebSocket; 0 picks a free one
 * @param bind                address to listen on
 * @param publicUrl           base URL players use (join URL and QR code); null: this machine's LAN address
 * @param quizzesDir          extra folder of quiz files; null for none
 * @param resultsDir          where finished games' results are written
 * @param dataDir             where running rooms keep their journals (crash recovery); null keeps none
 * @param maxFrameBytes       largest WebSocket message accepted; larger closes the connection with 1009
 * @param pingIntervalMs      how often the server pings each connection (network delay and liveness)
 * @param idleTimeoutMs       a connection silent this long is closed (its player stays, away)
 * @param maxRooms            rooms one server holds at once
 * @param maxPlayersPerRoom   players one room holds
 * @param finishedRetentionMs how long a finished room stays resumable
 * @param emptyRetentionMs    how long a room with nobody connected lives on
 * @param messagesPerSecond   messages one connection may send per second on average
 * @param messageBurst        messages one connection may send in a burst
 * @param wrongCodesBurst     unknown room codes one client address may try at once (then only codes it knows)
 * @param wrongCodesPerHour   unknown room codes its budget regains per hour
 * @param createsPerMinute    rooms one client address may create per minute
 * @param roomsPerAddress     rooms created from one client address that may be live at once
 * @param joinsPerRoomPerAddress join requests one client address may send to one room
 * @param joinsPerAssignmentPerAddress students one client address may join to one homework assignment
 * @param abandonedRetentionMs how long a room that never started lives on with no host and no player connected
 * @param unwritableTimeoutMs a connection that does not read for this long (its buffer stays full) is closed
 * @param allowedOrigins      browser origins allowed to open the WebSocket besides the server's own
 * @param nameBlocklist       file of words refused in nicknames; null: the bundled list
 * @param basePath            path prefix everything is served under ("" for none, else like "/quiz")
 * @param trustedProxies      addresses of reverse proxies whose X-Forwarded-For is believed
 * @param uploadsDir          where quizzes uploaded from the host screen are saved (created on the first
 *                            upload) and loaded from at start; null keeps none
 * @param maxUploadBytes      largest quiz file accepted by {@code POST /api/quizzes}; larger is 413
 * @param maxHeaderBytes      largest HTTP header block (and request line) accepted; larger is refused
 * @param uploadsPerMinute    uploads one client address may make per minute (then 429); 0 turns uploads off
 * @param maxQuestionsPerQuiz most questions an uploaded quiz may have (then 400); also checked for uploads at start
 * @param uploadsMaxTotalBytes most bytes all uploaded quizzes together may take, saved (then 507)
 * @param redis               cluster mode: the Redis every server of the cluster shares ({@code redis://host:port});
 *                            null runs a single server
 * @param nodeId              this server's name in the cluster; null picks a random one at start
 * @param allowedHosts        names a request's {@code Host} may carry besides IP literals, localhost, this machine's
 *                            names and {@code --public-url}'s host (DNS rebinding); "*" allows any
 * @param mediaMaxImageBytes  largest picture {@code POST /api/media} accepts; larger is 413
 * @param mediaMaxBytesPerOwner most bytes of stored pictures (both sizes) one owner may keep; then 507
 * @param mediaMaxPixels      most pixels (width × height, read from the header before decoding) a picture may have
 * @param mediaUploadsPerMinute pictures one client address may upload per minute (then 429); 0 turns them off
 * @param libraryMaxQuizzes   quizzes one organiser may keep in the quiz library (then 507)
 * @param organiserKey        the organiser key (at least 16 characters); null: the one kept in the data folder,
 *                            made at the first start
 * @param openHosting         anyone may create rooms and upload quizzes (no organiser needed)
 * @param organisersFile      the organisers file (names and Argon2id password hashes); null: one organiser, the key's
 */
public record Settings(
        int port,
        String bind,
        String publicUrl,
        Path quizzesDir,
        Path resultsDir,
        Path dataDir,
        int maxFrameBytes,
        long pingIntervalMs,
        long idleTimeoutMs,
        int maxRooms,
        int maxPlayersPerRoom,
        long finishedRetentionMs,
        long emptyRetentionMs,
        double messagesPerSecond,
        int messageBurst,
        int wrongCodesBurst,
        double wrongCodesPerHour,
        int createsPerMinute,
        int roomsPerAddress,
        int joinsPerRoomPerAddress,
        int joinsPerAssignmentPerAddress,
        long abandonedRetentionMs,
        long unwritableTimeoutMs,
        List<String> allowedOrigins,
        Path nameBlocklist,
        String basePath,
        List<String> trustedProxies,
        Path uploadsDir,
        int maxUploadBytes,
        int maxHeaderBytes,
        int uploadsPerMinute,
        int maxQuestionsPerQuiz,
        long uploadsMaxTotalBytes,
        String redis,
        String nodeId,
        List<String> allowedHosts,
        int mediaMaxImageBytes,
        long mediaMaxBytesPerOwner,
        long mediaMaxPixels,
        int mediaUploadsPerMinute,
        int libraryMaxQuizzes,
        String organiserKey,
        boolean openHosting,
        Path organisersFile) {

    public Settings {
        allowedOrigins = List.copyOf(allowedOrigins);
        allowedHosts = List.copyOf(allowedHosts);
        trustedProxies = List.copyOf(trustedProxies);
    }

    public static Settings defaults() {
        return new Builder().build();
    }

    /** A copy with the changes {@code change} makes to a builder holding these settings. */
    public Settings with(Consumer<Builder> change) {
        Builder b = new Builder(this);
        change.accept(b);
        return b.build();
    }

    public Settings withPort(int v) {
        return with(b -> b.port = v);
    }

    public Settings withBind(String v) {
        return with(b -> b.bind = v);
    }

    public Settings withPublicUrl(String v) {
        return with(b -> b.publicUrl = v);
    }

    public Settings withQuizzesDir(Path v) {
        return with(b -> b.quizzesDir = v);
    }

    public Settings withResultsDir(Path v) {
        return with(b -> b.resultsDir = v);
    }

    /** Mutable settings, defaults filled in. */
    public static final class Builder {
        public int port = 8080;
        public String bind = "0.0.0.0";
        public String publicUrl;
        public Path quizzesDir;
        public Path resultsDir = Path.of("results");
        public Path dataDir = Path.of("data");
        public int maxFrameBytes = 4096;
        public long pingIntervalMs = 5_000;
        public long idleTimeoutMs = 45_000;
        public int maxRooms = 1_000;
        public int maxPlayersPerRoom = 20_000;
        public long finishedRetentionMs = 10 * 60_000L;
        public long emptyRetentionMs = 10 * 60_000L;
        public double messagesPerSecond = 20;
        public int messageBurst = 40;
        public int wrongCodesBurst = 100;
        public double wrongCodesPerHour = 30;
        public int createsPerMinute = 5;
        public int roomsPerAddress = 20;
        public int joinsPerRoomPerAddress = 100;
        public int joinsPerAssignmentPerAddress = 200;
        public long abandonedRetentionMs = 2 * 60_000L;
        public long unwritableTimeoutMs = 15_000;
        public List<String> allowedOrigins = List.of();
        public Path nameBlocklist;
        public String basePath = "";
        public List<String> trustedProxies = List.of();
        public Path uploadsDir = Path.of("uploads");
        public int maxUploadBytes = 1024 * 1024;
        public int maxHeaderBytes = 8192;
        public int uploadsPerMinute = 5;
        public int maxQuestionsPerQuiz = 500;
        public long uploadsMaxTotalBytes = 32L * 1024 * 1024;
        public String redis;
        public String nodeId;
        public List<String> allowedHosts = List.of();
        public int mediaMaxImageBytes = 10 * 1024 * 1024;
        public long mediaMaxBytesPerOwner = 200L * 1024 * 1024;
        public long mediaMaxPixels = 40_000_000;
        public int mediaUploadsPerMinute = 60;
        public int libraryMaxQuizzes = 500;
        public String organiserKey;
        public boolean openHosting;
        public Path organisersFile;

        public Builder() {
        }

        Builder(Settings s) {
            port = s.port;
            bind = s.bind;
            publicUrl = s.publicUrl;
            quizzesDir = s.quizzesDir;
            resultsDir = s.resultsDir;
            dataDir = s.dataDir;
            maxFrameBytes = s.maxFrameBytes;
            pingIntervalMs = s.pingIntervalMs;
            idleTimeoutMs = s.idleTimeoutMs;
            maxRooms = s.maxRooms;
            maxPlayersPerRoom = s.maxPlayersPerRoom;
            finishedRetentionMs = s.finishedRetentionMs;
            emptyRetentionMs = s.emptyRetentionMs;
            messagesPerSecond = s.messagesPerSecond;
            messageBurst = s.messageBurst;
            wrongCodesBurst = s.wrongCodesBurst;
            wrongCodesPerHour = s.wrongCodesPerHour;
            createsPerMinute = s.createsPerMinute;
            roomsPerAddress = s.roomsPerAddress;
            joinsPerRoomPerAddress = s.joinsPerRoomPerAddress;
            joinsPerAssignmentPerAddress = s.joinsPerAssignmentPerAddress;
            abandonedRetentionMs = s.abandonedRetentionMs;
            unwritableTimeoutMs = s.unwritableTimeoutMs;
            allowedOrigins = s.allowedOrigins;
            nameBlocklist = s.nameBlocklist;
            basePath = s.basePath;
            trustedProxies = s.trustedProxies;
            uploadsDir = s.uploadsDir;
            maxUploadBytes = s.maxUploadBytes;
            maxHeaderBytes = s.maxHeaderBytes;
            uploadsPerMinute = s.uploadsPerMinute;
            maxQuestionsPerQuiz = s.maxQuestionsPerQuiz;
            uploadsMaxTotalBytes = s.uploadsMaxTotalBytes;
            redis = s.redis;
            nodeId = s.nodeId;
            allowedHosts = s.allowedHosts;
            mediaMaxImageBytes = s.mediaMaxImageBytes;
            mediaMaxBytesPerOwner = s.mediaMaxBytesPerOwner;
            mediaMaxPixels = s.mediaMaxPixels;
            mediaUploadsPerMinute = s.mediaUploadsPerMinute;
            libraryMaxQuizzes = s.libraryMaxQuizzes;
            organiserKey = s.organiserKey;
            openHosting = s.openHosting;
            organisersFile = s.organisersFile;
        }

        public Settings build() {
            return new Settings(port, bind, publicUrl, quizzesDir, resultsDir, dataDir, maxFrameBytes, pingIntervalMs,
                    idleTimeoutMs, maxRooms, maxPlayersPerRoom, finishedRetentionMs, emptyRetentionMs,
                    messagesPerSecond, messageBurst, wrongCodesBurst, wrongCodesPerHour, createsPerMinute, roomsPerAddress,
                    joinsPerRoomPerAddress, joinsPerAssignmentPerAddress, abandonedRetentionMs, unwritableTimeoutMs, allowedOrigins,
                    nameBlocklist, basePath, trustedProxies, uploadsDir, maxUploadBytes, maxHeaderBytes, uploadsPerMinute,
                    maxQuestionsPerQuiz, uploadsMaxTotalBytes, redis, nodeId, allowedHosts, mediaMaxImageBytes,
                    mediaMaxBytesPerOwner, mediaMaxPixels, mediaUploadsPerMinute, libraryMaxQuizzes, organiserKey, openHosting,
                    organisersFile);
        }
    }
}
