package quiznight.loadtest;

import io.netty.channel.Channel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The host of one room: creates it, starts the game when told, and advances the phases. A question closes on
 * the server (everyone answered, or the deadline); then the host waits {@code pauseMs} after the reveal, sends
 * {@code next} (standings), waits again and sends {@code next} (the next question or {@code finished}).
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

    HostBot(Stats stats, String quiz, int questions, int timeLimitSec, long pauseMs, int stormIndex, long stormHoldMs) {
        this.stats = stats;
        this.stormIndex = stormIndex;
        this.stormHoldMs = stormHoldMs;
        this.pauseMs = pauseMs;
        StringBuilder b = new StringBuilder("{\"type\":\"create\",");
        if (quiz != null && !quiz.isEmpty()) {
            b.append("\"quiz\":\"").append(quiz).append("\",");
        }
        b.append("\"options\":{\"questions\":").append(questions).append(",\"shuffle\":false,\"timeLimitSec\":")
                .append(timeLimitSec).append("}}");
        this.createFrame = b.toString();
    }

    @Override
    public void onOpen(Channel ch) {
        this.ch = ch;
        WsClient.send(ch, createFrame);
    }

    @Override
    public void onFailed(Throwable cause) {
        stats.error("host-connect-failed");
        created.completeExceptionally(cause);
        finished.completeExceptionally(cause);
    }

    @Override
    public void onClosed(Channel ch) {
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
            case "created" -> {
                code = m.code;
                questions = m.quizQuestions;
                created.complete(this);
            }
            case "reveal" -> next(at, pauseMs);
            case "standings" -> {
                advanced(m);
                // the storm: every player drops and resumes during these standings; wait for them
                next(at, m.index == stormIndex ? pauseMs + stormHoldMs : pauseMs);
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
        ch.eventLoop().schedule(() -> {
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
