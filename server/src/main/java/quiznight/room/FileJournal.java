package quiznight.room;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A journal as a file of JSON lines, one record a line, in the data folder. Used on its room's loop only. */
public final class FileJournal implements Journal {
    private static final Logger log = LoggerFactory.getLogger(FileJournal.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final quiznight.metrics.Metrics metrics;
    private OutputStream out;
    private boolean failed;

    public FileJournal(Path file, quiznight.metrics.Metrics metrics) throws IOException {
        this.file = file;
        this.metrics = metrics;
        Files.createDirectories(file.getParent());
        this.out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE), 64 * 1024);
    }

    public static Path fileFor(Path dataDir, String code) {
        return dataDir.resolve("room-" + code + ".journal");
    }

    @Override
    public void append(ObjectNode record) {
        if (out == null || failed) {
            return;
        }
        try {
            out.write(JSON.writeValueAsBytes(record));
            out.write('\n');
            metrics.journalWrites(1);
        } catch (IOException e) {
            fail(e);
        }
    }

    @Override
    public void flush() {
        if (out == null || failed) {
            return;
        }
        try {
            out.flush();
        } catch (IOException e) {
            fail(e);
        }
    }

    private void fail(IOException e) {
        failed = true;
        log.warn("journal {} cannot be written ({}): this room will not survive a crash", file, e.toString());
    }

    @Override
    public void close() {
        if (out == null) {
            return;
        }
        try {
            out.close();
        } catch (IOException e) {
            fail(e);
        }
        out = null;
    }

    @Override
    public void delete() {
        close();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("journal {} could not be removed: {}", file, e.toString());
        }
    }
}
