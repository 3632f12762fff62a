package quiznight.organisers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrganiserKeyTest {

    @Test
    void theFirstStartMakesA256BitKey_readableByItsOwnerOnly_andLaterStartsReadTheSameKey(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        String key = OrganiserKey.loadOrCreate(data);
        assertThat(key).matches("[A-Za-z0-9_-]{43}");
        Path file = data.resolve(OrganiserKey.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(OrganiserKey.loadOrCreate(data)).isEqualTo(key);
        assertThat(OrganiserKey.loadOrCreate(dir.resolve("other"))).isNotEqualTo(key);
    }

    @Test
    void aKeyFileThatHoldsNoKey_stopsTheStartSayingWhatToDo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(OrganiserKey.FILE), "\n");
        assertThatThrownBy(() -> OrganiserKey.loadOrCreate(dir)).hasMessageContaining("holds no organiser key")
                .hasMessageContaining("delete it");
    }
}
