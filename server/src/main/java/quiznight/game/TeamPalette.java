package quiznight.game;

import java.util.List;

/**
 * The fixed, inoffensive names and colours of teams, in the order teams are made (team 0 is the first line).
 * A name never relies on its colour alone: screens show the name beside the swatch. The colours are readable
 * as text and as bars on the projector's dark background.
 */
public final class TeamPalette {
    /** One team's look: its name and a {@code #rrggbb} colour. */
    public record Style(String name, String colour) {
    }

    private static final List<Style> STYLES = List.of(
            new Style("Red Foxes", "#ef5350"),
            new Style("Blue Whales", "#42a5f5"),
            new Style("Green Turtles", "#66bb6a"),
            new Style("Gold Bees", "#ffca28"),
            new Style("Purple Owls", "#ab47bc"),
            new Style("Orange Tigers", "#ffa726"),
            new Style("Teal Dolphins", "#26a69a"),
            new Style("Pink Flamingos", "#ec407a"),
            new Style("Silver Wolves", "#b0bec5"),
            new Style("Lime Frogs", "#d4e157"),
            new Style("Sky Swallows", "#4fc3f7"),
            new Style("Coral Crabs", "#ff8a65"),
            new Style("Brown Bears", "#a1887f"),
            new Style("Indigo Otters", "#7986cb"),
            new Style("Mint Geckos", "#80cbc4"),
            new Style("Amber Lions", "#ffb300"),
            new Style("Plum Pandas", "#ce93d8"),
            new Style("Olive Hedgehogs", "#aed581"),
            new Style("Ruby Robins", "#e57373"),
            new Style("Cyan Seals", "#4dd0e1"));

    /** The most teams a room may have: one per style. */
    public static final int MAX_TEAMS = STYLES.size();

    private TeamPalette() {
    }

    /** The style of team {@code index} (0-based, below {@link #MAX_TEAMS}). */
    public static Style style(int index) {
        return STYLES.get(index);
    }
}
