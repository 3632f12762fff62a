package quiznight.organisers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The organiser key of a server without {@code --organiser-key}: made at the first start (256 random bits) and kept
 * in the data folder, readable by its owner only (0600), so the printed host link keeps working after a restart.
 */
public final class OrganiserKey {
    public static final String FILE = "organiser.key";
    /** Shortest key accepted from {@code --organiser-key}: 16 characters. */
    public static final int MIN_LENGTH = 16;

    private OrganiserKey() {
    }

    /** The key kept in {@code dataDir}, made (and the folder created) when there is none. */
    public static String loadOrCreate(Path dataDir) throws IOException {
        return loadOrCreate(dataDir, FILE, "organiser key");
    }

    /**
     * A secret kept as the organiser key is (256 random bits, {@code 0600}), in the file {@code name} of
     * {@code dataDir}: made at the first start, read at every later one (the server's shuffle secret too).
     *
     * @param what what the secret is, for the message when the file holds none
     */
    public static String loadOrCreate(Path dataDir, String name, String what) throws IOException {
        Path file = dataDir.resolve(name);
        if (Files.exists(file)) {
            String key = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (key.length() < MIN_LENGTH) {
                throw new IOException(file + " holds no " + what + " (at least " + MIN_LENGTH
                        + " characters): delete it and a new one is made at the next start");
            }
            return key;
        }
        Files.createDirectories(dataDir);
        String key = Secrets.random256();
        Path tmp = dataDir.resolve(name + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, key + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(tmp);
            return loadOrCreate(dataDir, name, what);
        }
        return key;
    }
}
