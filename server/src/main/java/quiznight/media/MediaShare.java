package quiznight.media;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Where the stored files of pictures are also kept so that every server of a cluster can serve them (Redis in
 * cluster mode); {@link #NONE} for a single server.
 */
public interface MediaShare {
    /** Keeps a stored file (by its name, such as {@code <sha256>-p.png}) for the other servers; never throws. */
    void put(String name, byte[] bytes);

    /** A file another server stored; empty when there is none. */
    CompletionStage<Optional<byte[]>> get(String name);

    MediaShare NONE = new MediaShare() {
        @Override
        public void put(String name, byte[] bytes) {
        }

        @Override
        public CompletionStage<Optional<byte[]>> get(String name) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
    };
}
