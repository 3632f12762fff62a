package quiznight.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static quiznight.browser.BrowserHarness.shot;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import quiznight.testing.WsClient;

/**
 * The host's phone as a remote (issue 16), by roles and visible text: the projector's lobby shows a second QR code,
 * "Control from your phone"; a phone opens its one-time link, starts the game, pauses it (the projector and the
 * players' phones say "Paused" and their clocks stand still), goes on and moves through the reveal and the standings
 * to the next question, while the laptop only displays. Screenshots: target/screenshots/remote-*.png.
 */
class HostRemoteBrowserTest extends SharedServerBrowserTest {
    private static final Pattern TOKEN = Pattern.compile("remote-qr\\.svg\\?token=([A-Za-z0-9_-]+)");

    private static Locator text(Page page, String text) {
        return page.getByText(text, new Page.GetByTextOptions().setExact(true));
    }

    @Test
    void thePhoneRemote_startsPausesResumesAndMovesOn_whileTheProjectorAndThePlayersFollow() throws Exception {
        Page host = track(harness.hostPage(1920, 1080));
        Page remote = track(harness.phonePage(390, 844, "remote phone"));
        Page ada = track(harness.phonePage(390, 844, "remote-test phone ada"));

        String code = createRoom(host, "poll.json", "Browser test: a poll is ready: 2 questions");
        assertThat(text(host, "Control from your phone")).isVisible();
        Locator qr = host.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("QR code: scan with your phone to control this room"));
        assertThat(qr).isVisible();
        assertThat(qr).hasAttribute("src", TOKEN);
        qr.evaluate("img => img.decode()");
        assertThat((Boolean) qr.evaluate("img => img.complete && img.naturalWidth > 0")).isTrue();
        Matcher m = TOKEN.matcher(qr.getAttribute("src"));
        assertThat(m.find()).isTrue();
        String link = harness.base + "/remote.html#" + code + "." + m.group(1);
        join(ada, code, "Ada");

        // The phone claims the link: the remote shows the room, and the link leaves its address bar.
        remote.navigate(link);
        assertThat(text(remote, "Lobby · 1 player")).isVisible();
        assertThat(remote.url()).doesNotContain(m.group(1));
        assertThat(remote.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove Ada"))).isVisible();
        assertThat(host.locator(".remote-note")).hasText("1 phone controls this room.");
        shot(remote, "remote-01-lobby-remote-390x844");
        WebClientBrowserTest.hostShots(host, "remote-01-lobby");

        // Start from the phone: the projector and Ada get the question; the remote counts answers and time.
        button(remote, "Start").click();
        assertThat(host.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Which port does runserver use by default?"))).isVisible();
        assertThat(text(remote, "Question 1 of 2")).isVisible();
        assertThat(text(remote, "0 of 1 answered")).isVisible();

        // Pause from the phone: everyone sees "Paused", and the clocks stand still.
        button(remote, "Pause").click();
        for (Page p : List.of(host, ada, remote)) {
            assertThat(p.locator(".pause-banner")).containsText("Paused");
        }
        assertThat(button(remote, "Resume")).hasAttribute("aria-pressed", "true");
        assertThat(button(host, "Resume")).isVisible(); // the projector's bar follows the phone
        String frozen = ada.locator(".cd-number").textContent();
        String frozenHost = host.locator(".cd-number").textContent();
        ada.waitForTimeout(1_600);
        assertThat(ada.locator(".cd-number")).hasText(frozen);
        assertThat(host.locator(".cd-number")).hasText(frozenHost);
        assertThat(ada.getByRole(AriaRole.TIMER)).hasAttribute("aria-label", Pattern.compile("^Paused with \\d+ seconds left$"));
        shot(remote, "remote-02-paused-remote-390x844");
        shot(ada, "remote-02-paused-player-390x844");
        WebClientBrowserTest.hostShots(host, "remote-02-paused");

        // Go on: the banner leaves, the clock runs again, Ada answers.
        button(remote, "Resume").click();
        for (Page p : List.of(host, ada, remote)) {
            assertThat(p.locator(".pause-banner")).not().containsText("Paused");
        }
        ada.waitForTimeout(1_200);
        assertThat(ada.locator(".cd-number")).not().hasText(frozen);
        ada.locator(".answer-btn[data-index='1']").click();
        assertThat(text(ada, "Correct!")).isVisible();
        assertThat(text(remote, "Answer of question 1")).isVisible();
        assertThat(text(remote, "1 answered, 1 right")).isVisible();

        // Through the standings to the next question, from the phone.
        button(remote, "Standings").click();
        assertThat(ada.locator(".pstand-rank")).hasText("1st");
        button(remote, "Next question").click();
        assertThat(host.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Which editor do you use most?"))).isVisible();
        assertThat(text(remote, "Question 2 of 2")).isVisible();
        shot(remote, "remote-03-question-remote-390x844");
        assertThat(harness.problems).isEmpty();
    }

    @Test
    void aUsedRemoteLink_isRefusedWithASentence() throws Exception {
        Page host = track(harness.hostPage(1280, 720));
        Page first = track(harness.phonePage(390, 844, "first remote"));
        Page second = track(harness.phonePage(390, 844, "second remote"));
        String code = createRoom(host, "poll.json", "Browser test: a poll is ready: 2 questions");
        assertThat(host.locator(".qr-remote")).hasAttribute("src", TOKEN);
        Matcher m = TOKEN.matcher(host.locator(".qr-remote").getAttribute("src"));
        assertThat(m.find()).isTrue();
        String link = harness.base + "/remote.html#" + code + "." + m.group(1);
        first.navigate(link);
        assertThat(text(first, "Lobby · 0 players")).isVisible();
        second.navigate(link);
        assertThat(text(second, "This remote link does not work")).isVisible();
        assertThat(second.getByText("That remote link was used already: make a new one on the host screen.")).isVisible();
        shot(second, "remote-04-used-link-remote-390x844");
        assertThat(harness.problems).isEmpty();
    }

    @Test
    void aBigLobby_onTheRemote_listsTheLast50Joiners_andCountsTheRest() throws Exception {
        Page host = track(harness.hostPage(1280, 720));
        Page remote = track(harness.phonePage(390, 844, "big lobby remote"));
        String code = createRoom(host, "poll.json", "Browser test: a poll is ready: 2 questions");
        Matcher m = TOKEN.matcher(host.locator(".qr-remote").getAttribute("src"));
        assertThat(m.find()).isTrue();
        List<WsClient> players = new java.util.ArrayList<>();
        try {
            for (int i = 1; i <= 55; i++) {
                WsClient p = WsClient.connect(harness.server.port());
                players.add(p);
                p.send("type", "join", "code", code, "name", "Player " + i);
                p.await("joined");
            }
            remote.navigate(harness.base + "/remote.html#" + code + "." + m.group(1));
            assertThat(text(remote, "Lobby · 55 players")).isVisible();
            assertThat(text(remote, "Players (55)")).isVisible();
            assertThat(text(remote, "and 5 more")).isVisible();
            Locator listed = remote.locator(".rc-players li");
            assertThat(listed).hasCount(50);
            assertThat(remote.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove Player 55"))).isVisible();
            // The first five to join are counted, not listed.
            assertThat(remote.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove Player 5").setExact(true)))
                    .hasCount(0);
            shot(remote, "remote-05-big-lobby-remote-390x844");
            assertThat(harness.problems).isEmpty();
        } finally {
            players.forEach(WsClient::close);
        }
    }
}
