package quiznight.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The two messages a room sends per answer and per player without Jackson: {@code ack} (one per answer) and
 * {@code result} (one per player at every reveal, 10,000 in a stadium). The bytes are exactly those
 * {@link Codec#encode} writes for the same message (a test holds them to it), built by appending numbers to a
 * fixed prefix (and, in team mode, a team standing encoded once per team per reveal). Thread-safe.
 */
public final class Templates {
    private static final byte[] ACK_HEAD = "{\"type\":\"ack\",\"sentAt\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = {'}'};

    private final Codec codec;

    public Templates(Codec codec) {
        this.codec = codec;
    }

    /** {@code {"type":"ack","sentAt":…,"index":i}}. */
    public Encoded ack(int index) {
        StringBuilder sb = new StringBuilder(24).append(codec.sentAtNow()).append(",\"index\":").append(index);
        return new Encoded("ack", join(ACK_HEAD, sb, CLOSE), false);
    }

    /**
     * The results of one reveal: the envelope and the question's index are written once, each player's numbers
     * appended to it. The {@code sentAt} of all of them is the moment this was called.
     */
    public Results results(int index) {
        return new Results(codec, index, ("{\"type\":\"result\",\"sentAt\":" + codec.sentAtNow() + ",\"index\":" + index
                + ",\"correct\":").getBytes(StandardCharsets.US_ASCII));
    }

    /** One reveal's {@code result} messages ({@link ServerMessage.Result}); see {@link #results(int)}. */
    public static final class Results {
        private final Codec codec;
        private final int index;
        private final byte[] head;
        /**
         * Each team standing of this reveal as the tail of a result: its {@code "team"} field and the closing brace.
         * A team game has a handful of teams (at most {@link Codec#MAX_TEAMS}) and thousands of players, so each
         * standing is encoded once; keyed by value, so a standing that differs is never given another's bytes.
         */
        private final Map<ServerMessage.Team, byte[]> teams = new ConcurrentHashMap<>();

        private Results(Codec codec, int index, byte[] head) {
            this.codec = codec;
            this.index = index;
            this.head = head;
        }

        /** {@code r} as {@link Codec#encode} writes it; its index is the one this template was made for. */
        public Encoded of(ServerMessage.Result r) {
            if (r.index() != index) {
                throw new IllegalArgumentException("a result of question " + r.index() + " for question " + index);
            }
            StringBuilder sb = new StringBuilder(112).append(r.correct())
                    .append(",\"points\":").append(r.points())
                    .append(",\"bonus\":").append(r.bonus())
                    .append(",\"score\":").append(r.score())
                    .append(",\"rank\":").append(r.rank())
                    .append(",\"streak\":").append(r.streak())
                    .append(",\"behind\":").append(r.behind())
                    .append(",\"players\":").append(r.players());
            return new Encoded("result", join(head, sb, r.team() == null ? CLOSE : teamTail(r.team())), false);
        }

        /** The tail of a result with this team standing: kept from an earlier result, else encoded (and kept). */
        private byte[] teamTail(ServerMessage.Team team) {
            byte[] tail = teams.get(team);
            if (tail == null) {
                tail = encodeTail(team);
                if (teams.size() < Codec.MAX_TEAMS) {
                    teams.put(team, tail);
                }
            }
            return tail;
        }

        private byte[] encodeTail(ServerMessage.Team team) {
            byte[] json;
            try {
                json = codec.mapper().writeValueAsBytes(team);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot serialize a team", e);
            }
            byte[] name = ",\"team\":".getBytes(StandardCharsets.US_ASCII);
            byte[] tail = new byte[name.length + json.length + 1];
            System.arraycopy(name, 0, tail, 0, name.length);
            System.arraycopy(json, 0, tail, name.length, json.length);
            tail[tail.length - 1] = '}';
            return tail;
        }
    }

    /** {@code head}, {@code middle} (ASCII only: digits, punctuation, field names), then {@code end}'s bytes. */
    private static byte[] join(byte[] head, StringBuilder middle, byte[] end) {
        int n = middle.length();
        byte[] out = new byte[head.length + n + end.length];
        System.arraycopy(head, 0, out, 0, head.length);
        for (int i = 0; i < n; i++) {
            out[head.length + i] = (byte) middle.charAt(i);
        }
        System.arraycopy(end, 0, out, head.length + n, end.length);
        return out;
    }
}
