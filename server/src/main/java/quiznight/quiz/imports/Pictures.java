package quiznight.quiz.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quiznight.quiz.ProblemCode;

/**
 * Pictures an imported file points at ({@code <img src="…">} in HTML text, {@code ![alt](url)} in Markdown, a
 * spreadsheet's image column). The server never fetches them: they are taken out of the text and each becomes a
 * warning telling the organiser to upload the picture in the editor instead.
 */
final class Pictures {
    private static final Pattern IMG = Pattern.compile("<img\\b[^<>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SRC = Pattern.compile("\\bsrc\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN = Pattern.compile("!\\[[^\\]\\n]*]\\(\\s*([^()\\s]*)(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final int SHOWN = 120;

    private Pictures() {
    }

    /** A text with its pictures taken out, and where each pointed. */
    record Found(String text, List<String> sources) {
    }

    /** Takes the {@code <img>} tags and Markdown images out of {@code text}; the text is unchanged when it has none. */
    static Found strip(String text) {
        if (text.indexOf('<') < 0 && !text.contains("![")) {
            return new Found(text, List.of());
        }
        List<String> sources = new ArrayList<>();
        Matcher img = IMG.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (img.find()) {
            Matcher src = SRC.matcher(img.group());
            String s = !src.find() ? "" : src.group(1) != null ? src.group(1) : src.group(2) != null ? src.group(2) : src.group(3);
            sources.add(s);
            img.appendReplacement(out, "");
        }
        img.appendTail(out);
        Matcher md = MARKDOWN.matcher(out.toString());
        StringBuilder rest = new StringBuilder(out.length());
        while (md.find()) {
            sources.add(md.group(1));
            md.appendReplacement(rest, "");
        }
        md.appendTail(rest);
        return sources.isEmpty() ? new Found(text, List.of()) : new Found(rest.toString(), sources);
    }

    /** Warns of one picture of the draft's latest question at {@code line}; a long address is shortened. */
    static void warn(Draft draft, int line, String source) {
        String s = source.strip().replaceAll("\\p{Cntrl}+", " ");
        if (s.isEmpty()) {
            draft.warn(line, ProblemCode.IMPORT_PICTURE_NO_ADDRESS, draft.size());
        } else {
            draft.warn(line, ProblemCode.IMPORT_PICTURE_NOT_FETCHED, draft.size(), s.length() > SHOWN ? s.substring(0, SHOWN) + "…" : s);
        }
    }
}
