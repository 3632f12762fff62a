package quiznight.room;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import quiznight.game.Game;
import quiznight.game.GameOptions;
import quiznight.game.Player;
import quiznight.game.Scoring;
import quiznight.game.TeamPalette;
import quiznight.game.Teams;
import quiznight.protocol.ClientMessage;
import quiznight.protocol.ServerMessage;

/**
 * A room's team mode on the wire and in its journal: the create options read into {@link GameOptions}, and the
 * team parts of the room's messages (each player's team, the team standings, the top players of the leading team).
 * The rules themselves are {@link Teams}, inside the {@link Game}. Lives on the room's loop; every method is a no-op
 * (null) without teams, so messages of a game without teams are as they always were.
 */
final class RoomTeams {
    /** How many players of the leading team the standings show. */
    static final int TEAM_TOP = 5;

    private final Game game;
    /** The team standings as of the last question closed, in rank order, by team number too. */
    private List<Teams.Standing> ranking;
    private Teams.Standing[] byTeam;

    RoomTeams(Game game) {
        this.game = game;
    }

    // ---- options ------------------------------------------------------------------------------

    /** The game options a {@code create} asked for (the codec has checked every field). */
    static GameOptions gameOptions(ClientMessage.Play play) {
        GameOptions.TeamSetup teams = play.teamMode() == null ? null : new GameOptions.TeamSetup(
                "pick".equals(play.teamMode()) ? Teams.Mode.PICK : Teams.Mode.AUTO, play.teamCount());
        return new GameOptions(new Scoring.Options(play.speedBonus(), play.streakBonus()), teams,
                play.teamTalkSec() * 1000L);
    }

    /** The options as the journal's {@code created} record holds them: {@code "play": {...}}, only when not the default. */
    static void write(ObjectNode created, GameOptions play) {
        if (play.equals(GameOptions.DEFAULT)) {
            return;
        }
        ObjectNode o = created.putObject("play");
        o.put("speedBonus", play.scoring().speedBonus()).put("streakBonus", play.scoring().streakBonus());
        if (play.teams() != null) {
            o.put("teamMode", play.teams().mode().name().toLowerCase()).put("teamCount", play.teams().count())
                    .put("talkMs", play.talkMs());
        }
    }

    /** The options a {@code created} record holds; a journal from before them: the default. */
    static GameOptions read(JsonNode created) {
        JsonNode o = created.path("play");
        if (!o.isObject()) {
            return GameOptions.DEFAULT;
        }
        Scoring.Options scoring = new Scoring.Options(o.path("speedBonus").asBoolean(true),
                o.path("streakBonus").asBoolean(true));
        GameOptions.TeamSetup teams = o.has("teamMode") ? new GameOptions.TeamSetup(
                "pick".equals(o.path("teamMode").asText()) ? Teams.Mode.PICK : Teams.Mode.AUTO,
                o.path("teamCount").asInt()) : null;
        return new GameOptions(scoring, teams, teams == null ? 0 : o.path("talkMs").asLong());
    }

    // ---- messages -----------------------------------------------------------------------------

    boolean on() {
        return game.teams() != null;
    }

    /** A team's name and colour, or null without teams or for a player with none. */
    static ServerMessage.Team plain(int team) {
        if (team < 0) {
            return null;
        }
        TeamPalette.Style s = TeamPalette.style(team);
        return new ServerMessage.Team(team, s.name(), s.colour(), null, null, null, null);
    }

    /** The team of a player (name and colour), or null without teams. */
    ServerMessage.Team of(Player p) {
        return on() ? plain(game.teams().teamOf(p.id())) : null;
    }

    /** The player's team number for the host's lobby list, or null without teams. */
    Integer number(Player p) {
        return on() ? game.teams().teamOf(p.id()) : null;
    }

    /** Every team with its size, by number (the lobby, and the choice of a player who picks), or null without teams. */
    List<ServerMessage.Team> roster() {
        if (!on()) {
            return null;
        }
        Teams t = game.teams();
        List<ServerMessage.Team> out = new ArrayList<>(t.count());
        for (int i = 0; i < t.count(); i++) {
            TeamPalette.Style s = TeamPalette.style(i);
            out.add(new ServerMessage.Team(i, s.name(), s.colour(), null, null, t.size(i), null));
        }
        return out;
    }

    /** Ranks the teams again: after a question closed, at the end, or after a player left. */
    void rank() {
        if (!on()) {
            return;
        }
        ranking = game.teams().ranking();
        byTeam = new Teams.Standing[ranking.size()];
        for (Teams.Standing s : ranking) {
            byTeam[s.team()] = s;
        }
    }

    private List<Teams.Standing> ranking() {
        if (ranking == null) {
            rank();
        }
        return ranking;
    }

    private static ServerMessage.Team standing(Teams.Standing s) {
        return new ServerMessage.Team(s.team(), s.name(), s.colour(), s.score(), s.rank(), s.members(), s.lastPoints());
    }

    /** Every team, best first, ranked now, or null without teams. */
    List<ServerMessage.Team> standings() {
        if (!on()) {
            return null;
        }
        rank();
        List<ServerMessage.Team> out = new ArrayList<>();
        for (Teams.Standing s : ranking) {
            out.add(standing(s));
        }
        return out;
    }

    /** A player's team with its standing as last ranked ({@link #rank}), or null without teams. */
    ServerMessage.Team standingOf(Player p) {
        if (!on()) {
            return null;
        }
        int team = game.teams().teamOf(p.id());
        ranking();
        return team < 0 ? null : standing(byTeam[team]);
    }

    /** The best players of the leading team (the first listed), at most {@link #TEAM_TOP}, or null without teams. */
    List<ServerMessage.Entry> leadersTop() {
        if (!on()) {
            return null;
        }
        int leader = ranking().get(0).team();
        List<ServerMessage.Entry> out = new ArrayList<>(TEAM_TOP);
        for (Player p : game.ranking()) {
            if (game.teams().teamOf(p.id()) == leader) {
                out.add(new ServerMessage.Entry(p.rank(), p.id(), p.name(), p.score(),
                        p.previousRank() == 0 ? null : p.previousRank()));
                if (out.size() == TEAM_TOP) {
                    break;
                }
            }
        }
        return out;
    }
}
