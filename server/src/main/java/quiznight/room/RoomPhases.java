package quiznight.room;

import static net.logstash.logback.argument.StructuredArguments.kv;

import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quiznight.game.Game;
import quiznight.game.Phase;
import quiznight.protocol.ClientMessage;
import quiznight.protocol.Encoded;
import quiznight.protocol.ErrorCode;
import quiznight.protocol.ProtocolException;
import quiznight.protocol.ServerMessage;
import quiznight.results.GameResult;
import quiznight.room.RoomPeers.Member;

/**
 * The host's commands and the game's phase changes of one room: start, next, end, kick, lock, pause, remote links,
 * extra time and hidden words, and what each phase sends (the question with each player's own times, the reveal
 * with each player's result, the standings, the podium), journals and schedules. On the room's loop, called from
 * {@link Room}'s entry points, from its deadline timer and from {@link HostControls} (auto-advance).
 */
final class RoomPhases implements HostControls.Moves {
    private static final Logger log = LoggerFactory.getLogger(Room.class);

    private final String code;
    private final Game game;
    private final Room.Services services;
    private final RoomJournal journal;
    private final RoomPeers peers;
    private final RoomMessages messages;
    private final RoomResults results;
    private final RoomTeams teams;
    private final CoalescedUpdates updates;
    private final RoomTimers timers;
    private final HostControls controls;
    private final Consumer<GameResult> onFinished;
    private final Runnable closeRoom;
    private final BooleanSupplier closed;
    /** Player token digest to player id, published when the game finishes (a player's recap checks it). */
    private volatile Map<String, String> recapTokens;

    RoomPhases(String code, Game game, Room.Services services, RoomJournal journal, RoomPeers peers,
               RoomMessages messages, RoomResults results, RoomTeams teams, CoalescedUpdates updates, RoomTimers timers,
               HostControls controls, Consumer<GameResult> onFinished, Runnable closeRoom, BooleanSupplier closed) {
        this.code = code;
        this.game = game;
        this.services = services;
        this.journal = journal;
        this.peers = peers;
        this.messages = messages;
        this.results = results;
        this.teams = teams;
        this.updates = updates;
        this.timers = timers;
        this.controls = controls;
        this.onFinished = onFinished;
        this.closeRoom = closeRoom;
        this.closed = closed;
    }

    private long now() {
        return services.clock().millis();
    }

    /** Each player's token and id once the game finished, else null. Safe from any thread. */
    Map<String, String> recapTokens() {
        return recapTokens;
    }

    /** A host command, from a connection known to be a host's. */
    void command(Peer peer, ClientMessage message) {
        long now = now();
        if (message instanceof ClientMessage.Start) {
            if (game.phase() == Phase.LOBBY) {
                controls.beforeMove(now);
            }
            game.start(now);
            journal.phase("start", now);
            log.info("room started {} {}", kv("room", code), kv("players", game.playerCount()));
            openedQuestion();
        } else if (message instanceof ClientMessage.Next) {
            if (game.phase() == Phase.LOBBY || game.phase() == Phase.FINISHED) {
                game.next(now); // refused: the game has not started, or has finished
            }
            controls.beforeMove(now);
            next(now);
        } else if (message instanceof ClientMessage.End) {
            if (game.phase() != Phase.FINISHED) {
                controls.beforeMove(now);
            }
            boolean wasOpen = game.phase() == Phase.QUESTION;
            game.end(now);
            journal.phase("end", now);
            if (wasOpen) {
                timers.cancelDeadline();
            }
            finished();
        } else if (message instanceof ClientMessage.Kick kick) {
            kick(kick.playerId());
        } else if (message instanceof ClientMessage.Pause pause) {
            controls.pause(pause.paused(), now);
        } else if (message instanceof ClientMessage.RemoteLink) {
            if (closed.getAsBoolean()) {
                throw new ProtocolException(ErrorCode.ROOM_NOT_FOUND, "No room has that code.");
            }
            controls.remoteLink(peer, now);
        } else if (message instanceof ClientMessage.ExtraTime extra) {
            grantExtraTime(peer, extra, now);
        } else if (message instanceof ClientMessage.Lock lock) {
            game.setLocked(lock.locked());
            journal.lock(now, lock.locked());
            messages.send(peer, new ServerMessage.Locked(lock.locked()));
            updates.lobbyChanged();
        } else if (message instanceof ClientMessage.HideWord hide) {
            game.hideWord(hide.word(), hide.hidden());
            journal.hideWord(now, hide.word(), hide.hidden());
            messages.send(peer, messages.words());
        } else {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "That is not a host command.");
        }
    }

    /** Moves the game one phase on (the host's {@code next}, or the auto-advance countdown). */
    @Override
    public void next(long now) {
        if (game.phase() == Phase.QUESTION) {
            closeQuestion();
            return;
        }
        game.next(now);
        journal.phase("next", now);
        switch (game.phase()) {
            case STANDINGS -> {
                journal.flush();
                peers.broadcast(messages.encode(messages.standings()));
                controls.entered(now);
            }
            case QUESTION -> openedQuestion();
            case FINISHED -> finished();
            default -> throw new IllegalStateException("next led to " + game.phase());
        }
    }

    private void openedQuestion() {
        journal.flush();
        Encoded question = messages.encode(messages.question());
        peers.broadcastUnlessOwn(question, m -> messages.ownQuestion(question, game.player(m.id)));
        timers.deadline(Math.max(0, game.closesAt() - now()), this::closeQuestion);
        updates.progressChanged();
        controls.entered(now());
    }

    /** Closes the open question (its deadline, everyone answered, or the host) and reveals it. */
    @Override
    public void closeQuestion() {
        timers.cancelDeadline();
        long now = now();
        game.close(now);
        services.metrics().answer("correct", game.correctCount());
        services.metrics().answer("wrong", game.answered() - game.correctCount());
        journal.phase("close", now);
        journal.flush();
        teams.rank();
        updates.flushProgress();
        // Each player gets the reveal and their own result written together and flushed once.
        var own = messages.results();
        peers.broadcastThenEach(messages.encode(messages.reveal()), m -> own.apply(game.player(m.id)));
        controls.entered(now);
    }

    private void finished() {
        updates.cancel();
        controls.cancel();
        // The results first: a host who asks for them on receiving 'finished' gets them.
        publishFinished();
        Encoded base = messages.finished();
        peers.eachCopy(base, m -> messages.finishedFor(base, game.player(m.id)));
        log.info("room finished {} {} {}", kv("room", code), kv("players", game.playerCount()),
                kv("durationSec", game.startedAt() == 0 ? 0 : (game.finishedAt() - game.startedAt()) / 1000));
        timers.finished(closeRoom);
    }

    /** The finished game's results, and the tokens its players' recaps are checked against. */
    void publishFinished() {
        recapTokens = peers.tokens();
        onFinished.accept(results.publishFinished(journal));
    }

    /** The host removes a player; a question everyone else has answered closes. */
    private void kick(String playerId) {
        Member m = peers.get(playerId);
        if (m == null) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "No player has that id in this room.");
        }
        game.remove(playerId);
        journal.kick(now(), playerId);
        peers.remove(playerId);
        peers.letGo(m, messages.encode(new ServerMessage.Kicked()), 1000, "kicked by the host");
        log.info("player kicked {} {}", kv("room", code), kv("player", playerId));
        updates.lobbyChanged();
        updates.progressChanged();
        if (game.everyoneAnswered()) {
            closeQuestion();
        }
    }

    /** The host grants a player extra time (from the next question); the host alone is told. */
    private void grantExtraTime(Peer host, ClientMessage.ExtraTime extra, long now) {
        if (peers.get(extra.playerId()) == null) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "No player has that id in this room.");
        }
        game.setTimeFactor(extra.playerId(), extra.factor());
        journal.extraTime(now, extra.playerId(), extra.factor());
        messages.send(host, new ServerMessage.ExtraTimeGranted(extra.playerId(), extra.factor()));
        updates.lobbyChanged();
    }
}
