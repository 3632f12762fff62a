package quiznight.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PictureMakerTest {

    @Test
    void aQuestionPictureIsAProjectorSizedJpegOfARealisticWeight() throws Exception {
        byte[] jpeg = PictureMaker.jpeg(3, PictureMaker.WIDTH, PictureMaker.HEIGHT);
        assertThat(jpeg).startsWith(0xFF, 0xD8, 0xFF);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(img.getWidth()).isEqualTo(1600);
        assertThat(img.getHeight()).isEqualTo(900);
        assertThat(jpeg.length).isBetween(100_000, 300_000);
    }

    @Test
    void eachNumberGivesItsOwnPictureAndTheSameNumberTheSameBytes() throws Exception {
        byte[] one = PictureMaker.jpeg(1, 320, 180);
        byte[] two = PictureMaker.jpeg(2, 320, 180);
        assertThat(one).isNotEqualTo(two);
        assertThat(PictureMaker.jpeg(1, 320, 180)).isEqualTo(one);
    }
}
