package quiznight.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import static net.logstash.logback.argument.StructuredArguments.kv;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each finished game's result to the results folder, atomically (temp file, then rename), off the
 * event loops on one writer thread. {@link #close()} waits for every pending write.
 */
public final class ResultsStore implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ResultsStore.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path dir;
    private final ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "quiznight-results");
        t.setDaemon(false);
        return t;
    });

    public ResultsStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Queues the result for writing; the future completes with the file once it is on disk. */
    public CompletableFuture<Path> write(GameResult result) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return writeNow(result);
            } catch (IOException e) {
                log.error("results could not be written {} {} {}", kv("room", result.code()), kv("dir", dir.toString()),
                        kv("problem", e.toString()));
                throw new java.io.UncheckedIOException(e);
            }
        }, writer);
    }

    private Path writeNow(GameResult result) throws IOException {
        Files.createDirectories(dir);
        String name = "results-" + STAMP.format(Instant.ofEpochMilli(result.finishedAt())) + "-" + result.code();
        Path target = dir.resolve(name + ".json");
        Path tmp = Files.createTempFile(dir, name, ".tmp");
        try {
            mapper.writeValue(tmp.toFile(), result);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        log.info("results written {} {}", kv("room", result.code()), kv("file", target.toString()));
        return target;
    }

    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("results writer did not finish within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
