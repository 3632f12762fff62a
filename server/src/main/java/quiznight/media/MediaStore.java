package quiznight.media;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pictures organisers uploaded, content-addressed: a picture's id is the SHA-256 of the uploaded bytes, so
 * the same picture uploaded again is found before it is decoded and nothing new is stored. Each picture is two
 * files in the media folder ({@code <id>-p.<ext>}, the projector size, and {@code <id>-m.<ext>}, the phone
 * size) and a small {@code <id>.json} (sizes, bytes, owners) written last, so a picture is there only once all
 * of it is. Files are {@code 0600}, the folder {@code 0700}, as the other data. Each owner (an organiser; one
 * "default" owner until organisers exist) may keep at most a set number of bytes of stored files; a picture two
 * owners uploaded counts for both. Stored files are immutable: recently served ones are kept in memory (at most
 * {@value #CACHE_BYTES} bytes). Without a folder (tests) everything is kept in memory.
 */
public final class MediaStore {
    private static final Logger log = LoggerFactory.getLogger(MediaStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    /** A stored file's name: the id, the size (p or m) and the extension. */
    public static final Pattern NAME = Pattern.compile("([0-9a-f]{64})-([pm])\\.(png|jpg)");
    static final long CACHE_BYTES = 32L * 1024 * 1024;

    /** An accepted picture; {@code created} is false when it was stored already. */
    public record Stored(String id, String ext, int width, int height, long bytes, boolean created) {
        public String projector() {
            return id + "-p." + ext;
        }

        public String phone() {
            return id + "-m." + ext;
        }
    }

    /** What {@code <id>.json} holds. */
    record Entry(String ext, int width, int height, long bytes, TreeSet<String> owners) {
    }

    private final Path dir;
    private final long maxBytesPerOwner;
    private final ImagePipeline.Decoder decoder;
    private final MediaShare share;
    private final Map<String, Entry> entries = new HashMap<>();
    private final Map<String, Long> usedByOwner = new HashMap<>();
    /** The files, when there is no folder. */
    private final Map<String, byte[]> memory = new ConcurrentHashMap<>();
    private final Map<String, byte[]> cache = new LinkedHashMap<>(64, 0.75f, true);
    private long cachedBytes;

    private MediaStore(Path dir, long maxBytesPerOwner, ImagePipeline.Decoder decoder, MediaShare share) {
        this.dir = dir;
        this.maxBytesPerOwner = maxBytesPerOwner;
        this.decoder = decoder;
        this.share = share;
    }

    /**
     * The store in {@code dir} (created on the first picture), with the pictures stored there before.
     *
     * @param dir              the media folder; null keeps pictures in memory only
     * @param maxBytesPerOwner the most bytes of stored files one owner may have
     */
    public static MediaStore open(Path dir, long maxBytesPerOwner, ImagePipeline.Decoder decoder, MediaShare share) {
        MediaStore store = new MediaStore(dir, maxBytesPerOwner, decoder, share);
        if (dir != null && Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.getFileName().toString().matches("[0-9a-f]{64}\\.json")).forEach(store::load);
            } catch (IOException e) {
                log.warn("the media folder {} cannot be listed: {}", dir, e.toString());
            }
        }
        return store;
    }

    private void load(Path sidecar) {
        String name = sidecar.getFileName().toString();
        try {
            Entry e = JSON.readValue(sidecar.toFile(), Entry.class);
            entries.put(name.substring(0, 64), e);
            for (String owner : e.owners()) {
                usedByOwner.merge(owner, e.bytes(), Long::sum);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("media entry {} cannot be read, its picture is ignored: {}", sidecar, e.toString());
        }
    }

    /**
     * Stores an uploaded picture for {@code owner}: found by its hash when stored already (nothing decoded, nothing
     * written; counted for this owner if it was another's), else decoded, checked and stored. Called on the media
     * thread; may throw an {@link Error} from decoding (the caller answers it).
     */
    public Stored accept(byte[] upload, String owner) throws MediaException, IOException {
        String id = sha256(upload);
        synchronized (this) {
            Entry known = entries.get(id);
            if (known != null) {
                if (!known.owners().contains(owner)) {
                    checkQuota(owner, known.bytes());
                    TreeSet<String> owners = new TreeSet<>(known.owners());
                    owners.add(owner);
                    Entry shared = new Entry(known.ext(), known.width(), known.height(), known.bytes(), owners);
                    writeEntry(id, shared);
                    entries.put(id, shared);
                    usedByOwner.merge(owner, known.bytes(), Long::sum);
                }
                return new Stored(id, known.ext(), known.width(), known.height(), known.bytes(), false);
            }
            checkQuota(owner, 1);
        }
        ImagePipeline.Processed p = decoder.process(upload);
        long bytes = p.projector().length + (long) p.phone().length;
        Stored stored = new Stored(id, p.ext(), p.width(), p.height(), bytes, true);
        synchronized (this) {
            checkQuota(owner, bytes);
            write(stored.projector(), p.projector());
            write(stored.phone(), p.phone());
            Entry e = new Entry(p.ext(), p.width(), p.height(), bytes, new TreeSet<>(java.util.Set.of(owner)));
            writeEntry(id, e);
            entries.put(id, e);
            usedByOwner.merge(owner, bytes, Long::sum);
        }
        share.put(stored.projector(), p.projector());
        share.put(stored.phone(), p.phone());
        return stored;
    }

    private void checkQuota(String owner, long bytes) throws MediaException {
        long used = usedByOwner.getOrDefault(owner, 0L);
        if (used + bytes > maxBytesPerOwner) {
            throw new MediaException(MediaException.Reason.QUOTA, String.format(Locale.ROOT,
                    "The pictures stored for you take %s of the %s allowed%s: nothing was stored. Remove pictures "
                            + "you no longer use, or ask whoever runs the server for more room.",
                    mb(used), mb(maxBytesPerOwner), bytes > 1 ? " and this one needs " + mb(bytes) : ""));
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** Bytes of stored files counted for {@code owner}. */
    public synchronized long usedBy(String owner) {
        return usedByOwner.getOrDefault(owner, 0L);
    }

    /** A stored file already in memory, without touching the disk (for the event loop); null when it is not. */
    public byte[] cached(String name) {
        byte[] b = memory.get(name);
        if (b != null) {
            return b;
        }
        synchronized (cache) {
            return cache.get(name);
        }
    }

    /** A stored file by its name ({@link #NAME}), read from the disk when needed (blocks: not on an event loop). */
    public Optional<byte[]> read(String name) throws IOException {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        byte[] b = cached(name);
        if (b != null || dir == null) {
            return Optional.ofNullable(b);
        }
        try {
            b = Files.readAllBytes(dir.resolve(name));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        keepInCache(name, b);
        return Optional.of(b);
    }

    /** Keeps a file another server stored (cluster mode) in memory, to serve it again without asking. */
    public void keepInCache(String name, byte[] b) {
        if (b.length > CACHE_BYTES / 4) {
            return;
        }
        synchronized (cache) {
            if (cache.put(name, b) == null) {
                cachedBytes += b.length;
            }
            var it = cache.entrySet().iterator();
            while (cachedBytes > CACHE_BYTES && it.hasNext()) {
                cachedBytes -= it.next().getValue().length;
                it.remove();
            }
        }
    }

    private void write(String name, byte[] bytes) throws IOException {
        if (dir == null) {
            memory.put(name, bytes);
            return;
        }
        Files.createDirectories(dir);
        restrict(dir, "rwx------");
        Path tmp = Files.createTempFile(dir, ".upload-", ".tmp"); // 0600 on POSIX
        try {
            Files.write(tmp, bytes);
            restrict(tmp, "rw-------");
            try {
                Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void writeEntry(String id, Entry e) throws IOException {
        if (dir != null) {
            write(id + ".json", JSON.writeValueAsBytes(e));
        }
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

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
