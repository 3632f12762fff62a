package quiznight.browser;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The accessibility browser tests (issue 18): long games on a shared, busy box, so their assertions wait up to 15 s
 * (the pages' own actions already do) rather than Playwright's default 5 s.
 */
abstract class A11yBrowserTest extends SharedServerBrowserTest {
    @BeforeAll
    static void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }
}
