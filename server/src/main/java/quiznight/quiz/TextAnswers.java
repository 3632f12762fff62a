package quiznight.quiz;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How free-text answers are compared: case, surrounding space and repeated inner spaces do not matter. */
public final class TextAnswers {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextAnswers() {
    }

    public static String normalize(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        return SPACES.matcher(nfc).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
