package quiznight.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import quiznight.protocol.Encoded;
import quiznight.room.Peer;
import quiznight.room.RoomRef;

/** A connection that records what a room sends it. */
public final class FakePeer implements Peer {
    private static final ObjectMapper JSON = new ObjectMapper();
    public final List<JsonNode> received = new ArrayList<>();
    public RoomRef room;
    public Role role;
    public String memberId;
    public Integer closedWith;

    @Override
    public void send(Encoded message) {
        try {
            received.add(JSON.readTree(message.bytes()));
        } catch (java.io.IOException e) {
            throw new AssertionError("server sent invalid JSON: " + message, e);
        }
    }

    @Override
    public void close(int status, String reason) {
        closedWith = status;
    }

    @Override
    public boolean isOpen() {
        return closedWith == null;
    }

    @Override
    public void bind(RoomRef room, Role role, String memberId) {
        this.room = room;
        this.role = role;
        this.memberId = memberId;
    }

    public List<JsonNode> ofType(String type) {
        return received.stream().filter(m -> m.path("type").asText().equals(type)).toList();
    }

    public JsonNode last(String type) {
        List<JsonNode> all = ofType(type);
        if (all.isEmpty()) {
            throw new AssertionError("no '" + type + "' among " + types());
        }
        return all.get(all.size() - 1);
    }

    public JsonNode last() {
        return received.get(received.size() - 1);
    }

    public List<String> types() {
        return received.stream().map(m -> m.path("type").asText()).toList();
    }
}
