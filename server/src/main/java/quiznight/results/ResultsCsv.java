package quiznight.results;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Results as CSV: one row per player, a points column per question. Numbers stay bare; every text cell is quoted, and
 * formula starts in it are defused ({@link #cell}). In team mode every player row ends with a {@code team} column, and
 * the team table follows after an empty line: {@code team rank,team,team score,members}. In a game that asked for
 * real names every player row ends (after {@code team}, if any) with a {@code real name} column.
 */
public final class ResultsCsv {
    private ResultsCsv() {
    }

    public static String render(GameResult r) {
        StringBuilder sb = new StringBuilder("rank,name,score,correct");
        for (GameResult.QuestionRef q : r.questions()) {
            sb.append(",q").append(q.index() + 1);
        }
        boolean teams = r.teams() != null;
        boolean realNames = r.hasRealNames();
        sb.append(teams ? ",team" : "").append(realNames ? ",real name\r\n" : "\r\n");
        for (GameResult.PlayerResult p : r.players()) {
            sb.append(p.rank()).append(',').append(cell(p.name())).append(',').append(p.score())
                    .append(',').append(p.correctAnswers());
            Map<Integer, GameResult.AnswerResult> byIndex = p.answers().stream()
                    .collect(Collectors.toMap(GameResult.AnswerResult::index, a -> a));
            for (GameResult.QuestionRef q : r.questions()) {
                GameResult.AnswerResult a = byIndex.get(q.index());
                sb.append(',').append(a == null ? "" : Integer.toString(a.points()));
            }
            if (teams) {
                sb.append(',').append(p.team() == null ? "" : cell(p.team()));
            }
            if (realNames) {
                sb.append(',').append(p.realName() == null ? "" : cell(p.realName()));
            }
            sb.append("\r\n");
        }
        if (teams) {
            sb.append("\r\nteam rank,team,team score,members\r\n");
            for (GameResult.TeamResult t : r.teams()) {
                sb.append(t.rank()).append(',').append(cell(t.name())).append(',').append(t.score()).append(',')
                        .append(t.members()).append("\r\n");
            }
        }
        return sb.toString();
    }

    /** Characters that make a spreadsheet read what follows as a formula (or, for tab and CR, hide such a start). */
    private static final String TRIGGERS = "=+-@\t\r";

    /**
     * A text cell: always quoted, and an apostrophe put before a formula trigger that starts the cell or any piece
     * of it after a {@code ,} or {@code ;} (spreadsheets in semicolon locales split an unquoted {@code x;=1+1} into
     * a formula cell, and some split quoted text again on import), leading spaces of a piece included.
     */
    static String cell(String s) {
        StringBuilder v = new StringBuilder(s.length() + 8).append('"');
        boolean pieceStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (pieceStart && TRIGGERS.indexOf(c) >= 0) {
                v.append('\'');
                pieceStart = false;
            } else if (c != ' ') {
                pieceStart = c == ',' || c == ';';
            }
            if (c == '"') {
                v.append('"');
            }
            v.append(c);
        }
        return v.append('"').toString();
    }
}
