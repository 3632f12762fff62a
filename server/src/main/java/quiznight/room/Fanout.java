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
