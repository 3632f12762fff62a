package quiznight.testing;

import quiznight.game.Clock;

/** A clock that moves only when a test says so. */
public final class ManualClock implements Clock {
    private long now;

    public ManualClock(long start) {
        this.now = start;
    }

    @Override
    public long millis() {
        return now;
    }

    public void advance(long ms) {
        now += ms;
    }
}
