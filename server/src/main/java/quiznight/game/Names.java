package quiznight.game;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.SpoofChecker;
import quiznight.protocol.ErrorCode;
import java.text.Normalizer;
import java.util.List;

/**
 * Nickname rules: trimmed, Unicode NFC, 1 to 32 characters, no control or invisible characters except one
 * zero-width (non-)joiner inside a word. (32, not the 20 first planned, so that the name the web client's
 * script-injection test uses, 28 characters, is a name.)
 */
public final class Names {
    public static final int MAX_LENGTH = 32;
    /** The longest real name ({@link #cleanRealName}), in characters. */
    public static final int REAL_NAME_MAX_LENGTH = 80;

    private Names() {
    }

    /** The nickname as it will be shown; throws {@code bad-name} when it breaks a rule. */
    public static String clean(String raw) {
        if (raw == null) {
            throw new GameException(ErrorCode.BAD_NAME, "A nickname is required.");
        }
        String name = stripEnds(Normalizer.normalize(raw, Normalizer.Form.NFC));
        int length = name.codePointCount(0, name.length());
        if (length == 0) {
            throw new GameException(ErrorCode.BAD_NAME, "A nickname needs at least one visible character.");
        }
        if (length > MAX_LENGTH) {
            throw new GameException(ErrorCode.BAD_NAME, "A nickname has at most " + MAX_LENGTH + " characters.");
        }
        boolean visible = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (isJoiner(cp)) {
                // Inside a word only (Persian and Kurdish spelling, Indic conjuncts, emoji sequences), one at a time.
                int before = name.codePointBefore(i);
                int after = name.codePointAt(i + 1);
                if (isJoiner(before) || isJoiner(after) || isBlank(before) || isBlank(after)) {
                    throw new GameException(ErrorCode.BAD_NAME, "A nickname cannot contain control or invisible characters.");
                }
            } else if (isForbidden(cp)) {
                throw new GameException(ErrorCode.BAD_NAME, "A nickname cannot contain control or invisible characters.");
            }
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                visible = true;
            }
            i += Character.charCount(cp);
        }
        if (!visible) {
            throw new GameException(ErrorCode.BAD_NAME, "A nickname needs at least one visible character.");
        }
        return name;
    }

    /**
     * A real name as a room that asks for them keeps it (for the teacher's report only): trimmed and NFC like a
     * nickname, at most {@link #REAL_NAME_MAX_LENGTH} characters, no control or invisible characters; empty is
     * allowed (the player chose not to give one). Throws {@code bad-name} when it breaks a rule.
     */
    public static String cleanRealName(String raw) {
        String name = stripEnds(Normalizer.normalize(raw, Normalizer.Form.NFC));
        if (name.codePointCount(0, name.length()) > REAL_NAME_MAX_LENGTH) {
            throw new GameException(ErrorCode.BAD_NAME, "A real name has at most " + REAL_NAME_MAX_LENGTH + " characters.");
        }
        if (name.codePoints().anyMatch(cp -> !isJoiner(cp) && isForbidden(cp))) {
            throw new GameException(ErrorCode.BAD_NAME, "A real name cannot contain control or invisible characters.");
        }
        return name;
    }

    /** Zero-width non-joiner and joiner: format characters that Persian, Kurdish and Indic names need. */
    private static boolean isJoiner(int cp) {
        return cp == 0x200C || cp == 0x200D;
    }

    private static boolean isBlank(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** Whitespace and (meaningless there) joiners removed from both ends. */
    private static String stripEnds(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (Character.isWhitespace(s.charAt(start)) || isJoiner(s.charAt(start)))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(s.charAt(end - 1)) || isJoiner(s.charAt(end - 1)))) {
            end--;
        }
        return s.substring(start, end);
    }

    // Immutable once built, so one instance serves every room's event loop.
    private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();

    /**
     * The forms two nicknames are compared in: names sharing a key are taken as the same. Names are shown
     * side by side on a projector, so names a room cannot tell apart are one name: NFKC ("Ａlice"), invisible
     * characters dropped, accents on Latin, Greek and Cyrillic letters dropped ("Alicé"), then the Unicode
     * confusable skeleton (UTS #39, ICU4J), so "Аlice" with a Cyrillic А is "alice". The skeleton is taken
     * twice, once after case folding ("ALICE" is "alice") and once before it ("AIice" with a capital I
     * looks like "Alice", not like "aiice"): one key or two. Marks of other scripts (Devanagari vowel
     * signs, Arabic harakat, Thai tone marks) are kept: there they make another name, not a decoration.
     */
    public static List<String> keys(String cleaned) {
        String stripped = stripDecorations(Normalizer.normalize(cleaned, Normalizer.Form.NFKC));
        String folded = UCharacter.foldCase(SPOOF.getSkeleton(UCharacter.foldCase(stripped, true)), true);
        String cased = UCharacter.foldCase(SPOOF.getSkeleton(stripped), true);
        return folded.equals(cased) ? List.of(folded) : List.of(folded, cased);
    }

    /** Loads the confusables data {@link #keys} needs (about half a second): at start, not at a room's first join. */
    public static void warmUp() {
        keys("warm-up");
    }

    /** Invisible characters removed, and combining marks on Latin, Greek or Cyrillic letters (accents). */
    private static String stripDecorations(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        Character.UnicodeScript base = Character.UnicodeScript.COMMON;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.FORMAT || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
                continue;
            }
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                if (base == Character.UnicodeScript.LATIN || base == Character.UnicodeScript.GREEK
                        || base == Character.UnicodeScript.CYRILLIC) {
                    continue;
                }
            } else {
                base = Character.UnicodeScript.of(cp);
            }
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    private static boolean isForbidden(int cp) {
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
            return true;
        }
        // Characters that render as blank but are not classified as spaces or format characters.
        return cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x2800
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)
                || cp == 0x034F || cp == 0x17B4 || cp == 0x17B5 || cp == 0x180E;
    }
}
