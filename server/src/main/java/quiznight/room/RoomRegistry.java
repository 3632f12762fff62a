package quiznight.room;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import quiznight.protocol.ClientMessage;
import quiznight.protocol.ErrorCode;
import quiznight.protocol.ProtocolException;
import quiznight.quiz.Question;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizCatalog;
import quiznight.quiz.QuizFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live rooms of this server by code. Thread-safe: connections on any event loop look rooms up here;
 * each room is then reached on its own loop.
 */
public final class RoomRegistry {
    private static final Logger log = LoggerFactory.getLogger(RoomRegistry.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Room> rooms = new ConcurrentHashMap<>();
    private final QuizCatalog catalog;
    private final Room.Services services;
    private final Supplier<RoomLoop> loops;
    private final Function<String, String> joinUrl;
    private final int maxRooms;
    private final Path dataDir;
    /** The quizzes the journals in the data folder name, once per content hash. */
    private final QuizFiles quizFiles;
    private volatile RoomDirectory directory = RoomDirectory.NONE;
    private final Room.Listener listener = new Room.Listener() {
        @Override
        public void closed(Room room) {
            RoomRegistry.this.closed(room);
        }

        @Override
        public void finished(Room room, quiznight.results.GameResult result) {
            directory.finished(room, result);
        }

        @Override
        public void handingOff(Room room) {
            directory.handingOff(room);
        }
    };

    /**
     * @param loops   hands out the loop each new room is confined to (round robin over the event loops)
     * @param joinUrl the URL players open for a room code
     * @param dataDir where room journals are kept; null keeps none (rooms do not survive a crash)
     */
    public RoomRegistry(QuizCatalog catalog, Room.Services services, Supplier<RoomLoop> loops,
                        Function<String, String> joinUrl, int maxRooms, Path dataDir) {
        this.catalog = catalog;
        this.services = services;
        this.loops = loops;
        this.joinUrl = joinUrl;
        this.maxRooms = maxRooms;
        this.dataDir = dataDir;
        this.quizFiles = dataDir == null ? null : new QuizFiles(dataDir.resolve(FileJournal.QUIZZES_DIR));
    }

    /** Cluster mode: rooms are also found, and codes claimed, through this directory. Set once, before serving. */
    public void useDirectory(RoomDirectory directory) {
        this.directory = directory;
    }

    /** Makes a room for a {@code create} request; its creator must then be attached on the room's loop. */
    public Room create(ClientMessage.Create request) {
        Quiz quiz = quizFor(request);
        List<Question> questions = select(quiz, request.options(), services.clock().millis());
        while (true) {
            String code = Tokens.roomCode();
            if (!rooms.containsKey(code)) {
                Room room = open(code, quiz, questions, request);
                if (room != null) {
                    return room;
                }
            }
        }
    }

    /**
     * As {@link #create}, with the code claimed in the directory first (cluster mode: unique across servers).
     * Refusals of the request itself (unknown quiz, bad options, capacity) are thrown at once.
     */
    public CompletionStage<Room> createAsync(ClientMessage.Create request) {
        if (directory == RoomDirectory.NONE) {
            return CompletableFuture.completedFuture(create(request));
        }
        Quiz quiz = quizFor(request);
        List<Question> questions = select(quiz, request.options(), services.clock().millis());
        return claimAndOpen(quiz, questions, request, 0);
    }

    private CompletionStage<Room> claimAndOpen(Quiz quiz, List<Question> questions, ClientMessage.Create request,
                                               int attempt) {
        if (attempt >= 20) {
            return CompletableFuture.failedFuture(new ProtocolException(ErrorCode.CAPACITY,
                    "No free room code could be found; try again."));
        }
        String code = Tokens.roomCode();
        if (rooms.containsKey(code)) {
            return claimAndOpen(quiz, questions, request, attempt + 1);
        }
        return directory.claim(code).thenCompose(claimed -> {
            Room room = claimed ? open(code, quiz, questions, request) : null;
            return room != null ? CompletableFuture.completedFuture(room) : claimAndOpen(quiz, questions, request, attempt + 1);
        });
    }

    private Quiz quizFor(ClientMessage.Create request) {
        Quiz quiz = request.quiz() == null ? catalog.defaultQuiz() : catalog.find(request.quiz()).orElseThrow(() ->
                new ProtocolException(ErrorCode.QUIZ_NOT_FOUND, "This server has no quiz with that id."));
        if (rooms.size() >= maxRooms) {
            throw new ProtocolException(ErrorCode.CAPACITY, "This server holds as many rooms as it may; try again later.");
        }
        return quiz;
    }

    /** The new room under that code, or null when the code was taken here meanwhile. */
    private Room open(String code, Quiz quiz, List<Question> questions, ClientMessage.Create request) {
        RoomOptions options = new RoomOptions(code, Tokens.token(), joinUrl.apply(code), quiz, questions,
                request.options().hideText(), services.clock().millis(), RoomTeams.gameOptions(request.options().play()),
                request.options().autoAdvanceSec() == null ? 0 : request.options().autoAdvanceSec() * 1000L,
                request.options().realNames());
        Room room = new Room(options, loops.get(), services, listener, journalFor(code));
        if (rooms.putIfAbsent(code, room) != null) {
            return null;
        }
        room.journalCreated();
        services.metrics().roomOpened();
        return room;
    }

    /**
     * The room with that code, wherever it is held: here, or (cluster mode) on another server, reached through
     * a relay. Completes empty when no server has it.
     */
    public CompletionStage<Optional<RoomRef>> locate(String code) {
        Room local = code == null ? null : rooms.get(code);
        if (local != null) {
            return CompletableFuture.completedFuture(Optional.of(local.ref()));
        }
        if (code == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return directory.elsewhere(code);
    }

    /**
     * Cluster mode: takes over a room whose server is gone, rebuilt from its journal's records; its players come
     * back away and resume here. Null when a room with that code is already held here.
     */
    public Room adopt(List<JsonNode> records, Journal journal) throws QuizFormatException {
        Room room = Room.restore(records, loops.get(), services, listener, journal, catalog.loader());
        if (rooms.putIfAbsent(room.code(), room) != null) {
            return null;
        }
        services.metrics().roomOpened();
        room.execute(room::resumeAfterRestore);
        return room;
    }

    private Journal journalFor(String code) {
        Journal shared = directory.journalFor(code);
        if (shared != null) {
            return shared;
        }
        if (dataDir == null) {
            return Journal.NONE;
        }
        try {
            return new FileJournal(FileJournal.fileFor(dataDir, code), services.metrics(), quizFiles);
        } catch (IOException e) {
            log.warn("room {}: journal cannot be created in {} ({}): it will not survive a crash", code, dataDir, e.toString());
            return Journal.NONE;
        }
    }

    /**
     * Rebuilds the rooms whose journals are in the data folder (a server that crashed or was stopped while
     * they ran). A torn or corrupt tail is cut off with a warning; a journal that cannot be read at all is
     * set aside as {@code .unreadable}. Never fails the start.
     *
     * @return how many rooms were restored
     */
    public int restoreAll() {
        if (dataDir == null || !Files.isDirectory(dataDir)) {
            return 0;
        }
        try {
            PrivateFiles.folder(dataDir); // journals hold tokens (a folder from an earlier version may be 0755)
        } catch (IOException e) {
            log.warn("the data folder {} cannot be made private: {}", dataDir, e.toString());
        }
        List<Path> files;
        try (var s = Files.list(dataDir)) {
            files = s.filter(f -> f.getFileName().toString().matches("room-\\d{6}\\.journal")).sorted().toList();
        } catch (IOException e) {
            log.warn("cannot list the data folder {}: {}", dataDir, e.toString());
            return 0;
        }
        int restored = 0;
        for (Path f : files) {
            try {
                List<JsonNode> records = readJournal(f);
                Room room = Room.restore(records, loops.get(), services, listener,
                        new FileJournal(f, services.metrics(), quizFiles), catalog.loader());
                if (rooms.putIfAbsent(room.code(), room) != null) {
                    throw new IOException("a room with code " + room.code() + " is already running");
                }
                services.metrics().roomOpened();
                room.execute(room::resumeAfterRestore);
                restored++;
            } catch (IOException | QuizFormatException | RuntimeException e) {
                log.warn("journal {} cannot be restored ({}); set aside as .unreadable", f, e.getMessage());
                try {
                    Files.move(f, f.resolveSibling(f.getFileName() + ".unreadable"), StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException moveFailed) {
                    log.warn("journal {} could not be set aside: {}", f, moveFailed.toString());
                }
            }
        }
        int removed = quizFiles.removeUnnamed();
        if (removed > 0) {
            log.info("{} kept quizzes no journal names were removed", removed);
        }
        return restored;
    }

    /** The complete records of a journal; a torn or corrupt tail is cut off the file, with a warning. */
    static List<JsonNode> readJournal(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<JsonNode> records = new ArrayList<>();
        int start = 0;
        int valid = 0;
        while (start < bytes.length) {
            int nl = start;
            while (nl < bytes.length && bytes[nl] != '\n') {
                nl++;
            }
            if (nl == bytes.length) {
                break;
            }
            try {
                JsonNode n = JSON.readTree(bytes, start, nl - start);
                if (n == null || !n.isObject() || !n.has("t") || !n.has("at")) {
                    break;
                }
                records.add(n);
            } catch (IOException e) {
                break;
            }
            start = nl + 1;
            valid = start;
        }
        if (valid < bytes.length) {
            log.warn("journal {}: {} bytes after record {} are torn or corrupt and were cut off", file,
                    bytes.length - valid, records.size());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(valid);
            }
        }
        return records;
    }

    /** The questions a room plays: those of the chosen sections (and, if asked, those without one), shuffled if asked, the first N, with the time limit set. */
    static List<Question> select(Quiz quiz, ClientMessage.CreateOptions options, long seed) {
        List<Question> pool = new ArrayList<>(quiz.questions());
        List<String> named = options.sections() == null ? List.of() : options.sections();
        if (!named.isEmpty() || options.unsectioned()) {
            Set<String> known = new java.util.LinkedHashSet<>();
            quiz.sections().forEach(s -> known.add(s.name()));
            for (String s : named) {
                if (!known.contains(s)) {
                    throw new ProtocolException(ErrorCode.BAD_MESSAGE, "This quiz has no section '" + s
                            + "'. Its sections: " + String.join(", ", known) + ".");
                }
            }
            Set<String> wanted = Set.copyOf(named);
            boolean keepUnsectioned = options.unsectioned();
            pool.removeIf(q -> q.section() == null ? !keepUnsectioned : !wanted.contains(q.section()));
        }
        if (options.shuffle()) {
            Collections.shuffle(pool, new Random(Tokens.random().nextLong() ^ seed));
        }
        if (options.questions() != null && options.questions() < pool.size()) {
            pool = new ArrayList<>(pool.subList(0, options.questions()));
        }
        if (options.timeLimitSec() != null) {
            long ms = options.timeLimitSec() * 1000L;
            pool.replaceAll(q -> q.withTimeLimitMs(ms));
        }
        return pool;
    }

    /** The directory rooms beyond this server are found in ({@link RoomDirectory#NONE} for a single server). */
    public RoomDirectory directory() {
        return directory;
    }

    /** The URL players open to join the room with this code. */
    public String joinUrl(String code) {
        return joinUrl.apply(code);
    }

    public Optional<Room> find(String code) {
        return Optional.ofNullable(code == null ? null : rooms.get(code));
    }

    /**
     * True while a room of this server plays quiz {@code quizId}: from its lobby until it finished (its players must
     * not find the answers elsewhere, such as in solo practice). Safe from any thread; a room's phase may be a
     * moment stale.
     */
    public boolean plays(String quizId) {
        for (Room room : rooms.values()) {
            if (room.quizId().equals(quizId) && room.phaseForMetrics() != quiznight.game.Phase.FINISHED) {
                return true;
            }
        }
        return false;
    }

    public Collection<Room> rooms() {
        return Collections.unmodifiableCollection(rooms.values());
    }

    public int size() {
        return rooms.size();
    }

    private void closed(Room room) {
        if (rooms.remove(room.code(), room)) {
            services.metrics().roomClosed();
            directory.released(room);
        }
    }
}
