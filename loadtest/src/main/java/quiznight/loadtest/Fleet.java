package quiznight.loadtest;

import io.netty.channel.EventLoop;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * One process's players ({@link WorkerSpec}): a connection ramp at the intended join rate with at most
 * {@code maxHandshakes} connections between connect and WebSocket handshake, then the bots play. Join latency
 * is measured from each bot's intended start on the ramp, so waiting for a handshake slot counts.
 */
final class Fleet implements AutoCloseable {
    private final WorkerSpec spec;
    private final Stats stats;
    private final QuizKnowledge knowledge;
    private final WsClient client;
    private final Semaphore handshakes;
    private final List<PlayerBot> bots = new ArrayList<>();
    private final AtomicInteger joined = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger over = new AtomicInteger();
    private final AtomicInteger logged = new AtomicInteger();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private final String label;
    private Thread ramp;
    /** The nodes this process has seen fail (cluster-failover reconnects avoid them). */
    private final Failover.Nodes nodes;
    /** Per node, the pictures' HTTP client (empty: the bots download no pictures). */
    private final List<MediaClient> media = new ArrayList<>();

    Fleet(WorkerSpec spec, Stats stats, String label) throws IOException {
        this.spec = spec;
        this.stats = stats;
        this.label = label;
        this.knowledge = QuizKnowledge.load(spec.quizFile());
        this.client = new WsClient(spec.urls().stream().map(URI::create).toList(), spec.ioThreads(), spec.sourceAddresses(),
                spec.sourceOffset());
        this.nodes = new Failover.Nodes(spec.urls().size());
        this.handshakes = new Semaphore(Math.max(1, spec.maxHandshakes()));
        if (spec.mediaBases() != null) {
            for (String base : spec.mediaBases()) {
                media.add(new MediaClient(URI.create(base), client.group(), spec.mediaConnections()));
            }
        }
        if (spec.players() >= 1000) {
            ClientWarmup.run(knowledge, 20_000);
        }
        if (spec.players() == 0) {
            ready.complete(null);
            done.complete(null);
        }
    }

    void start() {
        ramp = new Thread(this::ramp, label + "-ramp");
        ramp.setDaemon(true);
        ramp.start();
    }

    private void ramp() {
        double interval = 1000.0 / spec.joinRate();
        double t0 = Now.ms() + 50;
        for (int k = 0; k < spec.players(); k++) {
            double intended = t0 + k * interval;
            long waitNs = (long) ((intended - Now.ms()) * 1e6);
            if (waitNs > 0) {
                LockSupport.parkNanos(waitNs);
            }
            handshakes.acquireUninterruptibly();
            int g = spec.firstPlayer() + k;
            String code = spec.codes().get(g % spec.codes().size());
            int node = Spread.node(g, spec.codes().size(), spec.urls().size());
            // per-node figures only when there is more than one node: they cost a second record per message
            String nodeKey = spec.urls().size() > 1 ? nodeKey(node) : null;
            PlayerBot bot = new PlayerBot(this, stats, g, code, botName(g), intended, spec.questions(), spec.warmupQuestions(),
                    nodeKey, node);
            synchronized (bots) {
                bots.add(bot);
            }
            connect(g, bot);
        }
    }

    /**
     * A bot's nickname: its number with each digit written as a consonant ("bot-dfb" for 120). "bot27175" read
     * as look-alike letters is a word the server's nickname filter refuses; these names never are, and no two
     * look alike (BotNameTest checks the first 60,000). No 'r': the server takes names that look alike as one
     * name, and "rn" looks like "m" ("bot-brn" and "bot-bm" collided).
     */
    static String botName(int g) {
        String digits = Integer.toString(g);
        StringBuilder sb = new StringBuilder(4 + digits.length()).append("bot-");
        for (int i = 0; i < digits.length(); i++) {
            sb.append("bdfghjkmnp".charAt(digits.charAt(i) - '0'));
        }
        return sb.toString();
    }

    /** The prefix of the figures of the players that connected through node {@code node} (0-based): "node1.", … */
    static String nodeKey(int node) {
        return "node" + (node + 1) + ".";
    }

    /** Player {@code g}'s connection: its node and source address as {@link Spread} says. */
    private void connect(int g, WsClient.Listener bot) {
        int nodes = spec.urls().size();
        client.connect(Spread.node(g, spec.codes().size(), nodes), Spread.source(g, nodes, spec.sourceAddresses()), bot);
    }

    // ---- from bots --------------------------------------------------------------------------------

    void handshakeDone() {
        handshakes.release();
    }

    void joined() {
        joined.incrementAndGet();
        settled();
    }

    void joinFailed() {
        failed.incrementAndGet();
        settled();
    }

    private void settled() {
        if (joined.get() + failed.get() >= spec.players()) {
            ready.complete(null);
            checkDone();
        }
    }

    void playerOver() {
        over.incrementAndGet();
        checkDone();
    }

    private void checkDone() {
        if (ready.isDone() && over.get() >= joined.get()) {
            done.complete(null);
        }
    }

    void log(String line) {
        if (logged.incrementAndGet() <= 20) {
            System.err.println("[" + label + "] " + line);
        }
    }

    int answerMinMs() {
        return spec.answerMinMs();
    }

    int answerMaxMs() {
        return spec.answerMaxMs();
    }

    double correctShare() {
        return spec.correctShare();
    }

    int stormIndex() {
        return spec.stormIndex();
    }

    long stormWindowMs() {
        return spec.stormWindowMs();
    }

    boolean failover() {
        return spec.failover();
    }

    Failover.Nodes nodes() {
        return nodes;
    }

    /**
     * A new connection for bot {@code g} through {@code node}, after {@code delayMs}, on the bot's own event loop: the
     * storm's (same node, at once) and cluster-failover's reconnects. No handshake slot: the reconnects are the load.
     */
    void reconnect(int g, int node, long delayMs, WsClient.Listener bot, EventLoop loop) {
        client.connectLater(node, Spread.source(g, spec.urls().size(), spec.sourceAddresses()), bot, loop, delayMs);
    }

    /** A new bot's pictures, downloaded from its node; null when the run downloads none. */
    PhonePictures phonePictures(int node) {
        return media.isEmpty() ? null : new PhonePictures(media.get(node)::get, stats);
    }

    QuizKnowledge knowledge() {
        return knowledge;
    }

    // ---- for the owner ----------------------------------------------------------------------------

    /** Completes when every player has joined or failed to. */
    CompletableFuture<Void> ready() {
        return ready;
    }

    /** Completes when every joined player has seen {@code finished} or lost its connection. */
    CompletableFuture<Void> done() {
        return done;
    }

    int joinedCount() {
        return joined.get();
    }

    int failedCount() {
        return failed.get();
    }

    /** Closes every connection, stops the event loops, counts what was missed and returns the measurements. */
    WorkerResult finish() {
        List<PlayerBot> all;
        synchronized (bots) {
            all = new ArrayList<>(bots);
        }
        all.forEach(PlayerBot::closeQuietly);
        try {
            Thread.sleep(Math.min(5_000, 200 + all.size() / 5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeMedia();
        client.close();
        all.forEach(PlayerBot::account);
        stats.add("playersJoined", joined.get());
        stats.add("playersFailed", failed.get());
        return stats.snapshot();
    }

    /** Before the event loops stop, once (a pool's close runs on them). */
    private void closeMedia() {
        media.forEach(MediaClient::close);
        media.clear();
    }

    @Override
    public void close() {
        closeMedia();
        client.close();
    }
}
