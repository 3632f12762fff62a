package quiznight.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static quiznight.browser.BrowserHarness.shot;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The {@code poll} kind on both screens (issue 14), by roles and visible text: the host uploads a quiz with a scored
 * question and a poll (src/test/resources/browser/poll.json), two phones play; at the poll the phones vote, are
 * thanked, and keep their score; the projector shows the distribution with percentages and no right answer.
 * Screenshots of the poll screens go to target/screenshots/poll-*.png.
 */
class PollBrowserTest extends SharedServerBrowserTest {
    /** The phone's answer tile for choice {@code index} (A is 0). */
    private static Locator tile(Page phone, int index) {
        return phone.locator(".answer-btn[data-index='" + index + "']");
    }

    /** The element whose whole text is {@code text}. */
    private static Locator text(Page page, String text) {
        return page.getByText(text, new Page.GetByTextOptions().setExact(true));
    }

    private static int score(Page phone) {
        return Integer.parseInt(phone.locator(".pt-score").textContent().replaceAll("[^0-9]", ""));
    }

    @Test
    void twoPhonesVoteInAPoll_areThankedWithTheirVoteAndKeepTheirScore_andTheProjectorShowsTheDistributionWithNoRightAnswer()
            throws Exception {
        Page host = track(harness.hostPage(1920, 1080));
        Page ada = track(harness.phonePage(390, 844, "poll phone ada"));
        Page bob = track(harness.phonePage(390, 844, "poll phone bob"));

        // The host uploads the quiz (a single-choice question, then a poll) and creates the room.
        String code = createRoom(host, "poll.json", "Browser test: a poll is ready: 2 questions");
        join(ada, code, "Ada");
        join(bob, code, "Bob");
        button(host, "Start").click();

        // Question 1 scores: Ada is right, Bob is not.
        assertThat(host.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Which port does runserver use by default?"))).isVisible();
        tile(ada, 1).click();
        tile(bob, 2).click();
        assertThat(text(ada, "Correct!")).isVisible();
        int adaScore = score(ada);
        assertThat(adaScore).isPositive();
        button(host, "Leaderboard").click();
        button(host, "Next question").click();

        // Question 2, the poll: the hint asks for a vote on both screens, the projector counts who voted.
        assertThat(host.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Which editor do you use most?"))).isVisible();
        assertThat(text(host, "Vote: pick one")).isVisible();
        assertThat(host.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Answers")).getByRole(AriaRole.LISTITEM)).hasCount(4);
        assertThat(host.locator(".pill-double")).hasCount(0);
        assertThat(text(ada, "Vote: pick one")).isVisible();
        assertThat(ada.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Vote: pick one")).getByRole(AriaRole.BUTTON)).hasCount(4);
        WebClientBrowserTest.hostShots(host, "poll-01-question");
        shot(ada, "poll-01-question-player-390x844");

        tile(ada, 0).click();
        assertThat(text(ada, "Vote in")).isVisible();
        assertThat(ada.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Vote in"))).containsText("VS Code");
        assertThat(host.locator(".answered-num")).hasText("1");
        shot(ada, "poll-02-voted-player-390x844");
        tile(bob, 2).click();

        // Everyone voted: the reveal. Phones: thanks and the vote, no verdict, no points, the score as it was.
        for (Page phone : List.of(ada, bob)) {
            assertThat(text(phone, "Thanks for voting")).isVisible();
            assertThat(phone.getByText("Correct")).hasCount(0);
            assertThat(phone.getByText("Not quite")).hasCount(0);
            assertThat(phone.getByText(Pattern.compile("Wrong|Right answer"))).hasCount(0);
            assertThat(phone.locator(".verdict-points")).hasCount(0);
        }
        assertThat(ada.locator(".presult")).containsText("VS Code");
        assertThat(bob.locator(".presult")).containsText("Vim");
        assertThat(score(ada)).isEqualTo(adaScore);
        assertThat(score(bob)).isZero();

        // Projector: a bar per choice with its count and share, no right choice marked, no "got it right".
        Locator chart = host.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("A: 1 (50%), B: 0 (0%), C: 1 (50%), D: 0 (0%)"));
        assertThat(chart).isVisible();
        assertThat(host.locator(".bar-col .bar-count")).hasText(new String[] {"1", "0", "1", "0"});
        assertThat(host.locator(".bar-col .bar-pct")).hasText(new String[] {"50%", "0%", "50%", "0%"});
        assertThat(host.locator(".bar-col.is-right, .choice.is-right, .right-mark")).hasCount(0);
        assertThat(text(host, "2 votes")).isVisible();
        assertThat(host.locator(".hr")).not().containsText("right");
        assertThat(host.getByText("Thanks: next time we pick the demos to match.")).isVisible();
        WebClientBrowserTest.hostShots(host, "poll-03-reveal");
        shot(ada, "poll-03-reveal-player-390x844");

        // The poll changed no standing: Ada still leads with the same score.
        button(host, "Leaderboard").click();
        assertThat(ada.locator(".pstand-rank")).hasText("1st");
        assertThat(score(ada)).isEqualTo(adaScore);
        assertThat(harness.problems).isEmpty();
    }
}
