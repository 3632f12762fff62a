package quiznight.net;

import io.netty.channel.EventLoop;
import java.util.concurrent.TimeUnit;
import quiznight.room.RoomLoop;

/** A room confined to one Netty event loop. */
final class NettyRoomLoop implements RoomLoop {
    private final EventLoop loop;

    NettyRoomLoop(EventLoop loop) {
        this.loop = loop;
    }

    @Override
    public void execute(Runnable task) {
        loop.execute(task);
    }

    @Override
    public Cancellable schedule(Runnable task, long delayMs) {
        var future = loop.schedule(task, delayMs, TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public boolean inLoop() {
        return loop.inEventLoop();
    }
}
