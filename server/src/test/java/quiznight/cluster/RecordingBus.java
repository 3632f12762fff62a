package quiznight.cluster;

import java.util.ArrayList;
import java.util.List;

/** A bus that records what would be published, in order. */
final class RecordingBus implements Bus {
    record Sent(String channel, Envelope envelope) {
    }

    final List<Sent> sent = new ArrayList<>();
    private long conns;

    @Override
    public String nodeId() {
        return "edge";
    }

    @Override
    public void toNode(String node, byte[] message) {
        sent.add(new Sent("node:" + node, Envelope.read(message)));
    }

    @Override
    public void toRoom(String code, byte[] message) {
        sent.add(new Sent("room:" + code, Envelope.read(message)));
    }

    @Override
    public long nextConn() {
        return ++conns;
    }

    Sent last() {
        return sent.get(sent.size() - 1);
    }
}
