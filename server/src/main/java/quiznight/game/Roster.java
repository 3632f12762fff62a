package quiznight.game;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import quiznight.protocol.ErrorCode;

/**
 * Who is in a game: the players in join order, their nicknames (one per room, compared by {@link Names#keys}, so a
 * look-alike is the same name), their teams in team mode, and how many are connected. Whether a join is allowed at
 * all (the phase, a locked room) and what a player's leaving does to the open question are {@link Game}'s. Pure;
 * kept by {@link Game} on its thread. Every method either applies a change completely or throws and changes nothing.
 */
final class Roster {
    /** Team mode's rules; null when players play alone. */
    private final Teams teams;
    private final Map<String, Player> players = new LinkedHashMap<>();
    private final Map<String, String> idByNameKey = new HashMap<>();
    private int connected;

    Roster(Teams teams) {
        this.teams = teams;
    }

    /**
     * Adds a new player under a nickname nobody here uses ({@link ErrorCode#NAME_TAKEN}), in the team it picked
     * ({@code team}, 0-based, or null). Where players pick their team, a joiner before the start must name one
     * ({@link ErrorCode#TEAM_REQUIRED}); once {@code started}, every newcomer goes to the smallest team.
     */
    Player join(String id, String rawName, long now, boolean started, Integer team) {
        String name = Names.clean(rawName);
        List<String> keys = Names.keys(name);
        for (String key : keys) {
            if (idByNameKey.containsKey(key)) {
                throw new GameException(ErrorCode.NAME_TAKEN, "Someone in this room already uses that nickname.");
            }
        }
        if (teams != null) {
            if (teams.mode() == Teams.Mode.PICK && !started && team == null) {
                throw new GameException(ErrorCode.TEAM_REQUIRED, "Pick your team to join this room.");
            }
            teams.assign(id, team, started); // throws, changing nothing, for a team that does not exist
        }
        return add(id, name, keys, now);
    }

    /**
     * Adds a player read back from a journal, in the team it was given ({@code team}; -1: none recorded, so it is
     * assigned one now). Their name was accepted when they joined, so a name that a newer rule takes as the same as
     * another's (look-alike letters) is let in again; it stays taken for new joins.
     */
    Player joinRecorded(String id, String rawName, long now, boolean started, int team) {
        String name = Names.clean(rawName);
        Player p = add(id, name, Names.keys(name), now);
        if (teams != null && team >= 0) {
            teams.restore(id, team);
        } else if (teams != null) {
            teams.assign(id, null, started);
        }
        return p;
    }

    private Player add(String id, String name, List<String> keys, long now) {
        Player p = new Player(id, name, now);
        p.openedAt = now;
        players.put(id, p);
        for (String key : keys) {
            idByNameKey.putIfAbsent(key, id);
        }
        connected++;
        return p;
    }

    /** Removes a player (kicked) and frees their nickname; {@link ErrorCode#BAD_MESSAGE} for an id of nobody. */
    Player remove(String id) {
        Player p = players.remove(id);
        if (p == null) {
            throw new GameException(ErrorCode.BAD_MESSAGE, "No player has that id in this room.");
        }
        for (String key : Names.keys(p.name())) {
            idByNameKey.remove(key, id);
        }
        if (teams != null) {
            teams.remove(id);
        }
        if (p.connected) {
            connected--;
        }
        return p;
    }

    /** Marks a player connected or away: +1 or -1 to the connected count, or 0 when it already was so. */
    int setConnected(Player p, boolean isConnected) {
        if (p.connected == isConnected) {
            return 0;
        }
        p.connected = isConnected;
        int delta = isConnected ? 1 : -1;
        connected += delta;
        return delta;
    }

    /** The player with this id; {@link ErrorCode#BAD_TOKEN} when they are no longer here. */
    Player get(String id) {
        Player p = players.get(id);
        if (p == null) {
            throw new GameException(ErrorCode.BAD_TOKEN, "That player is no longer in this room.");
        }
        return p;
    }

    boolean has(String id) {
        return players.containsKey(id);
    }

    /** Every player in join order (a live view). */
    Collection<Player> all() {
        return players.values();
    }

    Collection<Player> view() {
        return Collections.unmodifiableCollection(players.values());
    }

    int size() {
        return players.size();
    }

    int connected() {
        return connected;
    }

    /** The longest extra time anyone here has for the open question. */
    long longestExtra() {
        long longest = 0;
        for (Player p : players.values()) {
            longest = Math.max(longest, p.extraMs);
        }
        return longest;
    }
}
