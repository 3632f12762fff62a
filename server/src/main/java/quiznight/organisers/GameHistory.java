package quiznight.organisers;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each organiser's past games (the rooms they created), newest first, at most {@link #MAX_PER_ORGANISER} each.
 * Kept in the data folder ({@value #FILE}, one JSON line a game, 0600) so the list survives a restart; without a
 * folder, in memory only. Thread-safe.
 */
public final class GameHistory {
    private static final Logger log = LoggerFactory.getLogger(GameHistory.class);
    public static final String FILE = "organiser-games.jsonl";
    public static final int MAX_PER_ORGANISER = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One game: its room code, quiz id and title, and when its room was created (epoch milliseconds). */
    public record Game(String organiser, String code, String quiz, String title, long createdAt) {
    }

    private final Path file;
    private final Map<String, Deque<Game>> byOrganiser = new ConcurrentHashMap<>();

    private GameHistory(Path file) {
        this.file = file;
    }

    public static GameHistory inMemory() {
        return new GameHistory(null);
    }

    /** The history kept in {@code dataDir}, read back; lines that cannot be read are skipped with a warning. */
    public static GameHistory load(Path dataDir) {
        GameHistory h = new GameHistory(dataDir.resolve(FILE));
        if (Files.exists(h.file)) {
            try {
                for (String line : Files.readAllLines(h.file, StandardCharsets.UTF_8)) {
                    try {
                        h.remember(JSON.readValue(line, Game.class));
                    } catch (IOException e) {
                        log.warn("{}: a line that is not a game was skipped", h.file);
                    }
                }
            } catch (IOException e) {
                log.warn("organiser history {} cannot be read: {}", h.file, e.toString());
            }
        }
        return h;
    }

    /** Adds a game (appended to the file too). */
    public void add(Game game) {
        remember(game);
        if (file != null) {
            try {
                if (!Files.exists(file)) {
                    Files.createDirectories(file.getParent());
                    try {
                        Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
                    } catch (java.nio.file.FileAlreadyExistsException | UnsupportedOperationException e) {
                        // another thread made it, or no POSIX permissions here
                    }
                }
                synchronized (this) {
                    Files.writeString(file, JSON.writeValueAsString(game) + "\n", StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                }
            } catch (IOException e) {
                log.warn("organiser history {} cannot be written: {}", file, e.toString());
            }
        }
    }

    private void remember(Game game) {
        Deque<Game> games = byOrganiser.computeIfAbsent(OrganiserFile.key(game.organiser()), k -> new ArrayDeque<>());
        synchronized (games) {
            games.addFirst(game);
            while (games.size() > MAX_PER_ORGANISER) {
                games.removeLast();
            }
        }
    }

    /** The organiser's games, newest first. */
    public List<Game> of(String organiser) {
        Deque<Game> games = byOrganiser.get(OrganiserFile.key(organiser));
        if (games == null) {
            return List.of();
        }
        synchronized (games) {
            return new ArrayList<>(games);
        }
    }

    /** The organiser's latest game with this room code, or null. */
    public Game find(String organiser, String code) {
        for (Game g : of(organiser)) {
            if (g.code().equals(code)) {
                return g;
            }
        }
        return null;
    }
}
