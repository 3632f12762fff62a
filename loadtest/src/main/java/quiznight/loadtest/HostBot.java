package quiznight.loadtest;

import io.netty.channel.Channel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The host of one room: creates it, starts the game when told, and advances the phases. A question closes on
 * the server (everyone answered, or the deadline); then the host waits {@code pauseMs} after the reveal, sends
 * {@code next} (standings), waits again and sends {@code next} (the next question or {@code finished}).
 *
 * <p>In cluster-failover ({@link #failover}) the standings after question {@code stormIndex} run {@code atFailover}
 * (the owner is killed); when the host's connection then closes it reconnects to another node and resumes with its
 * host token like the players, and on the standings replayed after {@code resumed} it waits
 * {@link #FAILOVER_HOLD_MS} more than its pause, so that the players are back before the next question.
 */
final class HostBot implements WsClient.Listener {
    private final Stats stats;
    private final String createFrame;
    private final long pauseMs;
    final CompletableFuture<HostBot> created = new CompletableFuture<>();
    final CompletableFuture<HostBot> finished = new CompletableFuture<>();
    private Channel ch;
    private boolean closing;
    /** When the pending start/next was meant to go out (epoch ms); NaN when none is pending. */
    private double nextIntended = Double.NaN;
    String code;
    int questions;

    private final int stormIndex;
    private final long stormHoldMs;
    /** After resuming into the failover standings the host waits this much longer than its pause. */
    static final long FAILOVER_HOLD_MS = 10_000;
    private String hostToken;
    private Failover.Link link;
    private Runnable atFailover;
    private boolean reconnecting;
    private boolean resumed;
    /** The failover standings' sentAt (epoch ms; NaN before they came). */
    volatile double failoverStandingsSentAt = Double.NaN;
    private ScheduledFuture<?> pending;
    /** Told each phase message as it arrives (type, index): the server's CPU per phase ({@link ServerCpuPhases}). */
    private java.util.function.ObjIntConsumer<String> phases = (type, index) -> { };

    /** @param teams team mode: the room's number of auto-balanced teams (0: players alone) */
    HostBot(Stats stats, String quiz, int questions, int timeLimitSec, long pauseMs, int stormIndex, long stormHoldMs,
            int teams) {
        this.stats = stats;
        this.stormIndex = stormIndex;
        this.stormHoldMs = stormHoldMs;
        this.pauseMs = pauseMs;
        StringBuilder b = new StringBuilder("{\"type\":\"create\",");
        if (quiz != null && !quiz.isEmpty()) {
            b.append("\"quiz\":\"").append(quiz).append("\",");
        }
        b.append("\"options\":{\"questions\":").append(questions).append(",\"shuffle\":false,\"timeLimitSec\":")
                .append(timeLimitSec);
        if (teams > 0) {
            b.append(",\"teams\":{\"mode\":\"auto\",\"count\":").append(teams).append('}');
        }
        b.append("}}");
        this.createFrame = b.toString();
    }

    void phases(java.util.function.ObjIntConsumer<String> phases) {
        this.phases = phases;
    }

    /**
     * cluster-failover: {@code link} reconnects this host after its connection closes unexpectedly; {@code atFailover}
     * runs once, on the standings after question {@code stormIndex}.
     */
    void failover(Failover.Link link, Runnable atFailover) {
        this.link = link;
        this.atFailover = atFailover;
    }

    @Override
    public void onOpen(Channel ch) {
        this.ch = ch;
        if (reconnecting) {
            WsClient.send(ch, "{\"type\":\"resume\",\"code\":\"" + code + "\",\"token\":\"" + hostToken + "\"}");
            return;
        }
        WsClient.send(ch, createFrame);
    }

    @Override
    public void onFailed(Throwable cause) {
        if (reconnecting) {
            stats.count("hostFailoverConnectFailed");
            lost(true, cause);
            return;
        }
        stats.error("host-connect-failed");
        created.completeExceptionally(cause);
        finished.completeExceptionally(cause);
    }

    @Override
    public void onClosed(Channel ch) {
        if (link != null && ch == this.ch && !closing && created.isDone() && !finished.isDone()) {
            int status = WsClient.closeStatus(ch);
            stats.count(status == 1012 ? "hostFailoverClosed1012" : "hostFailoverDropped");
            this.ch = null;
            if (pending != null) {
                pending.cancel(false);
            }
            reconnecting = true;
            lost(status < 0, new IllegalStateException("closed with " + status));
            return;
        }
        if (ch != this.ch) {
            return;
        }
        if (!closing && !finished.isDone()) {
            stats.error("host-unexpected-close");
        }
        IllegalStateException e = new IllegalStateException("the host's connection closed");
        created.completeExceptionally(e);
        finished.completeExceptionally(e);
    }

    @Override
    public void onText(Channel ch, byte[] payload, double at) {
        Msg m;
        try {
            m = Msg.parse(payload, 0, payload.length);
        } catch (java.io.IOException e) {
            stats.error("host-bad-frame");
            return;
        }
        switch (m.type) {
            case "question", "reveal", "standings", "finished" -> phases.accept(m.type, m.index);
            default -> { }
        }
        switch (m.type) {
            case "created" -> {
                code = m.code;
                hostToken = m.hostToken;
                questions = m.quizQuestions;
                created.complete(this);
            }
            case "reveal" -> next(at, pauseMs);
            case "standings" -> {
                advanced(m);
                if (m.index == stormIndex && atFailover != null && Double.isNaN(failoverStandingsSentAt)) {
                    failoverStandingsSentAt = Double.isNaN(m.sentAt) ? at : m.sentAt;
                    atFailover.run();
                }
                // the storm: every player drops and resumes during these standings; wait for them. Failover: the
                // owner dies in them (stormHoldMs is a fallback), and the players come back after the host
                long hold = m.index != stormIndex ? 0 : resumed ? FAILOVER_HOLD_MS : stormHoldMs;
                next(at, pauseMs + hold);
            }
            case "resumed" -> {
                if (!reconnecting) {
                    stats.error("host-unexpected-resumed");
                    return;
                }
                reconnecting = false;
                resumed = true;
                stats.count("hostResumed");
                stats.record("hostResume", link.back(at));
            }
            case "question" -> {
                advanced(m);
                stats.count("hostQuestions");
            }
            case "finished" -> {
                advanced(m);
                finished.complete(this);
            }
            case "error" -> {
                stats.error("host:" + m.code);
                System.err.println("host of room " + code + " got an error: " + m.code + ": " + m.message);
                if (!created.isDone()) {
                    created.completeExceptionally(new IllegalStateException("create refused: " + m.code + ": " + m.message));
                }
            }
            default -> {
                // lobby and progress updates: the host does not need them
            }
        }
    }

    /** After a pause, advance: standings after a reveal, the next question (or finished) after standings. */
    private void next(double at, long pause) {
        double intended = at + pause;
        if (pending != null) {
            pending.cancel(false); // a replayed phase message after a resume: one 'next' only
        }
        pending = ch.eventLoop().schedule(() -> {
            if (ch == null || !ch.isActive()) {
                return; // lost meanwhile: the resume's replayed phase message schedules it again
            }
            nextIntended = intended;
            WsClient.send(ch, "{\"type\":\"next\"}");
        }, pause, TimeUnit.MILLISECONDS);
    }

    /** The server's reaction to start/next: from when the host meant to send it to the broadcast's sentAt. */
    private void advanced(Msg m) {
        if (!Double.isNaN(nextIntended) && !Double.isNaN(m.sentAt)) {
            stats.record("advance", m.sentAt - nextIntended);
        }
        nextIntended = Double.NaN;
    }

    /** cluster-failover: the connection (or an attempt) was lost; the next attempt, or the run fails. */
    private void lost(boolean dead, Throwable cause) {
        if (!link.lost(dead)) {
            stats.error("host-not-back");
            created.completeExceptionally(cause);
            finished.completeExceptionally(cause);
        }
    }

    void start() {
        ch.eventLoop().execute(() -> {
            nextIntended = Now.ms();
            WsClient.send(ch, "{\"type\":\"start\"}");
        });
    }

    void close() {
        if (ch != null) {
            ch.eventLoop().execute(() -> {
                closing = true;
                WsClient.close(ch);
            });
        }
    }
}
