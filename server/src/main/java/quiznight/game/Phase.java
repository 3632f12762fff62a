package quiznight.game;

/** The phases of a game, in the order they come; {@link #wire()} is the name used in {@code resumed.state}. */
public enum Phase {
    LOBBY, QUESTION, REVEAL, STANDINGS, FINISHED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
