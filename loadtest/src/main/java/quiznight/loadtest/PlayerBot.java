package quiznight.loadtest;

import io.netty.channel.Channel;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * One player: joins, answers each question after a random delay (right with the configured probability when
 * the quiz is known), and measures every message against its {@code sentAt} or its own intended time. All
 * methods run on the connection's event loop.
 */
final class PlayerBot implements WsClient.Listener {
    private final Fleet fleet;
    private final Stats stats;
    private final String code;
    private final String name;
    private final double intendedJoin;
    private final int questions;

    private final int warmup;
    private Channel ch;
    private boolean joined;
    private boolean finished;
    private boolean closing;
    private boolean over;

    private final boolean[] gotQuestion;
    private final boolean[] gotReveal;
    private final boolean[] gotResult;
    private final boolean[] gotStandings;
    private final double[] questionSentAt;
    private final double[] revealSentAt;
    private final double[] answerIntended;
    private final boolean[] acked;
    private int answersSent;

    PlayerBot(Fleet fleet, Stats stats, String code, String name, double intendedJoin, int questions, int warmup) {
        this.fleet = fleet;
        this.warmup = warmup;
        this.stats = stats;
        this.code = code;
        this.name = name;
        this.intendedJoin = intendedJoin;
        this.questions = questions;
        gotQuestion = new boolean[questions];
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
        fleet.handshakeDone();
        WsClient.send(ch, "{\"type\":\"join\",\"code\":\"" + code + "\",\"name\":\"" + name + "\"}");
    }

    @Override
    public void onFailed(Throwable cause) {
        fleet.handshakeDone();
        stats.error("connect-failed");
        fleet.log("connect failed: " + cause);
        fleet.joinFailed();
        over = true;
    }

    @Override
    public void onClosed(Channel ch) {
        if (!closing && !finished) {
            stats.error("unexpected-close");
        }
        if (!joined) {
            fleet.joinFailed();
        } else if (!over) {
            over = true;
            fleet.playerOver();
        }
    }

    @Override
    public void onText(Channel ch, byte[] payload, double at) {
        Msg m;
        try {
            m = Msg.parse(payload, 0, payload.length);
        } catch (java.io.IOException e) {
            stats.error("bad-frame");
            return;
        }
        int i = m.index;
        switch (m.type) {
            case "joined" -> {
                joined = true;
                stats.record("join", at - intendedJoin);
                fleet.joined();
            }
            case "lobby" -> stats.count("lobbyMessages");
            case "question" -> {
                if (!inRange(i)) {
                    return;
                }
                if (gotQuestion[i]) {
                    stats.error("duplicate-question");
                    return;
                }
                gotQuestion[i] = true;
                questionSentAt[i] = m.sentAt;
                double d = at - m.sentAt;
                stats.record(name(i, "question"), d);
                stats.last(name(i, "question"), code, i, d);
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
                    stats.count("acks");
                    stats.record(name(i, "ack"), at - answerIntended[i]);
                    stats.last(name(i, "ackAll"), code, i, at - questionSentAt[i]);
                } else {
                    stats.error("unexpected-ack");
                }
            }
            case "progress" -> stats.count("progressMessages");
            case "reveal" -> {
                if (!inRange(i)) {
                    return;
                }
                gotReveal[i] = true;
                revealSentAt[i] = m.sentAt;
                double d = at - m.sentAt;
                stats.record(name(i, "reveal"), d);
                stats.last(name(i, "reveal"), code, i, d);
            }
            case "result" -> {
                if (!inRange(i)) {
                    return;
                }
                gotResult[i] = true;
                if (Boolean.TRUE.equals(m.correct)) {
                    stats.count("correct");
                }
                double from = gotReveal[i] ? revealSentAt[i] : m.sentAt;
                stats.record(name(i, "result"), at - from);
                stats.last(name(i, "result"), code, i, at - from);
            }
            case "standings" -> {
                if (!inRange(i)) {
                    return;
                }
                gotStandings[i] = true;
                double d = at - m.sentAt;
                stats.record(name(i, "standings"), d);
                stats.last(name(i, "standings"), code, i, d);
            }
            case "finished" -> {
                if (finished) {
                    stats.error("duplicate-finished");
                    return;
                }
                finished = true;
                double d = at - m.sentAt;
                stats.record("finished", d);
                stats.last("finished", code, 0, d);
                if (!over) {
                    over = true;
                    fleet.playerOver();
                }
            }
            case "error" -> {
                stats.error(m.code == null ? "error" : m.code);
                fleet.log("error frame: " + m.code + ": " + m.message);
                if (!joined) {
                    closing = true;
                    WsClient.close(ch);
                }
            }
            default -> stats.count("other:" + m.type);
        }
    }

    /** Questions before {@code --warmup-questions} are measured under "warmup.*", outside the main figures. */
    private String name(int i, String measure) {
        return i < warmup ? "warmup." + measure : measure;
    }

    private boolean inRange(int i) {
        if (i < 0 || i >= questions) {
            stats.error("unexpected-index");
            return false;
        }
        return true;
    }

    private void answer(int i, String frame, double intended) {
        if (gotReveal[i] || !ch.isActive()) {
            stats.count("answersSkipped");
            return;
        }
        answerIntended[i] = intended;
        answersSent++;
        stats.count("answersSent");
        WsClient.send(ch, frame);
    }

    /** Counts what never came. Called once the event loops have stopped. */
    void account() {
        if (!joined) {
            return;
        }
        for (int i = 0; i < questions; i++) {
            stats.missed("question", gotQuestion[i] ? 0 : 1);
            stats.missed("reveal", gotReveal[i] ? 0 : 1);
            stats.missed("result", gotResult[i] ? 0 : 1);
            stats.missed("standings", gotStandings[i] ? 0 : 1);
            stats.missed("ack", answerIntended[i] > 0 && !acked[i] ? 1 : 0);
        }
        stats.missed("finished", finished ? 0 : 1);
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
