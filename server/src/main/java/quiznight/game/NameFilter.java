package quiznight.game;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import quiznight.protocol.ErrorCode;

/**
 * Refuses nicknames that contain a blocked word. Names are compared in a normalized form, so simple
 * tricks do not pass: NFKC (full-width and styled letters), case folded, invisible characters and accents
 * removed, common look-alikes mapped (Cyrillic and Greek letters, digits and symbols used as letters), and
 * separators dropped. A blocked word matches a whole word of the name, the whole name with its separators
 * removed ("f.u.c.k"), or anywhere in that when it is 6 letters or longer (shorter words would hit innocent
 * names such as Scunthorpe or Penistone).
 */
public final class NameFilter {
    private static final String LOOKALIKE_FROM = "аеорсхуікмтвнзђѕјӏαβεικνορτυχ0134578@$!|€£";
    private static final String LOOKALIKE_TO   = "aeopcxyikmtbhehsjlabeikvoptuxoieastbasiiel";

    private final Set<String> words;

    public NameFilter(Set<String> words) {
        Set<String> normalized = new HashSet<>();
        for (String w : words) {
            String n = letters(normalize(w));
            if (!n.isEmpty()) {
                normalized.add(n);
                normalized.add(squeeze(n));
            }
        }
        this.words = Set.copyOf(normalized);
    }

    public static NameFilter none() {
        return new NameFilter(Set.of());
    }

    /** The bundled list ({@code quiznight/name-blocklist.txt}), or the file given. */
    public static NameFilter load(Path file) throws IOException {
        if (file != null) {
            return new NameFilter(parse(Files.readString(file, StandardCharsets.UTF_8)));
        }
        try (InputStream in = NameFilter.class.getClassLoader().getResourceAsStream("quiznight/name-blocklist.txt")) {
            if (in == null) {
                throw new IOException("bundled name blocklist is missing");
            }
            return new NameFilter(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }

    private static Set<String> parse(String text) {
        Set<String> words = new HashSet<>();
        for (String line : text.split("\n")) {
            String w = line.strip();
            if (!w.isEmpty() && !w.startsWith("#")) {
                words.add(w);
            }
        }
        return words;
    }

    /** Throws {@code bad-name} when the (already cleaned) name contains a blocked word. */
    public void check(String name) {
        if (words.isEmpty()) {
            return;
        }
        String n = normalize(name);
        String joined = letters(n);
        String squeezed = squeeze(joined);
        for (String token : NOT_LETTERS.split(n)) {
            if (words.contains(token) || words.contains(squeeze(token))) {
                throw refused();
            }
        }
        if (words.contains(joined) || words.contains(squeezed)) {
            throw refused();
        }
        for (String w : words) {
            if (w.length() >= 6 && (joined.contains(w) || squeezed.contains(w))) {
                throw refused();
            }
        }
    }

    private static GameException refused() {
        return new GameException(ErrorCode.BAD_NAME, "That nickname is not allowed here: please pick another.");
    }

    /** NFKC, case folded, accents and invisible characters removed, look-alikes mapped to Latin letters. */
    static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        n = Normalizer.normalize(n, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.FORMAT || type == Character.ENCLOSING_MARK) {
                continue;
            }
            int k = LOOKALIKE_FROM.indexOf(c);
            sb.append(k >= 0 ? LOOKALIKE_TO.charAt(k) : c);
        }
        return sb.toString();
    }

    // Compiled once: a join is checked on its room's event loop, and a stadium joins a thousand a second.
    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");
    private static final java.util.regex.Pattern NOT_LETTER = java.util.regex.Pattern.compile("[^\\p{L}]");
    private static final java.util.regex.Pattern REPEATED_LETTER = java.util.regex.Pattern.compile("(\\p{L})\\1+");

    private static String letters(String s) {
        return NOT_LETTER.matcher(s).replaceAll("");
    }

    /** Runs of one letter squeezed to one ("fuuuck" → "fuck"). */
    private static String squeeze(String s) {
        return REPEATED_LETTER.matcher(s).replaceAll("$1");
    }

    /** For tests: the words as normalized. */
    List<String> normalizedWords() {
        return List.copyOf(words);
    }
}
