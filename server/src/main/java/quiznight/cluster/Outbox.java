package quiznight.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.concurrent.Executor;

/**
 * One event loop's messages to other servers, in the order they were sent. A flush keeps the order every
 * receiver sees: messages for one server's channel are batched together until a message for a room's
 * channel (which every relaying server reads too) comes; that one goes out after everything before it.
 */
final class Outbox {
    private static final int MAX_MESSAGES = 2_000;
    private static final int MAX_BYTES = 4 << 20;

    private final BiConsumer<String, byte[]> publish;
    private final List<String> channels = new ArrayList<>();
    private final List<byte[]> messages = new ArrayList<>();
    private final List<Boolean> toRooms = new ArrayList<>();
    private int bytes;
    private boolean scheduled;

    /** @param publish publishes one message on one channel, in call order */
    Outbox(BiConsumer<String, byte[]> publish) {
        this.publish = publish;
    }

    /** Queues a message; the first of a turn schedules the flush on {@code loop}, the thread's own event loop. */
    void add(Executor loop, String channel, boolean toRoom, byte[] message) {
        channels.add(channel);
        toRooms.add(toRoom);
        messages.add(message);
        bytes += message.length;
        // A room-channel message (a broadcast) goes out at once, after everything before it.
        if (toRoom || messages.size() >= MAX_MESSAGES || bytes >= MAX_BYTES) {
            flush();
        } else if (!scheduled) {
            scheduled = true;
            loop.execute(this::flush);
        }
    }

    /** Publishes everything queued, in order: one batch per server channel between room-channel messages. */
    void flush() {
        scheduled = false;
        if (messages.isEmpty()) {
            return;
        }
        Map<String, List<byte[]>> toNodes = new LinkedHashMap<>();
        for (int i = 0; i < messages.size(); i++) {
            if (toRooms.get(i)) {
                publishAll(toNodes);
                publish.accept(channels.get(i), messages.get(i));
            } else {
                toNodes.computeIfAbsent(channels.get(i), c -> new ArrayList<>()).add(messages.get(i));
            }
        }
        publishAll(toNodes);
        channels.clear();
        messages.clear();
        toRooms.clear();
        bytes = 0;
    }

    private void publishAll(Map<String, List<byte[]>> toNodes) {
        toNodes.forEach((channel, batch) -> publish.accept(channel, batch.size() == 1 ? batch.get(0) : Envelope.batch(batch)));
        toNodes.clear();
    }
}
