package quiznight.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static quiznight.browser.BrowserHarness.shot;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The game report on the host screen (issue 17): after the podium, "Report" shows the hardest question with its
 * share right, who may need help, a chart per question (an SVG image named by its title and values, the data also
 * as a table) and the player table; "Report (Excel)" downloads the workbook; a phone's "My answers" shows its own
 * answers against the right ones and saves as a page; the organiser's past games list it with its figures and open
 * its report again. Screenshots: report-*.png.
 */
class ReportBrowserTest extends SharedServerBrowserTest {
    @Test
    void afterTheGame_theHostOpensTheReport_seesTheHardestQuestionAndWhoNeedsHelp_andDownloadsTheWorkbook() throws Exception {
        Page host = track(harness.hostPage(1920, 1080));
        Page ada = track(harness.phonePage(390, 844, "report phone ada"));
        Page bob = track(harness.phonePage(390, 844, "report phone bob"));

        String code = createRoom(host, "poll.json", "Browser test: a poll is ready: 2 questions");
        join(ada, code, "Ada");
        join(bob, code, "Bob");
        button(host, "Start").click();

        // Question 1: Ada is right (8000), Bob is not (8080). Question 2, a poll: both vote.
        ada.locator(".answer-btn[data-index='1']").click();
        bob.locator(".answer-btn[data-index='2']").click();
        button(host, "Leaderboard").click();
        button(host, "Next question").click();
        ada.locator(".answer-btn[data-index='0']").click();
        bob.locator(".answer-btn[data-index='2']").click();
        button(host, "Leaderboard").click();
        button(host, "Final results").click();
        assertThat(host.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Podium"))).isVisible();

        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Report").setExact(true)).click();
        assertThat(host.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Report").setExact(true))).isVisible();
        assertThat(host.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hardest questions"))).isVisible();
        assertThat(host.locator(".hardest-card")).hasCount(1);
        assertThat(host.locator(".hardest-card")).containsText("50% right");
        assertThat(host.locator(".hardest-card")).containsText("Which port does runserver use by default?");
        assertThat(host.locator(".report-help li")).hasText(new String[] {"Bob"});
        assertThat(host.locator(".report-stat").filter(new Locator.FilterOptions().setHasText("average accuracy")))
                .containsText("50%");

        Locator chart = host.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(Pattern.compile("^Answers to question 1 ")));
        assertThat(chart).isVisible();
        assertThat(chart.locator("desc")).hasText("80: 0, 8000: 1 (right), 8080: 1");
        assertThat(host.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(Pattern.compile("^Answers to question 2 "))))
                .isVisible();
        // A poll has no share right: its line gives only the time and how many answered.
        assertThat(host.locator(".report-question").nth(1).locator(".report-qline"))
                .hasText(Pattern.compile("^\\d+\\.\\d s on average · 2 answered$"));
        assertThat(host.locator(".report-question").nth(0).locator(".report-qline")).containsText("50% right");

        Locator rows = host.locator(".report-players tbody tr");
        assertThat(rows).hasCount(2);
        assertThat(rows.nth(0).getByRole(AriaRole.ROWHEADER)).hasText("Ada");
        assertThat(rows.nth(0).locator(".outcome").first()).hasAttribute("title", "right: 8000");
        assertThat(rows.nth(1).locator(".outcome").first()).hasAttribute("title", "wrong: 8080");
        assertThat(rows.nth(1).locator(".outcome").nth(1)).hasAttribute("title", "voted: Vim");
        WebClientBrowserTest.hostShots(host, "report-01");
        host.locator(".hf-report").evaluate("el => el.scrollTo(0, el.scrollHeight)");
        shot(host, "report-02-players-host-1920x1080");

        Download download = host.waitForDownload(() ->
                host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Report (Excel)")).click());
        assertThat(download.suggestedFilename()).isEqualTo("quiznight-" + code + ".xlsx");
        byte[] bytes = Files.readAllBytes(download.path());
        assertThat(new String(bytes, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");

        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back to the podium")).click();
        assertThat(host.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Podium"))).isVisible();

        // Each phone: "My answers", what they answered against the right answer, in words and not colour alone.
        button(bob, "My answers").click();
        assertThat(bob.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My answers"))).isVisible();
        Locator items = bob.locator(".recap-item");
        assertThat(items).hasCount(2);
        assertThat(items.nth(0).locator(".recap-outcome")).hasText(Pattern.compile("Not right"));
        assertThat(items.nth(0).locator(".recap-mine")).containsText("8080");
        assertThat(items.nth(0).locator(".right-answer")).containsText("8000");
        assertThat(items.nth(1).locator(".recap-outcome")).hasText(Pattern.compile("Answered"));
        assertThat(items.nth(1).locator(".recap-mine")).containsText("Vim");
        assertThat(bob.locator(".recap-sub")).containsText("0 of 1 right");
        shot(bob, "report-03-recap-phone-390x844");
        Download page = bob.waitForDownload(() -> button(bob, "Save as a page").click());
        String html = Files.readString(page.path());
        assertThat(html).startsWith("<!doctype html>").contains("My answers").contains("8080").doesNotContain("<script");
        button(bob, "Back to the podium").click();
        assertThat(button(bob, "My answers")).isVisible();

        // Later: the organiser's past games list the game with its figures, and open its report again.
        button(host, "New game").click();
        button(host, "Past games").click();
        assertThat(host.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Past games"))).isVisible();
        Locator game = host.locator(".past-row").filter(new Locator.FilterOptions().setHasText("room " + code));
        assertThat(game.locator(".past-figures")).hasText("2 players · 50% average accuracy");
        WebClientBrowserTest.hostShots(host, "report-04-past-games");
        game.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Report of "))).click();
        assertThat(host.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hardest questions"))).isVisible();
        assertThat(host.locator(".report-help li")).hasText(new String[] {"Bob"});
        button(host, "Back to the list").click();
        assertThat(game).isVisible();
        assertThat(harness.problems).isEmpty();
    }
}
