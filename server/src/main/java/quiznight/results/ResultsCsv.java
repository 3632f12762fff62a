package quiznight.results;

import java.util.Map;
import java.util.stream.Collectors;

/** Results as CSV: one row per player, a points column per question. Cells that a spreadsheet would run as a formula are quoted and prefixed. */
public final class ResultsCsv {
    private ResultsCsv() {
    }

    public static String render(GameResult r) {
        StringBuilder sb = new StringBuilder("rank,name,score,correct");
        for (GameResult.QuestionRef q : r.questions()) {
            sb.append(",q").append(q.index() + 1);
        }
        sb.append("\r\n");
        for (GameResult.PlayerResult p : r.players()) {
            sb.append(p.rank()).append(',').append(cell(p.name())).append(',').append(p.score())
                    .append(',').append(p.correctAnswers());
            Map<Integer, GameResult.AnswerResult> byIndex = p.answers().stream()
                    .collect(Collectors.toMap(GameResult.AnswerResult::index, a -> a));
            for (GameResult.QuestionRef q : r.questions()) {
                GameResult.AnswerResult a = byIndex.get(q.index());
                sb.append(',').append(a == null ? "" : Integer.toString(a.points()));
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    static String cell(String s) {
        String v = s;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || !v.equals(s)) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
