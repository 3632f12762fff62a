package quiznight.room;

import java.util.List;
import quiznight.protocol.Encoded;

/**
 * How a room hands messages to many connections at once. The default sends one by one; the Netty
 * binding ({@code quiznight.session.NettyFanout}) builds the WebSocket frame once and writes it per
 * event loop in one task.
 */
public interface Fanout {
    /** The same message to every peer. */
    void broadcast(List<Peer> peers, Encoded message);

    /** One message per peer ({@code messages.get(i)} to {@code peers.get(i)}). */
    void each(List<Peer> peers, List<Encoded> messages);

    /**
     * One message per peer, each as {@link Peer#send} sends one alone: at once to a connection with nothing
     * waiting, after its own earlier writes otherwise, never behind other connections' share of a broadcast; one
     * task per event loop rather than one per message. The acks a relay writes from its owner's reply.
     */
    default void sendEach(List<Peer> peers, List<Encoded> messages) {
        for (int i = 0; i < peers.size(); i++) {
            peers.get(i).send(messages.get(i));
        }
    }

    /**
     * The same message to every peer, each followed by its own one ({@code personal.get(i)} to
     * {@code peers.get(i)}): the reveal and each player's result, written together and flushed once.
     */
    void broadcastThenEach(List<Peer> peers, Encoded shared, List<Encoded> personal);

    Fanout DIRECT = new Fanout() {
        @Override
        public void broadcast(List<Peer> peers, Encoded message) {
            for (Peer p : peers) {
                p.send(message);
            }
        }

        @Override
        public void each(List<Peer> peers, List<Encoded> messages) {
            for (int i = 0; i < peers.size(); i++) {
                peers.get(i).send(messages.get(i));
            }
        }

        @Override
        public void broadcastThenEach(List<Peer> peers, Encoded shared, List<Encoded> personal) {
            for (int i = 0; i < peers.size(); i++) {
                peers.get(i).send(shared);
                peers.get(i).send(personal.get(i));
            }
        }
    };
}
