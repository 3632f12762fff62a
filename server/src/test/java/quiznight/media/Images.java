package quiznight.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;

/** Pictures for tests, made here: each format, a decompression bomb, EXIF with GPS, damaged and hostile files. */
public final class Images {
    private Images() {
    }

    /** A w × h picture: a red left half, a blue right half (so orientation and scaling can be checked). */
    public static BufferedImage halves(int w, int h, int type) {
        BufferedImage img = new BufferedImage(w, h, type);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, w / 2, h);
        g.setColor(Color.BLUE);
        g.fillRect(w / 2, 0, w - w / 2, h);
        g.dispose();
        return img;
    }

    public static byte[] write(BufferedImage img, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] png(int w, int h) {
        return write(halves(w, h, BufferedImage.TYPE_INT_ARGB), "png");
    }

    public static byte[] jpeg(int w, int h) {
        return write(halves(w, h, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    public static byte[] gif(int w, int h) {
        return write(halves(w, h, BufferedImage.TYPE_INT_RGB), "gif");
    }

    /** 1 × 1 WebP files (the ones browsers' feature tests use): lossy, lossless, and lossy with transparency. */
    public static final byte[] WEBP_LOSSY = Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");
    public static final byte[] WEBP_LOSSLESS = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
    public static final byte[] WEBP_ALPHA = Base64.getDecoder().decode(
            "UklGRkoAAABXRUJQVlA4WAoAAAAQAAAAAAAAAAAAQUxQSAwAAAARBxAR/Q9ERP8DAABWUDggGAAAABQBAJ0BKgEAAQAAAP4AAA3AAP7mtQAAAA==");

    /**
     * A PNG that says it is w × h pixels of one colour (1-bit grey), with the whole image data, compressed: for
     * 50,000 × 50,000 a few hundred kilobytes that decode to 2.5 billion pixels.
     */
    public static byte[] pngBomb(int w, int h) {
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 1).put((byte) 0).put((byte) 0)
                    .put((byte) 0).put((byte) 0);
            chunk(png, "IHDR", ihdr.array());
            ByteArrayOutputStream idat = new ByteArrayOutputStream();
            try (DeflaterOutputStream z = new DeflaterOutputStream(idat, new Deflater(9))) {
                byte[] row = new byte[1 + (w + 7) / 8]; // filter byte 0, then zeros
                for (int y = 0; y < h; y++) {
                    z.write(row);
                }
            }
            chunk(png, "IDAT", idat.toByteArray());
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }

    /** The first {@code keep} bytes. */
    public static byte[] truncated(byte[] b, int keep) {
        return Arrays.copyOf(b, keep);
    }

    /**
     * A w × h JPEG (red left, blue right) carrying an EXIF block, as phones write: orientation 6 (turn 90° clockwise
     * to show) and a GPS position (48° 51' 24" N).
     */
    public static byte[] jpegWithExifGps(int w, int h) {
        byte[] jpeg = jpeg(w, h);
        ByteBuffer tiff = ByteBuffer.allocate(92); // big-endian
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0); // Orientation
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38); // GPS IFD pointer
        tiff.putInt(0);
        tiff.putShort((short) 2);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0}); // GPSLatitudeRef
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(68); // GPSLatitude
        tiff.putInt(0);
        tiff.putInt(48).putInt(1).putInt(51).putInt(1).putInt(2400).putInt(100);
        byte[] exif = ByteBuffer.allocate(2 + 2 + 6 + 92).put((byte) 0xff).put((byte) 0xe1).putShort((short) (2 + 6 + 92))
                .put(new byte[] {'E', 'x', 'i', 'f', 0, 0}).put(tiff.array()).array();
        int app0 = 2 + 2 + (((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff)); // after SOI and the JFIF APP0 segment
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, app0);
        out.write(exif, 0, exif.length);
        out.write(jpeg, app0, jpeg.length - app0);
        return out.toByteArray();
    }

    /** True when the bytes hold an EXIF block (an APP1 "Exif" segment) or a GPS tag anywhere. */
    public static boolean hasExif(byte[] b) {
        String s = new String(b, StandardCharsets.ISO_8859_1);
        return s.contains("Exif\0") || s.contains("\u0088\u0025") && s.contains("MM\0*");
    }

    public static BufferedImage read(byte[] b) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(b));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
