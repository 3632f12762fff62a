package quiznight.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.protocol.ClientMessage;
import quiznight.quiz.Question;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizCatalog;
import quiznight.quiz.QuizLoader;
import quiznight.quiz.QuizWriter;
import quiznight.quiz.ShuffleSecret;
import quiznight.results.ResultsStore;
import quiznight.testing.FakePeer;
import quiznight.testing.ManualClock;
import quiznight.testing.ManualLoop;

/**
 * A room's journal keeps its quiz with the items of an order question in the right order; a restore loads it again
 * with the server's shuffle secret, kept for good, so the answers recorded before a restart (item numbers as they
 * were shown) are judged as they were. A journal written before secrets restores with the shuffle of then.
 */
class OrderShuffleRestoreTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String SECRET = "this server's shuffle secret";
    static final List<String> RIGHT = List.of("Fortran", "Lisp", "C", "Java", "Rust", "Go");
    static final String QUIZ = "{\"id\":\"ord\",\"title\":\"Order\",\"questions\":[{\"kind\":\"order\",\"text\":"
            + "\"Oldest first\",\"choices\":" + RIGHT.stream().map(t -> "\"" + t + "\"").toList() + "}]}";

    @TempDir
    Path dir;
    ManualClock clock = new ManualClock(1_700_000_000_000L);
    ManualLoop loop = new ManualLoop(clock);
    List<ResultsStore> stores = new ArrayList<>();

    @AfterEach
    void tearDown() {
        stores.forEach(ResultsStore::close);
    }

    static Quiz load(QuizLoader loader, String json) throws Exception {
        return loader.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "ord.json", "ord");
    }

    /** A server's registry as a start builds it: the catalog loaded with a loader made from the kept secret. */
    RoomRegistry registry(String secret, Path data) throws Exception {
        QuizLoader loader = new QuizLoader(ShuffleSecret.of(secret));
        ResultsStore store = new ResultsStore(dir.resolve("results"));
        stores.add(store);
        return new RoomRegistry(new QuizCatalog(List.of(load(loader, QUIZ)), loader), TestRooms.services(clock, store),
                () -> loop, c -> "http://x/play?code=" + c, 10, data);
    }

    /** The item numbers, as shown, in the right order. */
    static List<Integer> rightAnswer(JsonNode question) {
        List<String> shown = new ArrayList<>();
        question.get("choices").forEach(c -> shown.add(c.asText()));
        return RIGHT.stream().map(shown::indexOf).toList();
    }

    static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(from.relativize(f).toString()));
            }
        }
    }

    @Test
    void aRoomRestoredAfterARestart_judgesTheOrderAnswersItRecordedAsBefore() throws Exception {
        Path data = dir.resolve("data");
        Room room = registry(SECRET, data).create(new ClientMessage.Create("ord", ClientMessage.CreateOptions.NONE));
        FakePeer host = new FakePeer();
        room.openForHost(host);
        List<FakePeer> players = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            FakePeer p = new FakePeer();
            room.join(p, new ClientMessage.Join(room.code(), "P" + i), clock.millis());
            players.add(p);
        }
        room.command(host, new ClientMessage.Start());
        JsonNode question = players.get(0).last("question");
        List<Integer> right = rightAnswer(question);
        List<Integer> asShown = IntStream.range(0, RIGHT.size()).boxed().toList(); // never right: never the identity
        room.answer(players.get(0), players.get(0).memberId, new ClientMessage.Answer(0, null, right, null, null),
                clock.millis(), 0);
        room.answer(players.get(1), players.get(1).memberId, new ClientMessage.Answer(0, null, asShown, null, null),
                clock.millis(), 0);
        loop.advance(100);
        Path copy = Files.createDirectories(dir.resolve("copy"));
        copy(data, copy.resolve("data"));

        // The restart: a new registry, its loader made from the same secret (the data folder keeps it).
        RoomRegistry after = registry(SECRET, data);
        assertThat(after.restoreAll()).isEqualTo(1);
        Room back = after.find(room.code()).orElseThrow();
        FakePeer p2 = new FakePeer();
        back.resume(p2, players.get(2).last("joined").get("token").asText(), clock.millis());
        assertThat(p2.last("question").get("choices")).as("the same items, in the same shuffle").isEqualTo(question.get("choices"));
        back.answer(p2, p2.memberId, new ClientMessage.Answer(0, null, right, null, null), clock.millis(), 0);
        FakePeer p0 = new FakePeer();
        back.resume(p0, players.get(0).last("joined").get("token").asText(), clock.millis());
        FakePeer p1 = new FakePeer();
        back.resume(p1, players.get(1).last("joined").get("token").asText(), clock.millis());
        assertThat(p0.last("result").get("correct").asBoolean()).as("answered before the restart").isTrue();
        assertThat(p1.last("result").get("correct").asBoolean()).isFalse();
        assertThat(p2.last("result").get("correct").asBoolean()).as("answered after the restart").isTrue();

        // Restored with another secret (a lost data folder), the recorded answers would be judged otherwise.
        RoomRegistry elsewhere = registry("a secret this server never had", copy.resolve("data"));
        assertThat(elsewhere.restoreAll()).isEqualTo(1);
        Room other = elsewhere.find(room.code()).orElseThrow();
        FakePeer q0 = new FakePeer();
        other.resume(q0, players.get(0).last("joined").get("token").asText(), clock.millis());
        assertThat(q0.last("question").get("choices")).isNotEqualTo(question.get("choices"));
    }

    @Test
    void theCreatedRecordSaysTheQuizWasShuffledWithTheSecret_andAJournalWithoutItRestoresWithTheShuffleOfThen()
            throws Exception {
        Room room = registry(SECRET, dir.resolve("data")).create(new ClientMessage.Create("ord", ClientMessage.CreateOptions.NONE));
        room.openForHost(new FakePeer());
        JsonNode created = JSON.readTree(Files.readAllLines(FileJournal.fileFor(dir.resolve("data"), room.code())).get(0));
        assertThat(created.get("orderShuffle").asText()).isEqualTo("secret");

        QuizLoader server = new QuizLoader(ShuffleSecret.of(SECRET));
        Quiz written = load(server, QUIZ);
        ObjectNode old = JSON.createObjectNode();
        old.put("t", "created").put("code", "654321");
        old.set("quiz", QuizWriter.quiz(written.id(), written.title(), written.questions()));
        Question before = JournalQuiz.read(old, Journal.NONE, server).questions().get(0);
        assertThat(before.choices()).isEqualTo(load(QuizLoader.beforeSecrets(), QUIZ).questions().get(0).choices());
        old.put("orderShuffle", "secret");
        assertThat(JournalQuiz.read(old, Journal.NONE, server).questions().get(0).choices())
                .isEqualTo(written.questions().get(0).choices());
    }
}
