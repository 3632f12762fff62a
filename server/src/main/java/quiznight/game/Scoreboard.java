package quiznight.game;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import quiznight.quiz.Question;

/**
 * A game's scores and standings: what a closed question does to every player (each answer judged and scored by
 * {@link Judging}, streaks, team points to {@link Teams}), and the players in standing order after it
 * ({@link Ranking}) with the count of right answers its reveal shows. Pure; kept by {@link Game} on its thread.
 */
final class Scoreboard {
    private final List<Player> ranking = new ArrayList<>();
    private int correctCount;

    /**
     * Scores question {@code index} for every player. A question that does not count (a poll, or for no points) is
     * judged (right answers recorded as right) and leaves every score and streak as it was; else a right answer
     * scores and extends the streak, a wrong one or none breaks it. With {@code teams}, every member who was sent
     * the question (joined by {@code openedAt}, or answered) counts for their team, 0 unless they scored.
     */
    void score(Question q, int index, Collection<Player> players, long openedAt, Scoring.Options scoring, Teams teams) {
        boolean counts = Judging.counts(q);
        Map<String, Integer> teamPoints = teams == null ? null : new HashMap<>();
        for (Player p : players) {
            boolean answered = p.answered(index);
            if (teamPoints != null && counts && (p.joinedAt() <= openedAt || answered)) {
                teamPoints.put(p.id(), 0);
            }
            if (!answered && !counts) {
                continue;
            }
            Judging.Verdict v = !answered ? Judging.missed(q) : Judging.judge(q, p.submission(index), false,
                    p.streak, p.responseMs(index), q.timeLimitMs() + p.extraMs, scoring);
            p.streak = v.streakAfter(p.streak);
            p.score += v.points();
            if (v.counts() && v.correct()) {
                p.reachedAt = p.answeredAt;
            }
            if (answered) {
                p.judge(index, v.correct(), v.points(), v.bonus());
                if (teamPoints != null && counts) {
                    teamPoints.put(p.id(), v.points());
                }
            }
        }
        if (teams != null) {
            teams.scoreQuestion(teamPoints);
        }
    }

    /** A question opened: nobody has answered it right yet. */
    void opened() {
        correctCount = 0;
    }

    /**
     * Sorts and ranks every player; {@code afterQuestion} also moves each current rank to the previous one.
     * {@code revealed}: the question whose reveal is showing (its right answers are counted), or -1.
     */
    void rank(Collection<Player> players, boolean afterQuestion, int revealed) {
        List<Player> sorted = Ranking.rank(players, afterQuestion);
        correctCount = 0;
        if (revealed >= 0) {
            for (Player p : sorted) {
                if (p.correct(revealed)) {
                    correctCount++;
                }
            }
        }
        ranking.clear();
        ranking.addAll(sorted);
    }

    /** A player joined: once there are standings, they go last without sorting everyone again. */
    void joined(Player p) {
        if (!ranking.isEmpty()) {
            Ranking.rankLast(ranking, p);
        }
    }

    /** A player left: once there are standings, everyone else is ranked again. */
    void removed(Collection<Player> players, int revealed) {
        if (!ranking.isEmpty()) {
            rank(players, false, revealed);
        }
    }

    /** Right answers to the last closed question. */
    int correctCount() {
        return correctCount;
    }

    /** All players by standing after the last reveal: score, then who reached it first. */
    List<Player> ranking() {
        return Collections.unmodifiableList(ranking);
    }

    /** The first {@code n} of {@link #ranking()}. */
    List<Player> top(int n) {
        return ranking().subList(0, Math.min(n, ranking.size()));
    }
}
