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
 * recipients are grouped by their event loop, and each loop gets one task that writes a duplicate of the
 * same bytes to each of its channels and then flushes them. A droppable update skips a connection that
 * is not writable (a slow reader), never a phase change.
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
        ByteBuf frame = textFrame(message.bytes());
        try {
            Map<EventLoop, List<SessionHandler>> byLoop = new IdentityHashMap<>();
            for (Peer p : peers) {
                SessionHandler s = (SessionHandler) p;
                if (message.droppable() && !s.writable()) {
                    metrics.droppedForSlowReader();
                    continue;
                }
                byLoop.computeIfAbsent(s.eventLoop(), l -> new ArrayList<>()).add(s);
            }
            int recipients = 0;
            for (List<SessionHandler> group : byLoop.values()) {
                recipients += group.size();
            }
            metrics.messagesOut(message.type(), recipients);
            for (Map.Entry<EventLoop, List<SessionHandler>> e : byLoop.entrySet()) {
                ByteBuf shared = frame.retainedDuplicate();
                List<SessionHandler> group = e.getValue();
                run(e.getKey(), () -> {
                    try {
                        for (SessionHandler s : group) {
                            s.writeFrame(shared.retainedDuplicate());
                        }
                        for (SessionHandler s : group) {
                            s.flush();
                        }
                    } finally {
                        shared.release();
                    }
                });
            }
        } finally {
            frame.release();
        }
    }

    @Override
    public void each(List<Peer> peers, List<Encoded> messages) {
        if (!messages.isEmpty()) {
            metrics.messagesOut(messages.get(0).type(), messages.size());
        }
        Map<EventLoop, List<Integer>> byLoop = new IdentityHashMap<>();
        for (int i = 0; i < peers.size(); i++) {
            byLoop.computeIfAbsent(((SessionHandler) peers.get(i)).eventLoop(), l -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<EventLoop, List<Integer>> e : byLoop.entrySet()) {
            List<Integer> group = e.getValue();
            run(e.getKey(), () -> {
                for (int i : group) {
                    ((SessionHandler) peers.get(i)).writeFrame(textFrame(messages.get(i).bytes()));
                }
                for (int i : group) {
                    ((SessionHandler) peers.get(i)).flush();
                }
            });
        }
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
            Map<EventLoop, List<Integer>> byLoop = new IdentityHashMap<>();
            for (int i = 0; i < peers.size(); i++) {
                byLoop.computeIfAbsent(((SessionHandler) peers.get(i)).eventLoop(), l -> new ArrayList<>()).add(i);
            }
            for (Map.Entry<EventLoop, List<Integer>> e : byLoop.entrySet()) {
                ByteBuf copy = frame.retainedDuplicate();
                List<Integer> group = e.getValue();
                run(e.getKey(), () -> {
                    try {
                        for (int i : group) {
                            SessionHandler s = (SessionHandler) peers.get(i);
                            s.writeFrame(copy.retainedDuplicate());
                            s.writeFrame(textFrame(personal.get(i).bytes()));
                        }
                        for (int i : group) {
                            ((SessionHandler) peers.get(i)).flush();
                        }
                    } finally {
                        copy.release();
                    }
                });
            }
        } finally {
            frame.release();
        }
    }

    private static void run(EventLoop loop, Runnable task) {
        if (loop.inEventLoop()) {
            task.run();
        } else {
            loop.execute(task);
        }
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
