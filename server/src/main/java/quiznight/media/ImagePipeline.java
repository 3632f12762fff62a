package quiznight.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * One uploaded picture made safe to show: its format told from its bytes ({@link ImageFormat}), its size read
 * from the header and refused over the pixel limit before anything is decoded (a 50,000 × 50,000 PNG of one
 * colour is a few kilobytes and 10 GB decoded), decoded with ImageIO (the JDK reads PNG, JPEG and GIF;
 * TwelveMonkeys' imageio-webp reads WebP), turned upright (EXIF orientation), scaled down to a projector size
 * (≤ {@value #PROJECTOR} px on the long side) and a phone size (≤ {@value #PHONE} px), never up, and re-encoded
 * without any metadata (no EXIF, no GPS, no comments). PNG stays PNG and JPEG stays JPEG; a GIF becomes its
 * first frame as PNG; a WebP becomes PNG when it is lossless or has transparency, JPEG otherwise. Pure: no
 * files, no threads; one call at a time per instance is not required.
 */
public final class ImagePipeline {
    public static final int PROJECTOR = 1920;
    public static final int PHONE = 720;
    static final float JPEG_QUALITY = 0.85f;

    /**
     * The two sizes, encoded.
     *
     * @param ext    "png" or "jpg", of both sizes
     * @param width  the projector size's width
     * @param height the projector size's height
     */
    public record Processed(String ext, int width, int height, byte[] projector, byte[] phone) {
    }

    /** What decodes an upload into the two sizes (a seam: tests put one that fails as decoding can). */
    @FunctionalInterface
    public interface Decoder {
        Processed process(byte[] upload) throws MediaException;
    }

    private final long maxPixels;

    /** @param maxPixels the most pixels (width × height, read from the header) a picture may have */
    public ImagePipeline(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    public Processed process(byte[] upload) throws MediaException {
        ImageFormat format = ImageFormat.of(upload);
        BufferedImage decoded = decode(format, upload);
        if (format == ImageFormat.JPEG) {
            decoded = Orientation.apply(decoded, Orientation.of(upload));
        }
        boolean alpha = decoded.getColorModel().hasAlpha();
        String ext = switch (format) {
            case JPEG -> "jpg";
            case PNG, GIF -> "png";
            case WEBP -> alpha || isLosslessWebp(upload) ? "png" : "jpg";
        };
        BufferedImage projector = fit(decoded, PROJECTOR, ext.equals("png") && alpha);
        decoded = null; // the full-size picture may be large: let it go before the phone size is made
        BufferedImage phone = fit(projector, PHONE, ext.equals("png") && alpha);
        return new Processed(ext, projector.getWidth(), projector.getHeight(), encode(projector, ext), encode(phone, ext));
    }

    /** Reads the header, checks the pixel count, then decodes (subsampled when far larger than the projector size). */
    private BufferedImage decode(ImageFormat format, byte[] upload) throws MediaException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName);
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + format);
        }
        ImageReader reader = readers.next();
        String name = format.name();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(in, true, true);
            int w;
            int h;
            try {
                w = reader.getWidth(0);
                h = reader.getHeight(0);
            } catch (IOException | RuntimeException e) {
                throw damaged(name, e);
            }
            if (w <= 0 || h <= 0) {
                throw new MediaException(MediaException.Reason.DAMAGED, "This " + name + " picture says it is " + w + " × " + h
                        + " pixels: it is damaged.");
            }
            if ((long) w * h > maxPixels) {
                throw new MediaException(MediaException.Reason.TOO_MANY_PIXELS, String.format(Locale.ROOT,
                        "This picture is %,d × %,d pixels (%.1f megapixels): pictures may have at most %.1f megapixels. "
                                + "Make it smaller and upload it again.", w, h, w * (double) h / 1e6, maxPixels / 1e6));
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(w, h) / (2 * PROJECTOR);
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage image;
            try {
                image = reader.read(0, param);
            } catch (IOException | RuntimeException e) {
                throw damaged(name, e);
            }
            for (String warning : warnings) {
                String wl = warning.toLowerCase(Locale.ROOT);
                if (wl.contains("premature end") || wl.contains("truncat")) {
                    throw new MediaException(MediaException.Reason.DAMAGED, "This " + name
                            + " picture is cut short (the upload or the file is incomplete): " + warning);
                }
            }
            return image;
        } catch (IOException e) {
            throw damaged(name, e);
        } finally {
            reader.dispose();
        }
    }

    private static MediaException damaged(String format, Exception e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new MediaException(MediaException.Reason.DAMAGED, "This " + format + " picture cannot be read: it is damaged, "
                + "cut short or uses a variant QuizNight cannot read (" + why + ").");
    }

    /** A WebP whose first chunk is VP8L is lossless (a drawing, a screenshot): it stays lossless as PNG. */
    static boolean isLosslessWebp(byte[] b) {
        return b.length >= 16 && b[12] == 'V' && b[13] == 'P' && b[14] == '8' && b[15] == 'L';
    }

    /**
     * The image scaled so that its long side is at most {@code max} (never up), as plain RGB or ARGB pixels:
     * halving steps with bilinear filtering, then one last step, which keeps thin lines and text readable.
     */
    static BufferedImage fit(BufferedImage src, int max, boolean alpha) {
        int w = src.getWidth();
        int h = src.getHeight();
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        double scale = Math.min(1.0, max / (double) Math.max(w, h));
        int tw = Math.max(1, (int) Math.round(w * scale));
        int th = Math.max(1, (int) Math.round(h * scale));
        BufferedImage current = src;
        int cw = w;
        int ch = h;
        do {
            int nw = cw / 2 >= tw ? cw / 2 : tw;
            int nh = ch / 2 >= th ? ch / 2 : th;
            current = draw(current, nw, nh, type);
            cw = nw;
            ch = nh;
        } while (cw != tw || ch != th);
        return current;
    }

    private static BufferedImage draw(BufferedImage src, int w, int h, int type) {
        BufferedImage out = new BufferedImage(w, h, type);
        Graphics2D g = out.createGraphics();
        try {
            if (type == BufferedImage.TYPE_INT_RGB) {
                g.setColor(java.awt.Color.WHITE); // transparent pixels of a picture stored as JPEG show white
                g.fillRect(0, 0, w, h);
            }
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(src, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** PNG, or JPEG at quality {@value #JPEG_QUALITY}; no metadata is written (ImageIO writes only what it is given). */
    static byte[] encode(BufferedImage image, String ext) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName(ext.equals("jpg") ? "jpeg" : "png").next();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (ext.equals("jpg")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("encoding a " + ext + " in memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
