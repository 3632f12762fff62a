package quiznight.quiz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the uploads folder at start without ever failing the start: one anonymous upload must not keep the
 * server down (a systemd unit would restart-loop). A file that cannot be loaded is moved to
 * {@code rejected/} with a logged reason, and the catalog lists it for the host screen.
 */
final class UploadedFiles {
    private static final Logger log = LoggerFactory.getLogger(UploadedFiles.class);

    private UploadedFiles() {
    }

    /** Adds each loadable upload to the catalog; returns those set aside. */
    static List<QuizCatalog.Rejected> load(Path dir, int maxQuestions, QuizCatalog catalog) {
        List<Path> files;
        try {
            files = QuizCatalog.quizFiles(dir);
        } catch (QuizFormatException e) {
            // Nothing was set aside: the operator reads this in the log, the host screen lists files only.
            log.error("uploaded quizzes are not loaded: {}", e.getMessage());
            return List.of();
        }
        List<QuizCatalog.Rejected> rejected = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String reason;
            try {
                var quiz = QuizCatalog.read(catalog.loader(), file, name, maxQuestions);
                if (quiz.isEmpty() || catalog.add(quiz.get())) {
                    continue;
                }
                reason = "another quiz already has the id \"" + quiz.get().id() + "\"";
            } catch (QuizFormatException e) {
                // Its message starts with the file's name, which the listing gives apart.
                String m = e.getMessage();
                reason = m.startsWith(name + ": ") ? m.substring(name.length() + 2) : m;
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                reason = "cannot be loaded (" + e + ")";
            }
            rejected.add(new QuizCatalog.Rejected(name, reason));
            setAside(dir, file, reason);
        }
        return List.copyOf(rejected);
    }

    private static void setAside(Path dir, Path file, String reason) {
        Path target = dir.resolve(QuizCatalog.REJECTED_DIR).resolve(file.getFileName());
        try {
            Files.createDirectories(target.getParent());
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
            log.error("uploaded quiz {} cannot be loaded and was moved to {}: {}", file, target, reason);
        } catch (IOException e) {
            log.error("uploaded quiz {} cannot be loaded ({}) and could not be moved aside ({}): it is skipped", file,
                    reason, e.toString());
        }
    }
}
