package quiznight.session;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import quiznight.protocol.ErrorCode;
import quiznight.protocol.ProtocolException;

/**
 * Per client address (the same key as {@link CodeGuard}: an IPv6 address by its /64): how many rooms it creates
 * per minute, how many of its rooms are live at once, and how many join requests it sends to one room. Keeps one
 * client from filling the server with rooms or one room with bots, while a meetup where several people host from
 * one network, or a class behind one school address, still fits. The same count bounds the students one address
 * joins to one homework assignment ({@link #joinsOnly}, used by net's homework routes).
 *
 * <p>Pure (time is an argument) and thread-safe: one per server, shared by every event loop. Rooms that are no
 * longer live (asked through {@code live}) are forgotten on the way.
 */
public final class AddressQuotas {
    private static final long SWEEP_MS = 60_000;

    private final PerMinute creations;
    private final int createsPerMinute;
    private final int roomsPerAddress;
    private final int joinsPerRoom;
    private final Predicate<String> live;
    private final Map<String, Rooms> roomsByAddress = new ConcurrentHashMap<>();
    /** Joins counted per address and room (or assignment); a count that falls to 0 is no entry. */
    private final Map<String, Integer> joins = new ConcurrentHashMap<>();
    private volatile long lastSweep;

    /**
     * @param createsPerMinute rooms one address may create per minute
     * @param roomsPerAddress  rooms created from one address that may be live at once
     * @param joinsPerRoom     join requests one address may send to one room
     * @param live             whether the room with a code is still live on this server
     */
    public AddressQuotas(int createsPerMinute, int roomsPerAddress, int joinsPerRoom, Predicate<String> live) {
        this.creations = new PerMinute(createsPerMinute);
        this.createsPerMinute = createsPerMinute;
        this.roomsPerAddress = roomsPerAddress;
        this.joinsPerRoom = joinsPerRoom;
        this.live = live;
    }

    /**
     * Joins only: at most {@code joins} from one address to one key (a homework assignment's id), forgotten once
     * {@code live} says the key is over.
     */
    public static AddressQuotas joinsOnly(int joins, Predicate<String> live) {
        return new AddressQuotas(Integer.MAX_VALUE, Integer.MAX_VALUE, joins, live);
    }

    /** No limit worth speaking of (tests that are about something else). */
    public static AddressQuotas unlimited() {
        return new AddressQuotas(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, code -> true);
    }

    /** What an address holds: its live rooms, and the creations admitted but not yet answered. */
    private static final class Rooms {
        final Set<String> codes = new HashSet<>();
        int pending;
    }

    /**
     * Admits a create request from the address, or refuses it: {@code capacity} while it has its share of live
     * rooms, {@code rate-limited} past its creations per minute. An admitted request must end in {@link #created}
     * or {@link #failed}: its place is held until then, so many connections at once cannot overshoot.
     */
    public void admitCreate(String address, long now) {
        String key = CodeGuard.key(address);
        sweep(now);
        Rooms mine = roomsByAddress.computeIfAbsent(key, k -> new Rooms());
        synchronized (mine) {
            mine.codes.removeIf(code -> !live.test(code));
            if (mine.codes.size() + mine.pending >= roomsPerAddress) {
                throw new ProtocolException(ErrorCode.CAPACITY, "Your network already has " + roomsPerAddress
                        + " rooms open on this server: finish or close one before creating another.");
            }
            long wait = creations.acquire(key, now);
            if (wait > 0) {
                throw new ProtocolException(ErrorCode.RATE_LIMITED, "At most " + createsPerMinute
                        + " rooms a minute from one network: try again in " + (wait + 999) / 1000 + " s.");
            }
            mine.pending++;
        }
    }

    /** The admitted request made the room with this code. */
    public void created(String address, String code) {
        Rooms mine = roomsByAddress.computeIfAbsent(CodeGuard.key(address), k -> new Rooms());
        synchronized (mine) {
            mine.pending = Math.max(0, mine.pending - 1);
            mine.codes.add(code);
        }
    }

    /** The admitted request made no room (unknown quiz, Redis unreachable): it counts for nothing. */
    public void failed(String address, long now) {
        String key = CodeGuard.key(address);
        creations.giveBack(key, now);
        Rooms mine = roomsByAddress.get(key);
        if (mine != null) {
            synchronized (mine) {
                mine.pending = Math.max(0, mine.pending - 1);
            }
        }
    }

    /** Counts a join request from the address to the room, or refuses it ({@code capacity}) past the share. */
    public void admitJoin(String address, String code, long now) {
        if (!tryJoin(address, code, now)) {
            throw new ProtocolException(ErrorCode.CAPACITY, "This room takes at most " + joinsPerRoom
                    + " joins from one network; ask the host to raise --joins-per-room-per-address.");
        }
    }

    /**
     * Counts a join from the address to {@code code} (a room, or anything else this instance counts joins to, such
     * as a homework assignment) and answers true; false past the address's share, counting nothing.
     */
    public boolean tryJoin(String address, String code, long now) {
        sweep(now);
        boolean[] counted = new boolean[1];
        // One atomic step per key: a sweep or a give-back in between cannot lose or misplace a count.
        joins.compute(CodeGuard.key(address) + " " + code, (k, n) -> {
            int c = n == null ? 0 : n;
            if (c >= joinsPerRoom) {
                return n;
            }
            counted[0] = true;
            return c + 1;
        });
        return counted[0];
    }

    /**
     * A join counted by {@link #tryJoin} was refused for another reason (a name taken): it gives its place back,
     * and a count back at 0 leaves no entry behind (refused joins alone do not grow the map).
     */
    public void joinRefused(String address, String code) {
        joins.computeIfPresent(CodeGuard.key(address) + " " + code, (k, n) -> n <= 1 ? null : n - 1);
    }

    /** How many address and room (or assignment) pairs hold a count: for tests. */
    int keysCounted() {
        return joins.size();
    }

    /** Joins one address may send to one room (or assignment). */
    public int joinsPerRoom() {
        return joinsPerRoom;
    }

    private void sweep(long now) {
        if (now - lastSweep < SWEEP_MS) {
            return;
        }
        lastSweep = now;
        joins.keySet().removeIf(k -> !live.test(k.substring(k.lastIndexOf(' ') + 1)));
        roomsByAddress.values().removeIf(mine -> {
            synchronized (mine) {
                mine.codes.removeIf(code -> !live.test(code));
                return mine.codes.isEmpty() && mine.pending == 0;
            }
        });
    }
}
