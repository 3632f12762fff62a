package quiznight.protocol;

import java.nio.charset.StandardCharsets;

/**
 * The two messages a room sends per answer and per player without Jackson: {@code ack} (one per answer) and
 * {@code result} (one per player at every reveal, 10,000 in a stadium). The bytes are exactly those
 * {@link Codec#encode} writes for the same message (a test holds them to it), built by appending numbers to a
 * fixed prefix. Thread-safe.
 */
public final class Templates {
    private static final byte[] ACK_HEAD = "{\"type\":\"ack\",\"sentAt\":".getBytes(StandardCharsets.US_ASCII);

    private final Codec codec;

    public Templates(Codec codec) {
        this.codec = codec;
    }

    /** {@code {"type":"ack","sentAt":…,"index":i}}. */
    public Encoded ack(int index) {
        StringBuilder sb = new StringBuilder(24).append(codec.sentAtNow()).append(",\"index\":").append(index).append('}');
        return new Encoded("ack", join(ACK_HEAD, sb), false);
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

        private Results(Codec codec, int index, byte[] head) {
            this.codec = codec;
            this.index = index;
            this.head = head;
        }

        /**
         * {@code r} as {@link Codec#encode} writes it; its index is the one this template was made for. A team
         * game's result (with its {@code team}) goes through the codec.
         */
        public Encoded of(ServerMessage.Result r) {
            if (r.index() != index) {
                throw new IllegalArgumentException("a result of question " + r.index() + " for question " + index);
            }
            if (r.team() != null) {
                return codec.encode(r);
            }
            StringBuilder sb = new StringBuilder(112).append(r.correct())
                    .append(",\"points\":").append(r.points())
                    .append(",\"bonus\":").append(r.bonus())
                    .append(",\"score\":").append(r.score())
                    .append(",\"rank\":").append(r.rank())
                    .append(",\"streak\":").append(r.streak())
                    .append(",\"behind\":").append(r.behind())
                    .append(",\"players\":").append(r.players()).append('}');
            return new Encoded("result", join(head, sb), false);
        }
    }

    /** {@code head} then {@code tail}, which holds ASCII only (digits, punctuation, field names). */
    private static byte[] join(byte[] head, StringBuilder tail) {
        int n = tail.length();
        byte[] out = new byte[head.length + n];
        System.arraycopy(head, 0, out, 0, head.length);
        for (int i = 0; i < n; i++) {
            out[head.length + i] = (byte) tail.charAt(i);
        }
        return out;
    }
}
