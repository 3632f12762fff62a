package quiznight.room;

import quiznight.protocol.Encoded;

/**
 * One client connection as a room sees it. Implementations are thread-safe: a room calls them from its own
 * loop, which is usually not the connection's.
 */
public interface Peer {
    /** Queues a message; a droppable one may be skipped when the connection is not keeping up. */
    void send(Encoded message);

    /**
     * The room took this connection's answer to question {@code index}; {@code ack} builds the message that says
     * so. A connection another server holds has that server build and write it, from the room's batch reply.
     */
    default void ack(int index, java.util.function.IntFunction<Encoded> ack) {
        send(ack.apply(index));
    }

    /** Flushes what was sent, then closes with a WebSocket status and reason. */
    void close(int status, String reason);

    /** False once the connection has closed (a relay uses it to tell the room's server the player is away). */
    default boolean isOpen() {
        return true;
    }

    /** Tells the connection which room and identity it now speaks for; {@code room == null} unbinds it. */
    void bind(RoomRef room, Role role, String memberId);

    enum Role { HOST, PLAYER }
}
