package quiznight.room;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Journals hold host and player tokens: the data folder is {@code 0700} and its files {@code 0600}, as results
 * are. On a file system without POSIX permissions (Windows) nothing is changed.
 */
final class PrivateFiles {
    private static final Logger log = LoggerFactory.getLogger(PrivateFiles.class);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    /** Creates the folder (and its parents) if needed, and makes it {@code 0700}. */
    static void folder(Path dir) throws IOException {
        Files.createDirectories(dir);
        restrict(dir, "rwx------");
    }

    /** Creates an empty file {@code 0600} unless it exists, and makes it {@code 0600} if it does. */
    static void file(Path file) throws IOException {
        if (!Files.exists(file)) {
            try {
                Files.createFile(file);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // created meanwhile: made private below
            }
        }
        restrict(file, "rw-------");
    }

    private static void restrict(Path path, String mode) {
        if (!POSIX) {
            return;
        }
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
        } catch (IOException | UnsupportedOperationException e) {
            log.warn("{} could not be made private ({}): {}", path, mode, e.toString());
        }
    }
}
