package quiznight.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.FullHttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import quiznight.media.ImagePipeline;
import quiznight.media.MediaException;
import quiznight.media.MediaShare;
import quiznight.media.MediaStore;

/** A picture is always answered, whatever decoding throws, and the media thread goes on with the next one. */
class MediaRoutesTest {
    static MediaRoutes routes(ImagePipeline.Decoder decoder) {
        return new MediaRoutes(MediaStore.open(null, 1 << 30, decoder, MediaShare.NONE), MediaShare.NONE,
                new OriginCheck("/ws", null, List.of()), new HttpResponses(new ObjectMapper()), 60);
    }

    static String body(FullHttpResponse r) {
        return r.content().toString(StandardCharsets.UTF_8);
    }

    @Test
    void outOfMemoryWhileDecoding_is503WithASentence_andTheNextPictureIsStored() {
        AtomicInteger calls = new AtomicInteger();
        ImagePipeline real = new ImagePipeline(40_000_000);
        try (MediaRoutes media = routes(b -> {
            if (calls.incrementAndGet() == 1) {
                throw new OutOfMemoryError("Java heap space");
            }
            return real.process(b);
        })) {
            FullHttpResponse oom = media.accept(quiznight.media.Images.png(10, 10), "default", "127.0.0.1");
            assertThat(oom.status().code()).isEqualTo(503);
            assertThat(body(oom)).contains("not enough memory to read this picture");
            FullHttpResponse ok = media.accept(quiznight.media.Images.png(10, 10), "default", "127.0.0.1");
            assertThat(ok.status().code()).isEqualTo(201);
            assertThat(body(ok)).contains("\"projector\":\"/media/").contains("-p.png\"").contains("\"width\":10");
        }
    }

    @Test
    void anyOtherThrowableWhileDecoding_is500WithASentence() {
        try (MediaRoutes media = routes(b -> {
            throw new StackOverflowError();
        })) {
            FullHttpResponse r = media.accept(new byte[] {1, 2, 3}, "default", "127.0.0.1");
            assertThat(r.status().code()).isEqualTo(500);
            assertThat(body(r)).contains("StackOverflowError").contains("nothing was stored");
        }
        try (MediaRoutes media = routes(b -> {
            throw new IllegalArgumentException("a bug in a reader");
        })) {
            assertThat(media.accept(new byte[] {1, 2, 3}, "default", "127.0.0.1").status().code()).isEqualTo(500);
        }
    }

    @Test
    void eachRefusal_hasItsStatus() {
        assertThat(MediaRoutes.status(MediaException.Reason.UNSUPPORTED).code()).isEqualTo(415);
        assertThat(MediaRoutes.status(MediaException.Reason.DAMAGED).code()).isEqualTo(400);
        assertThat(MediaRoutes.status(MediaException.Reason.EMPTY).code()).isEqualTo(400);
        assertThat(MediaRoutes.status(MediaException.Reason.TOO_MANY_PIXELS).code()).isEqualTo(413);
        assertThat(MediaRoutes.status(MediaException.Reason.QUOTA).code()).isEqualTo(507);
    }
}
