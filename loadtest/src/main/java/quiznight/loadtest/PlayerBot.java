package quiznight.loadtest;

import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * One player: joins, answers each question after a random delay (right with the configured probability when
 * the quiz is known), and measures every message against its {@code sentAt} or its own intended time. All
 * methods run on the connection's event loop.
 *
 * <p>In a storm ({@code stormIndex >= 0}) the bot, on the standings after that question, picks a moment in the
 * storm window, closes its socket abruptly (RST, no WebSocket close) and at once connects again with
 * {@code resume}. It checks that {@code resumed} carries the score of its last {@code result} (and, in an open
 * question it had answered and got acked, {@code answered: true}), takes the replayed phase message(s) without
 * counting them as duplicates, and checks that the next results' streaks continue the one it had.
 *
 * <p>In cluster-failover ({@link Fleet#failover()}) the bot never drops itself: when its connection closes unexpectedly
 * (1012 from its server, or the TCP connection ends because the server died) it reconnects to another node after a
 * random backoff ({@link Failover.Link}), resumes, and makes the same checks; a reconnect that fails or is closed
 * again before {@code resumed} is retried, up to {@link Failover#MAX_ATTEMPTS} per outage.
 */
final class PlayerBot implements WsClient.Listener {
    private static final String WARMUP = "warmup.";
    private final Fleet fleet;
    private final Stats stats;
    private final int n;
    private final String code;
    private final String name;
    private final double intendedJoin;
    private final int questions;

    private final int warmup;
    /** The prefix of this bot's per-node figures ("node2."), or null when the run has one node. */
    private final String nodeKey;
    private Channel ch;
    /** The join went out; the server owes this bot {@code joined} or an error. */
    private boolean joinSent;
    private boolean joinRefused;
    private boolean joined;
    private boolean finished;
    private boolean closing;
    private boolean over;

    private final boolean[] gotQuestion;
    /** Questions of a kind that scores nothing (a poll): their result leaves the streak as it was. */
    private final boolean[] unscored;
    private final boolean[] gotReveal;
    private final boolean[] gotResult;
    private final boolean[] gotStandings;
    private final double[] questionSentAt;
    private final double[] revealSentAt;
    private final double[] answerIntended;
    private final boolean[] acked;
    private int answersSent;

    // ---- storm -----------------------------------------------------------------------------------
    private String token;
    private int lastScore;
    private int lastStreak;
    private int lastResultIndex = -1;
    private int lastQuestionIndex = -1;
    private boolean stormScheduled;
    private boolean reconnecting;
    private boolean resumed;
    private double dropIntended;
    private double stormStart;
    private boolean replayQuestion;
    private boolean replayReveal;
    private boolean replayResult;
    private boolean replayStandings;
    /** The node this bot joined through (the storm reconnects there). */
    private final int node;
    /** cluster-failover: this bot's node and its reconnects (null otherwise). */
    private final Failover.Link link;
    /** The event loop of this bot's first connection: its reconnects stay on it. */
    private EventLoop loop;
    private final PhonePictures pictures; // null: the run downloads no pictures

    PlayerBot(Fleet fleet, Stats stats, int n, String code, String name, double intendedJoin, int questions, int warmup,
              String nodeKey, int node) {
        this.fleet = fleet;
        this.node = node;
        this.link = fleet.failover()
                ? new Failover.Link(fleet.nodes(), node, n, (to, delay) -> fleet.reconnect(n, to, delay, this, loop)) : null;
        this.nodeKey = nodeKey;
        this.pictures = fleet.phonePictures(node);
        this.n = n;
        this.warmup = warmup;
        this.stats = stats;
        this.code = code;
        this.name = name;
        this.intendedJoin = intendedJoin;
        this.questions = questions;
        gotQuestion = new boolean[questions];
        unscored = new boolean[questions];
        gotReveal = new boolean[questions];
        gotResult = new boolean[questions];
        gotStandings = new boolean[questions];
        questionSentAt = new double[questions];
        revealSentAt = new double[questions];
        answerIntended = new double[questions];
        acked = new boolean[questions];
    }

    @Override
    public void onOpen(Channel ch) {
        this.ch = ch;
        if (loop == null) {
            loop = ch.eventLoop();
        }
        if (reconnecting) {
            WsClient.send(ch, "{\"type\":\"resume\",\"code\":\"" + code + "\",\"token\":\"" + token + "\"}");
            return;
        }
        fleet.handshakeDone();
        joinSent = true;
        WsClient.send(ch, "{\"type\":\"join\",\"code\":\"" + code + "\",\"name\":\"" + name + "\"}");
    }

    @Override
    public void onFailed(Throwable cause) {
        if (reconnecting && link != null) {
            stats.count("failoverConnectFailed");
            if (!link.lost(true)) {
                giveUp(cause);
            }
            return;
        }
        if (reconnecting) {
            reconnecting = false;
            error("resume-connect-failed");
            fleet.log("reconnect failed: " + cause);
            if (!over) {
                over = true;
                fleet.playerOver();
            }
            return;
        }
        fleet.handshakeDone();
        error("connect-failed");
        nodeCount("failed");
        fleet.log("connect failed: " + cause);
        fleet.joinFailed();
        over = true;
    }

    @Override
    public void onClosed(Channel ch) {
        if (ch != this.ch) {
            return; // the connection this bot dropped in the storm
        }
        if (link != null && joined && !closing && !finished && !over) {
            lost(ch);
            return;
        }
        if (!closing && !finished) {
            error("unexpected-close");
        }
        if (!joined) {
            nodeCount("failed");
            fleet.joinFailed();
        } else if (!over) {
            over = true;
            fleet.playerOver();
        }
    }

    @Override
    public void onText(Channel ch, byte[] payload, double at) {
        if (ch != this.ch) {
            return; // late frames on the dropped connection
        }
        Msg m;
        try {
            m = Msg.parse(payload, 0, payload.length);
        } catch (java.io.IOException e) {
            error("bad-frame");
            return;
        }
        int i = m.index;
        if (pictures != null) {
            pictures.onMessage(m, at);
        }
        switch (m.type) {
            case "joined" -> {
                if (joined) {
                    error("duplicate-joined");
                    return;
                }
                joined = true;
                token = m.token;
                record("join", at - intendedJoin);
                nodeCount("joined");
                fleet.joined();
            }
            case "lobby" -> stats.count("lobbyMessages");
            case "question" -> {
                if (!inRange(i)) {
                    return;
                }
                if (gotQuestion[i] && replayQuestion) {
                    replayQuestion = false;
                    stats.count("replayed");
                    return;
                }
                if (gotQuestion[i]) {
                    error("duplicate-question");
                    return;
                }
                gotQuestion[i] = true;
                unscored[i] = !QuizKnowledge.scored(m.kind);
                lastQuestionIndex = i;
                questionSentAt[i] = m.sentAt;
                double d = at - m.sentAt;
                delivered(name(i, "question"), i, d);
                ThreadLocalRandom rnd = ThreadLocalRandom.current();
                int delay = fleet.answerMinMs() + rnd.nextInt(Math.max(1, fleet.answerMaxMs() - fleet.answerMinMs() + 1));
                boolean right = rnd.nextDouble() < fleet.correctShare();
                String frame = fleet.knowledge().answerFrame(m, right, rnd);
                if (fleet.knowledge().knows(m)) {
                    stats.count("answersKnown");
                }
                double intended = at + delay;
                ch.eventLoop().schedule(() -> answer(i, frame, intended), delay, TimeUnit.MILLISECONDS);
            }
            case "ack" -> {
                if (inRange(i) && answerIntended[i] > 0 && !acked[i]) {
                    acked[i] = true;
                    count("acks");
                    record(name(i, "ack"), at - answerIntended[i]);
                    last(name(i, "ackAll"), i, at - questionSentAt[i]);
                } else {
                    error("unexpected-ack");
                }
            }
            case "progress" -> stats.count("progressMessages");
            case "reveal" -> {
                if (!inRange(i)) {
                    return;
                }
                if (gotReveal[i] && replayReveal) {
                    replayReveal = false;
                    stats.count("replayed");
                    return;
                }
                gotReveal[i] = true;
                revealSentAt[i] = m.sentAt;
                double d = at - m.sentAt;
                delivered(name(i, "reveal"), i, d);
            }
            case "result" -> {
                if (!inRange(i)) {
                    return;
                }
                if (gotResult[i] && replayResult) {
                    replayResult = false;
                    stats.count("replayed");
                    return;
                }
                if (resumed && i > fleet.stormIndex() && lastResultIndex == i - 1 && m.streak >= 0) {
                    int expected = unscored[i] ? lastStreak : Boolean.TRUE.equals(m.correct) ? lastStreak + 1 : 0;
                    if (m.streak != expected) {
                        error(link == null ? "storm-streak-broken" : "failover-streak-broken");
                        fleet.log(name + ": result " + i + " streak " + m.streak + ", expected " + expected);
                    }
                }
                if (m.score >= 0) {
                    lastScore = m.score;
                }
                if (m.streak >= 0) {
                    lastStreak = m.streak;
                }
                lastResultIndex = i;
                gotResult[i] = true;
                if (Boolean.TRUE.equals(m.correct)) {
                    count("correct");
                }
                double from = gotReveal[i] ? revealSentAt[i] : m.sentAt;
                delivered(name(i, "result"), i, at - from);
            }
            case "standings" -> {
                if (!inRange(i)) {
                    return;
                }
                if (gotStandings[i] && replayStandings) {
                    replayStandings = false;
                    stats.count("replayed");
                    return;
                }
                if (gotStandings[i]) {
                    error("duplicate-standings");
                    return;
                }
                gotStandings[i] = true;
                if (i == fleet.stormIndex() && link != null && stormStart == 0) {
                    stormStart = Double.isNaN(m.sentAt) ? at : m.sentAt; // the owner is killed during these standings
                } else if (i == fleet.stormIndex() && link == null && !stormScheduled) {
                    scheduleDrop(at, m.sentAt);
                }
                double d = at - m.sentAt;
                delivered(name(i, "standings"), i, d);
            }
            case "finished" -> {
                if (finished) {
                    error("duplicate-finished");
                    return;
                }
                finished = true;
                double d = at - m.sentAt;
                delivered("finished", 0, d);
                if (!over) {
                    over = true;
                    fleet.playerOver();
                }
            }
            case "resumed" -> resumed(m, at);
            case "error" -> {
                error(m.code == null ? "error" : m.code);
                fleet.log("error frame: " + m.code + ": " + m.message);
                if (!joined) {
                    joinRefused = true;
                    closing = true;
                    WsClient.close(ch);
                }
            }
            default -> stats.count("other:" + m.type);
        }
    }

    /** The storm: a moment in the window, then the socket goes (RST) and a new one resumes at once. */
    private void scheduleDrop(double at, double standingsSentAt) {
        stormScheduled = true;
        stormStart = Double.isNaN(standingsSentAt) ? at : standingsSentAt;
        long delay = fleet.stormWindowMs() <= 0 ? 0 : ThreadLocalRandom.current().nextLong(fleet.stormWindowMs() + 1);
        dropIntended = at + delay;
        ch.eventLoop().schedule(this::drop, delay, TimeUnit.MILLISECONDS);
    }

    private void drop() {
        if (over || finished || ch == null || !ch.isActive()) {
            return;
        }
        stats.count("stormDrops");
        Channel old = ch;
        reconnecting = true;
        try {
            old.config().setOption(ChannelOption.SO_LINGER, 0);
        } catch (RuntimeException e) {
            // not supported by this transport: a plain close
        }
        old.close();
        ch = null;
        fleet.reconnect(n, node, 0, this, loop);
    }

    /**
     * cluster-failover: the connection closed under the bot (1012, or the server died); reconnect elsewhere. Also
     * when a reconnect is closed before {@code resumed}: the next attempt.
     */
    private void lost(Channel old) {
        int status = WsClient.closeStatus(old);
        stats.count(status == 1012 ? "failoverClosed1012" : status < 0 ? "failoverDropped" : "failoverClosed" + status);
        if (!link.away()) {
            stats.count("failoverOutages");
        }
        reconnecting = true;
        ch = null;
        if (!link.lost(status < 0)) {
            giveUp(new java.io.IOException("closed with " + status));
        }
    }

    /** cluster-failover: every attempt of this outage failed; the bot is not back (it misses the rest). */
    private void giveUp(Throwable last) {
        stats.count("failoverNotBack");
        fleet.log(name + ": not back after " + Failover.MAX_ATTEMPTS + " attempts; last: " + last);
        if (!over) {
            over = true;
            fleet.playerOver();
        }
    }

    private void resumed(Msg m, double at) {
        if (!reconnecting) {
            error("unexpected-resumed");
            return;
        }
        reconnecting = false;
        resumed = true;
        stats.count("resumed");
        String check = link == null ? "storm-" : "failover-";
        record("resume", link == null ? at - dropIntended : link.back(at));
        if (stormStart > 0) {
            last("stormBack", 0, at - stormStart);
        }
        if (m.score != lastScore) {
            error(check + "score-lost");
            fleet.log(name + ": resumed with score " + m.score + ", last result said " + lastScore);
        }
        if ("question".equals(m.state) && lastQuestionIndex >= 0 && acked[lastQuestionIndex]
                && !Boolean.TRUE.equals(m.answered)) {
            error(check + "answer-lost");
        }
        // The server resends the current phase's messages after 'resumed' (in the reveal: question, reveal and
        // the player's result): exactly those may arrive a second time, once.
        String state = m.state == null ? "" : m.state;
        replayQuestion = state.equals("question") || state.equals("reveal");
        replayReveal = state.equals("reveal");
        replayResult = state.equals("reveal");
        replayStandings = state.equals("standings");
    }

    // ---- figures: each also under this bot's node when the run has several (not for warm-up questions) ----------

    private boolean perNode(String measure) {
        return nodeKey != null && !measure.startsWith(WARMUP);
    }

    private void record(String measure, double ms) {
        stats.record(measure, ms);
        if (perNode(measure)) {
            stats.record(nodeKey + measure, ms);
        }
    }

    /** One recipient of broadcast (room, index {@code i}): its slowest recipient is the "last player" figure. */
    private void last(String measure, int i, double ms) {
        stats.last(measure, code, i, ms);
        if (perNode(measure)) {
            stats.last(nodeKey + measure, code, i, ms);
        }
    }

    private void delivered(String measure, int i, double ms) {
        record(measure, ms);
        last(measure, i, ms);
    }

    private void count(String name) {
        stats.count(name);
        nodeCount(name);
    }

    private void nodeCount(String name) {
        if (nodeKey != null) {
            stats.count(nodeKey + name);
        }
    }

    private void error(String kind) {
        stats.error(kind);
        nodeCount("errors");
    }

    private void missed(String kind, long n) {
        stats.missed(kind, n);
        if (nodeKey != null && n > 0) {
            stats.add(nodeKey + "missed", n);
        }
    }

    /** Questions before {@code --warmup-questions} are measured under "warmup.*", outside the main figures. */
    private String name(int i, String measure) {
        return i < warmup ? WARMUP + measure : measure;
    }

    private boolean inRange(int i) {
        if (i < 0 || i >= questions) {
            error("unexpected-index");
            return false;
        }
        return true;
    }

    private void answer(int i, String frame, double intended) {
        if (gotReveal[i] || ch == null || !ch.isActive()) {
            stats.count("answersSkipped");
            return;
        }
        answerIntended[i] = intended;
        answersSent++;
        count("answersSent");
        WsClient.send(ch, frame);
    }

    /** Counts what never came. Called once the event loops have stopped. */
    void account() {
        if (!joined) {
            // a join that got neither 'joined' nor an error
            missed("joined", joinSent && !joinRefused ? 1 : 0);
            return;
        }
        for (int i = 0; i < questions; i++) {
            missed("question", gotQuestion[i] ? 0 : 1);
            missed("reveal", gotReveal[i] ? 0 : 1);
            missed("result", gotResult[i] ? 0 : 1);
            missed("standings", gotStandings[i] ? 0 : 1);
            missed("ack", answerIntended[i] > 0 && !acked[i] ? 1 : 0);
        }
        missed("finished", finished ? 0 : 1);
        // cluster-failover: still away at the end (gave up, or an attempt under way)
        missed("resumed", stormScheduled && !resumed || link != null && link.away() ? 1 : 0);
    }

    void closeQuietly() {
        if (ch != null) {
            ch.eventLoop().execute(() -> {
                closing = true;
                WsClient.close(ch);
            });
        }
    }
}
