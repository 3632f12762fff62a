package quiznight.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;

/**
 * One event loop's messages to other servers, in the order they were sent. A flush keeps the order every
 * receiver sees: messages for one server's channel are batched together until a message for a room's
 * channel (which every relaying server reads too) comes; that one goes out after everything before it.
 * Acks for one server's connections that follow each other on its channel (the answers of a relayed batch)
 * become one {@link Envelope#ACKS}, never reordered around another message for that server.
 */
final class Outbox {
    private static final int MAX_MESSAGES = 2_000;
    private static final int MAX_BYTES = 4 << 20;
    /** What one ack adds to an {@code ACKS}: its connection and question index. */
    private static final int ACK_BYTES = 12;

    /** One queued message: its bytes, or, for an open run of acks, the acks (encoded at the flush). */
    private record Entry(String channel, boolean toRoom, byte[] bytes, String code, List<Envelope.Ack> acks) {
        byte[] encoded() {
            return bytes != null ? bytes : Envelope.acks(code, acks);
        }
    }

    private final BiConsumer<String, byte[]> publish;
    private final IntConsumer sent;
    private final List<Entry> entries = new ArrayList<>();
    /** Per server channel, the acks that are the last thing queued for it: the next ack for it joins them. */
    private final Map<String, Entry> openAcks = new HashMap<>();
    private int count;
    private int bytes;
    private boolean scheduled;

    /** @param publish publishes one message on one channel, in call order */
    Outbox(BiConsumer<String, byte[]> publish) {
        this(publish, n -> { });
    }

    /**
     * @param publish publishes one message on one channel, in call order
     * @param sent told the size of each message as it goes out (a batch counts its messages, an {@code ACKS} one)
     */
    Outbox(BiConsumer<String, byte[]> publish, IntConsumer sent) {
        this.publish = publish;
        this.sent = sent;
    }

    /** Queues a message; the first of a turn schedules the flush on {@code loop}, the thread's own event loop. */
    void add(Executor loop, String channel, boolean toRoom, byte[] message) {
        entries.add(new Entry(channel, toRoom, message, null, null));
        openAcks.remove(channel);
        queued(loop, toRoom, message.length);
    }

    /**
     * Queues the ack of connection {@code conn}'s answer to question {@code index} for the server holding it (its
     * {@code channel}): with the acks queued just before it for that server, or starting a new {@code ACKS}.
     */
    void addAck(Executor loop, String channel, String code, long conn, int index) {
        Entry open = openAcks.get(channel);
        if (open == null || !open.code().equals(code)) {
            open = new Entry(channel, false, null, code, new ArrayList<>());
            entries.add(open);
            openAcks.put(channel, open);
        }
        open.acks().add(new Envelope.Ack(conn, index));
        queued(loop, false, ACK_BYTES);
    }

    private void queued(Executor loop, boolean toRoom, int size) {
        count++;
        bytes += size;
        // A room-channel message (a broadcast) goes out at once, after everything before it.
        if (toRoom || count >= MAX_MESSAGES || bytes >= MAX_BYTES) {
            flush();
        } else if (!scheduled) {
            scheduled = true;
            loop.execute(this::flush);
        }
    }

    /** Publishes everything queued, in order: one batch per server channel between room-channel messages. */
    void flush() {
        scheduled = false;
        if (entries.isEmpty()) {
            return;
        }
        Map<String, List<byte[]>> toNodes = new LinkedHashMap<>();
        for (Entry e : entries) {
            byte[] message = e.encoded();
            sent.accept(message.length);
            if (e.toRoom()) {
                publishAll(toNodes);
                publish.accept(e.channel(), message);
            } else {
                toNodes.computeIfAbsent(e.channel(), c -> new ArrayList<>()).add(message);
            }
        }
        publishAll(toNodes);
        entries.clear();
        openAcks.clear();
        count = 0;
        bytes = 0;
    }

    private void publishAll(Map<String, List<byte[]>> toNodes) {
        toNodes.forEach((channel, batch) -> publish.accept(channel, batch.size() == 1 ? batch.get(0) : Envelope.batch(batch)));
        toNodes.clear();
    }
}
