package quiznight.room;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import quiznight.quiz.Quiz;
import quiznight.results.ResultsStore;
import quiznight.testing.ManualClock;
import quiznight.testing.ManualLoop;

/**
 * A room test on the manual clock whose rooms keep journals and results on disk: {@link #registry(Quiz)} is the
 * server (re)started on the same folders, so a test can stop one and restore its rooms in the next.
 */
abstract class RoomOnDiskTest {
    @TempDir
    Path dir;

    final ManualClock clock = new ManualClock(1_700_000_000_000L);
    final ManualLoop loop = new ManualLoop(clock);
    ResultsStore store;

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    /** A server started on this test's folders with one quiz; the previous one's results store is closed. */
    RoomRegistry registry(Quiz quiz) {
        closeStore();
        store = new ResultsStore(dir.resolve("results"));
        return TestRooms.registry(quiz, clock, loop, store, dir.resolve("data"));
    }
}
