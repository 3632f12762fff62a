package quiznight.game;

import quiznight.protocol.ErrorCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import quiznight.quiz.Question;
import quiznight.quiz.Submission;
import quiznight.quiz.kinds.KindRules;

/**
 * The rules of one game: phases, answers, scoring and standings. Pure: no I/O, no threads, no timers.
 * Every method that depends on time takes it as an argument, so tests drive it with a manual clock.
 * Not thread-safe: its owner (a room) confines it to one thread.
 *
 * <p>Every method either applies a change completely or throws {@link GameException} and changes nothing.
 */
public final class Game {
    /** Network delay counted off a response time is at most this. */
    public static final long MAX_LATENCY_COMPENSATION_MS = 300;

    private static final Comparator<Player> STANDING = Comparator
            .comparingInt(Player::score).reversed()
            .thenComparingLong(p -> p.reachedAt)
            .thenComparingLong(Player::joinedAt);

    private final List<Question> questions;
    private final Map<String, Player> players = new LinkedHashMap<>();
    private final Map<String, String> idByNameKey = new HashMap<>();
    private Phase phase = Phase.LOBBY;
    private int index = -1;
    private boolean locked;
    private long startedAt;
    private long finishedAt;
    private long openedAt;
    private long deadline;
    private boolean paused;
    private long pausedAt;
    private int connected;
    private int answeredConnected;
    private int answered;
    private int correctCount;
    private int[] counts = new int[0];
    private final List<Player> ranking = new ArrayList<>();

    public Game(List<Question> questions) {
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("a game needs at least one question");
        }
        this.questions = List.copyOf(questions);
    }

    // ---- players -------------------------------------------------------------------------------

    /** Adds a player; a late joiner starts at 0 and may answer the open question from {@code now}. */
    public Player join(String id, String rawName, long now) {
        return join(id, rawName, now, false);
    }

    /**
     * Adds a player read back from a journal. Their name was accepted when they joined, so a name that a
     * newer rule takes as the same as another's (look-alike letters) is let in again: the player and their
     * score are kept, and the name stays taken for new joins.
     */
    public Player joinRecorded(String id, String rawName, long now) {
        return join(id, rawName, now, true);
    }

    private Player join(String id, String rawName, long now, boolean recorded) {
        if (phase == Phase.FINISHED) {
            throw new GameException(ErrorCode.WRONG_PHASE, "This game has finished.");
        }
        if (locked) {
            throw new GameException(ErrorCode.ROOM_LOCKED, "The host has locked this room.");
        }
        String name = Names.clean(rawName);
        List<String> keys = Names.keys(name);
        for (String key : keys) {
            if (!recorded && idByNameKey.containsKey(key)) {
                throw new GameException(ErrorCode.NAME_TAKEN, "Someone in this room already uses that nickname.");
            }
        }
        Player p = new Player(id, name, now, questions.size());
        p.openedAt = now;
        players.put(id, p);
        for (String key : keys) {
            idByNameKey.putIfAbsent(key, id);
        }
        connected++;
        if (!ranking.isEmpty()) {
            rankLast(p);
        }
        return p;
    }

    /** Removes a player (kicked); their answers no longer count towards anything. */
    public void remove(String id) {
        Player p = players.remove(id);
        if (p == null) {
            throw new GameException(ErrorCode.BAD_MESSAGE, "No player has that id in this room.");
        }
        for (String key : Names.keys(p.name())) {
            idByNameKey.remove(key, id);
        }
        boolean answeredOpen = phase == Phase.QUESTION && p.answer(index) != null;
        if (p.connected) {
            connected--;
            if (answeredOpen) {
                answeredConnected--;
            }
        }
        if (answeredOpen) {
            answered--;
            uncount(p.answer(index));
        }
        if (!ranking.isEmpty()) {
            rank(false);
        }
    }

    /**
     * Marks a player connected or away. An away player does not hold up "everyone answered". A player who
     * comes back during an open question keeps the time the question first went out to them.
     */
    public void setConnected(String id, boolean isConnected) {
        Player p = player(id);
        if (p.connected == isConnected) {
            return;
        }
        p.connected = isConnected;
        int delta = isConnected ? 1 : -1;
        connected += delta;
        if (phase == Phase.QUESTION && p.answer(index) != null) {
            answeredConnected += delta;
        }
    }

    public Player player(String id) {
        Player p = players.get(id);
        if (p == null) {
            throw new GameException(ErrorCode.BAD_TOKEN, "That player is no longer in this room.");
        }
        return p;
    }

    public boolean hasPlayer(String id) {
        return players.containsKey(id);
    }

    public Collection<Player> players() {
        return Collections.unmodifiableCollection(players.values());
    }

    public int playerCount() {
        return players.size();
    }

    public int connectedCount() {
        return connected;
    }

    public void setLocked(boolean locked) {
        this.locked = locked;
    }

    public boolean locked() {
        return locked;
    }

    // ---- flow ----------------------------------------------------------------------------------

    /** Lobby to the first question. */
    public void start(long now) {
        if (phase != Phase.LOBBY) {
            throw new GameException(ErrorCode.WRONG_PHASE, "The game has already started.");
        }
        startedAt = now;
        open(0, now);
    }

    /**
     * The host's {@code next}: question (closed early) to reveal, reveal to standings, standings to the next
     * question or, after the last, to finished.
     */
    public void next(long now) {
        if (paused && phase != Phase.LOBBY && phase != Phase.FINISHED) {
            resume(now);
        }
        switch (phase) {
            case LOBBY -> throw new GameException(ErrorCode.WRONG_PHASE, "The game has not started yet: send 'start'.");
            case QUESTION -> close(now);
            case REVEAL -> phase = Phase.STANDINGS;
            case STANDINGS -> {
                if (index + 1 < questions.size()) {
                    open(index + 1, now);
                } else {
                    finish(now);
                }
            }
            case FINISHED -> throw new GameException(ErrorCode.WRONG_PHASE, "The game has finished.");
        }
    }

    /** The host's {@code end}: finish now; an open question is closed and scored first. */
    public void end(long now) {
        if (phase == Phase.FINISHED) {
            throw new GameException(ErrorCode.WRONG_PHASE, "The game has already finished.");
        }
        if (paused) {
            resume(now);
        }
        if (phase == Phase.QUESTION) {
            close(now);
        }
        finish(now);
    }

    /**
     * The host's pause, allowed in any phase before the end: an open question's clock stops for everybody
     * (answers are refused until {@link #resume}, which moves the deadline on by the pause and leaves the pause
     * out of every answer time); in the other phases it holds what would advance on its own. The host's
     * {@code next} or {@code end} resumes first.
     */
    public void pause(long now) {
        if (phase == Phase.FINISHED) {
            throw new GameException(ErrorCode.WRONG_PHASE, "The game has finished.");
        }
        if (paused) {
            throw new GameException(ErrorCode.WRONG_PHASE, "The game is already paused.");
        }
        paused = true;
        pausedAt = now;
    }

    /**
     * Ends a pause. In a question, the deadline and the opening move on by the pause's length, and a player who
     * was sent the question during the pause is timed from now.
     */
    public void resume(long now) {
        if (!paused) {
            throw new GameException(ErrorCode.WRONG_PHASE, "The game is not paused.");
        }
        paused = false;
        long length = Math.max(0, now - pausedAt);
        if (phase != Phase.QUESTION || length == 0) {
            return;
        }
        deadline += length;
        openedAt += length;
        for (Player p : players.values()) {
            p.openedAt = p.openedAt <= pausedAt ? p.openedAt + length : Math.max(p.openedAt, now);
        }
    }

    public boolean paused() {
        return paused;
    }

    /** Milliseconds left to answer the open question: frozen while paused; 0 when none is open or time is up. */
    public long remainingMs(long now) {
        if (phase != Phase.QUESTION) {
            return 0;
        }
        return Math.max(0, deadline - (paused ? pausedAt : now));
    }

    private void open(int i, long now) {
        index = i;
        phase = Phase.QUESTION;
        openedAt = now;
        deadline = now + question().timeLimitMs();
        answered = 0;
        answeredConnected = 0;
        correctCount = 0;
        counts = new int[question().choices().size()];
        for (Player p : players.values()) {
            p.openedAt = now;
        }
    }

    /** Records when the open question went out to one player (a late joiner), if later than the opening. */
    public void questionSentTo(String id, long sentAt) {
        Player p = player(id);
        if (phase == Phase.QUESTION && p.answer(index) == null) {
            p.openedAt = Math.max(openedAt, sentAt);
        }
    }

    /**
     * Closes the open question (deadline reached, everyone answered, or the host moved on): scores every
     * answer, updates streaks and ranks, and moves to the reveal. A question of a kind that does not score (a
     * poll) leaves every score and streak as it was: its answers are recorded as not correct, with no points.
     */
    public void close(long now) {
        if (phase != Phase.QUESTION) {
            throw new GameException(ErrorCode.WRONG_PHASE, "No question is open.");
        }
        Question q = question();
        KindRules<?, ?> rules = q.kind().rules();
        boolean scored = rules.scored();
        for (Player p : players.values()) {
            AnswerRecord a = p.answer(index);
            if (!scored) {
                if (a != null) {
                    p.record(index, a.judged(false, 0, 0));
                }
                continue;
            }
            if (a == null) {
                p.streak = 0;
                continue;
            }
            boolean correct = rules.judge(q, a.submission());
            int points = 0;
            int bonus = 0;
            if (correct) {
                p.streak++;
                bonus = Scoring.streakBonus(p.streak);
                points = Scoring.basePoints(a.responseMs(), q.timeLimitMs(), q.points()) + bonus;
                p.score += points;
                p.reachedAt = a.receivedAt();
            } else {
                p.streak = 0;
            }
            p.record(index, a.judged(correct, points, bonus));
        }
        phase = Phase.REVEAL;
        rank(true);
    }

    private void finish(long now) {
        phase = Phase.FINISHED;
        finishedAt = now;
        rank(false);
    }

    /**
     * Ranks a late joiner without sorting everyone again: with 0 points and the latest join it sorts last,
     * sharing the rank of the players above if they have 0 points too.
     */
    private void rankLast(Player p) {
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

    /** Sorts and ranks every player; {@code afterQuestion} also moves each current rank to the previous one. */
    private void rank(boolean afterQuestion) {
        List<Player> sorted = new ArrayList<>(players.values());
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
        correctCount = 0;
        if (phase == Phase.REVEAL) {
            for (Player p : sorted) {
                AnswerRecord a = p.answer(index);
                if (a != null && a.correct()) {
                    correctCount++;
                }
            }
        }
        ranking.clear();
        ranking.addAll(sorted);
    }

    // ---- answers -------------------------------------------------------------------------------

    /**
     * Accepts a player's answer to the open question.
     *
     * @param receivedAt when the server read the answer frame
     * @param latencyMs  the player's measured one-way network delay (capped at 300 ms here)
     * @return true when this answer means every connected player has now answered
     */
    public boolean answer(String playerId, int questionIndex, Submission s, long receivedAt, long latencyMs) {
        Player p = player(playerId);
        if (phase == Phase.LOBBY) {
            throw new GameException(ErrorCode.WRONG_PHASE, "The game has not started yet.");
        }
        if (phase != Phase.QUESTION || questionIndex != index || receivedAt > deadline) {
            throw new GameException(ErrorCode.QUESTION_CLOSED, "That question is not open for answers.");
        }
        if (paused) {
            throw new GameException(ErrorCode.PAUSED, "The game is paused: answer when it goes on.");
        }
        if (p.answer(index) != null) {
            throw new GameException(ErrorCode.ALREADY_ANSWERED, "You have already answered this question.");
        }
        String problem = question().kind().rules().shapeProblem(question(), s);
        if (problem != null) {
            throw new GameException(ErrorCode.BAD_MESSAGE, problem);
        }
        long latency = Math.min(Math.max(latencyMs, 0), MAX_LATENCY_COMPENSATION_MS);
        long response = Math.max(0, receivedAt - Math.max(p.openedAt, openedAt) - latency);
        p.record(index, new AnswerRecord(s, receivedAt, (int) Math.min(response, Integer.MAX_VALUE), false, 0, 0));
        answered++;
        if (p.connected) {
            answeredConnected++;
        }
        count(s, +1);
        return everyoneAnswered();
    }

    private void uncount(AnswerRecord a) {
        count(a.submission(), -1);
    }

    private void count(Submission s, int delta) {
        question().kind().rules().countInto(s, counts, delta);
    }

    /** True when a question is open, someone is connected, and every connected player has answered. */
    public boolean everyoneAnswered() {
        return phase == Phase.QUESTION && connected > 0 && answeredConnected >= connected;
    }

    // ---- reading -------------------------------------------------------------------------------

    public Phase phase() {
        return phase;
    }

    /** The index of the current (or last) question; -1 in the lobby. */
    public int index() {
        return index;
    }

    public int total() {
        return questions.size();
    }

    public Question question() {
        return questions.get(index);
    }

    public List<Question> questions() {
        return questions;
    }

    public long openedAt() {
        return openedAt;
    }

    public long deadline() {
        return deadline;
    }

    public long startedAt() {
        return startedAt;
    }

    public long finishedAt() {
        return finishedAt;
    }

    /** Answers to the open (or last) question so far. */
    public int answered() {
        return answered;
    }

    /** Correct answers to the last closed question. */
    public int correctCount() {
        return correctCount;
    }

    /** Answers (or votes) per choice to the current (or last) question; empty for text and number. */
    public int[] counts() {
        return counts.clone();
    }

    /** All players by standing after the last reveal: score, then who reached it first. */
    public List<Player> ranking() {
        return Collections.unmodifiableList(ranking);
    }

    /** The first {@code n} of {@link #ranking()}. */
    public List<Player> top(int n) {
        return ranking().subList(0, Math.min(n, ranking.size()));
    }
}
