package quiznight.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static quiznight.browser.BrowserHarness.shot;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Real names for a class (issue 17), by roles and visible text: the host ticks "Ask for real names (for the report
 * only)"; a phone's first join is refused and the form shows a "Real name" field; the phone joins with it; the name
 * shows on no screen but the report, whose players table has a "Real name" column. Screenshots: realname-*.png.
 */
class RealNameBrowserTest extends SharedServerBrowserTest {
    private static final String FIELD = "Real name (only your teacher sees it in the report)";

    @Test
    void thePhoneIsAskedForItsRealNameAfterTheFirstJoin_andOnlyTheReportShowsIt() throws Exception {
        Page host = track(harness.hostPage(1920, 1080));
        Page ada = track(harness.phonePage(390, 844, "real name phone ada"));

        host.navigate(harness.base + "/");
        host.locator("#quiz-file").setInputFiles(Path.of(RealNameBrowserTest.class.getResource("/browser/poll.json").toURI()));
        assertThat(host.getByText("Browser test: a poll is ready: 2 questions")).isVisible();
        host.getByLabel("Ask for real names (for the report only)").check();
        WebClientBrowserTest.hostShots(host, "realname-00-setup");
        button(host, "Create room").click();
        Locator pin = host.locator(".join-pin");
        assertThat(pin).hasText(Pattern.compile("\\d{3} \\d{3}"));
        String code = pin.textContent().replace(" ", "");

        ada.navigate(harness.base + "/play?code=" + code);
        ada.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Nickname").setExact(true)).fill("Ada");
        assertThat(ada.getByLabel(FIELD)).hasCount(0);
        button(ada, "Join").click();
        Locator real = ada.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(FIELD));
        assertThat(real).isVisible();
        assertThat(real).isFocused();
        assertThat(ada.getByRole(AriaRole.ALERT)).containsText("only your teacher sees it");
        shot(ada, "realname-01-join-390x844");
        real.fill("Ada Lovelace");
        button(ada, "Join").click();
        assertThat(ada.getByText("Ada", new Page.GetByTextOptions().setExact(true)).first()).isVisible();
        assertThat(host.getByText("Ada", new Page.GetByTextOptions().setExact(true)).first()).isVisible();

        button(host, "Start").click();
        ada.locator(".answer-btn[data-index='1']").click();
        button(host, "Leaderboard").click();
        button(host, "Next question").click();
        ada.locator(".answer-btn[data-index='0']").click();
        button(host, "Leaderboard").click();
        button(host, "Final results").click();
        assertThat(host.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Podium"))).isVisible();
        assertThat(host.getByText("Ada Lovelace")).hasCount(0);
        assertThat(ada.getByText("Ada Lovelace")).hasCount(0);

        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Report").setExact(true)).click();
        Locator table = host.locator(".report-players");
        assertThat(table.getByRole(AriaRole.COLUMNHEADER)).containsText(new String[] {"Rank", "Name", "Real name", "Score"});
        assertThat(table.locator("tbody tr").first()).containsText("Ada Lovelace");
        for (int[] size : new int[][] {{1920, 1080}, {1280, 720}}) {
            host.setViewportSize(size[0], size[1]);
            host.locator(".hf-report").evaluate("el => el.scrollTo(0, el.scrollHeight)");
            host.waitForTimeout(150);
            shot(host, "realname-02-report-host-" + size[0] + "x" + size[1]);
        }
    }
}
