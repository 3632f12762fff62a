package quiznight.room;

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

/**
 * The live rooms of this server by code. Thread-safe: connections on any event loop look rooms up here;
 * each room is then reached on its own loop.
 */
public final class RoomRegistry {
    private final Map<String, Room> rooms = new ConcurrentHashMap<>();
    private final QuizCatalog catalog;
    private final Room.Services services;
    private final Supplier<RoomLoop> loops;
    private final Function<String, String> joinUrl;
    private final int maxRooms;

    /**
     * @param loops   hands out the loop each new room is confined to (round robin over the event loops)
     * @param joinUrl the URL players open for a room code
     */
    public RoomRegistry(QuizCatalog catalog, Room.Services services, Supplier<RoomLoop> loops,
                        Function<String, String> joinUrl, int maxRooms) {
        this.catalog = catalog;
        this.services = services;
        this.loops = loops;
        this.joinUrl = joinUrl;
        this.maxRooms = maxRooms;
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
            Room room = new Room(code, Tokens.token(), joinUrl.apply(code), quiz, questions,
                    request.options().hideText(), loops.get(), services, this::closed);
            if (rooms.putIfAbsent(code, room) == null) {
                services.metrics().roomOpened();
                return room;
            }
        }
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
