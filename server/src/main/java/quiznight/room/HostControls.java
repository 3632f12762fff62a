package quiznight.room;

import quiznight.game.AutoAdvance;
import quiznight.game.Clock;
import quiznight.game.Game;
import quiznight.game.Phase;
import quiznight.metrics.Metrics;
import quiznight.protocol.ErrorCode;
import quiznight.protocol.ProtocolException;
import quiznight.protocol.ServerMessage;

/**
 * A room's host-side controls beyond moving the game on: pause and going on (the open question's deadline timer
 * stopped and set again, every screen told), the auto-advance countdown of a pub quiz room ({@link AutoAdvance}: a
 * timer that moves the game on as the host's {@code next} would, held by a pause), and host connections (the laptop
 * with the host token, phones with a remote link or session: {@link RemoteAccess}). Called from {@link Room}'s entry
 * points, on the room's loop.
 */
final class HostControls {
    /** What the controls need the room to do: move the game on, or close the open question (its deadline passed). */
    interface Moves {
        void next(long now);

        void closeQuestion();
    }

    private final RoomOptions options;
    private final Game game;
    private final RoomLoop loop;
    private final Clock clock;
    private final RoomPeers peers;
    private final RoomMessages messages;
    private final RoomJournal journal;
    private final RoomTimers timers;
    private final Metrics metrics;
    private final AutoAdvance auto;
    private final RoomRef ref;
    private Moves moves;
    private RoomLoop.Cancellable autoTimer;

    HostControls(RoomOptions options, Game game, RoomLoop loop, Clock clock, RoomPeers peers, RoomMessages messages,
                 RoomJournal journal, RoomTimers timers, Metrics metrics, RoomRef ref) {
        this.ref = ref;
        this.options = options;
        this.game = game;
        this.loop = loop;
        this.clock = clock;
        this.peers = peers;
        this.messages = messages;
        this.journal = journal;
        this.timers = timers;
        this.metrics = metrics;
        this.auto = new AutoAdvance(options.autoAdvanceMs());
    }

    void moves(Moves moves) {
        this.moves = moves;
    }

    // ---- pause ---------------------------------------------------------------------------------

    /** The host's {@code pause}: stops (or restarts) the open question's clock and any auto-advance countdown. */
    void pause(boolean paused, long now) {
        if (paused) {
            game.pause(now);
            journal.pause(now, true);
            timers.cancelDeadline();
            auto.pause(now);
            cancelAutoTimer();
        } else {
            game.resume(now);
            journal.pause(now, false);
            if (game.phase() == Phase.QUESTION) {
                timers.deadline(Math.max(0, game.closesAt() - now), moves::closeQuestion);
            }
            auto.resume(now);
            scheduleAuto(now);
        }
        journal.flush();
        peers.broadcast(messages.encode(pausedMessage(now)));
        if (auto.active()) {
            peers.broadcast(messages.encode(autoMessage(now)));
        }
    }

    /** Before the host moves the game on: a paused game goes on first, and every screen is told. */
    void beforeMove(long now) {
        if (game.paused() && game.phase() != Phase.FINISHED) {
            pause(false, now);
        }
        auto.cancel();
        cancelAutoTimer();
    }

    /** The game is in a new phase: an auto-advance room starts its countdown (held while paused) and tells everyone. */
    void entered(long now) {
        auto.entered(game.phase(), game.index(), now, game.paused());
        cancelAutoTimer();
        if (!auto.active()) {
            return;
        }
        scheduleAuto(now);
        peers.broadcast(messages.encode(autoMessage(now)));
    }

    /** To a connection that just joined or resumed: the pause and the countdown, if any. */
    void sendState(Peer peer) {
        long now = clock.millis();
        if (game.paused()) {
            messages.send(peer, pausedMessage(now));
        }
        if (auto.active()) {
            messages.send(peer, autoMessage(now));
        }
    }

    /** A room rebuilt from its journal: a countdown starts afresh in the phase it stopped in (held if paused). */
    void restored(long now) {
        auto.entered(game.phase(), game.index(), now, game.paused());
        scheduleAuto(now);
    }

    void cancel() {
        auto.cancel();
        cancelAutoTimer();
    }

    private void scheduleAuto(long now) {
        cancelAutoTimer();
        long due = auto.dueAt();
        if (due == AutoAdvance.NONE) {
            return;
        }
        Phase from = auto.from();
        int index = auto.index();
        autoTimer = loop.schedule(() -> {
            autoTimer = null;
            long at = clock.millis();
            if (game.phase() == from && game.index() == index && auto.due(at)) {
                moves.next(at);
            } else if (auto.active() && !auto.due(at)) {
                scheduleAuto(at); // the timer ran early (a coarse loop): wait the rest
            }
        }, Math.max(0, due - now));
    }

    private void cancelAutoTimer() {
        if (autoTimer != null) {
            autoTimer.cancel();
            autoTimer = null;
        }
    }

    private ServerMessage pausedMessage(long now) {
        boolean question = game.phase() == Phase.QUESTION;
        Long remaining = question && game.paused() ? game.remainingMs(now) : null;
        Long deadline = question && !game.paused() ? game.deadline() : null;
        boolean talk = question && game.options().talkMs() > 0;
        // While paused the talk left is the time left less the question's own time (the deadline is the talk's end
        // plus the time limit); on going on, the moment answers open moved on with the deadline.
        Long talkLeft = talk && game.paused() ? Math.max(0, remaining - game.question().timeLimitMs()) : null;
        Long answersOpenAt = talk && !game.paused() ? game.answersOpenAt() : null;
        return new ServerMessage.Paused(game.paused(), remaining, deadline, talkLeft, answersOpenAt);
    }

    private ServerMessage autoMessage(long now) {
        long remaining = auto.remainingMs(now);
        return new ServerMessage.AutoNext(auto.index(), auto.from().wire(), now + remaining, remaining, auto.held());
    }

    // ---- host connections ----------------------------------------------------------------------

    /** The host's {@code remote}: a new one-time link for a phone, to the host connection that asked. */
    void remoteLink(Peer peer, long now) {
        String token = peers.remotes().mint();
        journal.remoteLink(now, token);
        messages.send(peer, new ServerMessage.RemoteLink(token, options.remoteUrl(token), peers.remotes().sessions()));
    }

    /**
     * A {@code resume} with a host's token: the host token (the laptop, which takes over from its older connection),
     * a remote link (claimed once: the phone is given a session token) or a remote session. The connection is bound as
     * a host and sent the room as it stands. False when the token is none of these (a player's, or a wrong one).
     *
     * @throws ProtocolException {@code bad-token} for a remote link used (or replaced) already
     */
    boolean resumeHost(Peer peer, String token, long now) {
        String key;
        String session = null;
        if (Tokens.same(token, options.hostToken())) {
            key = RoomPeers.LAPTOP;
        } else {
            switch (peers.remotes().kind(token)) {
                case USED -> throw new ProtocolException(ErrorCode.BAD_TOKEN,
                        "That remote link was used already: make a new one on the host screen.");
                case LINK -> {
                    session = peers.remotes().claim(token);
                    journal.remoteClaimed(now, token, session);
                    key = peers.remotes().sessionKey(session);
                }
                case SESSION -> key = peers.remotes().sessionKey(token);
                default -> {
                    return false;
                }
            }
        }
        Peer old = peers.host(key, peer);
        peer.bind(ref, Peer.Role.HOST, null);
        if (old != null && old != peer) {
            RoomPeers.replaced(old);
        }
        metrics.resumed(key.equals(RoomPeers.LAPTOP) ? "host" : "remote");
        messages.send(peer, new ServerMessage.Resumed("host", game.phase().wire(), null, null, null, null,
                options.code(), options.joinUrl(), messages.quizInfo(), game.locked()));
        if (session != null) {
            messages.send(peer, new ServerMessage.RemoteSession(session));
        }
        messages.sendPhase(peer, null, !key.equals(RoomPeers.LAPTOP));
        sendState(peer);
        Peer laptop = peers.host(RoomPeers.LAPTOP);
        if (session != null && laptop != null) {
            remoteLink(laptop, now); // the link on the laptop's screen is spent: the next phone gets a new one
        }
        return true;
    }
}
