package quiznight.library;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quiznight.library.LibraryException.Reason;

/**
 * A library storage call, and the one refusal an organiser gets when it fails: a read that failed changed nothing, a
 * write that failed left what was saved before. The cause goes to the log, its class name to the sentence.
 */
final class LibraryIo {
    private static final Logger log = LoggerFactory.getLogger(LibraryStore.class);

    private LibraryIo() {
    }

    /** A storage call. */
    interface Io<T> {
        T call() throws IOException;
    }

    static <T> T read(Io<T> io) throws LibraryException {
        try {
            return io.call();
        } catch (IOException | RuntimeException e) {
            log.error("library read failed: {}", e.toString());
            throw new LibraryException(Reason.STORAGE, "The server could not read the library ("
                    + e.getClass().getSimpleName() + "); nothing was changed.");
        }
    }

    static <T> T write(Io<T> io) throws LibraryException {
        try {
            return io.call();
        } catch (IOException | RuntimeException e) {
            log.error("library write failed: {}", e.toString());
            throw new LibraryException(Reason.STORAGE, "The server could not write the quiz to its disk ("
                    + e.getClass().getSimpleName() + "); what was saved before is unchanged.");
        }
    }
}
