package quiznight.room;

import quiznight.game.NameFilter;
import quiznight.metrics.Metrics;
import quiznight.protocol.Codec;
import quiznight.quiz.Quiz;
import quiznight.results.ResultsStore;
import quiznight.testing.ManualClock;

/** What the room tests build a room from: its services on a manual clock, and the options of room 123456. */
final class TestRooms {
    private TestRooms() {
    }

    /** Default settings, direct fan-out, no nickname filter, no metrics; results go to {@code store}. */
    static Room.Services services(ManualClock clock, ResultsStore store) {
        return new Room.Services(clock, new Codec(clock::millis), Metrics.NOOP, store, RoomSettings.DEFAULTS,
                Fanout.DIRECT, NameFilter.none());
    }

    /** Room 123456 playing every question of {@code quiz}, questions shown on phones. */
    static RoomOptions options(Quiz quiz, long createdAt) {
        return new RoomOptions("123456", "host-token", "http://x/play?code=123456", quiz, quiz.questions(), false,
                createdAt);
    }
}
