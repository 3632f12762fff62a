package quiznight.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.protocol.ClientMessage;
import quiznight.quiz.Kind;
import quiznight.quiz.Question;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizCatalog;
import quiznight.quiz.QuizWriter;
import quiznight.quiz.Solution;
import quiznight.results.ResultsStore;
import quiznight.testing.FakePeer;
import quiznight.testing.ManualClock;
import quiznight.testing.ManualLoop;

/**
 * A journal names its quiz by id and content hash instead of repeating it; the content is kept once per hash
 * in {@code data/quizzes/}, privately, until no journal names it; rooms still restore, old journals too.
 */
class JournalByReferenceTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    ManualClock clock = new ManualClock(1_700_000_000_000L);
    ManualLoop loop = new ManualLoop(clock);
    List<ResultsStore> stores = new ArrayList<>();

    @AfterEach
    void tearDown() {
        stores.forEach(ResultsStore::close);
    }

    static Quiz quiz(String id, int questions, int textLength) {
        List<Question> qs = new ArrayList<>();
        for (int i = 0; i < questions; i++) {
            String text = "Q" + i + " " + "x".repeat(Math.max(0, textLength - 8));
            qs.add(new Question(Kind.SINGLE, text, null, List.of("A" + i, "B", "C", "D"),
                    new Solution.Choices(new TreeSet<>(List.of(i % 4))), 20_000, 1, "", null, null, null));
        }
        return new Quiz(id, "Quiz " + id, "About " + id, qs);
    }

    RoomRegistry registry(Quiz... quizzes) {
        ResultsStore store = new ResultsStore(dir.resolve("results"));
        stores.add(store);
        Room.Services services = TestRooms.services(clock, store);
        return new RoomRegistry(new QuizCatalog(List.of(quizzes)), services, () -> loop, c -> "http://x/play?code=" + c, 100,
                dir.resolve("data"));
    }

    JsonNode created(Room room) throws Exception {
        return JSON.readTree(Files.readAllLines(FileJournal.fileFor(dir.resolve("data"), room.code())).get(0));
    }

    List<Path> kept() throws Exception {
        Path quizzes = dir.resolve("data").resolve(FileJournal.QUIZZES_DIR);
        if (!Files.isDirectory(quizzes)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(quizzes)) {
            return s.toList();
        }
    }

    @Test
    void theCreatedRecord_namesTheQuizByIdAndHash_andTheContentIsKeptOnceForManyRooms() throws Exception {
        Quiz big = quiz("big", 50, 200);
        RoomRegistry reg = registry(big);
        Room a = reg.create(new ClientMessage.Create("big", ClientMessage.CreateOptions.NONE));
        Room b = reg.create(new ClientMessage.Create("big", ClientMessage.CreateOptions.NONE));

        JsonNode record = created(a);
        assertThat(record.has("quiz")).isFalse();
        assertThat(record.get("quizRef").get("id").asText()).isEqualTo("big");
        String hash = record.get("quizRef").get("hash").asText();
        assertThat(hash).matches("[0-9a-f]{64}");
        assertThat(record.toString()).doesNotContain("Q1 xxx");
        assertThat(Files.size(FileJournal.fileFor(dir.resolve("data"), a.code()))).isLessThan(1000);
        assertThat(created(b).get("quizRef").get("hash").asText()).isEqualTo(hash);
        assertThat(kept()).extracting(p -> p.getFileName().toString()).containsExactly(hash + ".json");
        assertThat(JSON.readTree(kept().get(0).toFile())).isEqualTo(QuizWriter.quiz(big));
    }

    @Test
    void aRoomRestores_whenItsQuizIsNoLongerInTheCatalog_inTheSameOrderWithItsTimeLimits() throws Exception {
        Quiz uploaded = quiz("uploaded", 8, 20);
        RoomRegistry before = registry(quiz("other", 1, 10), uploaded);
        Room room = before.create(new ClientMessage.Create("uploaded", new ClientMessage.CreateOptions(3, true, 30, null, false)));
        FakePeer host = new FakePeer();
        room.openForHost(host);
        String hostToken = host.last("created").get("hostToken").asText();
        loop.advance(100);
        JsonNode order = created(room).get("order");
        assertThat(order).hasSize(3);

        // the upload is gone (evicted, deleted): the catalog after the restart does not have it
        RoomRegistry after = registry(quiz("other", 1, 10));
        assertThat(after.restoreAll()).isEqualTo(1);
        Room back = after.find(room.code()).orElseThrow();
        FakePeer hostAgain = new FakePeer();
        back.resume(hostAgain, hostToken, clock.millis());
        assertThat(hostAgain.last("resumed").get("quiz").get("questions").asInt()).isEqualTo(3);
        assertThat(hostAgain.last("resumed").get("quiz").get("title").asText()).isEqualTo("Quiz uploaded");
        back.command(hostAgain, new ClientMessage.Start());
        JsonNode first = hostAgain.last("question");
        assertThat(first.get("text").asText()).startsWith("Q" + order.get(0).asInt() + " ");
        assertThat(first.get("timeLimitMs").asLong()).isEqualTo(30_000);
    }

    @Test
    void aJournalOfTheEarlierFormat_withTheQuestionsInline_stillRestores() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Quiz old = quiz("old", 2, 10);
        com.fasterxml.jackson.databind.node.ObjectNode c = JSON.createObjectNode();
        c.put("t", "created").put("at", clock.millis()).put("code", "654321").put("hostToken", "h".repeat(32))
                .put("joinUrl", "http://x/play?code=654321").put("hideText", false).put("quizDescription", "About old");
        c.set("quiz", QuizWriter.quiz(old.id(), old.title(), old.questions()));
        Files.writeString(data.resolve("room-654321.journal"), c + "\n");

        RoomRegistry after = registry(quiz("other", 1, 10));
        assertThat(after.restoreAll()).isEqualTo(1);
        FakePeer host = new FakePeer();
        after.find("654321").orElseThrow().resume(host, "h".repeat(32), clock.millis());
        assertThat(host.last("resumed").get("quiz").get("id").asText()).isEqualTo("old");
        assertThat(host.last("resumed").get("quiz").get("questions").asInt()).isEqualTo(2);
    }

    @Test
    void theKeptQuiz_goesWithTheLastJournalNamingIt_andUnnamedOnesGoAtStart() throws Exception {
        RoomRegistry reg = registry(quiz("q", 2, 10));
        Room a = reg.create(new ClientMessage.Create("q", new ClientMessage.CreateOptions(1, false, null, null, false)));
        Room b = reg.create(new ClientMessage.Create("q", new ClientMessage.CreateOptions(1, false, null, null, false)));
        FakePeer hostA = new FakePeer();
        FakePeer hostB = new FakePeer();
        a.openForHost(hostA);
        b.openForHost(hostB);
        a.command(hostA, new ClientMessage.Start());
        b.command(hostB, new ClientMessage.Start());
        a.command(hostA, new ClientMessage.End());
        org.awaitility.Awaitility.await().until(() -> !Files.exists(FileJournal.fileFor(dir.resolve("data"), a.code())));
        assertThat(kept()).hasSize(1);
        b.command(hostB, new ClientMessage.End());
        org.awaitility.Awaitility.await().until(() -> kept().isEmpty());

        Path stray = Files.createDirectories(dir.resolve("data").resolve(FileJournal.QUIZZES_DIR)).resolve("ab".repeat(32) + ".json");
        Files.writeString(stray, "{}");
        registry(quiz("q", 2, 10)).restoreAll();
        assertThat(stray).doesNotExist();
    }

    @Test
    void journals_are0600_andTheDataFolderAndKeptQuizzes0700And0600() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Files.createDirectories(dir.resolve("data"));
        Files.setPosixFilePermissions(dir.resolve("data"), PosixFilePermissions.fromString("rwxr-xr-x"));
        RoomRegistry reg = registry(quiz("q", 2, 10));
        Room room = reg.create(new ClientMessage.Create("q", ClientMessage.CreateOptions.NONE));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("data")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(FileJournal.fileFor(dir.resolve("data"), room.code()))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept().get(0)))).isEqualTo("rw-------");
    }

    /** Measure: 20 rooms of a large quiz (500 questions), bytes the journals write before (inline) and now. */
    @Test
    void twentyRoomsOfALargeQuiz_writeTheQuizOnce() throws Exception {
        Quiz large = quiz("large", 500, 900);
        RoomRegistry reg = registry(large);
        for (int i = 0; i < 20; i++) {
            reg.create(new ClientMessage.Create("large", ClientMessage.CreateOptions.NONE));
        }
        long written;
        try (Stream<Path> s = Files.walk(dir.resolve("data"))) {
            written = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        long inlineOne = JSON.writeValueAsBytes(QuizWriter.quiz(large.id(), large.title(), large.questions())).length;
        System.out.printf("20 rooms of a %d-byte quiz: journals wrote %d bytes; inline they would write %d%n",
                inlineOne, written, 20 * inlineOne);
        assertThat(written).isLessThan(inlineOne + 20 * 4_000L);
    }
}
