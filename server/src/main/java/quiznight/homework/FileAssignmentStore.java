package quiznight.homework;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assignments' journals as files of JSON lines in {@code <data>/homework/<id>.journal}, one record a line, each
 * written and flushed to the file before the request is answered. They hold student tokens: the folder is 0700 and
 * the files 0600 where the file system has POSIX permissions. A torn last line (a crash mid-write) is skipped.
 */
public final class FileAssignmentStore implements AssignmentStore {
    private static final Logger log = LoggerFactory.getLogger(FileAssignmentStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUFFIX = ".journal";
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path dir;
    private final Map<String, OutputStream> open = new HashMap<>();

    public FileAssignmentStore(Path dataDir) throws IOException {
        this.dir = dataDir.resolve("homework");
        Files.createDirectories(dir);
        if (POSIX) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Override
    public void append(String id, ObjectNode record) {
        try {
            OutputStream out = open.get(id);
            if (out == null) {
                Path file = dir.resolve(id + SUFFIX);
                out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                        StandardOpenOption.WRITE);
                if (POSIX) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                }
                open.put(id, out);
            }
            out.write(JSON.writeValueAsBytes(record));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("the journal of homework " + id + " cannot be written", e);
        }
    }

    @Override
    public List<String> ids() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(SUFFIX))
                    .map(n -> n.substring(0, n.length() - SUFFIX.length())).sorted().toList();
        } catch (IOException e) {
            log.warn("homework folder {} cannot be listed: {}", dir, e.toString());
            return List.of();
        }
    }

    @Override
    public List<JsonNode> read(String id) {
        List<JsonNode> records = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(dir.resolve(id + SUFFIX), StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.warn("homework journal {} cannot be read: {}", id, e.toString());
            return records;
        }
        for (String line : lines) {
            try {
                JsonNode n = JSON.readTree(line);
                if (n != null && n.isObject()) {
                    records.add(n);
                    continue;
                }
            } catch (IOException e) {
                // a torn line: what follows cannot be trusted either
            }
            log.warn("homework journal {}: a torn record after {} records was skipped", id, records.size());
            break;
        }
        return records;
    }

    /** Closes the open journal files (the server stops). */
    @Override
    public void close() {
        for (OutputStream out : open.values()) {
            try {
                out.close();
            } catch (IOException e) {
                log.warn("a homework journal could not be closed: {}", e.toString());
            }
        }
        open.clear();
    }
}
