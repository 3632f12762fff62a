package quiznight.game;

/**
 * How one game is played, chosen at create: its scoring, its teams and the team talk before answers open.
 *
 * @param scoring the speed and streak bonuses
 * @param teams   team mode, or null when players play alone
 * @param talkMs  team talk: for this long after a question opens it is shown but answers are refused
 *                ({@link quiznight.protocol.ErrorCode#TEAM_TALK}); the time to answer starts after it. 0 for none;
 *                only with teams
 */
public record GameOptions(Scoring.Options scoring, TeamSetup teams, long talkMs) {
    /** The most team talk a question may have. */
    public static final long MAX_TALK_MS = 30_000;

    /** Players alone, both bonuses on, no team talk: the game as it always was. */
    public static final GameOptions DEFAULT = new GameOptions(Scoring.Options.DEFAULT, null, 0);

    /** Team mode's setup: how players get their team, and how many teams there are. */
    public record TeamSetup(Teams.Mode mode, int count) {
    }

    public GameOptions {
        if (scoring == null) {
            throw new IllegalArgumentException("scoring options are required");
        }
        if (talkMs < 0 || talkMs > MAX_TALK_MS || (talkMs > 0 && teams == null)) {
            throw new IllegalArgumentException("team talk is 0 to 30 s, and only with teams: " + talkMs);
        }
    }
}
