package quiznight.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import static net.logstash.logback.argument.StructuredArguments.kv;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import quiznight.config.Settings;
import quiznight.net.QuizServer;
import quiznight.quiz.QuizFormatException;

/**
 * {@code java -jar quiznight.jar}: starts a server and prints where the host and the players go. Its
 * subcommands {@code check} and {@code convert} read quiz files without starting one; {@code hash-password} makes a
 * line of the organisers file.
 */
@Command(name = "quiznight", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Self-hosted live quiz server: project the host screen, players join with their phones.",
        sortOptions = false, subcommands = {CheckCommand.class, ConvertCommand.class, HashPasswordCommand.class})
public final class Main implements Callable<Integer> {
    static final String JSON_LOG_CONFIG = "quiznight/logback-json.xml";

    @Option(names = "--config", defaultValue = "${env:QUIZNIGHT_CONFIG}", paramLabel = "FILE",
            description = "Settings file (Java properties: a key per long flag name without the dashes, e.g. port=9000). "
                    + "Flags win over environment variables, which win over this file (env QUIZNIGHT_CONFIG).")
    Path config;

    @Option(names = "--log-format", defaultValue = "${env:LOG_FORMAT:-text}", paramLabel = "FORMAT",
            description = "text (readable lines) or json (JSON lines) (env LOG_FORMAT; default ${DEFAULT-VALUE}).")
    String logFormat;

    @Option(names = "--base-path", defaultValue = "${env:BASE_PATH:-}", paramLabel = "PATH",
            description = "Serve everything under this path prefix, e.g. /quiz behind a reverse proxy (env BASE_PATH; default: none).")
    String basePath;

    @Option(names = "--trusted-proxy", split = ",", defaultValue = "${env:TRUSTED_PROXIES}", paramLabel = "ADDR",
            description = "Address of a reverse proxy whose X-Forwarded-For is believed for per-client limits; repeatable (env TRUSTED_PROXIES, comma-separated; default: none).")
    List<String> trustedProxies;

    @Option(names = "--port", defaultValue = "${env:PORT:-8080}", paramLabel = "N",
            description = "Port for HTTP and WebSocket (env PORT; default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "${env:BIND:-0.0.0.0}", paramLabel = "ADDR",
            description = "Address to listen on (env BIND; default ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--public-url", defaultValue = "${env:PUBLIC_URL}", paramLabel = "URL",
            description = "Base URL players use, for the join link and QR code (env PUBLIC_URL; default: http://<LAN address>:<port>).")
    String publicUrl;

    @Option(names = "--quizzes", defaultValue = "${env:QUIZZES_DIR}", paramLabel = "DIR",
            description = "Extra folder of quiz files: *.json (QuizNight or Open Trivia DB), *.gift, *.txt (GIFT or Aiken), *.aiken, "
                    + "*.xlsx and *.csv (Kahoot template) (env QUIZZES_DIR; default: none).")
    Path quizzes;

    @Option(names = "--uploads-dir", defaultValue = "${env:UPLOADS_DIR:-uploads}", paramLabel = "DIR",
            description = "Where quizzes uploaded from the host screen are saved, and loaded from at start (env UPLOADS_DIR; default ${DEFAULT-VALUE}).")
    Path uploadsDir;

    @Option(names = "--max-header-bytes", defaultValue = "${env:MAX_HEADER_BYTES:-8192}", paramLabel = "N",
            description = "Largest HTTP header block and request line accepted (env MAX_HEADER_BYTES; default ${DEFAULT-VALUE}).")
    int maxHeaderBytes;

    @Option(names = "--max-upload-bytes", defaultValue = "${env:MAX_UPLOAD_BYTES:-1048576}", paramLabel = "N",
            description = "Largest quiz file one upload may send; larger gets 413 (env MAX_UPLOAD_BYTES; default ${DEFAULT-VALUE}).")
    int maxUploadBytes;

    @Option(names = "--uploads-per-minute", defaultValue = "${env:UPLOADS_PER_MINUTE:-5}", paramLabel = "N",
            description = "Quiz uploads one client address may make per minute, then 429; 0 turns uploads off (env UPLOADS_PER_MINUTE; default ${DEFAULT-VALUE}).")
    int uploadsPerMinute;

    @Option(names = "--max-questions-per-quiz", defaultValue = "${env:MAX_QUESTIONS_PER_QUIZ:-500}", paramLabel = "N",
            description = "Most questions an uploaded quiz may have; more gets 400 (env MAX_QUESTIONS_PER_QUIZ; default ${DEFAULT-VALUE}).")
    int maxQuestionsPerQuiz;

    @Option(names = "--uploads-max-total-bytes", defaultValue = "${env:UPLOADS_MAX_TOTAL_BYTES:-33554432}", paramLabel = "N",
            description = "Most bytes all uploaded quizzes together may take, saved; an upload past it gets 507 (env UPLOADS_MAX_TOTAL_BYTES; default ${DEFAULT-VALUE}).")
    long uploadsMaxTotalBytes;

    @Option(names = "--media-max-image-bytes", defaultValue = "${env:MEDIA_MAX_IMAGE_BYTES:-10485760}", paramLabel = "N",
            description = "Largest picture one upload may send (1024 to 67108864); larger gets 413 (env MEDIA_MAX_IMAGE_BYTES; default ${DEFAULT-VALUE}).")
    int mediaMaxImageBytes;

    @Option(names = "--media-max-bytes-per-owner", defaultValue = "${env:MEDIA_MAX_BYTES_PER_OWNER:-209715200}", paramLabel = "N",
            description = "Most bytes of stored pictures one organiser may keep; an upload past it gets 507 (env MEDIA_MAX_BYTES_PER_OWNER; default ${DEFAULT-VALUE}).")
    long mediaMaxBytesPerOwner;

    @Option(names = "--media-max-pixels", defaultValue = "${env:MEDIA_MAX_PIXELS:-40000000}", paramLabel = "N",
            description = "Most pixels (width x height, read from the header before decoding) a picture may have; more gets 413 (env MEDIA_MAX_PIXELS; default ${DEFAULT-VALUE}).")
    long mediaMaxPixels;

    @Option(names = "--media-uploads-per-minute", defaultValue = "${env:MEDIA_UPLOADS_PER_MINUTE:-60}", paramLabel = "N",
            description = "Pictures one client address may upload per minute, then 429; 0 turns picture uploads off (env MEDIA_UPLOADS_PER_MINUTE; default ${DEFAULT-VALUE}).")
    int mediaUploadsPerMinute;
    @Option(names = "--library-max-quizzes", defaultValue = "${env:LIBRARY_MAX_QUIZZES:-500}", paramLabel = "N",
            description = "Quizzes one organiser may keep in the quiz library (the in-browser editor); one more gets 507 (env LIBRARY_MAX_QUIZZES; default ${DEFAULT-VALUE}).")
    int libraryMaxQuizzes;

    @Option(names = "--results-dir", defaultValue = "${env:RESULTS_DIR:-results}", paramLabel = "DIR",
            description = "Where finished games' results are written (env RESULTS_DIR; default ${DEFAULT-VALUE}).")
    Path resultsDir;

    @Option(names = "--data-dir", defaultValue = "${env:DATA_DIR:-data}", paramLabel = "DIR",
            description = "Where running rooms keep their journals, to come back after a crash (env DATA_DIR; default ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--redis", defaultValue = "${env:REDIS_URL}", paramLabel = "URL",
            description = "Cluster mode: the Redis all servers of the cluster share, e.g. redis://127.0.0.1:6379; rooms then play across servers (env REDIS_URL; default: none, a single server).")
    String redis;

    @Option(names = "--node-id", defaultValue = "${env:NODE_ID}", paramLabel = "NAME",
            description = "Cluster mode: this server's name among the others, letters, digits, '-' and '_'; each start adds a random suffix, so a restarted server is a new member (env NODE_ID; default: node).")
    String nodeId;

    @Option(names = "--max-frame-bytes", defaultValue = "${env:MAX_FRAME_BYTES:-4096}", paramLabel = "N",
            description = "Largest WebSocket message accepted; larger closes with 1009 (env MAX_FRAME_BYTES; default ${DEFAULT-VALUE}).")
    int maxFrameBytes;

    @Option(names = "--rate", defaultValue = "${env:RATE:-20}", paramLabel = "N",
            description = "Messages per second one connection may send on average (env RATE; default ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--burst", defaultValue = "${env:BURST:-40}", paramLabel = "N",
            description = "Messages one connection may send in a burst (env BURST; default ${DEFAULT-VALUE}).")
    int burst;

    @Option(names = "--ping-interval-ms", defaultValue = "${env:PING_INTERVAL_MS:-5000}", paramLabel = "MS",
            description = "How often each connection is pinged, for its network delay (env PING_INTERVAL_MS; default ${DEFAULT-VALUE}).")
    long pingIntervalMs;

    @Option(names = "--idle-timeout-ms", defaultValue = "${env:IDLE_TIMEOUT_MS:-45000}", paramLabel = "MS",
            description = "A connection silent this long is closed; its player stays, away (env IDLE_TIMEOUT_MS; default ${DEFAULT-VALUE}).")
    long idleTimeoutMs;

    @Option(names = "--max-rooms", defaultValue = "${env:MAX_ROOMS:-1000}", paramLabel = "N",
            description = "Rooms one server holds at once (env MAX_ROOMS; default ${DEFAULT-VALUE}).")
    int maxRooms;

    @Option(names = "--max-players", defaultValue = "${env:MAX_PLAYERS:-20000}", paramLabel = "N",
            description = "Players one room holds (env MAX_PLAYERS; default ${DEFAULT-VALUE}).")
    int maxPlayersPerRoom;

    @Option(names = "--wrong-codes-burst", defaultValue = "${env:WRONG_CODES_BURST:-100}", paramLabel = "N",
            description = "Unknown room codes one client address may try at once; past its budget only codes it knows (rooms created or joined from it) are looked up, others get 'rate-limited' (env WRONG_CODES_BURST; default ${DEFAULT-VALUE}).")
    int wrongCodesBurst;

    @Option(names = "--wrong-codes-per-hour", defaultValue = "${env:WRONG_CODES_PER_HOUR:-30}", paramLabel = "N",
            description = "Unknown room codes a client address's budget regains per hour (env WRONG_CODES_PER_HOUR; default ${DEFAULT-VALUE}).")
    double wrongCodesPerHour;

    @Option(names = "--creates-per-minute", defaultValue = "${env:CREATES_PER_MINUTE:-5}", paramLabel = "N",
            description = "Rooms one client address may create per minute (env CREATES_PER_MINUTE; default ${DEFAULT-VALUE}).")
    int createsPerMinute;

    @Option(names = "--rooms-per-address", defaultValue = "${env:ROOMS_PER_ADDRESS:-20}", paramLabel = "N",
            description = "Rooms created from one client address that may be open at once (env ROOMS_PER_ADDRESS; default ${DEFAULT-VALUE}).")
    int roomsPerAddress;

    @Option(names = "--joins-per-room-per-address", defaultValue = "${env:JOINS_PER_ROOM_PER_ADDRESS:-100}", paramLabel = "N",
            description = "Join requests one client address may send to one room; a lecture hall behind one address needs about twice its seats (env JOINS_PER_ROOM_PER_ADDRESS; default ${DEFAULT-VALUE}).")
    int joinsPerRoomPerAddress;

    @Option(names = "--joins-per-assignment-per-address", defaultValue = "${env:JOINS_PER_ASSIGNMENT_PER_ADDRESS:-200}", paramLabel = "N",
            description = "Students one client address may join to one homework assignment; a school whose pupils do it behind one address needs its year group (env JOINS_PER_ASSIGNMENT_PER_ADDRESS; default ${DEFAULT-VALUE}).")
    int joinsPerAssignmentPerAddress;

    @Option(names = "--failed-joins-per-minute", hidden = true, paramLabel = "N",
            description = "Replaced by --wrong-codes-burst and --wrong-codes-per-hour; accepted and ignored.")
    Integer failedJoinsPerMinute;

    @Option(names = "--unwritable-timeout-ms", defaultValue = "${env:UNWRITABLE_TIMEOUT_MS:-15000}", paramLabel = "MS",
            description = "A client that stops reading is closed after this long (env UNWRITABLE_TIMEOUT_MS; default ${DEFAULT-VALUE}).")
    long unwritableTimeoutMs;

    @Option(names = "--allowed-origin", split = ",", paramLabel = "ORIGIN",
            description = "Browser origin (e.g. https://quiz.example.org) allowed to open the WebSocket besides the server's own and --public-url's; repeatable (env ALLOWED_ORIGINS, comma-separated).",
            defaultValue = "${env:ALLOWED_ORIGINS}")
    List<String> allowedOrigins;

    @Option(names = "--allowed-host", split = ",", paramLabel = "NAME",
            description = "Name a request's Host may carry besides IP addresses, localhost, this machine's names and --public-url's host (DNS rebinding); '*' allows any; repeatable (env ALLOWED_HOSTS, comma-separated).",
            defaultValue = "${env:ALLOWED_HOSTS}")
    List<String> allowedHosts;

    @Option(names = "--name-blocklist", defaultValue = "${env:NAME_BLOCKLIST}", paramLabel = "FILE",
            description = "File of words refused in nicknames, one per line, as whole words; *word also matches inside words (env NAME_BLOCKLIST; default: the bundled list).")
    Path nameBlocklist;

    @Option(names = "--organiser-key", defaultValue = "${env:ORGANISER_KEY}", paramLabel = "KEY",
            description = "The key organisers sign in with (at least 16 characters); the printed host link carries it (env ORGANISER_KEY; default: a random key made at the first start and kept in the data folder).")
    String organiserKey;

    @Option(names = "--open-hosting", defaultValue = "${env:OPEN_HOSTING:-false}", paramLabel = "BOOL", arity = "0..1",
            description = "Anyone may create rooms and upload quizzes, no organiser key (env OPEN_HOSTING; default ${DEFAULT-VALUE}).")
    boolean openHosting;

    @Option(names = "--organisers", defaultValue = "${env:ORGANISERS_FILE}", paramLabel = "FILE",
            description = "File of organisers, one 'name:hash' a line (made by 'quiznight hash-password NAME'); each signs in with a name and password and has a private library (env ORGANISERS_FILE; default: none, one organiser with the key).")
    Path organisersFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (spec.commandLine().getDefaultValueProvider() instanceof ConfigFile file) {
            file.checkKeys(spec);
        }
        require(logFormat.equals("text") || logFormat.equals("json"), "--log-format must be text or json (got " + logFormat + ")");
        require(basePath.isEmpty() || basePath.matches("(/[A-Za-z0-9._~-]+)+"),
                "--base-path must look like /quiz (got " + basePath + ")");
        if (trustedProxies != null) {
            for (String a : trustedProxies) {
                require(a.matches("[0-9a-fA-F.:]+"), "--trusted-proxy must be an IP address (got " + a + ")");
            }
        }
        require(port >= 0 && port <= 65535, "--port must be from 0 to 65535 (got " + port + ")");
        require(publicUrl == null || publicUrl.matches("https?://[^\\s]+"),
                "--public-url must start with http:// or https:// (got " + publicUrl + ")");
        require(maxFrameBytes >= 256 && maxFrameBytes <= 1 << 20, "--max-frame-bytes must be from 256 to 1048576");
        require(rate > 0 && burst >= 1, "--rate must be above 0 and --burst at least 1");
        require(pingIntervalMs >= 100, "--ping-interval-ms must be at least 100");
        require(idleTimeoutMs > pingIntervalMs, "--idle-timeout-ms must be longer than --ping-interval-ms");
        require(maxRooms >= 1, "--max-rooms must be at least 1");
        require(maxPlayersPerRoom >= 1, "--max-players must be at least 1");
        require(wrongCodesBurst >= 1, "--wrong-codes-burst must be at least 1");
        require(wrongCodesPerHour > 0, "--wrong-codes-per-hour must be above 0");
        require(createsPerMinute >= 1, "--creates-per-minute must be at least 1");
        require(roomsPerAddress >= 1, "--rooms-per-address must be at least 1");
        require(joinsPerRoomPerAddress >= 1, "--joins-per-room-per-address must be at least 1");
        require(joinsPerAssignmentPerAddress >= 1, "--joins-per-assignment-per-address must be at least 1");
        require(unwritableTimeoutMs >= 1000, "--unwritable-timeout-ms must be at least 1000");
        require(maxHeaderBytes >= 1024 && maxHeaderBytes <= 65536, "--max-header-bytes must be from 1024 to 65536");
        require(maxUploadBytes >= 1024 && maxUploadBytes <= 16 << 20, "--max-upload-bytes must be from 1024 to 16777216");
        require(uploadsPerMinute >= 0, "--uploads-per-minute must be 0 (uploads off) or more");
        require(maxQuestionsPerQuiz >= 1 && maxQuestionsPerQuiz <= 100_000, "--max-questions-per-quiz must be from 1 to 100000");
        require(mediaMaxImageBytes >= 1024 && mediaMaxImageBytes <= 64 << 20, "--media-max-image-bytes must be from 1024 to 67108864");
        require(mediaMaxBytesPerOwner >= 0, "--media-max-bytes-per-owner must be 0 (no pictures may be stored) or more");
        require(mediaMaxPixels >= 1 && mediaMaxPixels <= 500_000_000L, "--media-max-pixels must be from 1 to 500000000");
        require(mediaUploadsPerMinute >= 0, "--media-uploads-per-minute must be 0 (picture uploads off) or more");
        require(libraryMaxQuizzes >= 0 && libraryMaxQuizzes <= 100_000, "--library-max-quizzes must be from 0 (no new quizzes) to 100000");
        require(uploadsMaxTotalBytes >= 0, "--uploads-max-total-bytes must be 0 (nothing may be uploaded) or more");
        if (allowedOrigins != null) {
            for (String o : allowedOrigins) {
                require(o.matches("https?://[^/\\s]+"), "--allowed-origin must be like https://host[:port] with no path (got " + o + ")");
            }
        }
        if (allowedHosts != null) {
            for (String h : allowedHosts) {
                require(h.equals("*") || h.matches("[A-Za-z0-9.-]{1,253}"),
                        "--allowed-host must be a host name like quiz.example.org, without scheme or port, or * (got " + h + ")");
            }
        }
        require(nameBlocklist == null || java.nio.file.Files.isReadable(nameBlocklist),
                "--name-blocklist must be a readable file (got " + nameBlocklist + ")");
        require(redis == null || redis.matches("rediss?://\\S+"), "--redis must be a URL like redis://host:6379 (got " + redis + ")");
        require(nodeId == null || nodeId.matches("[A-Za-z0-9_-]{1,40}"),
                "--node-id must be 1 to 40 letters, digits, '-' or '_' (got " + nodeId + ")");
        require(organiserKey == null || organiserKey.strip().length() >= quiznight.organisers.OrganiserKey.MIN_LENGTH,
                "--organiser-key must have at least " + quiznight.organisers.OrganiserKey.MIN_LENGTH + " characters");
        require(!openHosting || (organiserKey == null && organisersFile == null),
                "--open-hosting lets anyone host: leave out --organiser-key and --organisers");
        require(organisersFile == null || organiserKey == null,
                "--organisers names each organiser: leave out --organiser-key");
        require(organisersFile == null || java.nio.file.Files.isReadable(organisersFile),
                "--organisers must be a readable file (got " + organisersFile + ")");
        Settings settings = Settings.defaults().with(b -> {
            b.port = port;
            b.bind = bind;
            b.publicUrl = publicUrl;
            b.quizzesDir = quizzes;
            b.resultsDir = resultsDir;
            b.dataDir = dataDir;
            b.maxFrameBytes = maxFrameBytes;
            b.messagesPerSecond = rate;
            b.messageBurst = burst;
            b.pingIntervalMs = pingIntervalMs;
            b.idleTimeoutMs = idleTimeoutMs;
            b.maxRooms = maxRooms;
            b.maxPlayersPerRoom = maxPlayersPerRoom;
            b.wrongCodesBurst = wrongCodesBurst;
            b.wrongCodesPerHour = wrongCodesPerHour;
            b.createsPerMinute = createsPerMinute;
            b.roomsPerAddress = roomsPerAddress;
            b.joinsPerRoomPerAddress = joinsPerRoomPerAddress;
            b.joinsPerAssignmentPerAddress = joinsPerAssignmentPerAddress;
            b.unwritableTimeoutMs = unwritableTimeoutMs;
            b.allowedOrigins = allowedOrigins == null ? List.of() : allowedOrigins;
            b.allowedHosts = allowedHosts == null ? List.of() : allowedHosts;
            b.nameBlocklist = nameBlocklist;
            b.basePath = basePath;
            b.trustedProxies = trustedProxies == null ? List.of() : trustedProxies;
            b.uploadsDir = uploadsDir;
            b.maxUploadBytes = maxUploadBytes;
            b.maxHeaderBytes = maxHeaderBytes;
            b.uploadsPerMinute = uploadsPerMinute;
            b.maxQuestionsPerQuiz = maxQuestionsPerQuiz;
            b.uploadsMaxTotalBytes = uploadsMaxTotalBytes;
            b.libraryMaxQuizzes = libraryMaxQuizzes;
            b.redis = redis;
            b.nodeId = nodeId;
            b.mediaMaxImageBytes = mediaMaxImageBytes;
            b.mediaMaxBytesPerOwner = mediaMaxBytesPerOwner;
            b.mediaMaxPixels = mediaMaxPixels;
            b.mediaUploadsPerMinute = mediaUploadsPerMinute;
            b.organiserKey = organiserKey == null ? null : organiserKey.strip();
            b.openHosting = openHosting;
            b.organisersFile = organisersFile;
        });
        QuizServer server;
        try {
            server = QuizServer.start(settings);
        } catch (QuizFormatException | IllegalStateException e) {
            System.err.println("quiznight: cannot start: " + e.getMessage());
            return 2;
        }
        Logger log = LoggerFactory.getLogger(Main.class);
        if (failedJoinsPerMinute != null) {
            log.warn("--failed-joins-per-minute is no longer used: see --wrong-codes-burst and --wrong-codes-per-hour");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info(settings.redis() == null ? "stopping: telling clients and writing results"
                    : "stopping: handing rooms to the other servers of the cluster");
            server.close();
            stopped.countDown();
        }, "quiznight-shutdown"));
        String keyQuery = server.organiserKey() == null ? ""
                : "?key=" + java.net.URLEncoder.encode(server.organiserKey(), java.nio.charset.StandardCharsets.UTF_8);
        String host = "http://localhost:" + server.port() + settings.basePath() + "/" + keyQuery;
        String hostElsewhere = server.publicUrl() + "/" + keyQuery;
        String join = server.publicUrl() + "/play";
        if (logFormat.equals("json")) {
            // Log lines travel further than a terminal: the key stays out of them (it is in the data folder's organiser.key).
            log.info("QuizNight is running {} {} {} {} {} {}", kv("hostScreen", host.replace(keyQuery, "")), kv("joinUrl", join),
                    kv("hosting", server.hostingMode().wire()),
                    kv("transport", server.transport()), kv("resultsDir", settings.resultsDir().toAbsolutePath().toString()),
                    kv("restoredRooms", server.restoredRooms()));
        } else {
            System.out.println();
            System.out.println("  QuizNight is running (" + server.transport() + ").");
            System.out.println("  Host screen (open it and project it):  " + host);
            if (server.organiserKey() != null) {
                System.out.println("  Host from another device:              " + hostElsewhere);
                System.out.println("  (the link carries the organiser key: opening it once signs that browser in; keep it to organisers)");
            } else if (settings.organisersFile() != null) {
                System.out.println("  Organisers sign in there with their name and password (" + settings.organisersFile() + ").");
            } else {
                System.out.println("  Open hosting: anyone may create rooms and upload quizzes.");
            }
            System.out.println("  Players join at:                        " + join);
            System.out.println("  Results are written to:                 " + settings.resultsDir().toAbsolutePath());
            if (server.restoredRooms() > 0) {
                System.out.println("  Rooms restored from their journals:     " + server.restoredRooms());
            }
            System.out.println("  Stop with Ctrl+C.");
            System.out.println();
        }
        stopped.await();
        return 0;
    }

    private void require(boolean ok, String sentence) {
        if (!ok) {
            throw new CommandLine.ParameterException(new CommandLine(this), sentence);
        }
    }

    public static void main(String[] args) {
        // Pictures are decoded and scaled with ImageIO and Java2D: no display, no window system.
        System.setProperty("java.awt.headless", "true");
        CommandLine cli = new CommandLine(new Main());
        ConfigFile file;
        try {
            file = ConfigFile.find(args);
        } catch (java.io.IOException e) {
            System.err.println("quiznight: cannot read the settings file: " + e.getMessage());
            System.exit(2);
            return;
        }
        cli.setDefaultValueProvider(file);
        // Choose the log format before anything logs: logback reads its configuration once.
        if ("json".equals(ConfigFile.preScan(args, "--log-format", "LOG_FORMAT", file))) {
            System.setProperty("logback.configurationFile", JSON_LOG_CONFIG);
        }
        int code = cli.execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }
}
