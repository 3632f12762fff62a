package quiznight.room;

import java.nio.file.Path;
import java.util.List;
import quiznight.game.NameFilter;
import quiznight.metrics.Metrics;
import quiznight.protocol.Codec;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizCatalog;
import quiznight.results.ResultsStore;
import quiznight.testing.ManualClock;
import quiznight.testing.ManualLoop;

/** What the room tests build a room from: its services on a manual clock, and the options of room 123456. */
final class TestRooms {
    private TestRooms() {
    }

    /** Default settings, direct fan-out, no nickname filter, no metrics; results go to {@code store}. */
    static Room.Services services(ManualClock clock, ResultsStore store) {
        return new Room.Services(clock, new Codec(clock::millis), Metrics.NOOP, store, RoomSettings.DEFAULTS,
                Fanout.DIRECT, NameFilter.none());
    }

    /** A registry of one quiz on the manual loop, with journals under {@code data} (so rooms can be restored). */
    static RoomRegistry registry(Quiz quiz, ManualClock clock, ManualLoop loop, ResultsStore store, Path data) {
        return new RoomRegistry(new QuizCatalog(List.of(quiz)), services(clock, store), () -> loop,
                c -> "http://x/play?code=" + c, 10, data);
    }

    /** Room 123456 playing every question of {@code quiz}, questions shown on phones. */
    static RoomOptions options(Quiz quiz, long createdAt) {
        return new RoomOptions("123456", "host-token", "http://x/play?code=123456", quiz, quiz.questions(), false,
                createdAt);
    }
}
