package quiznight.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static quiznight.browser.BrowserHarness.shot;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A game in teams (issue 16), by roles and visible text: the host picks "players pick their team" with 3 teams and
 * team talk; three phones are asked for their team when they join; each question opens with "Talk with your team";
 * the projector's standings show the teams (colour and name) and the top players of the leading team; each phone its
 * team, team rank and own share; the podium shows teams. Screenshots go to target/screenshots/teams-*.png.
 */
class TeamsBrowserTest extends SharedServerBrowserTest {
    private static Locator tile(Page phone, int index) {
        return phone.locator(".answer-btn[data-index='" + index + "']");
    }

    /** Waits for the answers to open after the team talk (a busy machine may take a while to get there). */
    private static void answersOpen(Page phone) {
        assertThat(tile(phone, 1)).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                .setTimeout(45_000));
    }

    private static Locator text(Page page, String text) {
        return page.getByText(text, new Page.GetByTextOptions().setExact(true));
    }

    /** The phone joins: asked for a team first, it picks {@code team}. */
    private static void joinTeam(Page phone, String code, String name, String team) {
        phone.navigate(harness.base + "/play?code=" + code);
        phone.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Nickname").setExact(true)).fill(name);
        button(phone, "Join").click();
        Locator pick = phone.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Pick your team"));
        assertThat(pick).isVisible();
        assertThat(phone.getByRole(AriaRole.ALERT)).hasText("Pick your team, then press Join.");
        pick.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(team)).check();
        button(phone, "Join").click();
        assertThat(phone.getByText(name, new Page.GetByTextOptions().setExact(true)).first()).isVisible();
        assertThat(phone.locator(".wait-team")).containsText(team);
    }

    @Test
    void threePhonesPickTheirTeams_talkBeforeAnswering_andTheProjectorShowsTeamStandingsAndATeamPodium() throws Exception {
        Page host = track(harness.hostPage(1920, 1080));
        Page ada = track(harness.phonePage(390, 844, "teams phone ada"));
        Page bob = track(harness.phonePage(390, 844, "teams phone bob"));
        Page cy = track(harness.phonePage(390, 844, "teams phone cy"));

        host.navigate(harness.base + "/");
        host.locator("#quiz-file").setInputFiles(java.nio.file.Path.of(
                TeamsBrowserTest.class.getResource("/browser/teams.json").toURI()));
        assertThat(host.getByText("Browser test: teams is ready: 2 questions")).isVisible();
        host.getByLabel("Teams", new Page.GetByLabelOptions().setExact(true)).selectOption("pick");
        host.getByLabel("Number of teams").selectOption("3");
        host.getByLabel("Team talk").selectOption("10");
        shot(host, "teams-00-setup-host-1280x720");
        button(host, "Create room").click();
        Locator pin = host.locator(".join-pin");
        assertThat(pin).hasText(java.util.regex.Pattern.compile("\\d{3} \\d{3}"));
        String code = pin.textContent().replace(" ", "");

        joinTeam(ada, code, "Ada", "Red Foxes");
        joinTeam(bob, code, "Bob", "Blue Whales");
        joinTeam(cy, code, "Cy", "Red Foxes");
        Locator teams = host.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Teams"));
        assertThat(teams.getByRole(AriaRole.LISTITEM)).hasText(new String[] {"Red Foxes2 players", "Blue Whales1 player",
                "Green Turtles0 players"});
        WebClientBrowserTest.hostShots(host, "teams-01-lobby");
        shot(ada, "teams-01-lobby-player-390x844");
        button(host, "Start").click();
        // Paused at once: the team talk stands still on every screen while they are checked, however slow the box.
        button(host, "Pause").click();

        // Team talk: the question shows, the answers wait.
        assertThat(text(ada, "Talk with your team")).isVisible();
        assertThat(tile(ada, 1)).isHidden();
        Locator talkClock = ada.locator(".team-talk .countdown");
        java.util.regex.Pattern paused = java.util.regex.Pattern.compile("(^|\\s)paused(\\s|$)");
        assertThat(talkClock).hasClass(paused);
        String held = ada.locator(".team-talk .cd-number").textContent();
        ada.waitForTimeout(1_500);
        assertThat(ada.locator(".team-talk .cd-number")).hasText(held);
        assertThat(text(host, "Talk with your team")).isVisible();
        button(host, "Resume").click();
        assertThat(talkClock).not().hasClass(paused);
        shot(ada, "teams-02-talk-player-390x844");
        WebClientBrowserTest.hostShots(host, "teams-02-talk");
        // Ada and Bob right, Cy wrong: Red Foxes score the mean of Ada's points and 0.
        for (Page phone : List.of(ada, bob, cy)) {
            answersOpen(phone);
        }
        tile(ada, 1).click();
        tile(bob, 1).click();
        tile(cy, 0).click();
        assertThat(text(ada, "Correct!")).isVisible();
        Locator adaTeam = ada.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Your team, Red Foxes"));
        assertThat(adaTeam).containsText("Team rank");
        assertThat(adaTeam).containsText("2nd of 3");
        assertThat(adaTeam).containsText("You brought");
        assertThat(bob.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Your team, Blue Whales")))
                .containsText("1st of 3");
        shot(ada, "teams-03-result-player-390x844");

        button(host, "Leaderboard").click();
        assertThat(host.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Team standings"))).isVisible();
        Locator board = host.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Team standings"));
        assertThat(board.locator(".board-name")).hasText(new String[] {"Blue Whales", "Red Foxes", "Green Turtles"});
        assertThat(host.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Top of Blue Whales"))).isVisible();
        assertThat(host.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Top players of Blue Whales"))).containsText("Bob");
        WebClientBrowserTest.hostShots(host, "teams-04-standings");
        assertThat(ada.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Your team, Red Foxes"))).isVisible();
        shot(ada, "teams-04-standings-player-390x844");

        button(host, "Next question").click();
        for (Page phone : List.of(ada, bob, cy)) {
            answersOpen(phone);
            tile(phone, 1).click();
        }
        assertThat(text(cy, "Correct!")).isVisible();
        button(host, "Leaderboard").click();
        button(host, "Final results").click();
        assertThat(host.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Podium"))).containsText("Blue Whales");
        assertThat(host.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Final team standings"))).isVisible();
        WebClientBrowserTest.hostShots(host, "teams-05-podium");
        assertThat(ada.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Your team, Red Foxes"))).isVisible();
        shot(ada, "teams-05-finished-player-390x844");
        org.assertj.core.api.Assertions.assertThat(harness.problems).isEmpty();
    }
}
