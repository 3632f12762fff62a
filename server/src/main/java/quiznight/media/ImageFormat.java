package quiznight.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The picture formats QuizNight takes, told from the first bytes of the file (magic numbers), never from its name
 * or Content-Type. Anything else is refused with a sentence that names what it looks like, when it is a format
 * people often try (SVG, HTML, BMP, TIFF, HEIC, AVIF, PDF).
 */
public enum ImageFormat {
    PNG("png"),
    JPEG("jpeg"),
    GIF("gif"),
    WEBP("webp");

    /** The name ImageIO knows this format's reader by. */
    final String imageIoName;

    ImageFormat(String imageIoName) {
        this.imageIoName = imageIoName;
    }

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** The format of these bytes; a {@link MediaException} saying what they are when QuizNight does not take them. */
    public static ImageFormat of(byte[] b) throws MediaException {
        if (b.length == 0) {
            throw new MediaException(MediaException.Reason.EMPTY, "The image is empty: send the picture's bytes as the body.");
        }
        if (startsWith(b, 0, PNG_MAGIC)) {
            return PNG;
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return JPEG;
        }
        if (startsWith(b, 0, ascii("GIF87a")) || startsWith(b, 0, ascii("GIF89a"))) {
            return GIF;
        }
        if (startsWith(b, 0, ascii("RIFF")) && startsWith(b, 8, ascii("WEBP"))) {
            return WEBP;
        }
        throw new MediaException(MediaException.Reason.UNSUPPORTED, "This file is " + whatItIs(b)
                + ": QuizNight takes PNG, JPEG, GIF and WebP pictures.");
    }

    /** A few words for bytes that are not a picture QuizNight takes. */
    static String whatItIs(byte[] b) {
        if (startsWith(b, 0, ascii("BM"))) {
            return "a BMP picture";
        }
        if (startsWith(b, 0, new byte[] {'I', 'I', 42, 0}) || startsWith(b, 0, new byte[] {'M', 'M', 0, 42})) {
            return "a TIFF picture";
        }
        if (startsWith(b, 4, ascii("ftypheic")) || startsWith(b, 4, ascii("ftypheix")) || startsWith(b, 4, ascii("ftypmif1"))) {
            return "a HEIC picture (save it as JPEG first)";
        }
        if (startsWith(b, 4, ascii("ftypavif"))) {
            return "an AVIF picture";
        }
        if (startsWith(b, 0, ascii("%PDF"))) {
            return "a PDF document";
        }
        String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1).stripLeading()
                .replace("\u00ef\u00bb\u00bf", "").toLowerCase(java.util.Locale.ROOT);
        if (head.contains("<svg")) {
            return "an SVG drawing, which is refused because it can carry scripts";
        }
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<script") || head.contains("<body")) {
            return "an HTML page, not a picture";
        }
        if (head.startsWith("<")) {
            return "XML or HTML text, not a picture";
        }
        return "not a picture QuizNight can read";
    }

    private static boolean startsWith(byte[] b, int at, byte[] prefix) {
        return b.length >= at + prefix.length && Arrays.equals(b, at, at + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
