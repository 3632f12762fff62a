package quiznight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code quiznight --version}: the manifest's Implementation-Version and the runtime; release/check.sh checks the jar's. */
class ManifestVersionTest {

    @Test
    void versionLines_nameTheManifestVersion_andTheRuntimeRunningIt() {
        assertThat(ManifestVersion.lines("1.4.0", "17.0.15+6", "Debian", "/opt/quiznight/runtime"))
                .containsExactly("QuizNight 1.4.0", "Java 17.0.15+6 (Debian, /opt/quiznight/runtime)");
    }

    @Test
    void versionLines_withoutAManifestVersion_sayItIsADevelopmentBuild_insteadOfInventingANumber() {
        assertThat(ManifestVersion.lines(null, "17", "Debian", "/usr/lib/jvm/x")[0])
                .isEqualTo("QuizNight (development build: not run from quiznight.jar, no version in a manifest)");
        assertThat(ManifestVersion.lines(" ", "17", "Debian", "/usr/lib/jvm/x")[0]).contains("development build");
    }

    @Test
    void versionFlag_printsBothLines_andExitsZero_withoutStartingAServer() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out, true));
        int code = cli.execute("--version");
        assertThat(code).isZero();
        // Tests run from target/classes: no manifest, so the development line; the jar's is checked by release/check.sh.
        assertThat(out.toString().lines()).containsExactly(
                "QuizNight (development build: not run from quiznight.jar, no version in a manifest)",
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ", " + System.getProperty("java.home") + ")");
    }
}
