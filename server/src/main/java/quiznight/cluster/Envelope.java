package quiznight.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import quiznight.protocol.Encoded;

/**
 * The messages servers of a cluster send each other over Redis pub/sub, in a compact binary form: a kind byte,
 * then the kind's fields. Server messages travel as the bytes a socket gets, serialized once by the room's
 * owner, so an edge server writes them out without touching them.
 *
 * <p>To an owner, from the edge holding the connection: {@code JOIN}, {@code RESUME}, {@code COMMAND},
 * {@code ANSWER}, {@code GONE}. To an edge, from the owner: {@code SEND}, {@code BIND}, {@code CLOSE},
 * {@code EACH}, {@code ACKS} on the edge's own channel; {@code FAN} (one copy for every edge) and {@code MOVED}
 * (the owner let the room go: drop the relay, and its connections reconnect) on the room's channel.
 *
 * <p>{@code ACKS} is the owner's reply to relayed answers it took: only connection ids and question indexes,
 * from which the edge writes each {@code ack} itself (the ack says nothing a player should not see before the
 * reveal, so neither does this). An {@code ANSWER} ends with a flag saying its edge reads {@code ACKS}; an edge
 * of the previous version sends none and gets each ack as a {@code SEND}, as before, so a rolling restart
 * keeps working (an owner of the previous version ignores the flag).
 */
record Envelope(byte kind, String code, String node, long conn, String text, String member, long at, long latency,
                Encoded message, boolean withHost, int status, List<Item> items, List<Ack> acks,
                boolean readsAcks) {

    static final byte JOIN = 'J';
    static final byte RESUME = 'R';
    static final byte COMMAND = 'C';
    static final byte ANSWER = 'A';
    static final byte GONE = 'G';
    static final byte SEND = 'S';
    static final byte BIND = 'B';
    static final byte CLOSE = 'X';
    static final byte EACH = 'E';
    static final byte FAN = 'F';
    static final byte MOVED = 'M';
    static final byte ACKS = 'K';
    /** Several of the above for one channel, in order: what one event loop had for it at the end of its work. */
    static final byte BATCH = 'L';

    /** One personal message of an {@code EACH}. */
    record Item(long conn, Encoded message) {
    }

    /** One answer of an {@code ACKS}: the room took the answer of connection {@code conn} to question {@code index}. */
    record Ack(long conn, int index) {
    }

    // ---- to the owner ----------------------------------------------------------------------------

    /** A join ({@code text}: the name) or resume ({@code text}: the token), stamped on arrival at the edge. */
    static byte[] request(byte kind, String code, String node, long conn, String text, long at) {
        return write(kind, code, node, conn, out -> {
            str(out, text);
            out.writeLong(at);
        });
    }

    static byte[] command(String code, String node, long conn, String raw) {
        return write(COMMAND, code, node, conn, out -> str(out, raw));
    }

    /** {@code readsAcks}: the edge writes the ack from an {@code ACKS} (a trailing flag older owners never read). */
    static byte[] answer(String code, String node, long conn, String member, String raw, long at, long latency,
                         boolean readsAcks) {
        return write(ANSWER, code, node, conn, out -> {
            str(out, member);
            str(out, raw);
            out.writeLong(at);
            out.writeLong(latency);
            out.writeBoolean(readsAcks);
        });
    }

    static byte[] gone(String code, String node, long conn, String member) {
        return write(GONE, code, node, conn, out -> str(out, member));
    }

    // ---- to an edge --------------------------------------------------------------------------------

    static byte[] send(String code, long conn, Encoded message) {
        return write(SEND, code, null, conn, out -> encoded(out, message));
    }

    /** {@code role} null unbinds the connection from the room. */
    static byte[] bind(String code, long conn, String role, String member) {
        return write(BIND, code, null, conn, out -> {
            str(out, role);
            str(out, member);
        });
    }

    static byte[] close(String code, long conn, int status, String reason) {
        return write(CLOSE, code, null, conn, out -> {
            out.writeInt(status);
            str(out, reason);
        });
    }

    static byte[] each(String code, List<Item> items) {
        return write(EACH, code, null, 0, out -> {
            out.writeInt(items.size());
            for (Item i : items) {
                out.writeLong(i.conn());
                encoded(out, i.message());
            }
        });
    }

    /** Answers the owner took, by connection: the edge writes each one's {@code ack}. */
    static byte[] acks(String code, List<Ack> acks) {
        return write(ACKS, code, null, 0, out -> {
            out.writeInt(acks.size());
            for (Ack a : acks) {
                out.writeLong(a.conn());
                out.writeInt(a.index());
            }
        });
    }

    /** The same message for every connection of the room on an edge: its players, and its host if asked. */
    static byte[] fan(String code, String owner, boolean withHost, Encoded message) {
        return write(FAN, code, owner, 0, out -> {
            out.writeBoolean(withHost);
            encoded(out, message);
        });
    }

    /** The owner let the room go (it is stopping): every edge drops its relay; clients reconnect and resume. */
    static byte[] moved(String code, String owner) {
        return write(MOVED, code, owner, 0, out -> { });
    }

    /** Several encoded messages as one, kept in order. */
    static byte[] batch(List<byte[]> messages) {
        int size = 5;
        for (byte[] m : messages) {
            size += 4 + m.length;
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(size).put(BATCH).putInt(messages.size());
        for (byte[] m : messages) {
            b.putInt(m.length).put(m);
        }
        return b.array();
    }

    /** The messages in what one publish carried: one, or the contents of a batch. */
    static List<byte[]> unbatch(byte[] bytes) {
        if (bytes.length == 0 || bytes[0] != BATCH) {
            return List.of(bytes);
        }
        try {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes, 1, bytes.length - 1);
            int n = b.getInt();
            List<byte[]> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                byte[] m = new byte[b.getInt()];
                b.get(m);
                out.add(m);
            }
            return out;
        } catch (java.nio.BufferUnderflowException | NegativeArraySizeException e) {
            throw new IllegalArgumentException("truncated cluster batch", e);
        }
    }

    // ---- reading -----------------------------------------------------------------------------------

    static Envelope read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte kind = in.readByte();
            String code = str(in);
            String node = str(in);
            long conn = in.readLong();
            switch (kind) {
                case JOIN, RESUME -> {
                    String text = str(in);
                    return new Envelope(kind, code, node, conn, text, null, in.readLong(), 0, null, false, 0, null, null, false);
                }
                case COMMAND -> {
                    return new Envelope(kind, code, node, conn, str(in), null, 0, 0, null, false, 0, null, null, false);
                }
                case ANSWER -> {
                    String member = str(in);
                    String raw = str(in);
                    long at = in.readLong();
                    long latency = in.readLong();
                    // Absent from an edge of the previous version: it reads acks as SENDs only.
                    boolean readsAcks = in.available() > 0 && in.readBoolean();
                    return new Envelope(kind, code, node, conn, raw, member, at, latency, null, false, 0, null, null,
                            readsAcks);
                }
                case GONE -> {
                    return new Envelope(kind, code, node, conn, null, str(in), 0, 0, null, false, 0, null, null, false);
                }
                case SEND -> {
                    return new Envelope(kind, code, node, conn, null, null, 0, 0, encoded(in), false, 0, null, null, false);
                }
                case BIND -> {
                    String role = str(in);
                    return new Envelope(kind, code, node, conn, role, str(in), 0, 0, null, false, 0, null, null, false);
                }
                case CLOSE -> {
                    int status = in.readInt();
                    return new Envelope(kind, code, node, conn, str(in), null, 0, 0, null, false, status, null, null, false);
                }
                case EACH -> {
                    int n = in.readInt();
                    List<Item> items = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        long c = in.readLong();
                        items.add(new Item(c, encoded(in)));
                    }
                    return new Envelope(kind, code, node, conn, null, null, 0, 0, null, false, 0, items, null, false);
                }
                case FAN -> {
                    boolean withHost = in.readBoolean();
                    return new Envelope(kind, code, node, conn, null, null, 0, 0, encoded(in), withHost, 0, null, null, false);
                }
                case ACKS -> {
                    int n = in.readInt();
                    List<Ack> acks = new ArrayList<>(Math.min(n, bytes.length / 12));
                    for (int i = 0; i < n; i++) {
                        long c = in.readLong();
                        acks.add(new Ack(c, in.readInt()));
                    }
                    return new Envelope(kind, code, node, conn, null, null, 0, 0, null, false, 0, null, acks, false);
                }
                case MOVED -> {
                    return new Envelope(kind, code, node, conn, null, null, 0, 0, null, false, 0, null, null, false);
                }
                default -> throw new IllegalArgumentException("unknown cluster message kind " + kind);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated cluster message", e);
        }
    }

    // ---- plumbing ----------------------------------------------------------------------------------

    private interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    private static byte[] write(byte kind, String code, String node, long conn, Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(kind);
            str(out, code);
            str(out, node);
            out.writeLong(conn);
            body.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void encoded(DataOutputStream out, Encoded e) throws IOException {
        str(out, e.type());
        out.writeBoolean(e.droppable());
        out.writeInt(e.bytes().length);
        out.write(e.bytes());
    }

    private static Encoded encoded(DataInputStream in) throws IOException {
        String type = str(in);
        boolean droppable = in.readBoolean();
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new Encoded(type, b, droppable);
    }

    private static void str(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String str(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
