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

    /** A read: refused as "could not read the library; nothing was changed". */
    static <T> T read(Io<T> io) throws LibraryException {
        return call(io, "read", "The server could not read the library (%s); nothing was changed.");
    }

    /** A write: refused as "could not write the quiz; what was saved before is unchanged". */
    static <T> T write(Io<T> io) throws LibraryException {
        return call(io, "write", "The server could not write the quiz to its disk (%s); what was saved before is unchanged.");
    }

    private static <T> T call(Io<T> io, String what, String sentence) throws LibraryException {
        try {
            return io.call();
        } catch (IOException | RuntimeException e) {
            log.error("library {} failed: {}", what, e.toString());
            throw new LibraryException(Reason.STORAGE, String.format(sentence, e.getClass().getSimpleName()));
        }
    }
}
