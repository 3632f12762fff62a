package quiznight.game;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import quiznight.protocol.ErrorCode;

/**
 * Refuses nicknames that contain a blocked word. Names are compared in a normalized form, so simple
 * tricks do not pass: NFKC (full-width and styled letters), case folded, invisible characters and accents
 * removed, common look-alikes mapped (Cyrillic and Greek letters, symbols used as letters), digits mapped
 * to letters only where a letter follows them ("5h1t", but not the numbers ending "P15" or "max2009"), separators
 * dropped, and a letter repeated in the name matching the same letter in the word ("fuuuck", but "conn"
 * is not "coon"). A word of the list matches a whole word of the name or the whole name with its
 * separators removed ("f.u.c.k"); a word written {@code *word} in the list also matches anywhere inside
 * ("xXfuckXx"). Nothing matches inside a word otherwise: "Therapist", "Scunthorpe" and "Dickens" pass.
 */
public final class NameFilter {
    private static final String LOOKALIKE_FROM = "аеорсхуікмтвнзђѕјӏαβεικνορτυχ@$!|€£";
    private static final String LOOKALIKE_TO   = "aeopcxyikmtbhehsjlabeikvoptuxasiiel";
    private static final String DIGIT_FROM = "0134578";
    private static final String DIGIT_TO   = "oieastb";

    /** A word as its letters with runs squeezed ("pis") and the length of each run ({1, 1, 2}). */
    private record Runs(String squeezed, int[] lengths) {
        static Runs of(String letters) {
            StringBuilder sb = new StringBuilder();
            List<Integer> lengths = new ArrayList<>();
            int last = -1;
            for (int i = 0; i < letters.length(); ) {
                int cp = letters.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == last) {
                    lengths.set(lengths.size() - 1, lengths.get(lengths.size() - 1) + 1);
                } else {
                    sb.appendCodePoint(cp);
                    lengths.add(1);
                    last = cp;
                }
            }
            return new Runs(sb.toString(), lengths.stream().mapToInt(Integer::intValue).toArray());
        }

        /** Whether {@code word} sits at run {@code at} of this name, each of its runs at least as long. */
        boolean covers(Runs word, int at) {
            for (int i = 0; i < word.lengths.length; i++) {
                if (lengths[at + i] < word.lengths[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Map<String, List<Runs>> whole;
    private final List<Runs> anywhere;

    /** @param words the blocked words; one written {@code *word} also matches inside a longer word */
    public NameFilter(Set<String> words) {
        Map<String, List<Runs>> whole = new HashMap<>();
        List<Runs> anywhere = new ArrayList<>();
        for (String w : words) {
            boolean inside = w.startsWith("*");
            String n = letters(normalize(inside ? w.substring(1) : w));
            if (!n.isEmpty()) {
                Runs runs = Runs.of(n);
                whole.computeIfAbsent(runs.squeezed(), k -> new ArrayList<>()).add(runs);
                if (inside) {
                    anywhere.add(runs);
                }
            }
        }
        whole.replaceAll((k, v) -> List.copyOf(v));
        this.whole = Map.copyOf(whole);
        this.anywhere = List.copyOf(anywhere);
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
        if (blocks(name)) {
            throw refused();
        }
    }

    /** Whether the text (a nickname, a word-cloud word) contains a blocked word, by the rules above. */
    public boolean blocks(String text) {
        if (whole.isEmpty()) {
            return false;
        }
        String n = normalize(text);
        for (String token : NOT_LETTERS.split(n)) {
            if (isWholeWord(Runs.of(token))) {
                return true;
            }
        }
        Runs joined = Runs.of(letters(n));
        if (isWholeWord(joined)) {
            return true;
        }
        for (Runs w : anywhere) {
            for (int at = joined.squeezed().indexOf(w.squeezed()); at >= 0; at = joined.squeezed().indexOf(w.squeezed(), at + 1)) {
                if (joined.covers(w, joined.squeezed().codePointCount(0, at))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isWholeWord(Runs token) {
        List<Runs> candidates = whole.get(token.squeezed());
        if (candidates != null) {
            for (Runs w : candidates) {
                if (token.covers(w, 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static GameException refused() {
        return new GameException(ErrorCode.BAD_NAME, "That nickname is not allowed here: please pick another.");
    }

    /**
     * NFKC, case folded, accents and invisible characters removed, look-alikes mapped to Latin letters, and
     * digits mapped to letters where a letter follows their run (a run ending a word is a number: "P15").
     */
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
        for (int i = 0; i < sb.length(); ) {
            int end = i;
            while (end < sb.length() && sb.charAt(end) >= '0' && sb.charAt(end) <= '9') {
                end++;
            }
            if (end > i && end < sb.length() && Character.isLetter(sb.charAt(end))) {
                for (int j = i; j < end; j++) {
                    int k = DIGIT_FROM.indexOf(sb.charAt(j));
                    if (k >= 0) {
                        sb.setCharAt(j, DIGIT_TO.charAt(k));
                    }
                }
            }
            i = Math.max(end, i + 1);
        }
        return sb.toString();
    }

    // Compiled once: a join is checked on its room's event loop, and a stadium joins a thousand a second.
    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");
    private static final java.util.regex.Pattern NOT_LETTER = java.util.regex.Pattern.compile("[^\\p{L}]");

    private static String letters(String s) {
        return NOT_LETTER.matcher(s).replaceAll("");
    }
}
