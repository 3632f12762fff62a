package quiznight.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quiznight.quiz.Quiz;
import quiznight.quiz.QuizWriter;

/** Names and summaries of the library's files and drafts. */
final class LibraryFormat {
    private static final Pattern VERSION_FILE = Pattern.compile("v(\\d{1,9})\\.json");
    private static final Pattern ID = Pattern.compile("lib-[a-z2-7]{16}");
    private static final char[] ID_CHARS = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private LibraryFormat() {
    }

    static String versionFile(int number) {
        return "v" + number + ".json";
    }

    static Integer versionNumber(String fileName) {
        Matcher m = VERSION_FILE.matcher(fileName);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    static boolean isId(String name) {
        return ID.matcher(name).matches();
    }

    static String title(JsonNode draft) {
        JsonNode t = draft.path("title");
        return t.isTextual() ? t.asText() : "";
    }

    static int questionCount(JsonNode draft) {
        JsonNode q = draft.path("questions");
        return q.isArray() ? q.size() : 0;
    }

    static String hash(JsonNode draft) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(FileLibraryStorage.json().writeValueAsBytes(draft)));
        } catch (IOException | java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** A download's file name from the title: letters and digits, else the id. */
    static String fileName(String title, String id) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return (slug.isEmpty() ? id : slug) + ".json";
    }

    /** A new random quiz id: {@code lib-} and 16 characters of {@code a-z2-7} (80 bits). */
    static String newId(java.util.Random random) {
        StringBuilder id = new StringBuilder("lib-");
        for (int i = 0; i < 16; i++) {
            id.append(ID_CHARS[random.nextInt(ID_CHARS.length)]);
        }
        return id.toString();
    }

    /** A quiz of the catalog as a draft: the native format without its id. */
    static ObjectNode exported(Quiz quiz) {
        ObjectNode draft = QuizWriter.quiz(quiz);
        draft.remove("id");
        return draft;
    }
}
