package quiznight.session;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.EventLoop;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import quiznight.metrics.Metrics;
import quiznight.protocol.Encoded;
import quiznight.room.Fanout;
import quiznight.room.Peer;

/**
 * Broadcasts the Netty way: the WebSocket frame (header and payload) is built once in a pooled buffer;
 * recipients are grouped by their event loop, and each loop's share goes to that loop's {@link LoopOutbox},
 * which writes a duplicate of the same bytes to its channels a chunk at a time (flushing each chunk), in
 * the order the calls were made, so other tasks of the loop run between chunks. A droppable update skips
 * a connection that is not writable (a slow reader), never a phase change.
 */
public final class NettyFanout implements Fanout {
    private final Metrics metrics;

    public NettyFanout(Metrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void broadcast(List<Peer> peers, Encoded message) {
        if (peers.isEmpty()) {
            return;
        }
        Map<EventLoop, List<FrameSink>> byLoop = new IdentityHashMap<>();
        int recipients = 0;
        for (Peer p : peers) {
            FrameSink s = (FrameSink) p;
            if (message.droppable() && !s.writable()) {
                metrics.droppedForSlowReader();
                continue;
            }
            byLoop.computeIfAbsent(s.eventLoop(), l -> new ArrayList<>()).add(s);
            recipients++;
        }
        metrics.messagesOut(message.type(), recipients);
        if (byLoop.isEmpty()) {
            return;
        }
        ByteBuf frame = textFrame(message.bytes());
        try {
            byLoop.forEach((loop, group) ->
                    LoopOutbox.handOff(loop, new LoopOutbox.Job(group, frame.retainedDuplicate(), null)));
        } finally {
            frame.release();
        }
    }

    @Override
    public void each(List<Peer> peers, List<Encoded> messages) {
        if (peers.isEmpty()) {
            return;
        }
        metrics.messagesOut(messages.get(0).type(), messages.size());
        byLoop(peers, messages).forEach((loop, g) -> LoopOutbox.handOff(loop, new LoopOutbox.Job(g.sinks, null, g.messages)));
    }

    @Override
    public void sendEach(List<Peer> peers, List<Encoded> messages) {
        if (peers.isEmpty()) {
            return;
        }
        metrics.messagesOut(messages.get(0).type(), messages.size());
        byLoop(peers, messages).forEach((loop, g) -> {
            if (loop.inEventLoop()) {
                LoopOutbox.sendEach(g.sinks, g.messages);
            } else {
                loop.execute(() -> LoopOutbox.sendEach(g.sinks, g.messages));
            }
        });
    }

    @Override
    public void broadcastThenEach(List<Peer> peers, Encoded shared, List<Encoded> personal) {
        if (peers.isEmpty()) {
            return;
        }
        metrics.messagesOut(shared.type(), peers.size());
        metrics.messagesOut(personal.get(0).type(), personal.size());
        ByteBuf frame = textFrame(shared.bytes());
        try {
            byLoop(peers, personal).forEach((loop, g) ->
                    LoopOutbox.handOff(loop, new LoopOutbox.Job(g.sinks, frame.retainedDuplicate(), g.messages)));
        } finally {
            frame.release();
        }
    }

    /** One loop's share of a call: its connections and, in the same order, their own messages. */
    private record Group(List<FrameSink> sinks, List<Encoded> messages) {
    }

    private static Map<EventLoop, Group> byLoop(List<Peer> peers, List<Encoded> messages) {
        Map<EventLoop, Group> byLoop = new IdentityHashMap<>();
        for (int i = 0; i < peers.size(); i++) {
            FrameSink s = (FrameSink) peers.get(i);
            Group g = byLoop.computeIfAbsent(s.eventLoop(), l -> new Group(new ArrayList<>(), new ArrayList<>()));
            g.sinks.add(s);
            g.messages.add(messages.get(i));
        }
        return byLoop;
    }

    /** An unmasked, final WebSocket text frame (RFC 6455 5.2) holding {@code payload}. */
    static ByteBuf textFrame(byte[] payload) {
        int n = payload.length;
        int header = n < 126 ? 2 : n <= 0xFFFF ? 4 : 10;
        ByteBuf b = ByteBufAllocator.DEFAULT.directBuffer(header + n);
        b.writeByte(0x81);
        if (n < 126) {
            b.writeByte(n);
        } else if (n <= 0xFFFF) {
            b.writeByte(126);
            b.writeShort(n);
        } else {
            b.writeByte(127);
            b.writeLong(n);
        }
        b.writeBytes(payload);
        return b;
    }
}
