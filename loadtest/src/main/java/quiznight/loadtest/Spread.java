package quiznight.loadtest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who connects where: which process runs a player, which server node it connects through and which loopback
 * source address its socket is bound to. Pure arithmetic, shared by the ramp ({@link Fleet}), the storm's
 * reconnects and the check of a run's plan ({@link Main}), so that they cannot disagree.
 *
 * <p>Player {@code g} (numbered over the whole run) plays in room {@code g % rooms} (as always), connects through
 * node {@code (g / rooms) % nodes} (round-robin over the nodes within each room, so every room has players on every
 * node and every node the same share, ±1) and binds to source address {@code (g / nodes) % sources} of its process
 * (so every (source address, node) pair gets the same share; with one node this is {@code g % sources}, as before).
 * Process {@code w} of {@code k} runs a contiguous share of the players and binds to its own source addresses,
 * {@code 127.0.0.(2 + w * sources)} onwards: no two processes share one.
 */
final class Spread {
    /** Sockets one process should hold at most: this box allows 20,000 open files per process. */
    static final int SOCKETS_PER_PROCESS = 15_000;
    /** Connections one (source address, destination) pair should need at most: about 28,000 ephemeral ports. */
    static final int CONNECTIONS_PER_PAIR = 20_000;
    /** Players one server node can take: its 20,000 open files, less some for itself and a cluster's links. */
    static final int SOCKETS_PER_SERVER = 19_000;
    /** Loopback source addresses used: 127.0.0.2 to 127.0.0.251. */
    static final int ADDRESSES = 250;

    private Spread() {
    }

    /** The node (index into the run's URLs) player {@code g} connects through. */
    static int node(int g, int rooms, int nodes) {
        return (g / Math.max(1, rooms)) % Math.max(1, nodes);
    }

    /** The source address (index into its process's addresses) player {@code g}'s socket is bound to. */
    static int source(int g, int nodes, int sources) {
        return (g / Math.max(1, nodes)) % Math.max(1, sources);
    }

    /** The first player of process {@code w} of {@code parts}; process w runs {@code first(w) .. first(w + 1) - 1}. */
    static int first(int players, int parts, int w) {
        return (int) ((long) players * w / parts);
    }

    /** The first source address of process {@code w}: the processes' addresses do not overlap. */
    static int sourceOffset(int w, int sources) {
        return w * sources;
    }

    /** Source address {@code i} of a process whose first one is {@code offset}: 127.0.0.2, 127.0.0.3, … */
    static String sourceAddress(int offset, int i) {
        return "127.0.0." + (2 + (offset + i) % ADDRESSES);
    }

    /** Processes needed so that none holds more than {@link #SOCKETS_PER_PROCESS} players, at least {@code min}. */
    static int workersFor(int players, int min) {
        int needed = (players + SOCKETS_PER_PROCESS - 1) / SOCKETS_PER_PROCESS;
        return min == 0 && needed <= 1 ? 0 : Math.max(min, needed);
    }

    /**
     * Source addresses per process needed so that no (source address, node) pair carries more than
     * {@link #CONNECTIONS_PER_PAIR} connections, at least {@code min}.
     */
    static int sourcesFor(int players, int rooms, int nodes, int workers, int min) {
        int s = min;
        int most = ADDRESSES / Math.max(1, workers);
        while (s < most && plan(players, rooms, nodes, workers, s).connectionsPerPair() > CONNECTIONS_PER_PAIR) {
            s++;
        }
        return s;
    }

    /**
     * What a run's connections come to.
     *
     * @param processes          processes running players (the load generator's main one when there are no workers)
     * @param socketsPerProcess  the most player (and host) sockets one of them holds
     * @param connectionsPerPair the most connections from one source address to one node (one ephemeral port each)
     * @param playersPerNode     players connecting through each node
     */
    record Plan(int processes, int socketsPerProcess, int connectionsPerPair, int[] playersPerNode) {
        /** What exceeds this box's limits, one line each; empty when nothing does. */
        List<String> problems() {
            List<String> out = new ArrayList<>();
            if (socketsPerProcess > SOCKETS_PER_PROCESS) {
                out.add(String.format(Locale.ROOT, "one load-generator process holds %,d sockets (more than %,d): add --workers",
                        socketsPerProcess, SOCKETS_PER_PROCESS));
            }
            if (connectionsPerPair > CONNECTIONS_PER_PAIR) {
                out.add(String.format(Locale.ROOT, "%,d connections from one source address to one node (more than %,d of its"
                        + " ephemeral ports): add --source-addresses", connectionsPerPair, CONNECTIONS_PER_PAIR));
            }
            for (int i = 0; i < playersPerNode.length; i++) {
                if (playersPerNode[i] > SOCKETS_PER_SERVER) {
                    out.add(String.format(Locale.ROOT, "node %d takes %,d players (a server process has 20,000 open files): add nodes",
                            i + 1, playersPerNode[i]));
                }
            }
            return out;
        }
    }

    /**
     * Counts the connections of a run as {@link Fleet} and {@link Coordinator} make them: the players, and one host
     * per room in the main process from the first source address to the first node.
     */
    static Plan plan(int players, int rooms, int nodes, int workers, int sources) {
        int parts = Math.max(1, workers);
        int n = Math.max(1, nodes);
        Map<Long, Integer> pairs = new HashMap<>();
        // the hosts: the first source address (or the kernel's choice) to the first node
        pairs.merge(pair(sources == 0 ? -1 : 0, 0, n), rooms, Integer::sum);
        int[] perNode = new int[n];
        int perProcess = workers == 0 ? rooms : 0;
        for (int w = 0; w < parts; w++) {
            int a = first(players, parts, w);
            int b = first(players, parts, w + 1);
            perProcess = Math.max(perProcess, b - a + (workers == 0 ? rooms : 0));
            for (int g = a; g < b; g++) {
                int node = node(g, rooms, n);
                perNode[node]++;
                // the kernel's choice (no source addresses) is 127.0.0.1 for every socket of every process
                int address = sources == 0 ? -1 : (sourceOffset(w, sources) + source(g, n, sources)) % ADDRESSES;
                pairs.merge(pair(address, node, n), 1, Integer::sum);
            }
        }
        int most = pairs.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return new Plan(parts, perProcess, most, perNode);
    }

    private static long pair(int address, int node, int nodes) {
        return (long) (address + 1) * nodes + node;
    }
}
