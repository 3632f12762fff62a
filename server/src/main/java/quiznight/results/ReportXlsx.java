package quiznight.results;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The game report as an {@code .xlsx} workbook, a sheet per view: Overview, Questions, Players, Answers (every
 * answer of every player). Written with fastexcel (the build's xlsx library: streaming, no Apache POI). Every
 * text goes in as a string cell, never a formula, so a nickname like {@code =HYPERLINK(…)} stays text.
 */
public final class ReportXlsx {
    private static final String PERCENT = "0%";
    private static final String SECONDS = "0.0";

    private ReportXlsx() {
    }

    public static byte[] render(GameReport r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "QuizNight", "1.0");
            overview(wb.newWorksheet("Overview"), r);
            questions(wb.newWorksheet("Questions"), r);
            players(wb.newWorksheet("Players"), r);
            answers(wb.newWorksheet("Answers"), r);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void overview(Worksheet ws, GameReport r) {
        ws.width(0, 28);
        ws.width(1, 60);
        int row = 0;
        row = pair(ws, row, "Quiz", r.quiz().title());
        row = pair(ws, row, "Room code", r.code());
        ws.value(row, 0, "Started");
        ws.value(row, 1, Instant.ofEpochMilli(r.startedAt()));
        ws.style(row, 1).format("yyyy-mm-dd hh:mm").set();
        row++;
        row = pair(ws, row, "Finished", r.complete() ? "yes" : "stopped before the end");
        ws.value(row, 0, "Players");
        ws.value(row++, 1, r.playerCount());
        ws.value(row, 0, "Questions played");
        ws.value(row++, 1, r.questionsPlayed());
        ws.value(row, 0, "Average accuracy");
        if (r.averageAccuracy() != null) {
            ws.value(row, 1, r.averageAccuracy());
            ws.style(row, 1).format(PERCENT).set();
        }
        row += 2;
        ws.value(row, 0, "Hardest questions");
        ws.style(row++, 0).bold().set();
        for (int index : r.hardest()) {
            GameReport.QuestionStats q = r.questions().get(index);
            ws.value(row, 0, "Q" + (index + 1) + " (" + Math.round(q.shareRight() * 100) + "% right)");
            ws.value(row++, 1, q.text());
        }
        row++;
        ws.value(row, 0, "Players who may need help");
        ws.style(row++, 0).bold().set();
        for (String name : r.needHelp()) {
            ws.value(row++, 1, name);
        }
        ws.style(0, 0).bold().set();
    }

    private static int pair(Worksheet ws, int row, String label, String value) {
        ws.value(row, 0, label);
        ws.value(row, 1, value);
        return row + 1;
    }

    private static void questions(Worksheet ws, GameReport r) {
        header(ws, List.of("#", "Kind", "Question", "Answered", "Right", "Share right", "Average time (s)", "Hardest",
                "Answers given", "Explanation"), new double[] {5, 10, 60, 10, 8, 11, 15, 9, 50, 60});
        int row = 1;
        for (GameReport.QuestionStats q : r.questions()) {
            ws.value(row, 0, q.index() + 1);
            ws.value(row, 1, q.kind());
            ws.value(row, 2, q.text());
            ws.value(row, 3, q.answered());
            if (q.right() != null) {
                ws.value(row, 4, q.right());
            }
            if (q.shareRight() != null) {
                ws.value(row, 5, q.shareRight());
                ws.style(row, 5).format(PERCENT).set();
            }
            seconds(ws, row, 6, q.averageMs());
            ws.value(row, 7, q.hardest() ? "yes" : "");
            ws.value(row, 8, distribution(q));
            if (q.explanation() != null) {
                ws.value(row, 9, q.explanation());
            }
            row++;
        }
    }

    /** "80: 3 (right); 8000: 1" and, past the listed typed answers, "others: 2". */
    static String distribution(GameReport.QuestionStats q) {
        List<String> parts = new ArrayList<>();
        for (GameReport.Bar b : q.distribution()) {
            parts.add(b.label() + ": " + b.count() + (b.right() ? " (right)" : ""));
        }
        if (q.other() > 0) {
            parts.add("others: " + q.other());
        }
        return String.join("; ", parts);
    }

    private static void players(Worksheet ws, GameReport r) {
        boolean realNames = r.hasRealNames();
        int c = realNames ? 1 : 0; // the columns after the name shift right by the "Real name" column
        List<String> titles = new ArrayList<>(List.of("Rank", "Name", "Score", "Right", "Wrong", "No answer", "Accuracy"));
        if (realNames) {
            titles.add(2, "Real name");
        }
        for (GameReport.QuestionStats q : r.questions()) {
            titles.add("Q" + (q.index() + 1));
        }
        double[] widths = new double[titles.size()];
        Arrays.fill(widths, 9);
        widths[1] = 24;
        if (realNames) {
            widths[2] = 28;
        }
        header(ws, titles, widths);
        int row = 1;
        for (GameReport.PlayerStats p : r.players()) {
            ws.value(row, 0, p.rank());
            ws.value(row, 1, p.name());
            if (realNames) {
                ws.value(row, 2, p.realName());
            }
            ws.value(row, 2 + c, p.score());
            ws.value(row, 3 + c, p.right());
            ws.value(row, 4 + c, p.wrong());
            ws.value(row, 5 + c, p.unanswered());
            if (p.accuracy() != null) {
                ws.value(row, 6 + c, p.accuracy());
                ws.style(row, 6 + c).format(PERCENT).set();
            }
            for (int i = 0; i < p.answers().size(); i++) {
                ws.value(row, 7 + c + i, p.answers().get(i).outcome());
            }
            row++;
        }
    }

    private static void answers(Worksheet ws, GameReport r) {
        header(ws, List.of("Name", "Rank", "#", "Question", "Answer", "Outcome", "Points", "Time (s)"),
                new double[] {24, 7, 5, 60, 30, 10, 8, 9});
        int row = 1;
        for (GameReport.PlayerStats p : r.players()) {
            for (GameReport.Cell c : p.answers()) {
                ws.value(row, 0, p.name());
                ws.value(row, 1, p.rank());
                ws.value(row, 2, c.index() + 1);
                ws.value(row, 3, r.questions().get(c.index()).text());
                if (c.answer() != null) {
                    ws.value(row, 4, c.answer());
                }
                ws.value(row, 5, c.outcome());
                ws.value(row, 6, c.points());
                seconds(ws, row, 7, c.responseMs());
                row++;
            }
        }
    }

    private static void header(Worksheet ws, List<String> titles, double[] widths) {
        for (int c = 0; c < titles.size(); c++) {
            ws.value(0, c, titles.get(c));
            ws.style(0, c).bold().set();
            ws.width(c, widths[c]);
        }
        ws.freezePane(0, 1);
    }

    private static void seconds(Worksheet ws, int row, int col, Long ms) {
        if (ms != null) {
            ws.value(row, col, ms / 1000.0);
            ws.style(row, col).format(SECONDS).set();
        }
    }
}
