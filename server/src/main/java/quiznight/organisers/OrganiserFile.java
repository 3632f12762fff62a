package quiznight.organisers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The organisers file of {@code --organisers}: one organiser a line, {@code name:hash} where the hash is what
 * {@code quiznight hash-password NAME} prints ({@link PasswordHash}); blank lines and lines starting with {@code #}
 * are skipped. Names are 1 to 40 letters, digits, {@code .}, {@code _} or {@code -}, compared ignoring case.
 */
public final class OrganiserFile {
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    private OrganiserFile() {
    }

    /** A line for the file. */
    public static String line(String name, String hash) {
        return name + ":" + hash;
    }

    /** Whether a name may be an organiser's. */
    public static boolean validName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** The accounts by lower-case name; throws with file and line for a malformed line. */
    public static Map<String, Account> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return parse(file.toString(), lines);
    }

    /** One organiser: the name as written in the file, and the hash. */
    public record Account(String name, String hash) {
    }

    public static Map<String, Account> parse(String source, List<String> lines) throws IOException {
        Map<String, Account> accounts = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = source + ": line " + (i + 1) + ": ";
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IOException(where + "expected name:hash (make a line with 'quiznight hash-password NAME')");
            }
            String name = line.substring(0, colon);
            if (!validName(name)) {
                throw new IOException(where + "the name '" + shorten(name)
                        + "' must be 1 to 40 letters, digits, '.', '_' or '-'");
            }
            String problem = PasswordHash.problem(line.substring(colon + 1));
            if (problem != null) {
                throw new IOException(where + name + ": " + problem);
            }
            if (accounts.putIfAbsent(key(name), new Account(name, line.substring(colon + 1))) != null) {
                throw new IOException(where + "the name '" + name + "' is listed twice");
            }
        }
        if (accounts.isEmpty()) {
            throw new IOException(source + ": lists no organiser (make a line with 'quiznight hash-password NAME')");
        }
        return accounts;
    }

    static String key(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
