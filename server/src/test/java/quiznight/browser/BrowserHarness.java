package quiznight.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ScreenshotAnimations;
import com.microsoft.playwright.options.ScreenshotCaret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assumptions;
import quiznight.config.Settings;
import quiznight.net.QuizServer;

/**
 * A real server on a free loopback port (with the browser test quizzes, uploads saved under the temp dir) and Debian's headless Chromium driven by
 * Playwright, without any browser download. Each page gets its own browser context, so each has its own storage,
 * like separate phones. Records what the pages should never do: log errors, break the CSP, open dialogs.
 */
final class BrowserHarness implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final QuizServer server;
    final String base;
    private final Playwright playwright;
    private final Browser browser;
    /** Console errors, page errors and dialogs of every page: a test ends by asserting there were none. */
    final List<String> problems = new CopyOnWriteArrayList<>();

    private BrowserHarness(QuizServer server, Playwright playwright, Browser browser) {
        this.server = server;
        this.base = "http://127.0.0.1:" + server.port();
        this.playwright = playwright;
        this.browser = browser;
    }

    /**
     * The Chromium to drive: {@code CHROMIUM_PATH}, default {@code /usr/bin/chromium}. Missing: the test fails when
     * {@code CI=true} (CI installs it), and is skipped elsewhere with a message saying how to install it.
     */
    static Path chromium() {
        String configured = System.getenv("CHROMIUM_PATH");
        Path path = Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
        if (Files.isExecutable(path)) {
            return path;
        }
        String message = "Browser tests need Chromium at " + path + " (set CHROMIUM_PATH to use another one). "
                + "Install it with: sudo apt-get install -y chromium";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.abort(message);
        return path;
    }

    static BrowserHarness start(Path tmp) throws Exception {
        Path chromium = chromium();
        Path quizzes = Files.createDirectories(tmp.resolve("quizzes"));
        TestQuizzes.write(quizzes);
        Settings settings = Settings.defaults().withPort(0).withBind("127.0.0.1")
                .withQuizzesDir(quizzes).withResultsDir(tmp.resolve("results"))
                .with(b -> {
                    b.dataDir = tmp.resolve("data");
                    b.uploadsDir = tmp.resolve("uploads");
                    b.createsPerMinute = 10_000; // every page comes from 127.0.0.1
                    b.organiserKey = quiznight.testing.TestServer.ORGANISER_KEY;
                });
        QuizServer server = QuizServer.start(settings);
        Playwright playwright = null;
        try {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--no-first-run", "--disable-quic")));
            Files.createDirectories(SCREENSHOTS);
            return new BrowserHarness(server, playwright, browser);
        } catch (RuntimeException e) {
            if (playwright != null) {
                playwright.close();
            }
            server.close();
            throw e;
        }
    }

    /** A projector-sized host page of a browser signed in as the organiser (its context holds the session cookie). */
    Page hostPage(int width, int height) {
        Page page = signedOutHostPage(width, height);
        com.microsoft.playwright.APIResponse r = page.context().request().post(base + "/api/organiser/sign-in",
                com.microsoft.playwright.options.RequestOptions.create().setData(Map.of("key", quiznight.testing.TestServer.ORGANISER_KEY)));
        if (r.status() != 200) {
            throw new IllegalStateException("sign-in failed: " + r.status() + " " + r.text());
        }
        return page;
    }

    /** A projector-sized host page of a browser not signed in. */
    Page signedOutHostPage(int width, int height) {
        return page(new Browser.NewContextOptions().setViewportSize(width, height).setAcceptDownloads(true), "host");
    }

    /** A projector-sized host page signed in as the organiser, in a browser whose language list is {@code locale}. */
    Page hostPage(int width, int height, String locale) {
        Page page = page(new Browser.NewContextOptions().setViewportSize(width, height).setAcceptDownloads(true).setLocale(locale), "host " + locale);
        com.microsoft.playwright.APIResponse r = page.context().request().post(base + "/api/organiser/sign-in",
                com.microsoft.playwright.options.RequestOptions.create().setData(Map.of("key", quiznight.testing.TestServer.ORGANISER_KEY)));
        if (r.status() != 200) {
            throw new IllegalStateException("sign-in failed: " + r.status() + " " + r.text());
        }
        return page;
    }

    /** A phone whose browser's language list is {@code locale}. */
    Page phonePage(int width, int height, String label, String locale) {
        return page(new Browser.NewContextOptions().setViewportSize(width, height).setDeviceScaleFactor(2)
                .setIsMobile(true).setHasTouch(true).setLocale(locale), label);
    }

    /** A phone: touch, mobile viewport. */
    Page phonePage(int width, int height, String label) {
        return page(new Browser.NewContextOptions().setViewportSize(width, height).setDeviceScaleFactor(2)
                .setIsMobile(true).setHasTouch(true), label);
    }

    /** A desktop-sized player page (a laptop in the audience). */
    Page desktopPlayerPage(int width, int height, String label) {
        return page(new Browser.NewContextOptions().setViewportSize(width, height), label);
    }

    private Page page(Browser.NewContextOptions options, String label) {
        BrowserContext context = browser.newContext(options);
        Page page = context.newPage();
        page.setDefaultTimeout(15_000);
        page.onConsoleMessage((ConsoleMessage m) -> {
            if ("error".equals(m.type())) {
                problems.add(label + " console error: " + m.text());
            }
        });
        page.onPageError(e -> problems.add(label + " page error: " + e));
        page.onDialog(d -> {
            problems.add(label + " dialog opened: " + d.type() + " " + d.message());
            d.dismiss();
        });
        return page;
    }

    /** Saves a full-page screenshot as target/screenshots/NAME.png. */
    static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true)
                .setAnimations(ScreenshotAnimations.DISABLED).setCaret(ScreenshotCaret.HIDE));
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
            server.close();
        }
    }
}
