package quiznight.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.library.LibraryException.Reason;
import quiznight.quiz.QuizCatalog;

/** The library store in a data folder: the contract, and crashes, unreadable files and file modes. */
class LibraryStoreTest extends LibraryStoreContract {
    @TempDir
    Path dir;

    @Override
    protected LibraryStorage storage() throws IOException {
        return FileLibraryStorage.open(dir.resolve("library"));
    }

    @Override
    protected int storedVersions(String id) throws IOException {
        return versionFiles(id).size();
    }

    @Override
    protected boolean stored(String id) {
        return Files.exists(quizDir(id));
    }

    @Override
    protected boolean goneOutlivesARestart() {
        return false; // the folder is removed; the server remembers the latest deleted ids until it stops
    }

    LibraryStore reopen(LibraryFiles files) throws IOException {
        return LibraryStore.open(dir.resolve("library"), catalog, clock::millis, 5, 50, files);
    }

    @Test
    void aCrashMidWrite_leavesTheLastVersionCurrent_andItsTemporaryFileIsIgnoredAndRemovedAtStart() throws Exception {
        String id = store.create(ME, quiz("Saved", 1)).id();
        LibraryStore crashing = restartWith(new LibraryFiles() {
            @Override
            public void write(Path file, byte[] bytes) throws IOException {
                Files.write(temporary(file), java.util.Arrays.copyOf(bytes, bytes.length / 2));
                throw new IOException("disk died mid-write");
            }
        });

        assertThatThrownBy(() -> crashing.save(ME, id, 1, quiz("Lost", 2)))
                .extracting(e -> ((LibraryException) e).reason()).isEqualTo(Reason.STORAGE);
        assertThat(crashing.get(ME, id).version()).isEqualTo(1);
        assertThat(crashing.save(ME, id, 1, quiz("Saved", 1)).version()).isEqualTo(1);
        Path tmp = quizDir(id).resolve(".v2.json.tmp");
        assertThat(tmp).exists();

        LibraryStore reloaded = restart();

        assertThat(reloaded.get(ME, id).version()).isEqualTo(1);
        assertThat(reloaded.get(ME, id).draft().get("title").asText()).isEqualTo("Saved");
        assertThat(tmp).doesNotExist();
        assertThat(reloaded.save(ME, id, 1, quiz("Next", 1)).version()).isEqualTo(2);
    }

    @Test
    void aVersionFileThatCannotBeRead_isSkippedAtStart_theOneBeforeItIsCurrent() throws Exception {
        String id = store.create(ME, quiz("One", 1)).id();
        store.save(ME, id, 1, quiz("Two", 1));
        Files.writeString(quizDir(id).resolve("v2.json"), "{\"version\": 2, \"draft\": ");

        LibraryStore reloaded = restart();

        assertThat(reloaded.get(ME, id).draft().get("title").asText()).isEqualTo("One");
        assertThat(catalog.find(id).orElseThrow().title()).isEqualTo("One");
    }

    @Test
    void filesArePrivate_0600_inFolders0700() throws Exception {
        String id = store.create(ME, quiz("Private", 1)).id();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(quizDir(id).resolve("v1.json")))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(quizDir(id)))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(quizDir(id).getParent()))).isEqualTo("rwx------");
    }

    LibraryStore restartWith(LibraryFiles files) throws Exception {
        catalog = QuizCatalog.load(null);
        return reopen(files);
    }

    Path quizDir(String id) {
        return dir.resolve("library").resolve(LibraryLoader.ownerFolder(ME)).resolve(id);
    }

    List<Path> versionFiles(String id) throws IOException {
        try (Stream<Path> s = Files.list(quizDir(id))) {
            return s.filter(p -> p.getFileName().toString().matches("v\\d+\\.json")).toList();
        }
    }
}
