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
    private final QuizFiles quizzes;
    private OutputStream out;
    private boolean failed;
    /** The hash of the quiz this journal names, kept in {@link #quizzes} until it is deleted. */
    private String quizHash;

    public FileJournal(Path file, quiznight.metrics.Metrics metrics) throws IOException {
        this(file, metrics, new QuizFiles(file.getParent().resolve(QUIZZES_DIR)));
    }

    /** @param quizzes where the quizzes journals name are kept, shared by the journals of one data folder */
    public FileJournal(Path file, quiznight.metrics.Metrics metrics, QuizFiles quizzes) throws IOException {
        this.file = file;
        this.metrics = metrics;
        this.quizzes = quizzes;
        // Journals hold tokens: the folder is 0700 and each journal 0600.
        PrivateFiles.folder(file.getParent());
        PrivateFiles.file(file);
        this.out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE), 64 * 1024);
    }

    /** The folder, in the data folder, where the quizzes journals name are kept once per content hash. */
    public static final String QUIZZES_DIR = "quizzes";

    @Override
    public void keepQuiz(String hash, byte[] content) {
        try {
            quizzes.keep(hash, content);
            quizHash = hash;
        } catch (IOException e) {
            failed = true;
            log.warn("journal {}: its quiz cannot be kept ({}): this room will not survive a crash", file, e.toString());
        }
    }

    @Override
    public java.util.Optional<byte[]> keptQuiz(String hash) {
        try {
            java.util.Optional<byte[]> content = quizzes.read(hash);
            if (content.isPresent()) {
                quizHash = hash;
            }
            return content;
        } catch (IOException e) {
            log.warn("journal {}: its quiz {} cannot be read: {}", file, hash, e.toString());
            return java.util.Optional.empty();
        }
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
            appendJson(JSON.writeValueAsBytes(record));
        } catch (IOException e) {
            fail(e);
        }
    }

    @Override
    public void appendJson(byte[] record) {
        if (out == null || failed) {
            return;
        }
        try {
            out.write(record);
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
        if (quizHash != null) {
            quizzes.release(quizHash);
            quizHash = null;
        }
    }
}
