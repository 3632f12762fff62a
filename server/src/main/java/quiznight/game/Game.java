package quiznight.game;

import java.util.Collection;
import java.util.List;
import quiznight.protocol.ErrorCode;
import quiznight.quiz.Question;
import quiznight.quiz.Submission;

/**
 * The rules of one game: phases and answers. Who is in it is the {@link Roster}'s; each answer is taken and judged
 * by {@link Judging}; a closed question's scores and the standings are the {@link Scoreboard}'s. Pure: no I/O, no
 * threads, no timers.
 * Every method that depends on time takes it as an argument, so tests drive it with a manual clock.
 * Not thread-safe: its owner (a room) confines it to one thread.
 *
 * <p>Every method either applies a change completely or throws {@link GameException} and changes nothing.
 */
public final class Game {
    private final List<Question> questions;
    private final GameOptions options;
    /** Team mode's rules; null when players play alone. */
    private final Teams teams;
    private final Roster roster;
    private Phase phase = Phase.LOBBY;
    private int index = -1;
    private boolean locked;
    private long startedAt;
    private long finishedAt;
    private final QuestionClock clock;
    private QuestionTally tally = QuestionTally.NONE;
    private NameFilter wordFilter = NameFilter.none();
    private final Scoreboard scoreboard = new Scoreboard();

    public Game(List<Question> questions) {
        this(questions, GameOptions.DEFAULT);
    }

    public Game(List<Question> questions, GameOptions options) {
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("a game needs at least one question");
        }
        this.questions = List.copyOf(questions);
        this.options = options;
        this.teams = options.teams() == null ? null : new Teams(options.teams().mode(), options.teams().count());
        this.clock = new QuestionClock(options.talkMs());
        this.roster = new Roster(teams);
    }

    public GameOptions options() {
        return options;
    }

    /** Team mode's rules and scores, or null when players play alone. */
    public Teams teams() {
        return teams;
    }

    /** The blocklist a word cloud's words are checked against (the room's nickname blocklist). */
    public void filterWords(NameFilter filter) {
        this.wordFilter = filter;
    }

    // ---- players -------------------------------------------------------------------------------

    /** Adds a player; a late joiner starts at 0 and may answer the open question from {@code now}. */
    public Player join(String id, String rawName, long now) {
        return join(id, rawName, now, null);
    }

    /**
     * Adds a player in team mode ({@code team}: the team it picked, 0-based, or null; ignored without teams). Where
     * players pick their team, a joiner in the lobby must name one ({@link ErrorCode#TEAM_REQUIRED}); a team that
     * does not exist is {@link ErrorCode#BAD_MESSAGE}. Either way nothing changes.
     */
    public Player join(String id, String rawName, long now, Integer team) {
        mayJoin();
        return joined(roster.join(id, rawName, now, phase != Phase.LOBBY, team));
    }

    /**
     * Adds a player read back from a journal. Their name was accepted when they joined, so a name that a
     * newer rule takes as the same as another's (look-alike letters) is let in again: the player and their
     * score are kept, and the name stays taken for new joins.
     */
    public Player joinRecorded(String id, String rawName, long now) {
        return joinRecorded(id, rawName, now, -1);
    }

    /** As {@link #joinRecorded(String, String, long)}, back in the team it was given ({@code -1}: none recorded). */
    public Player joinRecorded(String id, String rawName, long now, int team) {
        mayJoin();
        return joined(roster.joinRecorded(id, rawName, now, phase != Phase.LOBBY, team));
    }

    /** Refuses a join, changing nothing, once the game has finished or while the room is locked. */
    private void mayJoin() {
        if (phase == Phase.FINISHED) {
            throw new GameException(ErrorCode.WRONG_PHASE, "This game has finished.");
        }
        if (locked) {
            throw new GameException(ErrorCode.ROOM_LOCKED, "The host has locked this room.");
        }
    }

    private Player joined(Player p) {
        scoreboard.joined(p);
        return p;
    }

    /** Removes a player (kicked); their answers no longer count towards anything. */
    public void remove(String id) {
        Player p = roster.remove(id);
        if (phase == Phase.QUESTION && p.answered(index)) {
            tally.remove(p.submission(index), p.connected);
        }
        if (phase == Phase.QUESTION && p.extraMs > 0) {
            clock.longestExtra(roster.longestExtra());
        }
        scoreboard.removed(roster.all(), revealed());
    }

    /**
     * Marks a player connected or away. An away player does not hold up "everyone answered". A player who
     * comes back during an open question keeps the time the question first went out to them.
     */
    public void setConnected(String id, boolean isConnected) {
        Player p = player(id);
        int delta = roster.setConnected(p, isConnected);
        if (delta != 0 && phase == Phase.QUESTION && p.answered(index)) {
            tally.connectedChanged(delta);
        }
    }

    public Player player(String id) {
        return roster.get(id);
    }

    public boolean hasPlayer(String id) {
        return roster.has(id);
    }

    public Collection<Player> players() {
        return roster.view();
    }

    public int playerCount() {
        return roster.size();
    }

    public int connectedCount() {
        return roster.connected();
    }

    /**
     * The host's extra-time accommodation: {@code factor} 1, 1.5 or 2 for one player, from the next question that
     * opens (the open one keeps the times it went out with). Nobody else's time changes.
     */
    public void setTimeFactor(String id, double factor) {
        if (!ExtraTime.allowed(factor)) {
            throw new GameException(ErrorCode.BAD_MESSAGE, "Extra time is a factor of 1, 1.5 or 2.");
        }
        Player p = player(id);
        if (phase == Phase.FINISHED) {
            throw new GameException(ErrorCode.WRONG_PHASE, "The game has finished.");
        }
        p.timeFactor = factor;
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
        if (clock.paused() && phase != Phase.LOBBY && phase != Phase.FINISHED) {
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
        if (clock.paused()) {
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
        if (clock.paused()) {
            throw new GameException(ErrorCode.WRONG_PHASE, "The game is already paused.");
        }
        clock.pause(now);
    }

    /**
     * Ends a pause. In a question, the deadline and the opening move on by the pause's length, and a player who
     * was sent the question during the pause is timed from now.
     */
    public void resume(long now) {
        if (!clock.paused()) {
            throw new GameException(ErrorCode.WRONG_PHASE, "The game is not paused.");
        }
        long length = clock.resume(now, phase == Phase.QUESTION);
        if (length == 0) {
            return;
        }
        long pausedAt = clock.pausedAt();
        for (Player p : roster.all()) {
            p.openedAt = p.openedAt <= pausedAt ? p.openedAt + length : Math.max(p.openedAt, now);
        }
    }

    public boolean paused() {
        return clock.paused();
    }

    /** Milliseconds left to answer the open question: frozen while paused; 0 when none is open or time is up. */
    public long remainingMs(long now) {
        if (phase != Phase.QUESTION) {
            return 0;
        }
        return clock.remainingMs(now);
    }

    private void open(int i, long now) {
        index = i;
        phase = Phase.QUESTION;
        clock.open(now, question().timeLimitMs());
        tally = new QuestionTally(question());
        scoreboard.opened();
        for (Player p : roster.all()) {
            p.openedAt = now;
            p.extraMs = ExtraTime.extraMs(question().timeLimitMs(), p.timeFactor);
            clock.extra(p.extraMs);
        }
    }

    /** When answers to the open question are taken: its opening, after the team talk (moved on by a pause). */
    public long answersOpenAt() {
        return clock.answersOpenAt();
    }

    /** Records when the open question went out to one player (a late joiner), if later than the opening. */
    public void questionSentTo(String id, long sentAt) {
        Player p = player(id);
        if (phase == Phase.QUESTION && !p.answered(index)) {
            p.openedAt = Math.max(clock.openedAt(), sentAt);
        }
    }

    /**
     * Closes the open question (deadline reached, everyone answered, or the host moved on): scores every answer
     * ({@link Scoreboard#score}: a poll, or a question for no points, leaves every score and streak as it was),
     * ranks, and moves to the reveal.
     */
    public void close(long now) {
        if (phase != Phase.QUESTION) {
            throw new GameException(ErrorCode.WRONG_PHASE, "No question is open.");
        }
        scoreboard.score(question(), index, roster.all(), clock.openedAt(), options.scoring(), teams);
        phase = Phase.REVEAL;
        scoreboard.rank(roster.all(), true, index);
    }

    private void finish(long now) {
        phase = Phase.FINISHED;
        finishedAt = now;
        scoreboard.rank(roster.all(), false, -1);
    }

    /** The question whose reveal is showing, or -1. */
    private int revealed() {
        return phase == Phase.REVEAL ? index : -1;
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
        if (phase != Phase.QUESTION || questionIndex != index) {
            throw new GameException(ErrorCode.QUESTION_CLOSED, "That question is not open for answers.");
        }
        // Before the deadline: a pause longer than the time that was left has not closed the question.
        if (clock.paused()) {
            throw new GameException(ErrorCode.PAUSED, "The game is paused: answer when it goes on.");
        }
        if (receivedAt < answersOpenAt()) {
            throw new GameException(ErrorCode.TEAM_TALK, "Talk with your team: answers open in "
                    + ((answersOpenAt() - receivedAt + 999) / 1000) + " s.");
        }
        if (Judging.late(receivedAt, clock.deadline() + p.extraMs, Judging.LIVE_GRACE_MS)) {
            throw new GameException(ErrorCode.QUESTION_CLOSED, "That question is not open for answers.");
        }
        if (p.answered(index)) {
            throw new GameException(ErrorCode.ALREADY_ANSWERED, "You have already answered this question.");
        }
        // Checked, and a word cloud's words normalised and checked, before anything changes.
        Submission accepted = Judging.accept(question(), s, wordFilter);
        long response = Judging.responseMs(receivedAt, Math.max(p.openedAt, answersOpenAt()), latencyMs);
        p.record(index, questions.size(), accepted, receivedAt, (int) Math.min(response, Integer.MAX_VALUE));
        tally.add(accepted, p.connected);
        return everyoneAnswered();
    }

    /** True when a question is open, someone is connected, and every connected player has answered. */
    public boolean everyoneAnswered() {
        return phase == Phase.QUESTION && roster.connected() > 0 && tally.answeredConnected() >= roster.connected();
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
        return clock.openedAt();
    }

    /** The open (or last) question's deadline: everyone's but a player's with extra time ({@link #deadlineFor}). */
    public long deadline() {
        return clock.deadline();
    }

    /** One player's own deadline for the open (or last) question: later than {@link #deadline} with extra time. */
    public long deadlineFor(String id) {
        return clock.deadline() + player(id).extraMs;
    }

    /** When the open question closes by itself: the latest deadline of anyone in it. */
    public long closesAt() {
        return clock.closesAt();
    }

    public long startedAt() {
        return startedAt;
    }

    public long finishedAt() {
        return finishedAt;
    }

    /** Answers to the open (or last) question so far. */
    public int answered() {
        return tally.answered();
    }

    /** Correct answers to the last closed question. */
    public int correctCount() {
        return scoreboard.correctCount();
    }

    /** Answers (or votes) per choice to the current (or last) question; empty for text and number. */
    public int[] counts() {
        return tally.counts();
    }

    /** True when the current (or last) question collects words into a cloud. */
    public boolean hasCloud() {
        return tally.cloud() != null;
    }

    /** The {@code n} most sent words of the current (or last) question's cloud that are not hidden; empty without one. */
    public List<WordTally.Entry> cloudTop(int n) {
        return tally.cloud() == null ? List.of() : tally.cloud().top(n);
    }

    /** The words the host hid from the current (or last) question's cloud. */
    public List<String> hiddenWords() {
        return tally.cloud() == null ? List.of() : tally.cloud().hidden().stream().sorted().toList();
    }

    /** Words counted into the current (or last) question's cloud, repeats across players included. */
    public int cloudTotal() {
        return tally.cloud() == null ? 0 : tally.cloud().total();
    }

    /**
     * The host hides a word from the cloud ({@code hidden} true) or shows it again, during the question or its
     * reveal. The word is taken as the cloud shows it (normalised).
     */
    public void hideWord(String word, boolean hidden) {
        WordTally cloud = tally.cloud();
        if (cloud == null || (phase != Phase.QUESTION && phase != Phase.REVEAL)) {
            throw new GameException(ErrorCode.WRONG_PHASE, "No word cloud is showing.");
        }
        if (cloud.count(word) == 0) {
            throw new GameException(ErrorCode.BAD_MESSAGE, "No player sent that word.");
        }
        if (hidden) {
            cloud.hide(word);
        } else {
            cloud.show(word);
        }
    }

    /** All players by standing after the last reveal: score, then who reached it first. */
    public List<Player> ranking() {
        return scoreboard.ranking();
    }

    /** The first {@code n} of {@link #ranking()}. */
    public List<Player> top(int n) {
        return scoreboard.top(n);
    }
}
