package quiznight.quiz;

import java.util.regex.Pattern;

/**
 * A picture a question shows: its path as {@code POST /api/media} answered its {@code projector} field
 * ({@code /media/<sha-256>-p.png} or {@code .jpg}), and what it shows for screen readers (null when not given, as
 * for a choice's picture, whose choice text says it). The phone size is the same path with {@code -m.}.
 *
 * @param projector the projector-size path, relative to the server's base path
 * @param alt       what the picture shows, at most {@link #MAX_ALT} characters; null when absent
 */
public record Picture(String projector, String alt) {
    /** The longest {@code imageAlt}. */
    public static final int MAX_ALT = 300;
    /** A picture path as the quiz format takes it: only the media store's own projector paths. */
    public static final Pattern PATH = Pattern.compile("^/media/[0-9a-f]{64}-p\\.(png|jpg)$");

    public Picture {
        if (problem(projector) != null) {
            throw new IllegalArgumentException("not a picture path: " + projector);
        }
    }

    /** The phone-size path: the same picture with {@code -m.} for {@code -p.}. */
    public String phone() {
        return projector.substring(0, projector.length() - 6) + "-m." + projector.substring(projector.length() - 3);
    }

    /** Why {@code path} is not a picture path the quiz format takes (the sentence after the field name), or null. */
    public static String problem(String path) {
        CodedProblem p = problem("image", path);
        return p == null ? null : p.english();
    }

    /** Why {@code path}, the value of {@code field}, is not a picture path the quiz format takes, or null. */
    public static CodedProblem problem(String field, String path) {
        if (path != null && PATH.matcher(path).matches()) {
            return null;
        }
        return ProblemCode.PICTURE_PATH.with(field, quoted(path));
    }

    private static String quoted(String s) {
        if (s == null) {
            return "nothing";
        }
        return "\"" + (s.length() > 80 ? s.substring(0, 80) + "…" : s) + "\"";
    }
}
