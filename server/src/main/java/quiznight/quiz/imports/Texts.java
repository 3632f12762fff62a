package quiznight.quiz.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quiznight.quiz.ProblemCode;
import quiznight.quiz.QuizFormatException;

/** Text helpers shared by the importers: strict UTF-8, line splitting, HTML entities and tags. */
final class Texts {
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern TAG = Pattern.compile("<[^<>]*>");
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>|</p>\\s*<p[^<>]*>", Pattern.CASE_INSENSITIVE);
    private static volatile Map<String, String> entities;

    private Texts() {
    }

    /** The content as UTF-8 text without a byte order mark; refused, naming the line, when it is not UTF-8. */
    static String utf8(String source, byte[] content) throws QuizFormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            throw Draft.refusal(source, "line", line, ProblemCode.IMPORT_NOT_UTF8);
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Lines without their terminators (LF, CRLF or CR); the last one may be empty. */
    static String[] lines(String text) {
        return text.split("\r\n|\r|\n", -1);
    }

    /**
     * Decodes HTML character references: every named one of the HTML standard ({@code &eacute;},
     * {@code &quot;}, …) and numeric ones ({@code &#039;}, {@code &#x263A;}). A reference that is not
     * one is left as written; a numeric one that names no character becomes U+FFFD.
     */
    static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            String ref = m.group(1);
            String replacement;
            if (ref.charAt(0) == '#') {
                boolean hex = ref.length() > 1 && (ref.charAt(1) == 'x' || ref.charAt(1) == 'X');
                long cp = Long.parseLong(ref.substring(hex ? 2 : 1), hex ? 16 : 10);
                replacement = cp > 0 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)
                        ? new String(Character.toChars((int) cp)) : "\uFFFD";
            } else {
                replacement = entities().get(ref);
                if (replacement == null) {
                    replacement = m.group();
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** HTML as plain text: line breaks and paragraph breaks become {@code \n}, tags go, entities are decoded. */
    static String htmlToText(String html) {
        String s = BREAK.matcher(html).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        return decodeEntities(s);
    }

    private static Map<String, String> entities() {
        Map<String, String> map = entities;
        if (map == null) {
            map = new HashMap<>();
            try (InputStream in = Texts.class.getResourceAsStream("/quiznight/quiz/imports/html-entities.txt")) {
                if (in == null) {
                    throw new IllegalStateException("html-entities.txt is missing from the classpath");
                }
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] parts = line.strip().split(" ");
                    StringBuilder value = new StringBuilder();
                    for (int i = 1; i < parts.length; i++) {
                        value.appendCodePoint(Integer.parseInt(parts[i], 16));
                    }
                    map.put(parts[0], value.toString());
                }
            } catch (IOException e) {
                throw new IllegalStateException("html-entities.txt cannot be read", e);
            }
            entities = map;
        }
        return map;
    }
}
