package quiznight.net;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import static net.logstash.logback.argument.StructuredArguments.kv;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quiznight.cluster.Cluster;
import quiznight.config.Settings;
import quiznight.game.Clock;
import quiznight.game.NameFilter;
import quiznight.game.Names;
import quiznight.media.ImagePipeline;
import quiznight.media.MediaShare;
import quiznight.media.MediaStore;
import quiznight.library.LibraryStore;
import quiznight.metrics.MicrometerMetrics;
import quiznight.protocol.Codec;
import quiznight.quiz.QuizCatalog;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.QuizLoader;
import quiznight.quiz.ShuffleSecret;
import quiznight.results.ResultsStore;
import quiznight.room.Room;
import quiznight.room.RoomRegistry;
import quiznight.room.RoomSettings;
import quiznight.session.AddressQuotas;
import quiznight.session.CodeGuard;
import quiznight.session.NettyFanout;
import quiznight.session.SessionConfig;

/** A running QuizNight server: one port for HTTP and WebSocket. {@link #close()} stops it cleanly. */
public final class QuizServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(QuizServer.class);

    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final Channel serverChannel;
    private final RoomRegistry registry;
    private final ResultsStore results;
    private final Uploads uploads;
    private final MediaRoutes media;
    private final LibraryRoutes library;
    private final int port;
    private final String publicUrl;
    private final String transport;
    private volatile boolean closed;
    private final int restoredRooms;
    private int warmupRounds;
    private final Cluster cluster;
    private final ChannelGroup connections;
    private final quiznight.organisers.Organisers organisers;
    private final String organiserKey;
    private final quiznight.homework.Homework homework;

    private QuizServer(EventLoopGroup boss, EventLoopGroup workers, Channel serverChannel, RoomRegistry registry,
                       ResultsStore results, Uploads uploads, MediaRoutes media, LibraryRoutes library, String publicUrl,
                       String transport, int restoredRooms, Cluster cluster, ChannelGroup connections,
                       quiznight.organisers.Organisers organisers, String organiserKey,
                       quiznight.homework.Homework homework) {
        this.library = library;
        this.homework = homework;
        this.organisers = organisers;
        this.organiserKey = organiserKey;
        this.cluster = cluster;
        this.connections = connections;
        this.uploads = uploads;
        this.media = media;
        this.restoredRooms = restoredRooms;
        this.boss = boss;
        this.workers = workers;
        this.serverChannel = serverChannel;
        this.registry = registry;
        this.results = results;
        this.port = ((InetSocketAddress) serverChannel.localAddress()).getPort();
        this.publicUrl = publicUrl;
        this.transport = transport;
    }

    /** Loads the quizzes (refusing invalid ones), binds the port and starts serving. */
    public static QuizServer start(Settings settings) throws QuizFormatException, InterruptedException {
        NameFilter names;
        try {
            names = NameFilter.load(settings.nameBlocklist());
            Names.warmUp();
        } catch (java.io.IOException e) {
            throw new QuizFormatException("name blocklist " + settings.nameBlocklist() + " cannot be read: " + e.getMessage(), e);
        }
        Clock clock = Clock.SYSTEM;
        MicrometerMetrics metrics = new MicrometerMetrics();
        Codec codec = new Codec(clock::preciseMillis);
        ResultsStore results = new ResultsStore(settings.resultsDir());
        Transport transport = Transport.best();
        EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, transport.ioHandlerFactory());
        EventLoopGroup workers = new MultiThreadIoEventLoopGroup(Runtime.getRuntime().availableProcessors(),
                transport.ioHandlerFactory());
        Uploads uploads = null;
        MediaRoutes media = null;
        LibraryRoutes library = null;
        quiznight.homework.Homework homework = null;
        Cluster cluster = null;
        ChannelGroup connections = new DefaultChannelGroup("connections", GlobalEventExecutor.INSTANCE);
        try {
            NettyFanout localFanout = new NettyFanout(metrics);
            if (settings.redis() != null) {
                cluster = new Cluster(settings.redis(), settings.nodeId(), codec, metrics,
                        () -> new NettyRoomLoop(workers.next()), localFanout);
            }
            // Every quiz this server plays is loaded with its shuffle secret (the catalog hands the loader on).
            QuizCatalog catalog = QuizCatalog.load(new QuizLoader(shuffleSecret(settings, cluster)),
                    settings.quizzesDir(), settings.uploadsDir(), settings.maxQuestionsPerQuiz());
            // In cluster mode the data folder is unused: the key and the sessions live in Redis, shared by every server.
            String organiserKey = organiserKey(settings, cluster);
            quiznight.organisers.Organisers organisers = organisers(settings, organiserKey,
                    cluster != null ? cluster.organiserSessions() : quiznight.organisers.SessionStore.inMemory());
            quiznight.organisers.GameHistory history = settings.dataDir() == null || cluster != null
                    ? quiznight.organisers.GameHistory.inMemory() : quiznight.organisers.GameHistory.load(settings.dataDir());
            String[] base = new String[1];
            Room.Services services = new Room.Services(clock, codec, metrics, results,
                    new RoomSettings(settings.finishedRetentionMs(), settings.emptyRetentionMs(), 100,
                            settings.maxPlayersPerRoom(), settings.abandonedRetentionMs()),
                    cluster != null ? cluster.fanout() : localFanout, names);
            RoomRegistry registry = new RoomRegistry(catalog, services,
                    () -> new NettyRoomLoop(workers.next()),
                    code -> base[0] + "/play?code=" + code, settings.maxRooms(), settings.dataDir());
            metrics.bindRooms(new MicrometerMetrics.RoomCounts() {
                public int rooms(String phase) {
                    return (int) registry.rooms().stream().filter(r -> r.phaseForMetrics().wire().equals(phase)).count();
                }

                public int playersAway() {
                    return registry.rooms().stream().mapToInt(Room::awayForMetrics).sum();
                }
            }, java.util.Arrays.stream(quiznight.game.Phase.values()).map(quiznight.game.Phase::wire).toArray(String[]::new));
            // Per server, also in cluster mode: each server counts the clients connected to it.
            CodeGuard codes = new CodeGuard(settings.wrongCodesBurst(), settings.wrongCodesPerHour());
            AddressQuotas quotas = new AddressQuotas(settings.createsPerMinute(), settings.roomsPerAddress(),
                    settings.joinsPerRoomPerAddress(), code -> registry.find(code).isPresent());
            OriginCheck originCheck = new OriginCheck(settings.basePath() + ServerInitializer.WS_PATH, settings.publicUrl(),
                    settings.allowedOrigins());
            uploads = new Uploads(catalog, settings.uploadsDir(), settings.maxUploadBytes(), settings.uploadsPerMinute(),
                    cluster != null ? cluster::share : quiznight.quiz.QuizShare.NONE, settings.maxQuestionsPerQuiz(),
                    settings.uploadsMaxTotalBytes());
            MediaShare mediaShare = cluster != null ? cluster.media() : MediaShare.NONE;
            media = new MediaRoutes(MediaStore.open(settings.dataDir() == null ? null : settings.dataDir().resolve("media"),
                    settings.mediaMaxBytesPerOwner(), new ImagePipeline(settings.mediaMaxPixels())::process, mediaShare),
                    mediaShare, originCheck, new HttpResponses(new ObjectMapper()), settings.mediaUploadsPerMinute());
            homework = openHomework(settings, names, clock, cluster, catalog.loader());
            library = new LibraryRoutes(openLibrary(settings, catalog, clock, cluster), uploads, originCheck,
                    new HttpResponses(new ObjectMapper()));
            HttpHandler http = new HttpHandler(catalog, registry, metrics, new ObjectMapper(), settings.basePath(), uploads,
                    originCheck, java.util.Set.copyOf(settings.trustedProxies()), codes, media, library,
                    new HttpHandler.Hosting(organisers, history, settings.resultsDir(),
                            settings.publicUrl() != null && settings.publicUrl().startsWith("https:")),
                    new HomeworkRoutes(homework, catalog, originCheck, new HttpResponses(new ObjectMapper()), () -> base[0],
                            settings.joinsPerAssignmentPerAddress(), HomeworkReports.thread()),
                    new HttpHandler.Practice(inPlay(registry, homework, clock), clock, cluster != null));
            ServerInitializer initializer = new ServerInitializer(settings, new HostCheck(settings.publicUrl(),
                    settings.allowedHosts(), java.util.Set.copyOf(settings.trustedProxies()), HostCheck.machineNames()),
                    originCheck, http, new SessionConfig(codec, registry, clock, metrics, codes, quotas,
                            settings.pingIntervalMs(), settings.messagesPerSecond(), settings.messageBurst(),
                            settings.unwritableTimeoutMs(), java.util.Set.copyOf(settings.trustedProxies()), organisers,
                            history), connections);
            int warmupRounds = warmUp(initializer, catalog, codec, clock, services, names, results);
            ServerBootstrap b = new ServerBootstrap()
                    .group(boss, workers)
                    .channel(transport.serverChannel())
                    .option(ChannelOption.SO_BACKLOG, 4096)
                    .option(ChannelOption.SO_REUSEADDR, true)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(32 * 1024, 64 * 1024))
                    .childOption(ChannelOption.RCVBUF_ALLOCATOR, ServerInitializer.RECEIVE_BUFFERS)
                    .childHandler(initializer);
            // In cluster mode journals live in Redis and any server takes a room over; the data folder is unused.
            int restored = 0;
            if (cluster != null) {
                cluster.start(registry, catalog, settings.finishedRetentionMs());
                metrics.bindRelayed(cluster::relayedConnections);
            } else {
                restored = registry.restoreAll();
            }
            Channel ch = b.bind(settings.bind(), settings.port()).sync().channel();
            int port = ((InetSocketAddress) ch.localAddress()).getPort();
            base[0] = settings.publicUrl() != null ? stripSlash(settings.publicUrl())
                    : "http://" + lanAddress(settings.bind()) + ":" + port + settings.basePath();
            QuizServer server = new QuizServer(boss, workers, ch, registry, results, uploads, media, library, base[0],
                    transport.name(), restored, cluster, connections, organisers, organiserKey, homework);
            server.warmupRounds = warmupRounds;
            return server;
        } catch (RuntimeException | InterruptedException | QuizFormatException e) {
            if (uploads != null) {
                uploads.close();
            }
            if (media != null) {
                media.close();
            }
            if (library != null) {
                library.close();
            }
            if (homework != null) {
                homework.close();
            }
            if (cluster != null) {
                cluster.close();
            }
            boss.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            workers.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            results.close();
            throw e;
        }
    }

    /**
     * The quiz library: in Redis with {@code --redis} (shared by every server), else in {@code <data-dir>/library};
     * its hostable quizzes put in the catalog. Null (the library answers 503) without either, or when it cannot be
     * read: the server starts all the same.
     */
    private static LibraryStore openLibrary(Settings settings, QuizCatalog catalog, Clock clock, Cluster cluster) {
        try {
            if (cluster != null) {
                return LibraryStore.open(cluster.library(), catalog, clock::millis, settings.libraryMaxQuizzes(),
                        settings.maxQuestionsPerQuiz());
            }
            if (settings.dataDir() == null) {
                return null;
            }
            return LibraryStore.open(settings.dataDir().resolve("library"), catalog, clock::millis,
                    settings.libraryMaxQuizzes(), settings.maxQuestionsPerQuiz());
        } catch (java.io.IOException | RuntimeException e) {
            log.error("the quiz library {} cannot be read; the server runs without it: {}",
                    cluster != null ? "in Redis" : "in " + settings.dataDir().resolve("library"), e.toString());
            return null;
        }
    }

    /**
     * Homework: its journals in Redis with {@code --redis} (shared by every server, read as they are asked for), else
     * in {@code <data-dir>/homework}, replayed now; kept in memory only without either (docs/homework.md).
     */
    private static quiznight.homework.Homework openHomework(Settings settings, NameFilter names, Clock clock,
                                                            Cluster cluster, QuizLoader loader) {
        quiznight.homework.AssignmentStore store = quiznight.homework.AssignmentStore.NONE;
        if (cluster != null) {
            store = cluster.assignments();
        } else if (settings.dataDir() != null) {
            try {
                store = new quiznight.homework.FileAssignmentStore(settings.dataDir());
            } catch (java.io.IOException e) {
                log.error("the homework folder in {} cannot be used; homework is kept in memory only: {}",
                        settings.dataDir(), e.toString());
            }
        }
        return quiznight.homework.Homework.open(store, names, clock, loader);
    }

    /**
     * Whether a quiz is in play on this server: a room plays it (lobby to finished) or an open homework assignment
     * uses it. Solo practice, which shows every answer, is refused for it meanwhile.
     */
    private static java.util.function.Predicate<String> inPlay(RoomRegistry registry,
                                                               quiznight.homework.Homework homework, Clock clock) {
        return id -> registry.plays(id) || homework != null && homework.assigns(id, clock.millis());
    }

    /**
     * The secret that shuffles order questions ({@link ShuffleSecret}): the cluster's, in Redis, with
     * {@code --redis}; else the one kept in the data folder ({@value ShuffleSecret#FILE}, made at the first start,
     * like the organiser key); without a data folder, a new one each start (nothing is restored then).
     */
    private static ShuffleSecret shuffleSecret(Settings settings, Cluster cluster) {
        if (cluster != null) {
            return ShuffleSecret.of(cluster.shuffleSecret(quiznight.room.Tokens.token() + quiznight.room.Tokens.token()));
        }
        if (settings.dataDir() == null) {
            return ShuffleSecret.random();
        }
        try {
            return ShuffleSecret.of(quiznight.organisers.OrganiserKey.loadOrCreate(settings.dataDir(), ShuffleSecret.FILE,
                    "shuffle secret"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the shuffle secret cannot be kept in " + settings.dataDir() + ": "
                    + e.getMessage(), e);
        }
    }

    /** The organiser key: {@code --organiser-key}, else the one kept in the data folder (made at the first start). */
    private static String organiserKey(Settings settings, Cluster cluster) {
        if (settings.openHosting() || settings.organisersFile() != null) {
            return null;
        }
        if (settings.organiserKey() != null) {
            return settings.organiserKey();
        }
        if (cluster != null) {
            return cluster.organiserKey(quiznight.room.Tokens.token() + quiznight.room.Tokens.token());
        }
        if (settings.dataDir() == null) {
            return quiznight.room.Tokens.token() + quiznight.room.Tokens.token();
        }
        try {
            return quiznight.organisers.OrganiserKey.loadOrCreate(settings.dataDir());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the organiser key cannot be kept in " + settings.dataDir() + ": " + e.getMessage(), e);
        }
    }

    private static quiznight.organisers.Organisers organisers(Settings settings, String key,
                                                              quiznight.organisers.SessionStore sessions) {
        quiznight.organisers.SignInLimits limits = new quiznight.organisers.SignInLimits();
        if (settings.openHosting()) {
            return quiznight.organisers.Organisers.open();
        }
        if (settings.organisersFile() != null) {
            try {
                return quiznight.organisers.Organisers.withAccounts(
                        quiznight.organisers.OrganiserFile.read(settings.organisersFile()), sessions, limits,
                        settings.uploadsDir() == null ? quiznight.organisers.Library.inMemory()
                                : quiznight.organisers.Library.load(settings.uploadsDir()));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("organisers file " + e.getMessage(), e);
            }
        }
        return quiznight.organisers.Organisers.withKey(key, sessions, limits);
    }

    /** Who may host: open, one key, or named organisers. */
    public quiznight.organisers.Organisers.Mode hostingMode() {
        return organisers.mode();
    }

    /** The organiser key (KEY mode), or null. */
    public String organiserKey() {
        return organiserKey;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The address players on the same network reach this machine at. */
    static String lanAddress(String bind) {
        if (!bind.equals("0.0.0.0") && !bind.equals("::")) {
            return bind.contains(":") ? "[" + bind + "]" : bind;
        }
        try {
            List<NetworkInterface> nics = Collections.list(NetworkInterface.getNetworkInterfaces());
            List<InetAddress> candidates = new ArrayList<>();
            for (NetworkInterface nic : nics) {
                if (!nic.isUp() || nic.isLoopback() || nic.isVirtual()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                        candidates.add(a);
                    }
                }
            }
            candidates.sort((x, y) -> Boolean.compare(!x.isSiteLocalAddress(), !y.isSiteLocalAddress()));
            if (!candidates.isEmpty()) {
                return candidates.get(0).getHostAddress();
            }
        } catch (SocketException e) {
            log.debug("cannot list network interfaces: {}", e.toString());
        }
        return "localhost";
    }

    /** Rooms rebuilt from their journals at start. */
    /** The rounds the off-line warm-up game ({@link Warmup}) took before the port was bound; 0 when it failed. */
    public int warmupRounds() {
        return warmupRounds;
    }

    /** Plays {@link Warmup}'s game; a failure is logged, never fatal (the first game is merely slower). */
    private static int warmUp(ServerInitializer initializer, QuizCatalog catalog, Codec codec, Clock clock,
                              Room.Services services, NameFilter names, ResultsStore results) {
        long start = System.nanoTime();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        try {
            int rounds = Warmup.run(initializer::addHandlers, catalog, codec, clock, services.settings(), names, results);
            log.info("warmed up: one off-line game played {} {} {} {}", kv("players", Warmup.PLAYERS),
                    kv("rounds", rounds), kv("ms", (System.nanoTime() - start) / 1_000_000),
                    kv("cpuMs", (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000));
            return rounds;
        } catch (RuntimeException e) {
            log.warn("the warm-up game failed; serving without it", e);
            return 0;
        }
    }

    public int restoredRooms() {
        return restoredRooms;
    }

    /** Every open connection (tests look at their pipelines). */
    ChannelGroup connections() {
        return connections;
    }

    public int port() {
        return port;
    }

    /** The base URL players use, e.g. {@code http://192.168.1.20:8080}. */
    public String publicUrl() {
        return publicUrl;
    }

    public String transport() {
        return transport;
    }

    public RoomRegistry registry() {
        return registry;
    }

    /** Cluster mode's link to the other servers, or null for a single server. */
    public Cluster cluster() {
        return cluster;
    }

    /**
     * Stops cleanly: no new connections; every room tells its clients and closes them (a game in progress has
     * its results written); every pending results file reaches the disk.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        serverChannel.close().syncUninterruptibly();
        uploads.close();
        media.close();
        library.close();
        if (homework != null) {
            homework.close();
        }
        List<Room> rooms = new ArrayList<>(registry.rooms());
        CountDownLatch done = new CountDownLatch(rooms.size());
        for (Room room : rooms) {
            room.execute(() -> {
                try {
                    if (cluster != null) {
                        // The game goes on: another server takes the room over from its journal.
                        room.handOff("this server is restarting: reconnect");
                    } else {
                        room.shutdown();
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        try {
            if (!done.await(10, TimeUnit.SECONDS)) {
                log.warn("{} rooms did not shut down within 10 s", done.getCount());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (cluster != null) {
            cluster.close();
        }
        // Let clients answer the close frames just sent: a socket closed before the client's answer is read is
        // reset, and a reset can discard the close frame the client had not read yet (it would see 1006).
        connections.newCloseFuture().awaitUninterruptibly(1_500);
        results.close();
        workers.shutdownGracefully(100, 2_000, TimeUnit.MILLISECONDS).syncUninterruptibly();
        boss.shutdownGracefully(0, 1_000, TimeUnit.MILLISECONDS).syncUninterruptibly();
        log.info("server stopped");
    }
}
