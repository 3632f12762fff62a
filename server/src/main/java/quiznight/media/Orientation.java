package quiznight.media;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * A phone photo is often stored sideways with an EXIF tag saying how to turn it. The stored copies drop all
 * metadata, so the turn is applied to the pixels first. The tag is read with TwelveMonkeys' JPEG segment and TIFF
 * readers (imageio-metadata); anything unreadable counts as "upright".
 */
final class Orientation {
    private Orientation() {
    }

    /** The EXIF orientation (1 to 8) of a JPEG's bytes; 1 when it has none or it cannot be read. */
    static int of(byte[] jpeg) {
        try (MemoryCacheImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
            List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            if (exif.isEmpty()) {
                return 1;
            }
            byte[] data;
            try (InputStream s = exif.get(0).data()) {
                data = s.readAllBytes();
            }
            int start = 0;
            while (start < data.length && data[start] == 0) {
                start++; // the pad after "Exif\0"
            }
            Directory tiff = new TIFFReader().read(new MemoryCacheImageInputStream(
                    new ByteArrayInputStream(data, start, data.length - start)));
            Entry e = tiff.getEntryById(TIFF.TAG_ORIENTATION);
            if (e != null && e.getValue() instanceof Number n && n.intValue() >= 1 && n.intValue() <= 8) {
                return n.intValue();
            }
            return 1;
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }

    /** The image turned and flipped as EXIF orientation {@code o} says, so that it shows upright without it. */
    static BufferedImage apply(BufferedImage src, int o) {
        if (o <= 1 || o > 8) {
            return src;
        }
        int w = src.getWidth();
        int h = src.getHeight();
        boolean swap = o >= 5;
        AffineTransform t = new AffineTransform();
        switch (o) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { }
        }
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h,
                src.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(src, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
