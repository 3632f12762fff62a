package quiznight.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The one ping timer of an event loop, on an EmbeddedChannel whose loop several connections' delays share. */
class LoopPingsTest {
    private static final long INTERVAL = 800;

    private final List<Object> events = new ArrayList<>();

    private EmbeddedChannel channel(boolean idleHandler) {
        EmbeddedChannel ch = new EmbeddedChannel();
        ch.freezeTime();
        if (idleHandler) {
            ch.pipeline().addLast(new IdleStateHandler(2_000, 0, 0, TimeUnit.MILLISECONDS));
        }
        ch.pipeline().addLast(new ChannelInboundHandlerAdapter() {
            @Override
            public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
                events.add(evt);
            }
        });
        return ch;
    }

    /** Moves time on by {@code ms} in 50 ms steps; the pings written meanwhile, released. */
    private static int pingsAfter(EmbeddedChannel ch, long ms) {
        for (long t = 0; t < ms; t += 50) {
            ch.advanceTimeBy(50, TimeUnit.MILLISECONDS);
            ch.runScheduledPendingTasks();
        }
        int pings = 0;
        for (Object o = ch.readOutbound(); o != null; o = ch.readOutbound()) {
            if (o instanceof PingWebSocketFrame) {
                pings++;
            }
            ReferenceCountUtil.release(o);
        }
        return pings;
    }

    @Test
    void connectionsOfOneLoop_shareOneTimer_eachPingedOnceAnInterval_andTheLastToLeaveStopsIt() {
        EmbeddedChannel ch = channel(false);
        List<NetworkDelay> delays = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            NetworkDelay d = new NetworkDelay();
            d.start(ch, INTERVAL);
            delays.add(d);
            pingsAfter(ch, 50); // joined at different times: spread over the buckets
        }
        LoopPings pings = LoopPings.of(ch.eventLoop(), INTERVAL);
        assertThat(pings.connections()).isEqualTo(20);

        assertThat(pingsAfter(ch, 10 * INTERVAL)).as("ten intervals, twenty connections").isEqualTo(200);

        for (int i = 0; i < 15; i++) {
            delays.get(i * 7 % 20).stop(); // out of order: the buckets fill the holes
        }
        delays.forEach(NetworkDelay::stop); // a second stop changes nothing
        assertThat(pings.connections()).isZero();
        assertThat(ch.runScheduledPendingTasks()).as("no timer left on the loop").isEqualTo(-1);
        assertThat(pingsAfter(ch, 3 * INTERVAL)).isZero();
        assertThat(LoopPings.of(ch.eventLoop(), INTERVAL)).as("the loop's entry went with its last connection")
                .isNotSameAs(pings);
        ch.finishAndReleaseAll();
    }

    @Test
    void aConnectionSilentPastItsIdleTimeout_getsReaderIdle_andTheOthersInItsBucketArePingedStill() {
        EmbeddedChannel quiet = channel(true);
        NetworkDelay silent = new NetworkDelay();
        silent.start(quiet, INTERVAL);
        NetworkDelay talking = new NetworkDelay();
        talking.start(quiet, INTERVAL); // the same bucket: both started at the same moment
        assertThat(quiet.pipeline().get(IdleStateHandler.class)).as("taken over").isNull();
        pingsAfter(quiet, 0);

        int pings = 0;
        for (int i = 0; i < 8; i++) { // 3,200 ms: visits at 800, 1,600, 2,400 (silent 2,400 ms), 3,200
            pings += pingsAfter(quiet, INTERVAL / 2);
            talking.heard();
        }
        assertThat(events).singleElement().isInstanceOfSatisfying(IdleStateEvent.class,
                e -> assertThat(e.state()).isEqualTo(IdleState.READER_IDLE));
        assertThat(LoopPings.of(quiet.eventLoop(), INTERVAL).connections()).as("the silent one left").isEqualTo(1);
        assertThat(pings).as("both pinged until the silent one ended, then the talking one").isEqualTo(6);

        talking.stop();
        quiet.finishAndReleaseAll();
    }

    @Test
    void delaysOfDifferentIntervalsOrLoops_getTimersOfTheirOwn() {
        EmbeddedChannel a = channel(false);
        EmbeddedChannel b = channel(false);
        NetworkDelay da = new NetworkDelay();
        da.start(a, INTERVAL);
        NetworkDelay db = new NetworkDelay();
        db.start(b, INTERVAL);
        NetworkDelay slow = new NetworkDelay();
        slow.start(a, 4 * INTERVAL);
        pingsAfter(a, 0);
        pingsAfter(b, 0);

        assertThat(pingsAfter(a, 4 * INTERVAL)).as("4 of the fast, 1 of the slow").isEqualTo(5);
        assertThat(pingsAfter(b, 4 * INTERVAL)).as("b's loop moved its own timer").isEqualTo(4);
        da.stop();
        db.stop();
        slow.stop();
        a.finishAndReleaseAll();
        b.finishAndReleaseAll();
    }
}
