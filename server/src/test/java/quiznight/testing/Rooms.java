package quiznight.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.awaitility.Awaitility;

/**
 * The steps end-to-end games begin and end with on a real server: a room created from one of the test quizzes
 * ({@code src/test/resources/quizzes}), players joined, the game started once they are all in the lobby, and the
 * results file the finished room writes.
 */
public final class Rooms {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Rooms() {
    }

    /** Sends {@code create} for {@code quiz} without options; returns the {@code created} message. */
    public static JsonNode create(WsClient host, String quiz) {
        host.send("type", "create", "quiz", quiz);
        return host.take("created");
    }

    /** Sends {@code create} for {@code quiz} with these {@code options}; returns the {@code created} message. */
    public static JsonNode create(WsClient host, String quiz, Map<String, ?> options) {
        host.send("type", "create", "quiz", quiz, "options", options);
        return host.take("created");
    }

    /**
     * A new connection that has sent {@code join} to the room {@code code} as {@code name}, with the extra fields
     * given as key, value, … ({@code "team", 2}); it waits for no answer (a join may be refused).
     */
    public static WsClient join(int port, String code, String name, Object... extra) {
        Object[] fields = new Object[6 + extra.length];
        Object[] head = {"type", "join", "code", code, "name", name};
        System.arraycopy(head, 0, fields, 0, head.length);
        System.arraycopy(extra, 0, fields, head.length, extra.length);
        WsClient p = WsClient.connect(port);
        p.send(fields);
        return p;
    }

    /** As {@link #join}, and waits until it is {@code joined}. */
    public static WsClient joined(int port, String code, String name, Object... extra) {
        WsClient p = join(port, code, name, extra);
        p.take("joined");
        return p;
    }

    /** Waits until the host's lobby counts {@code players} players, then starts the game. */
    public static void startWith(WsClient host, int players) {
        host.awaitMatching(m -> m.path("type").asText().equals("lobby") && m.get("count").asInt() == players,
                "lobby of " + players);
        host.send("type", "start");
    }

    /** The results file of the room {@code code} in {@code dir}, once the finished room has written it. */
    public static JsonNode resultsFile(Path dir, String code) {
        Path[] file = new Path[1];
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> {
            try (Stream<Path> files = Files.list(dir)) {
                Optional<Path> f = files.filter(p -> p.getFileName().toString().endsWith("-" + code + ".json")).findFirst();
                f.ifPresent(p -> file[0] = p);
                return f.isPresent();
            }
        });
        try {
            return JSON.readTree(Files.readString(file[0], StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
