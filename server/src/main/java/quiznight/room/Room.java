package quiznight.room;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import static net.logstash.logback.argument.StructuredArguments.kv;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quiznight.game.AnswerRecord;
import quiznight.game.Clock;
import quiznight.game.Game;
import quiznight.game.GameException;
import quiznight.game.NameFilter;
import quiznight.game.Names;
import quiznight.game.Phase;
import quiznight.game.Player;
import quiznight.game.Submission;
import quiznight.metrics.Metrics;
import quiznight.protocol.ClientMessage;
import quiznight.protocol.Codec;
import quiznight.protocol.Encoded;
import quiznight.protocol.ErrorCode;
import quiznight.protocol.ProtocolException;
import quiznight.protocol.ServerMessage;
import quiznight.quiz.Question;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizFormatException;
import quiznight.quiz.Solution;
import quiznight.results.GameResult;
import quiznight.results.ResultsStore;

/**
 * One room: a game, its host and players, and their connections. All state is confined to one
 * {@link RoomLoop}: plain fields, no locks. Connections on other threads reach it through
 * {@link #execute(Runnable)}; every public method other than that one must run on the loop.
 */
public final class Room {
    private static final Logger log = LoggerFactory.getLogger(Room.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final int TOP = 10;

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

    private static final class Member {
        final String id;
        final String token;
        Peer peer;

        Member(String id, String token, Peer peer) {
            this.id = id;
            this.token = token;
            this.peer = peer;
        }
    }

    private final String code;
    private final String hostToken;
    private final String joinUrl;
    private final Quiz quiz;
    private final Game game;
    private final boolean hideText;
    private final RoomLoop loop;
    private final Services services;
    private final Listener listener;
    private final long createdAt;
    private final Journal journal;
    private final RoomRef ref = new LocalRef();

    private final Map<String, Member> members = new LinkedHashMap<>();
    private final Map<String, String> idByToken = new HashMap<>();
    private Peer host;
    private int nextPlayer = 1;
    private boolean closed;
    private GameResult result;

    private RoomLoop.Cancellable deadlineTimer;
    private RoomLoop.Cancellable lobbyFlush;
    private RoomLoop.Cancellable progressFlush;
    private RoomLoop.Cancellable idleTimer;
    private RoomLoop.Cancellable finishedTimer;
    private boolean lobbyDirty;
    private boolean progressDirty;
    private long lastLobbyFlush = Long.MIN_VALUE / 2;
    private long lastProgressFlush = Long.MIN_VALUE / 2;

    public Room(String code, String hostToken, String joinUrl, Quiz quiz, List<Question> questions, boolean hideText,
                RoomLoop loop, Services services, Listener listener) {
        this(code, hostToken, joinUrl, quiz, questions, hideText, loop, services, listener, Journal.NONE,
                services.clock().millis());
    }

    Room(String code, String hostToken, String joinUrl, Quiz quiz, List<Question> questions, boolean hideText,
         RoomLoop loop, Services services, Listener listener, Journal journal, long createdAt) {
        this.code = code;
        this.hostToken = hostToken;
        this.joinUrl = joinUrl;
        this.quiz = quiz;
        this.game = new Game(questions);
        this.hideText = hideText;
        this.loop = loop;
        this.services = services;
        this.listener = listener;
        this.journal = journal;
        this.createdAt = createdAt;
    }

    /** Writes the journal's first record: everything needed to rebuild this room from nothing. */
    void journalCreated() {
        ObjectNode r = record("created", createdAt);
        r.put("code", code);
        r.put("hostToken", hostToken);
        r.put("joinUrl", joinUrl);
        r.put("hideText", hideText);
        JournalQuiz.write(r, quiz, game.questions(), journal);
        journal.append(r);
        journal.flush();
    }

    public String code() {
        return code;
    }

    public String joinUrl() {
        return joinUrl;
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
        host = peer;
        peer.bind(ref, Peer.Role.HOST, null);
        send(peer, new ServerMessage.Created(code, hostToken, joinUrl, quizInfo()));
        log.info("room created {} {} {}", kv("room", code), kv("quiz", quiz.id()), kv("questions", game.total()));
        if (!peer.isOpen()) {
            // Its creator left before the room was ready: nobody will tell it so later.
            disconnected(peer, null);
        }
    }

    public void join(Peer peer, ClientMessage.Join request, long now) {
        ensureInLoop();
        String name = request.name();
        guardJoin(peer, () -> {
            refuseIfClosed();
            if (game.playerCount() >= services.settings().maxPlayers()) {
                log.warn("room full: join refused {} {}", kv("room", code), kv("players", game.playerCount()));
                throw new ProtocolException(ErrorCode.CAPACITY, "This room is full.");
            }
            services.names().check(Names.clean(name));
            String id = "p" + nextPlayer;
            Player p = game.join(id, name, now);
            nextPlayer++;
            Member m = new Member(id, Tokens.token(), peer);
            members.put(id, m);
            idByToken.put(m.token, id);
            journal.append(record("joined", now).put("id", id).put("name", p.name()).put("token", m.token));
            peer.bind(ref, Peer.Role.PLAYER, id);
            services.metrics().playerConnected();
            services.metrics().joined();
            send(peer, new ServerMessage.Joined(id, m.token, p.name()));
            sendPhase(peer, p);
            attached();
            lobbyChanged();
            progressChanged();
        });
    }

    public void resume(Peer peer, String token, long now) {
        ensureInLoop();
        guardJoin(peer, () -> {
            refuseIfClosed();
            if (Tokens.same(token, hostToken)) {
                Peer old = host;
                host = peer;
                peer.bind(ref, Peer.Role.HOST, null);
                if (old != null && old != peer) {
                    replaced(old);
                }
                services.metrics().resumed("host");
                send(peer, new ServerMessage.Resumed("host", game.phase().wire(), null, null, null, null,
                        code, joinUrl, quizInfo(), game.locked()));
                sendPhase(peer, null);
                attached();
                return;
            }
            String id = idByToken.get(token);
            if (id == null) {
                throw new ProtocolException(ErrorCode.BAD_TOKEN, "That token does not belong to this room.");
            }
            Member m = members.get(id);
            Player p = game.player(id);
            Peer old = m.peer;
            m.peer = peer;
            peer.bind(ref, Peer.Role.PLAYER, id);
            if (old != null && old != peer) {
                replaced(old);
            } else if (old == null) {
                game.setConnected(id, true);
                services.metrics().playerConnected();
            }
            services.metrics().resumed("player");
            boolean answered = game.phase() == Phase.QUESTION && p.answer(game.index()) != null;
            send(peer, new ServerMessage.Resumed("player", game.phase().wire(), id, p.name(), p.score(), answered,
                    null, null, null, null));
            sendPhase(peer, p);
            attached();
            lobbyChanged();
            progressChanged();
        });
    }

    /** A connection closed. Its player stays in the game, away, and may resume. */
    public void disconnected(Peer peer, String memberId) {
        ensureInLoop();
        if (peer == host) {
            host = null;
        } else if (memberId != null) {
            Member m = members.get(memberId);
            if (m == null || m.peer != peer) {
                return;
            }
            m.peer = null;
            game.setConnected(memberId, false);
            services.metrics().playerDisconnected();
            lobbyChanged();
            progressChanged();
            if (game.everyoneAnswered()) {
                closeQuestion();
            }
        }
        if (!closed && host == null && game.connectedCount() == 0) {
            if (idleTimer == null) {
                idleTimer = loop.schedule(this::idleExpired, idleRetentionMs());
            }
        }
    }

    /**
     * How long this room lives on with nobody connected: shorter while it never started and nobody joined it (its
     * host left it: nothing would be lost, and the server gets the room back sooner).
     */
    private long idleRetentionMs() {
        return game.phase() == Phase.LOBBY && game.playerCount() == 0 ? services.settings().abandonedRetentionMs()
                : services.settings().emptyRetentionMs();
    }

    /** A host command: start, next, end, kick or lock. */
    public void command(Peer peer, ClientMessage message) {
        ensureInLoop();
        guard(peer, () -> {
            if (peer != host) {
                throw new ProtocolException(ErrorCode.NOT_HOST, "Only the host of this room can do that.");
            }
            long now = now();
            if (message instanceof ClientMessage.Start) {
                game.start(now);
                journal.append(record("start", now));
                log.info("room started {} {}", kv("room", code), kv("players", game.playerCount()));
                openedQuestion();
            } else if (message instanceof ClientMessage.Next) {
                Phase before = game.phase();
                if (before == Phase.QUESTION) {
                    closeQuestion();
                    return;
                }
                game.next(now);
                journal.append(record("next", now));
                switch (game.phase()) {
                    case STANDINGS -> {
                        journal.flush();
                        broadcast(services.codec().encode(standingsMessage()));
                    }
                    case QUESTION -> openedQuestion();
                    case FINISHED -> finished();
                    default -> throw new IllegalStateException("next led to " + game.phase());
                }
            } else if (message instanceof ClientMessage.End) {
                boolean wasOpen = game.phase() == Phase.QUESTION;
                game.end(now);
                journal.append(record("end", now));
                if (wasOpen) {
                    cancel(deadlineTimer);
                }
                finished();
            } else if (message instanceof ClientMessage.Kick kick) {
                kick(kick.playerId());
            } else if (message instanceof ClientMessage.Lock lock) {
                game.setLocked(lock.locked());
                journal.append(record("lock", now).put("locked", lock.locked()));
                send(peer, new ServerMessage.Locked(lock.locked()));
                lobbyChanged();
            } else {
                throw new ProtocolException(ErrorCode.BAD_MESSAGE, "That is not a host command.");
            }
        });
    }

    public void answer(Peer peer, String playerId, ClientMessage.Answer a, long receivedAt, long latencyMs) {
        ensureInLoop();
        guard(peer, () -> {
            Member m = members.get(playerId);
            if (m == null || m.peer != peer) {
                throw new ProtocolException(ErrorCode.BAD_TOKEN, "This connection no longer speaks for that player.");
            }
            // The shape is checked only for an answer that could count, so a late or second answer is told so.
            boolean couldCount = game.phase() == Phase.QUESTION && a.index() == game.index()
                    && receivedAt <= game.deadline() && game.player(playerId).answer(a.index()) == null;
            Submission s = couldCount ? toSubmission(a, game.question()) : null;
            boolean everyone;
            try {
                everyone = game.answer(playerId, a.index(), s, receivedAt, latencyMs);
            } catch (GameException e) {
                services.metrics().answer(e.code() == ErrorCode.QUESTION_CLOSED ? "late" : "rejected");
                throw e;
            }
            ObjectNode r = record("answer", receivedAt).put("id", playerId).put("index", a.index()).put("latency", latencyMs);
            r.set("answer", JSON.valueToTree(submissionOnWire(s)));
            journal.append(r);
            send(peer, new ServerMessage.Ack(a.index()));
            progressChanged();
            if (everyone) {
                closeQuestion();
            }
        });
    }

    /** Shutdown: every connection is told and closed; a game in progress has its results written. */
    public void shutdown() {
        ensureInLoop();
        if (closed) {
            return;
        }
        if (result == null && game.phase() != Phase.LOBBY) {
            result = buildResult(false);
            services.results().write(result);
        }
        Encoded bye = services.codec().encode(ServerMessage.Error.of(ErrorCode.SERVER_SHUTDOWN,
                "The server is shutting down. Your score is kept in the results."));
        broadcast(bye);
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

    /** The results of a finished game, or null while it runs. Safe to read from any thread once set. */
    public synchronized GameResult result() {
        return result;
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
                .append(game.locked()).append('/').append(game.answered()).append('/').append(members.size());
        for (Player p : game.players()) {
            sb.append('|').append(p.id()).append(':').append(p.score()).append(':').append(p.streak());
            for (int i = 0; i <= game.index(); i++) {
                sb.append(p.answer(i) == null ? '-' : '+');
            }
        }
        return sb.toString();
    }

    public boolean hostTokenMatches(String token) {
        return Tokens.same(token, hostToken);
    }

    /** The host token's digest ({@link Tokens#digest}), for checking it on another server of a cluster. */
    public String hostTokenDigest() {
        return Tokens.digest(hostToken);
    }

    // ---- restoring from a journal -------------------------------------------------------------

    /**
     * Rebuilds a room from its journal: the same requests, at the same times, give the same game. Every
     * player comes back away (no connection yet) and resumes with their token. Stops at a record it cannot
     * apply (a torn or corrupt tail), keeping what came before.
     *
     * @throws QuizFormatException when the first record is not a readable {@code created}
     */
    static Room restore(List<JsonNode> records, RoomLoop loop, Services services, Listener listener,
                        Journal journal) throws QuizFormatException {
        JsonNode c = records.isEmpty() ? null : records.get(0);
        if (c == null || !"created".equals(c.path("t").asText()) || !JournalQuiz.present(c)) {
            throw new QuizFormatException("the journal does not start with a 'created' record");
        }
        Quiz quiz = JournalQuiz.read(c, journal);
        Room room = new Room(c.get("code").asText(), c.get("hostToken").asText(), c.get("joinUrl").asText(), quiz,
                quiz.questions(), c.path("hideText").asBoolean(), loop, services, listener, journal, c.get("at").asLong());
        int applied = 1;
        for (JsonNode r : records.subList(1, records.size())) {
            try {
                room.apply(r);
                applied++;
            } catch (RuntimeException e) {
                log.warn("journal record cannot be applied; restored up to the record before {} {} {}",
                        kv("room", room.code), kv("record", applied + 1), kv("problem", e.getMessage()));
                break;
            }
        }
        for (Member m : room.members.values()) {
            room.game.setConnected(m.id, false);
        }
        log.info("room restored from its journal {} {} {} {}", kv("room", room.code), kv("records", applied),
                kv("players", room.members.size()), kv("phase", room.game.phase().wire()));
        return room;
    }

    private void apply(JsonNode r) {
        long at = r.get("at").asLong();
        switch (r.get("t").asText()) {
            case "joined" -> {
                String id = r.get("id").asText();
                game.joinRecorded(id, r.get("name").asText(), at);
                Member m = new Member(id, r.get("token").asText(), null);
                members.put(id, m);
                idByToken.put(m.token, id);
                nextPlayer = Math.max(nextPlayer, Integer.parseInt(id.substring(1)) + 1);
            }
            case "start" -> game.start(at);
            case "next" -> game.next(at);
            case "close" -> game.close(at);
            case "end" -> game.end(at);
            case "lock" -> game.setLocked(r.get("locked").asBoolean());
            case "kick" -> {
                String id = r.get("id").asText();
                game.remove(id);
                Member m = members.remove(id);
                idByToken.remove(m.token);
            }
            case "answer" -> {
                JsonNode a = r.get("answer");
                Submission s;
                if (a.isInt()) {
                    s = new Submission.Choice(a.asInt());
                } else if (a.isArray()) {
                    TreeSet<Integer> set = new TreeSet<>();
                    a.forEach(n -> set.add(n.asInt()));
                    s = new Submission.Choices(set);
                } else if (a.isTextual()) {
                    s = new Submission.Text(a.asText());
                } else {
                    s = new Submission.Number(a.asDouble());
                }
                game.answer(r.get("id").asText(), r.get("index").asInt(), s, at, r.get("latency").asLong());
            }
            default -> throw new IllegalArgumentException("unknown record type " + r.get("t"));
        }
    }

    /** On the loop, once the restored room is registered: restart its timers, finish what was under way. */
    void resumeAfterRestore() {
        ensureInLoop();
        if (game.phase() == Phase.QUESTION) {
            long left = game.deadline() - now();
            if (left <= 0) {
                closeQuestion();
            } else {
                int index = game.index();
                deadlineTimer = loop.schedule(() -> {
                    if (game.phase() == Phase.QUESTION && game.index() == index) {
                        closeQuestion();
                    }
                }, left);
            }
        } else if (game.phase() == Phase.FINISHED) {
            GameResult r = buildResult(true);
            synchronized (this) {
                result = r;
            }
            journal.close();
            services.results().write(r).thenRun(journal::delete);
            listener.finished(this, r);
            finishedTimer = loop.schedule(() -> close(1000, "room closed"), services.settings().finishedRetentionMs());
        }
        idleTimer = loop.schedule(this::idleExpired, services.settings().emptyRetentionMs());
    }

    // ---- phases --------------------------------------------------------------------------------

    private void openedQuestion() {
        journal.flush();
        broadcast(services.codec().encode(questionMessage()));
        long delay = Math.max(0, game.deadline() - now());
        int index = game.index();
        deadlineTimer = loop.schedule(() -> {
            if (game.phase() == Phase.QUESTION && game.index() == index) {
                closeQuestion();
            }
        }, delay);
        progressChanged();
    }

    private void closeQuestion() {
        cancel(deadlineTimer);
        deadlineTimer = null;
        long now = now();
        game.close(now);
        services.metrics().answer("correct", game.correctCount());
        services.metrics().answer("wrong", game.answered() - game.correctCount());
        journal.append(record("close", now));
        journal.flush();
        flushProgress();
        // Each player gets the reveal and their own result written together and flushed once.
        long start = System.nanoTime();
        Encoded reveal = services.codec().encode(revealMessage());
        if (host != null) {
            host.send(reveal);
        }
        List<Peer> peers = new ArrayList<>(members.size());
        List<Encoded> results = new ArrayList<>(members.size());
        for (Member m : members.values()) {
            if (m.peer != null) {
                peers.add(m.peer);
                results.add(services.codec().encode(resultMessage(game.player(m.id))));
            }
        }
        services.fanout().broadcastThenEach(peers, reveal, results);
        services.metrics().broadcast(reveal.type(), peers.size() + (host != null ? 1 : 0), reveal.bytes().length,
                System.nanoTime() - start);
    }

    private void finished() {
        cancel(lobbyFlush);
        cancel(progressFlush);
        // The results first: a host who asks for them on receiving 'finished' gets them.
        GameResult r = buildResult(true);
        synchronized (this) {
            result = r;
        }
        journal.close();
        services.results().write(r).thenRun(journal::delete);
        listener.finished(this, r);
        long start = System.nanoTime();
        Encoded base = services.codec().encode(finishedMessage());
        if (host != null) {
            host.send(base);
        }
        List<Peer> peers = new ArrayList<>(members.size());
        List<Encoded> copies = new ArrayList<>(members.size());
        for (Member m : members.values()) {
            if (m.peer != null) {
                Player p = game.player(m.id);
                peers.add(m.peer);
                copies.add(services.codec().withField(base, "you", new ServerMessage.You(p.rank(), p.score())));
            }
        }
        services.fanout().each(peers, copies);
        services.metrics().broadcast(base.type(), peers.size() + (host != null ? 1 : 0), base.bytes().length,
                System.nanoTime() - start);
        log.info("room finished {} {} {}", kv("room", code), kv("players", game.playerCount()),
                kv("durationSec", game.startedAt() == 0 ? 0 : (game.finishedAt() - game.startedAt()) / 1000));
        finishedTimer = loop.schedule(() -> close(1000, "room closed"), services.settings().finishedRetentionMs());
    }

    private void kick(String playerId) {
        Member m = members.get(playerId);
        if (m == null) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "No player has that id in this room.");
        }
        game.remove(playerId);
        journal.append(record("kick", now()).put("id", playerId));
        members.remove(playerId);
        idByToken.remove(m.token);
        if (m.peer != null) {
            Peer p = m.peer;
            p.bind(null, null, null);
            send(p, new ServerMessage.Kicked());
            p.close(1000, "kicked by the host");
            services.metrics().playerDisconnected();
        }
        log.info("player kicked {} {}", kv("room", code), kv("player", playerId));
        lobbyChanged();
        progressChanged();
        if (game.everyoneAnswered()) {
            closeQuestion();
        }
    }

    /** Sends the message of the current phase to one connection ({@code player} null for the host). */
    private void sendPhase(Peer peer, Player player) {
        switch (game.phase()) {
            case LOBBY -> send(peer, lobbyMessage(player == null));
            case QUESTION -> {
                send(peer, questionMessage());
                if (player == null) {
                    send(peer, progressMessage());
                }
            }
            case REVEAL -> {
                // The question too, so a screen that comes back mid-reveal can show what was asked.
                send(peer, questionMessage());
                send(peer, revealMessage());
                if (player != null) {
                    send(peer, resultMessage(player));
                }
            }
            case STANDINGS -> send(peer, standingsMessage());
            case FINISHED -> {
                Encoded base = services.codec().encode(finishedMessage());
                peer.send(player == null ? base
                        : services.codec().withField(base, "you", new ServerMessage.You(player.rank(), player.score())));
            }
        }
    }

    // ---- coalesced updates ---------------------------------------------------------------------

    private void lobbyChanged() {
        if (game.phase() != Phase.LOBBY || closed) {
            return;
        }
        lobbyDirty = true;
        if (lobbyFlush == null) {
            long delay = Math.max(0, lastLobbyFlush + lobbyInterval() - now());
            lobbyFlush = loop.schedule(this::flushLobby, delay);
        }
    }

    /**
     * How often the lobby goes out: every 100 ms for a classroom, slower as the room grows (a lobby update is
     * a broadcast to every player), up to once a second from 10,000 players.
     */
    private long lobbyInterval() {
        return Math.max(services.settings().coalesceMs(), Math.min(1_000, game.playerCount() / 10));
    }

    private void flushLobby() {
        lobbyFlush = null;
        journal.flush();
        if (!lobbyDirty || game.phase() != Phase.LOBBY || closed) {
            return;
        }
        lobbyDirty = false;
        lastLobbyFlush = now();
        if (host != null) {
            send(host, lobbyMessage(true));
        }
        broadcastToPlayers(services.codec().encode(lobbyMessage(false)));
    }

    private void progressChanged() {
        if (game.phase() != Phase.QUESTION || closed) {
            return;
        }
        progressDirty = true;
        if (progressFlush == null) {
            long delay = Math.max(0, lastProgressFlush + services.settings().coalesceMs() - now());
            progressFlush = loop.schedule(this::flushProgress, delay);
        }
    }

    private void flushProgress() {
        cancel(progressFlush);
        progressFlush = null;
        journal.flush();
        if (!progressDirty) {
            return;
        }
        progressDirty = false;
        lastProgressFlush = now();
        if (host != null) {
            send(host, progressMessage());
        }
    }

    // ---- messages ------------------------------------------------------------------------------

    private ServerMessage.QuizInfo quizInfo() {
        return new ServerMessage.QuizInfo(quiz.id(), quiz.title(), game.total());
    }

    private ServerMessage lobbyMessage(boolean forHost) {
        List<ServerMessage.PlayerRef> players = null;
        if (forHost) {
            players = new ArrayList<>(game.playerCount());
            for (Player p : game.players()) {
                players.add(new ServerMessage.PlayerRef(p.id(), p.name()));
            }
        }
        return new ServerMessage.Lobby(code, game.playerCount(), game.locked(), players);
    }

    private ServerMessage questionMessage() {
        Question q = game.question();
        return new ServerMessage.Question(game.index(), game.total(), q.kind().wire(), q.text(), q.code(),
                q.choices(), q.timeLimitMs(), game.deadline(), q.points(), hideText, q.section());
    }

    private ServerMessage progressMessage() {
        return new ServerMessage.Progress(game.index(), game.answered(), game.playerCount());
    }

    private ServerMessage revealMessage() {
        Question q = game.question();
        return new ServerMessage.Reveal(game.index(), correctOnWire(q.solution()), game.counts(), q.explanation(),
                game.answered(), game.correctCount(), q.docs());
    }

    static Object correctOnWire(Solution s) {
        if (s instanceof Solution.Choices c) {
            return List.copyOf(c.indexes());
        }
        if (s instanceof Solution.Text t) {
            return t.accepted();
        }
        Solution.Number n = (Solution.Number) s;
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("value", n.value());
        m.put("tolerance", n.tolerance());
        return m;
    }

    private ServerMessage resultMessage(Player p) {
        AnswerRecord a = p.answer(game.index());
        boolean correct = a != null && a.correct();
        return new ServerMessage.Result(game.index(), correct, a == null ? 0 : a.points(), a == null ? 0 : a.bonus(),
                p.score(), p.rank(), p.streak(), p.behind(), game.playerCount());
    }

    private List<ServerMessage.Entry> entries(int n) {
        List<ServerMessage.Entry> top = new ArrayList<>();
        for (Player p : game.top(n)) {
            top.add(new ServerMessage.Entry(p.rank(), p.id(), p.name(), p.score(),
                    p.previousRank() == 0 ? null : p.previousRank()));
        }
        return top;
    }

    private ServerMessage standingsMessage() {
        return new ServerMessage.Standings(game.index(), entries(TOP), game.playerCount());
    }

    private ServerMessage finishedMessage() {
        return new ServerMessage.Finished(entries(3), entries(TOP), game.playerCount());
    }

    static Submission toSubmission(ClientMessage.Answer a, Question q) {
        switch (q.kind()) {
            case SINGLE, TRUEFALSE -> {
                if (a.choice() == null) {
                    throw new ProtocolException(ErrorCode.BAD_MESSAGE, "This question takes 'choice': a choice number.");
                }
                return new Submission.Choice(a.choice());
            }
            case MULTI -> {
                if (a.choices() == null) {
                    throw new ProtocolException(ErrorCode.BAD_MESSAGE, "This question takes 'choices': a list of choice numbers.");
                }
                TreeSet<Integer> set = new TreeSet<>(a.choices());
                if (set.size() != a.choices().size()) {
                    throw new ProtocolException(ErrorCode.BAD_MESSAGE, "Field 'choices' lists a choice twice.");
                }
                return new Submission.Choices(set);
            }
            case TEXT -> {
                if (a.text() == null) {
                    throw new ProtocolException(ErrorCode.BAD_MESSAGE, "This question takes 'text'.");
                }
                return new Submission.Text(a.text());
            }
            case NUMBER -> {
                if (a.value() == null) {
                    throw new ProtocolException(ErrorCode.BAD_MESSAGE, "This question takes 'value': a number.");
                }
                return new Submission.Number(a.value());
            }
            default -> throw new IllegalStateException(q.kind().toString());
        }
    }

    private GameResult buildResult(boolean complete) {
        List<GameResult.QuestionRef> questions = new ArrayList<>();
        List<Question> qs = game.questions();
        for (int i = 0; i < qs.size(); i++) {
            Question q = qs.get(i);
            questions.add(new GameResult.QuestionRef(i, q.kind().wire(), q.text(), q.choices(),
                    correctOnWire(q.solution()), q.points()));
        }
        List<Player> ranked = new ArrayList<>(game.ranking());
        List<GameResult.PlayerResult> players = new ArrayList<>();
        for (Player p : ranked) {
            List<GameResult.AnswerResult> answers = new ArrayList<>();
            int correct = 0;
            for (int i = 0; i <= Math.min(game.index(), qs.size() - 1); i++) {
                AnswerRecord a = p.answer(i);
                if (a != null) {
                    answers.add(new GameResult.AnswerResult(i, submissionOnWire(a.submission()), a.correct(),
                            a.points(), a.responseMs()));
                    correct += a.correct() ? 1 : 0;
                }
            }
            players.add(new GameResult.PlayerResult(p.rank(), p.id(), p.name(), p.score(), correct, answers));
        }
        return new GameResult(code, new GameResult.QuizRef(quiz.id(), quiz.title()), createdAt, game.startedAt(),
                complete ? game.finishedAt() : now(), complete, questions, players);
    }

    private static Object submissionOnWire(Submission s) {
        if (s instanceof Submission.Choice c) {
            return c.index();
        }
        if (s instanceof Submission.Choices c) {
            return List.copyOf(c.indexes());
        }
        if (s instanceof Submission.Text t) {
            return t.text();
        }
        return ((Submission.Number) s).value();
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
            send(peer, ServerMessage.Error.of(e.code(), e.getMessage()));
        }
    }

    private void refuseIfClosed() {
        if (closed) {
            throw new ProtocolException(ErrorCode.ROOM_NOT_FOUND, "No room has that code.");
        }
    }

    private void send(Peer peer, ServerMessage message) {
        peer.send(services.codec().encode(message));
    }

    /** The same bytes to the host and every connected player. */
    private void broadcast(Encoded e) {
        fanOut(e, true);
    }

    private void broadcastToPlayers(Encoded e) {
        fanOut(e, false);
    }

    private void fanOut(Encoded e, boolean withHost) {
        long start = System.nanoTime();
        List<Peer> peers = new ArrayList<>(members.size() + 1);
        if (withHost && host != null) {
            peers.add(host);
        }
        for (Member m : members.values()) {
            if (m.peer != null) {
                peers.add(m.peer);
            }
        }
        services.fanout().broadcast(peers, e);
        services.metrics().broadcast(e.type(), peers.size(), e.bytes().length, System.nanoTime() - start);
    }

    private void replaced(Peer old) {
        old.bind(null, null, null);
        old.close(4001, "resumed on another connection");
    }

    private void attached() {
        cancel(idleTimer);
        idleTimer = null;
    }

    private void idleExpired() {
        idleTimer = null;
        if (host == null && game.connectedCount() == 0) {
            log.info("room dropped: nobody connected {} {}", kv("room", code),
                    kv("idleSec", idleRetentionMs() / 1000));
            if (result == null && game.phase() != Phase.LOBBY) {
                result = buildResult(false);
                services.results().write(result).thenRun(journal::delete);
            } else {
                journal.delete();
            }
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
        cancel(deadlineTimer);
        cancel(lobbyFlush);
        cancel(progressFlush);
        cancel(idleTimer);
        cancel(finishedTimer);
        if (host != null) {
            host.bind(null, null, null);
            host.close(status, reason);
            host = null;
        }
        for (Member m : members.values()) {
            if (m.peer != null) {
                m.peer.bind(null, null, null);
                m.peer.close(status, reason);
                m.peer = null;
                services.metrics().playerDisconnected();
            }
        }
        members.clear();
        idByToken.clear();
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

    private static ObjectNode record(String type, long at) {
        ObjectNode r = JSON.createObjectNode();
        r.put("t", type);
        r.put("at", at);
        return r;
    }

    private static void cancel(RoomLoop.Cancellable c) {
        if (c != null) {
            c.cancel();
        }
    }
}
