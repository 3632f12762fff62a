package quiznight.library;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * How the library writes: a whole file or nothing (a temporary file beside it, forced to the disk, then moved over
 * it), files {@code 0600} and folders {@code 0700} (on a file system with POSIX permissions). A temporary file a
 * crash left behind starts with '.' and ends in {@code .tmp}: the library ignores and removes it at start.
 */
public class LibraryFiles {
    static final String TMP_SUFFIX = ".tmp";
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    /** Writes {@code bytes} to {@code file} atomically: readers see the old file or the new one, never a part. */
    public void write(Path file, byte[] bytes) throws IOException {
        folder(file.getParent());
        Path tmp = temporary(file);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            restrict(tmp, "rw-------");
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The temporary file {@link #write} uses for {@code file}. */
    static Path temporary(Path file) {
        return file.resolveSibling("." + file.getFileName() + TMP_SUFFIX);
    }

    static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(TMP_SUFFIX);
    }

    /** Creates the folder (and parents) if needed and makes it {@code 0700}. */
    static void folder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
        }
        restrict(dir, "rwx------");
    }

    /** Removes a folder and everything in it. */
    static void removeTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void restrict(Path path, String mode) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
        }
    }
}
