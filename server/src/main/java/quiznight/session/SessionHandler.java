package quiznight.session;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import static net.logstash.logback.argument.StructuredArguments.kv;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quiznight.game.Clock;
import quiznight.metrics.Metrics;
import quiznight.protocol.ClientMessage;
import quiznight.protocol.Codec;
import quiznight.protocol.Encoded;
import quiznight.protocol.ErrorCode;
import quiznight.protocol.ProtocolException;
import quiznight.protocol.ServerMessage;
import quiznight.room.Peer;
import quiznight.room.RoomRef;

/**
 * One WebSocket connection and its phase: new (may create, join or resume: {@link RoomEntry}), host of a room, or
 * player of a room. Decodes frames on the connection's event loop, stamps their arrival time, and hands them to the
 * room's loop. Measures the connection's network delay from ping/pong round trips.
 */
public final class SessionHandler extends SimpleChannelInboundHandler<WebSocketFrame> implements Peer, FrameSink {
    private static final Logger log = LoggerFactory.getLogger(SessionHandler.class);

    /** What this connection speaks for, once it has created, joined or resumed. */
    private record Binding(RoomRef room, Role role, String memberId) {
    }

    private final SessionConfig config;
    private final Codec codec;
    private final Clock clock;
    private final Metrics metrics;
    private final TokenBucket bucket;
    private ScheduledFuture<?> unwritableClose;
    /** Frames refused in a row for the rate limit; past {@link #MAX_REFUSED} the connection is closed (1008). */
    private int refused;
    private static final int MAX_REFUSED = 20;
    /** How this connection enters a room: create, join, resume. */
    private final RoomEntry entry;

    private Channel channel;
    private volatile Binding binding;
    /**
     * A create, join or resume is on its way to a room: further requests wait for its answer. Set and cleared on
     * this connection's event loop only, and cleared before the answer is written (see {@link #held}).
     */
    private volatile boolean pending;
    /**
     * While {@link #pending}: what rooms sent this connection (the answer, and what follows it), written once the
     * room has finished with the request. A client thus never reads the answer while its next request would still
     * be refused. Event loop only.
     */
    private java.util.ArrayDeque<ByteBuf> held;
    /** Room writes for this connection still waiting in its loop's {@link LoopOutbox}. Event loop only. */
    private int queuedInOutbox;
    private final NetworkDelay delay = new NetworkDelay();
    private volatile boolean upgraded;
    private volatile boolean closing;
    private volatile UpgradeRequest upgrade = UpgradeRequest.NONE;

    public SessionHandler(SessionConfig config) {
        this.config = config;
        this.codec = config.codec();
        this.clock = config.clock();
        this.metrics = config.metrics();
        this.bucket = new TokenBucket(config.messagesPerSecond(), config.messageBurst(), clock.millis());
        this.entry = new RoomEntry(this, config);
    }

    // ---- Netty events --------------------------------------------------------------------------

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        channel = ctx.channel();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof WebSocketServerProtocolHandler.HandshakeComplete handshake) {
            upgraded = true;
            upgrade = UpgradeRequest.of(handshake);
            delay.start(ctx.channel(), config.pingIntervalMs());
        } else if (evt instanceof IdleStateEvent idle && idle.state() == IdleState.READER_IDLE) {
            silent();
        } else {
            super.userEventTriggered(ctx, evt);
        }
    }

    private void silent() {
        log.debug("closing a connection silent past the idle timeout");
        close(WebSocketCloseStatus.POLICY_VIOLATION.code(), "idle timeout");
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        delay.heard();
        if (frame instanceof TextWebSocketFrame text) {
            onText(text.text(), clock.millis());
        } else if (frame instanceof PongWebSocketFrame pong) {
            if (admitted(clock.millis(), false)) {
                delay.pong(pong.content());
            }
        } else if (frame instanceof PingWebSocketFrame ping) {
            // Pings reach the session (net's WebSocket layer passes them on) so they cost from the message budget.
            if (admitted(clock.millis(), false)) {
                ctx.writeAndFlush(new PongWebSocketFrame(ping.content().retain()), ctx.voidPromise());
            }
        } else if (frame instanceof CloseWebSocketFrame close) {
            onClose(ctx, close);
        } else {
            sendError(ErrorCode.BAD_MESSAGE, "Only text frames holding JSON are understood.");
        }
    }

    /**
     * A client that stops reading fills its buffer and the channel turns unwritable: droppable updates are
     * skipped from then on, and if it stays so past the timeout the connection is closed (its player stays,
     * away, and may resume).
     */
    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
        if (!ctx.channel().isWritable()) {
            if (unwritableClose == null) {
                unwritableClose = ctx.executor().schedule(() -> {
                    log.warn("connection closed: it stopped reading {}", kv("client", clientAddress()));
                    metrics.slowReaderClosed();
                    ctx.close();
                }, config.unwritableTimeoutMs(), TimeUnit.MILLISECONDS);
            }
        } else if (unwritableClose != null) {
            unwritableClose.cancel(false);
            unwritableClose = null;
        }
        super.channelWritabilityChanged(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        delay.stop();
        if (unwritableClose != null) {
            unwritableClose.cancel(false);
        }
        if (held != null) {
            held.forEach(ByteBuf::release);
            held = null;
        }
        Binding b = binding;
        if (b != null) {
            b.room().disconnected(this, b.memberId());
        }
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof TooLongFrameException) {
            close(WebSocketCloseStatus.MESSAGE_TOO_BIG.code(), "message too big");
            return;
        }
        if (cause instanceof io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException corrupt) {
            // Over the frame limit (1009), invalid UTF-8 (1007), a protocol error (1002): the decoder now ignores
            // the rest of this connection's input; the close frame goes out and TCP closes after the timeout.
            close(corrupt.closeStatus().code(), corrupt.closeStatus().reasonText());
            return;
        }
        log.debug("connection error, closing: {}", cause.toString());
        ctx.close();
    }

    /**
     * The client's close frame: the answer to ours (then TCP is closed, nothing echoed), or its own wish to
     * leave (then it is echoed once, as RFC 6455 asks, and TCP closed).
     */
    private void onClose(ChannelHandlerContext ctx, CloseWebSocketFrame close) {
        if (closing) {
            ctx.close();
            return;
        }
        closing = true;
        int status = close.statusCode() < 0 ? WebSocketCloseStatus.NORMAL_CLOSURE.code() : close.statusCode();
        ctx.writeAndFlush(new CloseWebSocketFrame(status, "")).addListener(io.netty.channel.ChannelFutureListener.CLOSE);
    }

    // ---- requests ------------------------------------------------------------------------------

    /**
     * Takes one message from the connection's budget (text frames, pings and pongs alike). Refused: a text frame
     * is answered {@code rate-limited}; past {@link #MAX_REFUSED} refusals in a row the connection is closed (1008).
     */
    private boolean admitted(long now, boolean answerRefusal) {
        if (closing) {
            return false;
        }
        if (bucket.tryTake(now)) {
            refused = 0;
            return true;
        }
        if (++refused > MAX_REFUSED) {
            log.warn("connection closed for flooding {}", kv("client", clientAddress()));
            close(WebSocketCloseStatus.POLICY_VIOLATION.code(), "too many messages");
        } else if (answerRefusal) {
            sendError(ErrorCode.RATE_LIMITED, "Too many messages: slow down.");
        }
        return false;
    }

    private void onText(String text, long receivedAt) {
        if (!admitted(receivedAt, true)) {
            return;
        }
        ClientMessage message;
        try {
            message = codec.decode(text);
        } catch (ProtocolException e) {
            metrics.messageIn("invalid");
            sendError(e.code(), e.getMessage());
            return;
        }
        metrics.messageIn(message.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT));
        try {
            Binding b = binding;
            if (b == null) {
                if (pending) {
                    throw new ProtocolException(ErrorCode.WRONG_PHASE, "Wait for the answer to your last request.");
                }
                entry.request(message, text, receivedAt);
            } else if (b.role() == Role.HOST) {
                asHost(b, message, text);
            } else {
                asPlayer(b, message, text, receivedAt);
            }
        } catch (ProtocolException e) {
            sendError(e.code(), e.getMessage());
        }
    }

    /** A create, join or resume is on its way to a room ({@link RoomEntry}): the next request waits for its answer. */
    void requestStarted() {
        pending = true;
    }

    /** A room has finished with this connection's request (any thread): its answer may go out now, the flag cleared first. */
    void requestAnswered() {
        onEventLoop(this::requestDone);
    }

    /** On the event loop: the next request is accepted from now on, then what the room sent is written. */
    void requestDone() {
        pending = false;
        java.util.ArrayDeque<ByteBuf> out = held;
        held = null;
        if (out != null && !out.isEmpty()) {
            out.forEach(this::writeNow);
            flush();
        }
    }

    private void asHost(Binding b, ClientMessage message, String raw) {
        if (message instanceof ClientMessage.Answer) {
            throw new ProtocolException(ErrorCode.WRONG_PHASE, "The host does not answer questions.");
        }
        refuseSecondIdentity(message);
        b.room().command(this, message, raw);
    }

    private void asPlayer(Binding b, ClientMessage message, String raw, long receivedAt) {
        if (message instanceof ClientMessage.Answer answer) {
            b.room().answer(this, b.memberId(), answer, raw, receivedAt, latencyMs());
            return;
        }
        refuseSecondIdentity(message);
        throw new ProtocolException(ErrorCode.NOT_HOST, "Only the host of this room can do that.");
    }

    private static void refuseSecondIdentity(ClientMessage message) {
        if (message instanceof ClientMessage.Create || message instanceof ClientMessage.Join
                || message instanceof ClientMessage.Resume) {
            throw new ProtocolException(ErrorCode.WRONG_PHASE,
                    "This connection is already in a room: open a new connection for another.");
        }
    }

    /** What the WebSocket upgrade request carried (cookie, organiser key, X-Forwarded-For). */
    UpgradeRequest upgrade() {
        return upgrade;
    }

    /** The client's address for per-client limits ({@link ClientAddress}). */
    String clientAddress() {
        return ClientAddress.of(channel.remoteAddress(), upgrade.forwardedFor(), config.trustedProxies());
    }

    /** Runs now when on this connection's event loop (a room found here, at once), else as a task on it. */
    void onEventLoop(Runnable task) {
        if (channel.eventLoop().inEventLoop()) {
            task.run();
        } else {
            channel.eventLoop().execute(task);
        }
    }

    /** Half the smoothed round trip, capped; 0 until the first pong. */
    long latencyMs() {
        return delay.latencyMs();
    }

    // ---- Peer ----------------------------------------------------------------------------------

    /** A message from a room: held while a request is pending (see {@link #held}). */
    @Override
    public void send(Encoded message) {
        deliver(message, true);
    }

    private void deliver(Encoded message, boolean fromRoom) {
        if (message.droppable() && !channel.isWritable()) {
            metrics.droppedForSlowReader();
            return;
        }
        if (!upgraded) {
            return;
        }
        metrics.messagesOut(message.type(), 1);
        ByteBuf frame = NettyFanout.textFrame(message.bytes());
        if (channel.eventLoop().inEventLoop()) {
            write(frame, fromRoom);
        } else {
            channel.eventLoop().execute(() -> write(frame, fromRoom));
        }
    }

    private void write(ByteBuf frame, boolean fromRoom) {
        if (fromRoom) {
            if (LoopOutbox.writeOrQueue(this, frame)) {
                flush();
            }
            return;
        }
        writeNow(frame);
        flush();
    }

    // ---- FrameSink: used by NettyFanout and LoopOutbox, on this connection's event loop ----------

    @Override
    public EventLoop eventLoop() {
        return channel.eventLoop();
    }

    @Override
    public boolean writable() {
        return channel.isWritable();
    }

    @Override
    public int queuedInOutbox() {
        return queuedInOutbox;
    }

    @Override
    public void queuedInOutbox(int n) {
        queuedInOutbox = n;
    }

    /**
     * Writes a ready-made WebSocket frame from a room (see {@link NettyFanout#textFrame}), or holds it while a
     * request is pending; takes ownership of it.
     */
    @Override
    public void writeFrame(ByteBuf frame) {
        if (pending && channel.isActive() && upgraded) {
            if (held == null) {
                held = new java.util.ArrayDeque<>();
            }
            held.add(frame);
            return;
        }
        writeNow(frame);
    }

    private void writeNow(ByteBuf frame) {
        if (channel.isActive() && upgraded) {
            channel.write(frame, channel.voidPromise());
        } else {
            frame.release();
        }
    }

    @Override
    public void flush() {
        channel.flush();
    }

    /**
     * Sends a close frame, then waits for the client's close frame (which closes TCP, see {@link #onClose}) at most
     * {@link #CLOSE_WAIT_MS} before closing TCP itself, so the client reads the status rather than a reset. Frames
     * that still arrive meanwhile are ignored (after a protocol violation the decoder discards them). Netty's
     * WebSocket layer does not wait: its force-close timeout only bounds the close frame's own write.
     */
    @Override
    public void close(int status, String reason) {
        closing = true;
        if (!upgraded) {
            channel.close();
            return;
        }
        onEventLoop(() -> afterQueued(() -> {
            if (channel.isActive()) {
                requestDone(); // what a room already sent goes out before the close frame
                channel.writeAndFlush(new CloseWebSocketFrame(status, reason));
                channel.eventLoop().schedule(() -> {
                    channel.close(); // a block: channel::close also fits schedule(Callable)
                }, CLOSE_WAIT_MS, TimeUnit.MILLISECONDS);
            }
        }));
    }

    /** Runs now, or after the room writes for this connection still waiting in the loop's outbox. Loop only. */
    private void afterQueued(Runnable task) {
        if (queuedInOutbox > 0) {
            LoopOutbox.here(channel.eventLoop()).add(LoopOutbox.Job.action(this, task));
        } else {
            task.run();
        }
    }

    /** After its close frame, how long the server waits for the client's before closing TCP (also Netty's force-close). */
    public static final long CLOSE_WAIT_MS = 1_000;

    @Override
    public boolean isOpen() {
        return channel != null && channel.isActive();
    }

    @Override
    public void bind(RoomRef room, Role role, String memberId) {
        binding = room == null ? null : new Binding(room, role, memberId);
    }

    /** The session's own refusals go out at once, never held behind a pending request's answer. */
    void sendError(ErrorCode code, String message) {
        metrics.error(code.wire());
        deliver(codec.encode(ServerMessage.Error.of(code, message)), false);
    }
}
