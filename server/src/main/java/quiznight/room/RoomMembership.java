package quiznight.room;

import static net.logstash.logback.argument.StructuredArguments.kv;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quiznight.game.Game;
import quiznight.game.GameException;
import quiznight.game.Names;
import quiznight.game.Phase;
import quiznight.game.Player;
import quiznight.protocol.ErrorCode;
import quiznight.protocol.ProtocolException;
import quiznight.protocol.ServerMessage;
import quiznight.room.RoomPeers.Member;

/**
 * A room's players coming and going: a join admitted (or refused), a player's resume on a new connection, and a
 * player's connection closing (the player stays in the game, away). The host connections' side of the same is
 * {@link HostControls}. On the room's loop, called from {@link Room}'s entry points, which refuse a closed room and
 * answer a refusal with an error frame.
 */
final class RoomMembership {
    private static final Logger log = LoggerFactory.getLogger(Room.class);

    private final RoomOptions options;
    private final Game game;
    private final Room.Services services;
    private final RoomJournal journal;
    private final RoomPeers peers;
    private final RoomMessages messages;
    private final RoomTeams teams;
    private final RoomTimers timers;
    private final CoalescedUpdates updates;
    private final HostControls controls;
    private final HostControls.Moves moves;
    private final RoomRef ref;

    RoomMembership(RoomOptions options, Game game, Room.Services services, RoomJournal journal, RoomPeers peers,
                   RoomMessages messages, RoomTeams teams, RoomTimers timers, CoalescedUpdates updates,
                   HostControls controls, HostControls.Moves moves, RoomRef ref) {
        this.options = options;
        this.game = game;
        this.services = services;
        this.journal = journal;
        this.peers = peers;
        this.messages = messages;
        this.teams = teams;
        this.timers = timers;
        this.updates = updates;
        this.controls = controls;
        this.moves = moves;
        this.ref = ref;
    }

    /**
     * A new player joins under {@code name} (in team mode, in {@code team} where players pick), or is refused
     * (full, name not allowed, no real name in a room that asks for one, finished, locked, taken, no such team; no
     * team picked: told the teams first).
     */
    void admit(Peer peer, String name, Integer team, String givenRealName, long now) {
        if (game.playerCount() >= services.settings().maxPlayers()) {
            log.warn("room full: join refused {} {}", kv("room", options.code()), kv("players", game.playerCount()));
            throw new ProtocolException(ErrorCode.CAPACITY, "This room is full.");
        }
        services.names().check(Names.clean(name));
        String realName = realName(givenRealName); // after the refusals that a second try would not mend
        String id = peers.nextId();
        Player p;
        try {
            p = game.join(id, name, now, team);
        } catch (GameException e) {
            if (e.code() == ErrorCode.TEAM_REQUIRED) {
                messages.send(peer, new ServerMessage.Teams(teams.roster()));
            }
            throw e;
        }
        Member m = peers.add(id, Tokens.token(), peer);
        m.realName = realName;
        journal.joined(now, id, p.name(), m.token, game.teams() == null ? -1 : game.teams().teamOf(id), realName);
        peer.bind(ref, Peer.Role.PLAYER, id);
        services.metrics().playerConnected();
        services.metrics().joined();
        messages.send(peer, new ServerMessage.Joined(id, m.token, p.name(), teams.of(p)));
        attached(peer, p);
    }

    /**
     * The real name a join gives for the report: null in a room that does not ask (the field is ignored there);
     * in one that does, cleaned, and a join without the field is refused with {@code real-name-wanted}.
     */
    private String realName(String given) {
        if (!options.realNames()) {
            return null;
        }
        if (given == null) {
            throw new ProtocolException(ErrorCode.REAL_NAME_WANTED,
                    "This room asks for your real name: only the teacher sees it, in the report.");
        }
        return Names.cleanRealName(given);
    }

    /** The player whose token this is goes on with {@code peer} (an older connection of theirs is closed). */
    void resume(Peer peer, String token) {
        Member m = peers.byToken(token);
        if (m == null) {
            throw new ProtocolException(ErrorCode.BAD_TOKEN, "That token does not belong to this room.");
        }
        String id = m.id;
        Player p = game.player(id);
        Peer old = m.peer;
        m.peer = peer;
        peer.bind(ref, Peer.Role.PLAYER, id);
        if (old != null && old != peer) {
            RoomPeers.replaced(old);
        } else if (old == null) {
            game.setConnected(id, true);
            services.metrics().playerConnected();
        }
        services.metrics().resumed("player");
        boolean answered = game.phase() == Phase.QUESTION && p.answered(game.index());
        messages.send(peer, new ServerMessage.Resumed("player", game.phase().wire(), id, p.name(), p.score(),
                answered, null, null, null, null, teams.of(p)));
        attached(peer, p);
    }

    /** A player who joined or resumed on {@code peer}: sent the phase, and counted in the lobby and progress. */
    private void attached(Peer peer, Player p) {
        messages.sendPhase(peer, p);
        controls.sendState(peer);
        timers.attached();
        updates.lobbyChanged();
        updates.progressChanged();
    }

    /**
     * A player's connection closed: the player stays, away; a question everyone else has answered closes. False
     * when {@code peer} no longer spoke for that player (it was replaced, or the player left).
     */
    boolean disconnected(Peer peer, String memberId) {
        Member m = peers.get(memberId);
        if (m == null || m.peer != peer) {
            return false;
        }
        m.peer = null;
        game.setConnected(memberId, false);
        services.metrics().playerDisconnected();
        updates.lobbyChanged();
        updates.progressChanged();
        if (game.everyoneAnswered()) {
            moves.closeQuestion();
        }
        return true;
    }
}
