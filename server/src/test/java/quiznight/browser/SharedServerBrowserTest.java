package quiznight.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static quiznight.browser.BrowserHarness.shot;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Pattern;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The life of a browser test class whose tests share one server and one Chromium: the harness starts once per
 * class, the pages a test opens ({@link #track}) are closed after it, a failing test leaves a screenshot of each of
 * its pages (target/screenshots/FAILED-*.png), and the console problems of one test do not leak into the next.
 */
abstract class SharedServerBrowserTest {
    @TempDir
    static Path tmp;
    static BrowserHarness harness;
    final List<Page> pages = new ArrayList<>();

    @BeforeAll
    static void startHarness() throws Exception {
        harness = BrowserHarness.start(tmp);
    }

    @AfterAll
    static void stopHarness() {
        if (harness != null) {
            harness.close();
        }
    }

    @RegisterExtension
    final AfterTestExecutionCallback failureShots = context -> {
        if (context.getExecutionException().isPresent()) {
            for (int i = 0; i < pages.size(); i++) {
                try {
                    shot(pages.get(i), "FAILED-" + context.getRequiredTestMethod().getName() + "-page" + i);
                } catch (RuntimeException e) {
                    // the page may be gone
                }
            }
        }
    };

    @AfterEach
    void closePages() {
        for (Page p : pages) {
            p.context().close();
        }
        pages.clear();
        if (harness != null) {
            harness.problems.clear();
        }
    }

    /** Closes {@code p} (and its context) after the test, and screenshots it if the test fails. */
    Page track(Page p) {
        pages.add(p);
        return p;
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /**
     * The host uploads the test quiz {@code resource} (under src/test/resources/browser/), waits for
     * "{@code ready}", creates the room and returns its six-digit code.
     */
    static String createRoom(Page host, String resource, String ready) throws URISyntaxException {
        host.navigate(harness.base + "/");
        host.locator("#quiz-file").setInputFiles(Path.of(SharedServerBrowserTest.class.getResource("/browser/" + resource).toURI()));
        assertThat(host.getByText(ready)).isVisible();
        button(host, "Create room").click();
        Locator pin = host.locator(".join-pin");
        assertThat(pin).hasText(Pattern.compile("\\d{3} \\d{3}"));
        return pin.textContent().replace(" ", "");
    }

    /** The phone joins room {@code code} as {@code name} and waits until its name shows. */
    static void join(Page phone, String code, String name) {
        phone.navigate(harness.base + "/play?code=" + code);
        phone.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Nickname").setExact(true)).fill(name);
        button(phone, "Join").click();
        assertThat(phone.getByText(name, new Page.GetByTextOptions().setExact(true)).first()).isVisible();
    }
}
