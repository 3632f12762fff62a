package quiznight.game;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import quiznight.protocol.ErrorCode;

/**
 * Team mode's rules, pure and on the room's loop like {@link Game}: which team each player is in, and the team
 * scores. Teams are made at create ({@link #MIN_TEAMS} to {@link TeamPalette#MAX_TEAMS}, names and colours from
 * {@link TeamPalette}).
 *
 * <ul>
 *   <li>Assignment: with {@link Mode#AUTO} every joiner goes to the smallest team (the first such, by number);
 *       with {@link Mode#PICK} a joiner in the lobby names a team, or is put in the smallest one when it names
 *       none; once the game has started every newcomer goes to the smallest team, whatever it asks (a late
 *       joiner must not stack a team). A player who comes back (resume) keeps the team it had; a player
 *       removed (kicked) leaves its team.</li>
 *   <li>Score: per question, a team scores the mean of its members' points, rounded to the nearest whole
 *       point, so a team's size does not win. The members counted are those who were sent the question (a
 *       member who saw it and did not answer counts as 0; a joiner after it opened does not count).</li>
 *   <li>Ranking: by score, ties sharing a rank and listed by team number.</li>
 * </ul>
 */
public final class Teams {
    public static final int MIN_TEAMS = 2;

    /** How players get their team. */
    public enum Mode {
        /** The server balances: every joiner goes to the smallest team. */
        AUTO,
        /** Players pick their team on joining (in the lobby). */
        PICK
    }

    /** One team's standing: its number, score, rank (ties share it), size and the points of the last question. */
    public record Standing(int team, String name, String colour, int score, int rank, int members, int lastPoints) {
    }

    private final Mode mode;
    private final int count;
    private final int[] sizes;
    private final int[] scores;
    private final int[] lastPoints;
    private final Map<String, Integer> teamOf = new HashMap<>();

    public Teams(Mode mode, int count) {
        if (count < MIN_TEAMS || count > TeamPalette.MAX_TEAMS) {
            throw new GameException(ErrorCode.BAD_MESSAGE,
                    "Teams must number from " + MIN_TEAMS + " to " + TeamPalette.MAX_TEAMS + " (got " + count + ").");
        }
        this.mode = mode;
        this.count = count;
        this.sizes = new int[count];
        this.scores = new int[count];
        this.lastPoints = new int[count];
    }

    public Mode mode() {
        return mode;
    }

    public int count() {
        return count;
    }

    /**
     * The team of a joining player: the one it already has (a resume), else by the rules above.
     *
     * @param requested the team the player picked (0-based), or null
     * @param started   whether the game has started (late joiners are balanced)
     * @throws GameException bad-message when a picked team does not exist (nothing changes)
     */
    public int assign(String playerId, Integer requested, boolean started) {
        Integer had = teamOf.get(playerId);
        if (had != null) {
            return had;
        }
        if (requested != null && (requested < 0 || requested >= count)) {
            throw new GameException(ErrorCode.BAD_MESSAGE,
                    "There is no team " + requested + ": pick a team from 0 to " + (count - 1) + ".");
        }
        int team = mode == Mode.PICK && !started && requested != null ? requested : smallest();
        teamOf.put(playerId, team);
        sizes[team]++;
        return team;
    }

    /** Puts a player back in the team a journal recorded (replay after a restart); nothing is checked but the range. */
    public void restore(String playerId, int team) {
        if (team < 0 || team >= count || teamOf.containsKey(playerId)) {
            return;
        }
        teamOf.put(playerId, team);
        sizes[team]++;
    }

    /** Takes a removed player out of its team; its team keeps the points it already scored. */
    public void remove(String playerId) {
        Integer team = teamOf.remove(playerId);
        if (team != null) {
            sizes[team]--;
        }
    }

    /** The player's team, or -1 when it has none. */
    public int teamOf(String playerId) {
        Integer team = teamOf.get(playerId);
        return team == null ? -1 : team;
    }

    public int size(int team) {
        return sizes[team];
    }

    public int score(int team) {
        return scores[team];
    }

    /**
     * Scores a closed question: each team gets the rounded mean of its counted members' points.
     *
     * @param points the points of every member who was sent the question (0 for no answer or a wrong one), by
     *               player id; players without a team are ignored
     * @return the points each team scored with this question, by team number
     */
    public int[] scoreQuestion(Map<String, Integer> points) {
        long[] sums = new long[count];
        int[] counted = new int[count];
        for (Map.Entry<String, Integer> e : points.entrySet()) {
            Integer team = teamOf.get(e.getKey());
            if (team != null) {
                sums[team] += e.getValue();
                counted[team]++;
            }
        }
        for (int t = 0; t < count; t++) {
            lastPoints[t] = counted[t] == 0 ? 0 : (int) Math.round((double) sums[t] / counted[t]);
            scores[t] += lastPoints[t];
        }
        return lastPoints.clone();
    }

    /** Every team, best first: ties share a rank and are listed by team number. */
    public List<Standing> ranking() {
        Integer[] order = new Integer[count];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer>comparingInt(t -> -scores[t]).thenComparingInt(t -> t));
        List<Standing> out = new ArrayList<>(count);
        int rank = 0;
        int previous = Integer.MIN_VALUE;
        for (int i = 0; i < count; i++) {
            int t = order[i];
            if (scores[t] != previous) {
                rank = i + 1;
                previous = scores[t];
            }
            TeamPalette.Style style = TeamPalette.style(t);
            out.add(new Standing(t, style.name(), style.colour(), scores[t], rank, sizes[t], lastPoints[t]));
        }
        return out;
    }

    private int smallest() {
        int best = 0;
        for (int t = 1; t < count; t++) {
            if (sizes[t] < sizes[best]) {
                best = t;
            }
        }
        return best;
    }
}
