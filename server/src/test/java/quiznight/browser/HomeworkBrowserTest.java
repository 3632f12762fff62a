package quiznight.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Homework in the browser (issue 17): the organiser sets an assignment from the host screen and gets its link and QR
 * code; two students on phones play it alone, each seeing the right answer after their own; one leaves mid-way and
 * comes back on the same phone at the right question; the organiser sees the progress and the report.
 * Screenshots: homework-*.png.
 */
class HomeworkBrowserTest extends SharedServerBrowserTest {

    private static void answerTyped(Page phone) {
        phone.locator("#typed-answer").fill("migrate");
        button(phone, "Submit").click();
    }

    @Test
    void theHostSetsHomework_twoStudentsPlayItAlone_andTheHostSeesProgressAndTheReport() {
        Page host = track(harness.hostPage(1920, 1080));
        host.navigate(harness.base + "/");
        button(host, "Homework").click();
        assertThat(host.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Homework").setExact(true))).isVisible();
        host.getByLabel("Quiz").selectOption("browser-typed");
        host.getByLabel("Title").fill("Django basics, week 1");
        WebClientBrowserTest.hostShots(host, "homework-01-new");
        button(host, "Create assignment").click();
        assertThat(host.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Django basics, week 1"))).isVisible();
        Locator link = host.locator(".hw-link");
        assertThat(link).hasText(Pattern.compile("/homework\\.html#[A-Za-z0-9_-]{12}$"));
        assertThat(host.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(Pattern.compile("^QR code of the homework link")))).isVisible();
        String url = link.textContent();
        WebClientBrowserTest.hostShots(host, "homework-02-link");

        // Ada plays it all: right, right, wrong; she sees each right answer after hers.
        Page ada = track(harness.phonePage(390, 844, "homework phone ada"));
        ada.navigate(url);
        assertThat(ada.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Django basics, week 1"))).isVisible();
        assertThat(ada.getByText(Pattern.compile("^3 questions · at most \\d+ minutes? · due "))).isVisible();
        BrowserHarness.shot(ada, "homework-03-student-intro-phone-390x844");
        ada.getByLabel("Your nickname").fill("Ada");
        button(ada, "Start").click();
        assertThat(ada.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("JSON keys must be strings."))).isVisible();
        assertThat(ada.locator(".right-answer")).hasCount(0);
        BrowserHarness.shot(ada, "homework-04-student-question-phone-390x844");
        ada.locator(".answer-btn[data-index='0']").click();
        assertThat(ada.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("^Right! \\+[\\d,]+ points$")))).isVisible();
        assertThat(ada.getByText("They must.")).isVisible();
        BrowserHarness.shot(ada, "homework-05-student-right-phone-390x844");
        button(ada, "Next question").click();
        answerTyped(ada);
        assertThat(ada.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("^Right! ")))).isVisible();
        button(ada, "Next question").click();
        ada.locator(".answer-btn[data-index='2']").click();
        assertThat(ada.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not right"))).isVisible();
        assertThat(ada.locator(".right-answer")).containsText("8000");
        BrowserHarness.shot(ada, "homework-06-student-wrong-phone-390x844");
        button(ada, "See my result").click();
        assertThat(ada.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Homework done!"))).isVisible();
        assertThat(ada.getByText("1st of 1 who finished so far")).isVisible();
        button(ada, "My answers").click();
        assertThat(ada.locator(".recap-item")).hasCount(3);
        BrowserHarness.shot(ada, "homework-07-student-done-phone-390x844");

        // Bob answers one, leaves, and comes back on the same phone at his second question.
        Page bob = track(harness.phonePage(390, 844, "homework phone bob"));
        bob.navigate(url);
        bob.getByLabel("Your nickname").fill("Bob");
        button(bob, "Start").click();
        bob.locator(".answer-btn[data-index='1']").click();
        assertThat(bob.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not right"))).isVisible();
        bob.reload();
        assertThat(bob.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Which manage.py command applies migrations?"))).isVisible();
        assertThat(bob.locator(".pq-top")).containsText("2 / 3");

        // The organiser's progress follows without a reload, then the report.
        assertThat(host.locator(".hw-figures")).containsText(Pattern.compile("2\\s*joined"));
        assertThat(host.locator(".hw-figures")).containsText(Pattern.compile("1\\s*finished"), new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        assertThat(host.locator(".hw-questions tbody tr").first()).containsText("50%");
        WebClientBrowserTest.hostShots(host, "homework-08-progress");
        button(host, "Report").click();
        assertThat(host.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hardest questions"))).isVisible();
        host.locator(".hw-report").scrollIntoViewIfNeeded();
        WebClientBrowserTest.hostShots(host, "homework-09-report");
        button(host, "Back").click();
        Locator row = host.locator(".hw-row").filter(new Locator.FilterOptions().setHasText("Django basics, week 1"));
        assertThat(row.locator(".past-figures")).hasText(Pattern.compile("^2 students · 1 finished · "));
        WebClientBrowserTest.hostShots(host, "homework-10-list");
        assertThat(harness.problems).isEmpty();
    }
}
