package quiznight.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An uploaded file the server set aside at start shows as a line on the host's setup screen. */
class RejectedUploadsBrowserTest {
    @TempDir
    Path tmp;

    @Test
    void theSetupScreen_showsALineForAnUploadSetAsideAtStart_andTheQuizzesStillLoad() throws Exception {
        Files.createDirectories(tmp.resolve("uploads"));
        Files.writeString(tmp.resolve("uploads").resolve("broken.json"), "{\"title\": \"cut off");
        try (BrowserHarness harness = BrowserHarness.start(tmp)) {
            Page host = harness.hostPage(1280, 720);
            host.navigate(harness.base + "/");
            assertThat(host.locator("label.quiz-card").first().locator("input")).isChecked();
            assertThat(host.locator(".rejected-uploads .notice")).hasCount(1);
            assertThat(host.locator(".rejected-uploads .notice")).containsText("broken.json");
            assertThat(host.locator(".rejected-uploads .notice")).containsText("rejected/");
            assertThat(host.locator(".rejected-uploads .notice")).containsText("not valid JSON");
            BrowserHarness.shot(host, "rejected-upload-setup-host-1280x720");
            assertThat(harness.problems).isEmpty();
            host.context().close();
        }
    }
}
