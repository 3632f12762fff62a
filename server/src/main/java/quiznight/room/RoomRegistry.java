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
    }

    /** Makes a room for a {@code create} request; its creator must then be attached on the room's loop. */
    public Room create(ClientMessage.Create request) {
        Quiz quiz = request.quiz() == null ? catalog.defaultQuiz() : catalog.find(request.quiz()).orElseThrow(() ->
                new ProtocolException(ErrorCode.QUIZ_NOT_FOUND, "This server has no quiz with that id."));
        List<Question> questions = select(quiz, request.options(), services.clock().millis());
        if (rooms.size() >= maxRooms) {
            throw new ProtocolException(ErrorCode.CAPACITY, "This server holds as many rooms as it may; try again later.");
        }
        while (true) {
            String code = Tokens.roomCode();
            if (rooms.containsKey(code)) {
                continue;
            }
            Room room = new Room(code, Tokens.token(), joinUrl.apply(code), quiz, questions,
                    request.options().hideText(), loops.get(), services, this::closed, journalFor(code),
                    services.clock().millis());
            if (rooms.putIfAbsent(code, room) == null) {
                room.journalCreated();
                services.metrics().roomOpened();
                return room;
            }
        }
    }

    private Journal journalFor(String code) {
        if (dataDir == null) {
            return Journal.NONE;
        }
        try {
            return new FileJournal(FileJournal.fileFor(dataDir, code), services.metrics());
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
                Room room = Room.restore(records, loops.get(), services, this::closed, new FileJournal(f, services.metrics()));
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

    /** The questions a room plays: those of the chosen sections, shuffled if asked, the first N, with the time limit set. */
    static List<Question> select(Quiz quiz, ClientMessage.CreateOptions options, long seed) {
        List<Question> pool = new ArrayList<>(quiz.questions());
        if (options.sections() != null && !options.sections().isEmpty()) {
            Set<String> known = new java.util.LinkedHashSet<>();
            quiz.sections().forEach(s -> known.add(s.name()));
            for (String s : options.sections()) {
                if (!known.contains(s)) {
                    throw new ProtocolException(ErrorCode.BAD_MESSAGE, "This quiz has no section '" + s
                            + "'. Its sections: " + String.join(", ", known) + ".");
                }
            }
            Set<String> wanted = Set.copyOf(options.sections());
            pool.removeIf(q -> q.section() == null || !wanted.contains(q.section()));
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

    public Optional<Room> find(String code) {
        return Optional.ofNullable(code == null ? null : rooms.get(code));
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
        }
    }
}
