package quiznight.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The web client's files in memory: what is kept, and that missing paths cost nothing for good. */
class StaticFilesTest {

    @Test
    void missingPaths_areNotKeptInMemory() {
        StaticFiles files = new StaticFiles();
        for (int i = 0; i < 3_000; i++) {
            assertThat(files.find("/js/missing-" + i + ".js")).isEmpty();
        }
        assertThat(files.cached()).isZero();
    }

    @Test
    void aFileFound_isKeptAndServedAgainFromMemory() {
        StaticFiles files = new StaticFiles();
        StaticFiles.File first = files.find("/index.html").orElseThrow();
        assertThat(first.contentType()).startsWith("text/html");
        assertThat(files.find("/index.html")).containsSame(first);
        assertThat(files.cached()).isEqualTo(1);
    }
}
