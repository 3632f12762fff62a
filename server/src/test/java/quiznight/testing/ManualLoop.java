package quiznight.testing;

import java.util.Comparator;
import java.util.PriorityQueue;
import quiznight.room.RoomLoop;

/** A room loop for tests: tasks run at once on the test thread; timers run when the manual clock passes them. */
public final class ManualLoop implements RoomLoop {
    private record Timer(long due, long seq, Runnable task, boolean[] cancelled) {
    }

    private final ManualClock clock;
    private final PriorityQueue<Timer> timers = new PriorityQueue<>(
            Comparator.comparingLong(Timer::due).thenComparingLong(Timer::seq));
    private long seq;

    public ManualLoop(ManualClock clock) {
        this.clock = clock;
    }

    @Override
    public void execute(Runnable task) {
        task.run();
    }

    @Override
    public Cancellable schedule(Runnable task, long delayMs) {
        boolean[] cancelled = {false};
        timers.add(new Timer(clock.millis() + delayMs, seq++, task, cancelled));
        return () -> cancelled[0] = true;
    }

    @Override
    public boolean inLoop() {
        return true;
    }

    /** Moves the clock forward, running every timer that falls due on the way, in order. */
    public void advance(long ms) {
        long target = clock.millis() + ms;
        runDue();
        while (!timers.isEmpty() && timers.peek().due() <= target) {
            Timer t = timers.poll();
            clock.advance(Math.max(0, t.due() - clock.millis()));
            if (!t.cancelled()[0]) {
                t.task().run();
            }
        }
        clock.advance(target - clock.millis());
    }

    /** Runs timers already due (zero-delay ones included) without moving the clock. */
    public void runDue() {
        while (!timers.isEmpty() && timers.peek().due() <= clock.millis()) {
            Timer t = timers.poll();
            if (!t.cancelled()[0]) {
                t.task().run();
            }
        }
    }

    public long pendingTimers() {
        return timers.stream().filter(t -> !t.cancelled()[0]).count();
    }
}
