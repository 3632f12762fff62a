package quiznight.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quiznight.testing.TestServer;

/** The host page asks for the organiser key when the browser is not signed in; signed in, it creates rooms; sign-out ends it. */
class OrganiserSignInBrowserTest {
    @TempDir
    Path tmp;

    @Test
    void aBrowserNotSignedIn_seesTheSignInForm_aWrongKeyIsSaid_theRightOneSignsIn_andTheRoomIsCreated_thenSignOut() throws Exception {
        try (BrowserHarness harness = BrowserHarness.start(tmp)) {
            Page host = harness.signedOutHostPage(1280, 720);
            host.navigate(harness.base + "/");
            assertThat(host.getByLabel("Organiser key")).isVisible();
            assertThat(host.locator("label.quiz-card")).hasCount(0);
            BrowserHarness.shot(host, "organiser-sign-in-host-1280x720");

            host.getByLabel("Organiser key").fill("not-the-key-of-this-server");
            host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            assertThat(host.locator(".signin-message")).containsText("The organiser key is wrong");

            host.getByLabel("Organiser key").fill(TestServer.ORGANISER_KEY);
            host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            assertThat(host.locator("label.quiz-card").first().locator("input")).isChecked();
            assertThat(host.context().cookies()).anySatisfy(c -> {
                assertThat(c.name).isEqualTo("quiznight_organiser");
                assertThat(c.httpOnly).isTrue();
            });
            // Sign-out sits in the setup screen's top bar (never over a game screen) and ends the session.
            host.getByTestId("sign-out").click();
            assertThat(host.getByLabel("Organiser key")).isVisible();

            host.getByLabel("Organiser key").fill(TestServer.ORGANISER_KEY);
            host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create room")).click();
            assertThat(host.locator(".join-pin")).hasText(Pattern.compile("\\d{3} \\d{3}"));
            assertThat(host.getByTestId("sign-out")).isHidden();
            // The browser logs the wrong key's 403 itself; nothing else went wrong.
            assertThat(harness.problems).singleElement().asString().contains("status of 403");
            host.context().close();
        }
    }

    @Test
    void theHostLinkWithTheKey_signsIn_andLeavesTheKeyOutOfTheAddressBar() throws Exception {
        try (BrowserHarness harness = BrowserHarness.start(tmp)) {
            Page host = harness.signedOutHostPage(1280, 720);
            host.navigate(harness.base + "/?key=" + TestServer.ORGANISER_KEY);
            assertThat(host.locator("label.quiz-card").first().locator("input")).isChecked();
            assertThat(host.url()).isEqualTo(harness.base + "/");
            assertThat(harness.problems).isEmpty();
            host.context().close();
        }
    }
}
