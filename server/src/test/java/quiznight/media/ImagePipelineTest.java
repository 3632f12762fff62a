package quiznight.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** One uploaded picture through the pipeline: format from the bytes, the pixel limit, sizes, metadata stripped. */
class ImagePipelineTest {
    static final long MAX_PIXELS = 40_000_000;
    final ImagePipeline pipeline = new ImagePipeline(MAX_PIXELS);

    static MediaException.Reason refusal(ImagePipeline p, byte[] upload) {
        try {
            p.process(upload);
        } catch (MediaException e) {
            return e.reason();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void aLargeJpeg_givesAProjectorSizeOf1920_andAPhoneSizeOf720_onTheLongSide() throws Exception {
        ImagePipeline.Processed p = pipeline.process(Images.jpeg(3000, 2000));
        assertThat(p.ext()).isEqualTo("jpg");
        assertThat(p.width()).isEqualTo(1920);
        assertThat(p.height()).isEqualTo(1280);
        BufferedImage projector = Images.read(p.projector());
        BufferedImage phone = Images.read(p.phone());
        assertThat(projector.getWidth()).isEqualTo(1920);
        assertThat(projector.getHeight()).isEqualTo(1280);
        assertThat(phone.getWidth()).isEqualTo(720);
        assertThat(phone.getHeight()).isEqualTo(480);
    }

    @Test
    void aSmallPicture_isNeverScaledUp_andEachFormatIsStoredAsPngOrJpeg() throws Exception {
        ImagePipeline.Processed png = pipeline.process(Images.png(300, 200));
        assertThat(png.ext()).isEqualTo("png");
        assertThat(Images.read(png.projector()).getWidth()).isEqualTo(300);
        assertThat(Images.read(png.phone()).getWidth()).isEqualTo(300);
        assertThat(Images.read(png.projector()).getColorModel().hasAlpha()).isTrue();

        ImagePipeline.Processed gif = pipeline.process(Images.gif(64, 32));
        assertThat(gif.ext()).as("a GIF is kept as its first frame in PNG").isEqualTo("png");
        assertThat(Images.read(gif.projector()).getWidth()).isEqualTo(64);
        assertThat(new ImagePipeline(1).process(Images.WEBP_LOSSY).ext()).isEqualTo("jpg");
    }

    @Test
    void webp_isReadThroughTwelveMonkeys_losslessOrTransparentAsPng_lossyAsJpeg() throws Exception {
        assertThat(ImageFormat.of(Images.WEBP_LOSSY)).isEqualTo(ImageFormat.WEBP);
        ImagePipeline.Processed lossy = pipeline.process(Images.WEBP_LOSSY);
        assertThat(lossy.ext()).isEqualTo("jpg");
        assertThat(lossy.width()).isEqualTo(1);
        assertThat(Images.read(lossy.projector()).getHeight()).isEqualTo(1);
        assertThat(pipeline.process(Images.WEBP_LOSSLESS).ext()).isEqualTo("png");
        assertThat(pipeline.process(Images.WEBP_ALPHA).ext()).isEqualTo("png");
    }

    @Test
    void aJpegWithExifGps_isStoredWithoutAnyExif_andTurnedUprightAsItsOrientationSaid() throws Exception {
        byte[] phone = Images.jpegWithExifGps(40, 20);
        assertThat(Images.hasExif(phone)).as("the fixture carries EXIF").isTrue();
        assertThat(Orientation.of(phone)).isEqualTo(6);
        ImagePipeline.Processed p = pipeline.process(phone);
        assertThat(Images.hasExif(p.projector())).isFalse();
        assertThat(Images.hasExif(p.phone())).isFalse();
        BufferedImage upright = Images.read(p.projector());
        assertThat(upright.getWidth()).isEqualTo(20);
        assertThat(upright.getHeight()).isEqualTo(40);
        // Turned 90° clockwise: the red left half is now the top half.
        assertThat(new java.awt.Color(upright.getRGB(10, 5)).getRed()).isGreaterThan(200);
        assertThat(new java.awt.Color(upright.getRGB(10, 35)).getBlue()).isGreaterThan(200);
    }

    @Test
    void aPngBombOf50000By50000Pixels_isRefusedFromItsHeader_beforeAnythingIsDecoded() {
        byte[] bomb = Images.pngBomb(50_000, 50_000);
        assertThat(bomb.length).as("a tiny file").isLessThan(1_000_000);
        long start = System.nanoTime();
        assertThatThrownBy(() -> pipeline.process(bomb)).isInstanceOf(MediaException.class)
                .hasMessageContaining("50,000 × 50,000 pixels").hasMessageContaining("at most 40.0 megapixels")
                .extracting(e -> ((MediaException) e).reason()).isEqualTo(MediaException.Reason.TOO_MANY_PIXELS);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms: decoding 2.5 billion pixels would take far longer").isLessThan(2_000);
    }

    @Test
    void aTruncatedPngOrJpeg_isRefusedAsDamaged() {
        byte[] png = Images.png(400, 300);
        assertThat(refusal(pipeline, Images.truncated(png, png.length / 2))).isEqualTo(MediaException.Reason.DAMAGED);
        assertThat(refusal(pipeline, Images.truncated(png, 20))).isEqualTo(MediaException.Reason.DAMAGED);
        byte[] jpeg = Images.jpeg(400, 300);
        assertThat(refusal(pipeline, Images.truncated(jpeg, jpeg.length / 2))).isEqualTo(MediaException.Reason.DAMAGED);
    }

    @Test
    void htmlNamedPng_svg_bmp_tiff_andEmpty_areRefusedByTheirBytes_withASentenceSayingWhatTheyAre() {
        assertThatThrownBy(() -> pipeline.process(Images.utf8("<!DOCTYPE html><html><script>alert(1)</script></html>")))
                .hasMessageContaining("an HTML page").hasMessageContaining("PNG, JPEG, GIF and WebP");
        assertThatThrownBy(() -> pipeline.process(Images.utf8("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")))
                .hasMessageContaining("SVG").hasMessageContaining("scripts");
        assertThatThrownBy(() -> pipeline.process(Images.write(Images.halves(8, 8, BufferedImage.TYPE_INT_RGB), "bmp")))
                .hasMessageContaining("a BMP picture");
        assertThatThrownBy(() -> pipeline.process(Images.write(Images.halves(8, 8, BufferedImage.TYPE_INT_RGB), "tiff")))
                .hasMessageContaining("a TIFF picture");
        assertThat(refusal(pipeline, Images.utf8("<svg/>"))).isEqualTo(MediaException.Reason.UNSUPPORTED);
        assertThat(refusal(pipeline, new byte[0])).isEqualTo(MediaException.Reason.EMPTY);
    }

    @Test
    void everyExifOrientation_turnsThePixelsUpright() {
        BufferedImage src = Images.halves(4, 2, BufferedImage.TYPE_INT_RGB); // red x 0-1, blue x 2-3
        int red = java.awt.Color.RED.getRGB();
        int blue = java.awt.Color.BLUE.getRGB();
        // Where the red half's top-left pixel ends: orientation -> (x, y) of that pixel in the upright image.
        int[][] redCorner = {null, {0, 0}, {3, 0}, {3, 1}, {0, 1}, {0, 0}, {1, 0}, {1, 3}, {0, 3}};
        for (int o = 1; o <= 8; o++) {
            BufferedImage up = Orientation.apply(src, o);
            assertThat(up.getWidth()).as("orientation %d", o).isEqualTo(o >= 5 ? 2 : 4);
            assertThat(up.getRGB(redCorner[o][0], redCorner[o][1])).as("orientation %d", o).isEqualTo(red);
            assertThat(up.getRGB(up.getWidth() - 1 - redCorner[o][0], up.getHeight() - 1 - redCorner[o][1]))
                    .as("orientation %d, the opposite corner", o).isEqualTo(blue);
        }
    }
}
