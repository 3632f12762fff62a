package quiznight.room;

import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import static net.logstash.logback.argument.StructuredArguments.kv;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quiznight.game.Clock;
import quiznight.game.Game;
import quiznight.game.GameException;
import quiznight.game.NameFilter;
import quiznight.game.Phase;
import quiznight.game.Player;
import quiznight.metrics.Metrics;
import quiznight.protocol.ClientMessage;
import quiznight.protocol.Codec;
import quiznight.protocol.Encoded;
import quiznight.protocol.ErrorCode;
import quiznight.protocol.ProtocolException;
import quiznight.protocol.ServerMessage;
import quiznight.quiz.Kind;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.Submission;
import quiznight.results.GameResult;
import quiznight.results.ResultsStore;
import quiznight.room.RoomPeers.Member;

/**
 * One room: a game, its host and players, and their connections. All state is confined to one
 * {@link RoomLoop}: plain fields, no locks. Connections on other threads reach it through
 * {@link #execute(Runnable)}; every public method other than that one must run on the loop.
 *
 * <p>The entry points are here; the room's other jobs are helpers on the same loop: {@link RoomPeers} (who is
 * connected, and the fan-out to them), {@link RoomMembership} (players joining, resuming and leaving),
 * {@link RoomMessages} (building the messages), {@link RoomJournal}
 * (recording, flushing and replaying requests), {@link RoomResults} (building and publishing the results),
 * {@link CoalescedUpdates} (the lobby and progress updates, at most one per interval), {@link RoomTimers} (deadline
 * and retention), {@link RoomPhases} (the host's commands and what each phase sends), {@link HostControls} (pause,
 * auto-advance, the host connections and remote links) and the
 * question kinds' rules ({@link quiznight.quiz.Kind}: answers and solutions on the wire).
 */
public final class Room {
    private static final Logger log = LoggerFactory.getLogger(Room.class);
    public static final int TOP = RoomMessages.TOP;

    /** What a room needs from the server around it. */
    public record Services(Clock clock, Codec codec, Metrics metrics, ResultsStore results, RoomSettings settings,
                           Fanout fanout, NameFilter names) {
    }

    /** What the registry hears of a room's life. */
    @FunctionalInterface
    public interface Listener {
        /** The room closed: it is no longer reachable. */
        void closed(Room room);

        /** The game finished and its results are final (they are also written to the results folder). */
        default void finished(Room room, GameResult result) {
        }

        /** Cluster mode: the room is about to be handed off (its journal is flushed); its connections close next. */
        default void handingOff(Room room) {
        }
    }

    private final RoomOptions options;
    private final String code;
    private final Game game;
    private final RoomLoop loop;
    private final Services services;
    private final Listener listener;
    private final RoomJournal journal;
    private final RoomPeers peers;
    private final RoomMessages messages;
    private final RoomResults results;
    private final CoalescedUpdates updates;
    private final RoomRef ref = new LocalRef();
    private final RoomTimers timers;
    private final HostControls controls;
    private final RoomPhases phases;
    private final RoomMembership members;
    private boolean closed;

    public Room(RoomOptions options, RoomLoop loop, Services services, Listener listener) {
        this(options, loop, services, listener, Journal.NONE);
    }

    Room(RoomOptions options, RoomLoop loop, Services services, Listener listener, Journal journal) {
        this.options = options;
        this.code = options.code();
        this.game = new Game(options.questions(), options.play());
        game.filterWords(services.names());
        RoomTeams teams = new RoomTeams(game);
        this.loop = loop;
        this.services = services;
        this.listener = listener;
        long interval = services.settings().coalesceMs();
        this.journal = new RoomJournal(journal, loop, services.clock(), interval);
        this.peers = new RoomPeers(services.fanout(), services.metrics());
        this.messages = new RoomMessages(options, game, services.codec(), teams);
        this.results = new RoomResults(options, game, services.clock(), services.results(), peers::realName);
        this.timers = new RoomTimers(loop, game, services.settings());
        this.updates = new CoalescedUpdates(game, loop, services.clock(), interval, () -> closed, messages, peers);
        this.controls = new HostControls(options, game, loop, services.clock(), peers, messages, this.journal, timers,
                services.metrics(), ref);
        this.phases = new RoomPhases(code, game, services, this.journal, peers, messages, results, teams, updates, timers,
                controls, result -> listener.finished(this, result), () -> close(1000, "room closed"), () -> closed);
        controls.moves(phases);
        this.members = new RoomMembership(options, game, services, this.journal, peers, messages, teams, timers, updates,
                controls, phases, ref);
    }

    /** Writes the journal's first record: everything needed to rebuild this room from nothing. */
    void journalCreated() {
        journal.created(options);
    }

    public String code() {
        return code;
    }

    public String joinUrl() {
        return options.joinUrl();
    }

    public RoomLoop loop() {
        return loop;
    }

    /** This room as a connection speaks to it: each request hops onto the room's loop. */
    public RoomRef ref() {
        return ref;
    }

    /** Runs a task on this room's loop. Safe from any thread. */
    public void execute(Runnable task) {
        loop.execute(task);
    }

    private void ensureInLoop() {
        if (!loop.inLoop()) {
            throw new IllegalStateException("room " + code + " touched outside its event loop");
        }
    }

    private long now() {
        return services.clock().millis();
    }

    // ---- entry points (on the loop) ----------------------------------------------------------

    /** The creator of the room becomes its host and is told the code and host token. */
    public void openForHost(Peer peer) {
        ensureInLoop();
        peers.host(RoomPeers.LAPTOP, peer);
        peer.bind(ref, Peer.Role.HOST, null);
        messages.send(peer, new ServerMessage.Created(code, options.hostToken(), options.joinUrl(), messages.quizInfo()));
        log.info("room created {} {} {}", kv("room", code), kv("quiz", options.quiz().id()), kv("questions", game.total()));
        if (!peer.isOpen()) {
            // Its creator left before the room was ready: nobody will tell it so later.
            disconnected(peer, null);
        }
    }

    /** A new player joins, or is refused (see {@link RoomMembership#admit}). */
    public void join(Peer peer, ClientMessage.Join request, long now) {
        ensureInLoop();
        guardJoin(peer, () -> {
            refuseIfClosed();
            members.admit(peer, request.name(), request.team(), request.realName(), now);
        });
    }

    /** A host connection (the laptop or a remote phone) or a player comes back with its token. */
    public void resume(Peer peer, String token, long now) {
        ensureInLoop();
        guardJoin(peer, () -> {
            refuseIfClosed();
            if (controls.resumeHost(peer, token, now)) {
                timers.attached();
                return;
            }
            members.resume(peer, token);
        });
    }

    /** A connection closed. Its player stays in the game, away, and may resume. */
    public void disconnected(Peer peer, String memberId) {
        ensureInLoop();
        if (peers.removeHost(peer)) {
            // One host connection of several, maybe: the others drive on.
        } else if (memberId != null && !members.disconnected(peer, memberId)) {
            return;
        }
        if (!closed && !peers.hasHost() && game.connectedCount() == 0) {
            timers.nobodyConnected(this::idleExpired);
        }
    }

    /** A host command: start, next, end, kick, lock, extraTime, pause or remote. Any host connection (laptop or remote) may. */
    public void command(Peer peer, ClientMessage message) {
        ensureInLoop();
        guard(peer, () -> {
            if (!peers.isHost(peer)) {
                throw new ProtocolException(ErrorCode.NOT_HOST, "Only the host of this room can do that.");
            }
            phases.command(peer, message);
        });
    }

    public void answer(Peer peer, String playerId, ClientMessage.Answer a, long receivedAt, long latencyMs) {
        ensureInLoop();
        guard(peer, () -> {
            Member m = peers.get(playerId);
            if (m == null || m.peer != peer) {
                throw new ProtocolException(ErrorCode.BAD_TOKEN, "This connection no longer speaks for that player.");
            }
            // The shape is checked only for an answer that could count, so a late or second answer is told so.
            boolean couldCount = game.phase() == Phase.QUESTION && a.index() == game.index()
                    && receivedAt <= game.deadlineFor(playerId) && game.player(playerId).answer(a.index()) == null;
            Kind kind = couldCount ? game.question().kind() : null;
            Submission s = couldCount ? kind.rules().decode(a) : null;
            boolean everyone;
            try {
                everyone = game.answer(playerId, a.index(), s, receivedAt, latencyMs);
            } catch (GameException e) {
                services.metrics().answer(e.code() == ErrorCode.QUESTION_CLOSED ? "late" : "rejected");
                throw e;
            }
            journal.answer(receivedAt, playerId, a.index(), latencyMs, kind, s);
            peer.ack(a.index(), messages::ack);
            updates.progressChanged();
            if (everyone) {
                phases.closeQuestion();
            }
        });
    }

    /** Shutdown: every connection is told and closed; a game in progress has its results written. */
    public void shutdown() {
        ensureInLoop();
        if (closed) {
            return;
        }
        results.publishCutShort(journal, false);
        Encoded bye = messages.encode(ServerMessage.Error.of(ErrorCode.SERVER_SHUTDOWN,
                "The server is shutting down. Your score is kept in the results."));
        peers.broadcast(bye);
        close(1001, "server shutting down");
    }

    /**
     * Cluster mode: this server stops holding the room (it is shutting down, or another server has taken the
     * room over). Every connection is closed with 1012 and reconnects, resuming on the server that holds the room
     * next, which rebuilds it from the journal. Nothing is ended and no results are written here.
     */
    public void handOff(String reason) {
        ensureInLoop();
        journal.flush();
        listener.handingOff(this);
        close(1012, reason);
    }

    /**
     * The player whose token this is, once the game finished (for their recap), else null. Safe from any thread: the
     * players' tokens are published with the results (as the room's own map, not a digest each: a stadium's room
     * holds them until it goes).
     */
    public String finishedPlayerByToken(String token) {
        Map<String, String> tokens = phases.recapTokens();
        return tokens == null || token == null ? null : tokens.get(token);
    }

    /** Each player's token digest and id, once the game finished (null before), for the cluster's copy. */
    public Map<String, String> finishedPlayerTokens() {
        Map<String, String> tokens = phases.recapTokens();
        if (tokens == null) {
            return null;
        }
        Map<String, String> digests = new java.util.HashMap<>();
        tokens.forEach((token, id) -> digests.put(Tokens.digest(token), id));
        return Map.copyOf(digests);
    }

    /** The results of a finished game, or null while it runs. Safe to read from any thread once set. */
    public GameResult result() {
        return results.get();
    }

    /** The id of the quiz the room plays. Safe from any thread. */
    public String quizId() {
        return options.quiz().id();
    }

    /** The phase, read from another thread for metrics: may be a moment stale, never torn. */
    public Phase phaseForMetrics() {
        return game.phase();
    }

    /** Players with no connection, read from another thread for metrics (may be a moment stale). */
    public int awayForMetrics() {
        return game.playerCount() - game.connectedCount();
    }

    /**
     * A compact description of everything a request may change (phase, question, lock, and each player's
     * score, streak and answers), for tests that check a refused request changed nothing. On the loop.
     */
    public String stateDigest() {
        ensureInLoop();
        StringBuilder sb = new StringBuilder().append(game.phase()).append('/').append(game.index()).append('/')
                .append(game.locked()).append('/').append(game.answered()).append('/').append(peers.size());
        for (Player p : game.players()) {
            sb.append('|').append(p.id()).append(':').append(p.score()).append(':').append(p.streak());
            for (int i = 0; i <= game.index(); i++) {
                sb.append(p.answered(i) ? '+' : '-');
            }
        }
        return sb.toString();
    }

    public boolean hostTokenMatches(String token) {
        return Tokens.same(token, options.hostToken());
    }

    /** The host token's digest ({@link Tokens#digest}), for checking it on another server of a cluster. */
    public String hostTokenDigest() {
        return Tokens.digest(options.hostToken());
    }

    // ---- restoring from a journal -------------------------------------------------------------

    /**
     * Rebuilds a room from its journal: the same requests, at the same times, give the same game. Every
     * player comes back away (no connection yet) and resumes with their token. Stops at a record it cannot
     * apply (a torn or corrupt tail), keeping what came before.
     *
     * @param loader how this server loads quizzes (its shuffle secret): the journal's quiz is loaded with it
     * @throws QuizFormatException when the first record is not a readable {@code created}
     */
    static Room restore(List<JsonNode> records, RoomLoop loop, Services services, Listener listener,
                        Journal journal, quiznight.quiz.QuizLoader loader) throws QuizFormatException {
        RoomOptions options = RoomJournal.options(records.isEmpty() ? null : records.get(0), journal, loader);
        Room room = new Room(options, loop, services, listener, journal);
        int applied = RoomJournal.replay(records.subList(1, records.size()), room.game, room.peers, room.code);
        log.info("room restored from its journal {} {} {} {}", kv("room", room.code), kv("records", applied + 1),
                kv("players", room.peers.size()), kv("phase", room.game.phase().wire()));
        return room;
    }

    /** On the loop, once the restored room is registered: restart its timers, finish what was under way. */
    void resumeAfterRestore() {
        ensureInLoop();
        if (game.phase() == Phase.QUESTION && !game.paused()) {
            long left = game.closesAt() - now();
            if (left <= 0) {
                phases.closeQuestion();
            } else {
                timers.deadline(left, phases::closeQuestion);
            }
        } else if (game.phase() == Phase.FINISHED) {
            phases.publishFinished();
            timers.finished(() -> close(1000, "room closed"));
        }
        controls.restored(now());
        timers.idle(services.settings().emptyRetentionMs(), this::idleExpired);
    }

    // ---- plumbing ------------------------------------------------------------------------------

    /** As {@link #guard}, and a refusal also counts as a failed join. */
    private void guardJoin(Peer peer, Runnable action) {
        guard(peer, () -> {
            try {
                action.run();
            } catch (ProtocolException e) {
                services.metrics().joinFailed(e.code().wire());
                throw e;
            }
        });
    }

    private void guard(Peer peer, Runnable action) {
        try {
            action.run();
        } catch (ProtocolException e) {
            services.metrics().error(e.code().wire());
            messages.send(peer, ServerMessage.Error.of(e.code(), e.getMessage()));
        }
    }

    private void refuseIfClosed() {
        if (closed) {
            throw new ProtocolException(ErrorCode.ROOM_NOT_FOUND, "No room has that code.");
        }
    }

    private void idleExpired() {
        if (!peers.hasHost() && game.connectedCount() == 0) {
            log.info("room dropped: nobody connected {} {}", kv("room", code),
                    kv("idleSec", timers.idleRetentionMs() / 1000));
            results.publishCutShort(journal, true);
            close(1000, "room closed");
        }
    }

    private void close(int status, String reason) {
        if (closed) {
            return;
        }
        log.info("room closed {} {}", kv("room", code), kv("reason", reason));
        closed = true;
        journal.close();
        timers.cancelAll();
        controls.cancel();
        updates.cancel();
        peers.closeAll(status, reason);
        listener.closed(this);
    }

    public boolean isClosed() {
        return closed;
    }

    private final class LocalRef implements RoomRef {
        @Override
        public String code() {
            return code;
        }

        @Override
        public void join(Peer peer, ClientMessage.Join join, String raw, long receivedAt, Runnable done) {
            execute(() -> {
                try {
                    Room.this.join(peer, join, receivedAt);
                } finally {
                    done.run();
                }
            });
        }

        @Override
        public void resume(Peer peer, String token, long receivedAt, Runnable done) {
            execute(() -> {
                try {
                    Room.this.resume(peer, token, receivedAt);
                } finally {
                    done.run();
                }
            });
        }

        @Override
        public void command(Peer peer, ClientMessage message, String raw) {
            execute(() -> Room.this.command(peer, message));
        }

        @Override
        public void answer(Peer peer, String memberId, ClientMessage.Answer answer, String raw, long receivedAt,
                           long latencyMs) {
            execute(() -> Room.this.answer(peer, memberId, answer, receivedAt, latencyMs));
        }

        @Override
        public void disconnected(Peer peer, String memberId) {
            execute(() -> Room.this.disconnected(peer, memberId));
        }
    }
}
