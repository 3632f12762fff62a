package quiznight.room;

import quiznight.protocol.ClientMessage;

/**
 * What a connection speaks to once it is in a room: the room itself when this server holds it, or, in cluster
 * mode, a relay to the server that does ({@code quiznight.cluster}). Every method is safe from any thread and
 * returns at once; the room answers the peer through {@link Peer}.
 */
public interface RoomRef {
    String code();

    /**
     * A join request, as decoded ({@code raw}: the message as the client sent it, for a relay, so a field added to
     * {@code join} reaches the room with no layer in between changed); {@code done} runs once the room has
     * answered it (joined or refused).
     */
    void join(Peer peer, ClientMessage.Join join, String raw, long receivedAt, Runnable done);

    /** A resume request; {@code done} runs once the room has answered it. */
    void resume(Peer peer, String token, long receivedAt, Runnable done);

    /** A host command ({@code raw}: the message as the client sent it, for a relay). */
    void command(Peer peer, ClientMessage message, String raw);

    /** An answer, stamped with its arrival time on the server the player is connected to. */
    void answer(Peer peer, String memberId, ClientMessage.Answer answer, String raw, long receivedAt, long latencyMs);

    /** The connection closed. */
    void disconnected(Peer peer, String memberId);
}
