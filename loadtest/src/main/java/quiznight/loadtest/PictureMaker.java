package quiznight.loadtest;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Draws the pictures of the {@code pictures} scenario: one per question, different for every number (so each is a
 * distinct upload with its own hash), sized like a photo an organiser would add. A gradient, a few hundred shapes and
 * a little per-pixel noise keep JPEG from compressing it to nothing: 1600 x 900 at quality 0.85 is about 215 KB, in
 * the 100-300 KB of real projector pictures. The same number always gives the same bytes.
 */
final class PictureMaker {
    static final int WIDTH = 1600;
    static final int HEIGHT = 900;

    private PictureMaker() {
    }

    /** The JPEG of picture {@code number}: "Q{number}" over a pattern seeded by the number. */
    static byte[] jpeg(int number, int width, int height) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Random r = new Random(number * 7919L + 17);
            float hue = (number * 0.137f) % 1f;
            g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.6f, 0.9f), width, height,
                    Color.getHSBColor((hue + 0.3f) % 1f, 0.7f, 0.4f)));
            g.fillRect(0, 0, width, height);
            int shapes = Math.max(20, width * height / 3600);
            for (int i = 0; i < shapes; i++) {
                g.setColor(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256), 90 + r.nextInt(120)));
                int s = 10 + r.nextInt(Math.max(1, Math.min(width, height) / 6));
                int x = r.nextInt(width);
                int y = r.nextInt(height);
                if (i % 2 == 0) {
                    g.fillOval(x, y, s, s);
                } else {
                    g.setStroke(new BasicStroke(1 + r.nextInt(6)));
                    g.drawLine(x, y, x + r.nextInt(300) - 150, y + r.nextInt(300) - 150);
                }
            }
            int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
            for (int i = 0; i < px.length; i++) {
                int d = r.nextInt(9) - 4;
                int c = px[i];
                px[i] = clamp(((c >> 16) & 255) + d) << 16 | clamp(((c >> 8) & 255) + d) << 8 | clamp((c & 255) + d);
            }
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(12, height * 2 / 5)));
            String label = "Q" + number;
            FontMetrics fm = g.getFontMetrics();
            g.drawString(label, (width - fm.stringWidth(label)) / 2, (height + fm.getAscent() - fm.getDescent()) / 2);
        } finally {
            g.dispose();
        }
        return encode(img);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static byte[] encode(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream io = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam p = w.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(0.85f);
            w.setOutput(io);
            w.write(null, new IIOImage(img, null, null), p);
        } finally {
            w.dispose();
        }
        return out.toByteArray();
    }
}
