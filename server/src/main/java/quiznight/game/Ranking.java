package quiznight.game;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The standing order and ranks of a game's players: score, then who reached it first, then who joined first;
 * equal scores share a rank. Pure; mutates only the players' rank fields, for {@link Game}.
 */
final class Ranking {
    private static final Comparator<Player> STANDING = Comparator
            .comparingInt(Player::score).reversed()
            .thenComparingLong(p -> p.reachedAt)
            .thenComparingLong(Player::joinedAt);

    private Ranking() {
    }

    /**
     * Ranks a late joiner without sorting everyone again: with 0 points and the latest join it sorts last,
     * sharing the rank of the players above if they have 0 points too. Appends it to {@code ranking}.
     */
    static void rankLast(List<Player> ranking, Player p) {
        Player last = ranking.get(ranking.size() - 1);
        if (last.score == p.score) {
            p.rank = last.rank;
            p.behind = last.behind;
        } else {
            p.rank = ranking.size() + 1;
            p.behind = last.score - p.score;
        }
        ranking.add(p);
    }

    /**
     * Sorts and ranks every player, setting each one's rank and points behind; {@code afterQuestion} also moves
     * each current rank to the previous one. Returns the players in standing order.
     */
    static List<Player> rank(Collection<Player> players, boolean afterQuestion) {
        List<Player> sorted = new ArrayList<>(players);
        sorted.sort(STANDING);
        int rank = 0;
        int previousScore = Integer.MIN_VALUE;
        int aboveScore = -1;
        for (int i = 0; i < sorted.size(); i++) {
            Player p = sorted.get(i);
            if (p.score != previousScore) {
                aboveScore = previousScore;
                rank = i + 1;
                previousScore = p.score;
            }
            if (afterQuestion) {
                p.previousRank = p.rank;
            }
            p.rank = rank;
            p.behind = rank == 1 ? 0 : aboveScore - p.score;
        }
        return sorted;
    }
}
