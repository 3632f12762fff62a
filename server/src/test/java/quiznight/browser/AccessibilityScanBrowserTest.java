package quiznight.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * axe-core on every screen of both sides in every phase (issue 18): the host's setup, lobby, each of the nine kinds'
 * question and reveal, the standings, the podium, the report, past games and the editor; the phone's join, lobby,
 * each kind's question, "answered" and result, the standings, the podium and "My answers"; the host's phone remote.
 * The same game's second phone reads Arabic (right to left) and is scanned in every phase too, so each kind's phone
 * screens are checked in both directions without a second game; a projector reading Arabic is scanned on the reveals
 * of the kinds drawn as charts and clouds (order, slider, word cloud; screenshots
 * target/screenshots/a11y-ar-reveal-*-host-1280x720.png). Zero serious or critical violations of WCAG 2.2 A/AA
 * ({@link Axe#check} names the rule, targets and help URL).
 */
class AccessibilityScanBrowserTest extends A11yBrowserTest {
    static final String QUIZ = "a11y-all-kinds.json";
    static final String READY = "Browser test: every kind is ready: 9 questions";
    private static final Pattern REMOTE_TOKEN = Pattern.compile("remote-qr\\.svg\\?token=([A-Za-z0-9_-]+)");

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void everyScreenOfTheHostAndThePhone_inEveryPhaseOfEveryKind_hasNoSeriousOrCriticalAxeViolation() throws Exception {
        Page host = track(harness.hostPage(1920, 1080));
        Page ada = track(harness.phonePage(390, 844, "axe phone ada"));
        Page bob = track(harness.phonePage(390, 844, "axe phone bob (Arabic)", "ar-EG"));

        host.navigate(harness.base + "/");
        assertThat(button(host, "Create room")).isVisible();
        Axe.check(host, "host setup");
        String code = createRoom(host, QUIZ, READY);

        ada.navigate(harness.base + "/play?code=" + code);
        assertThat(button(ada, "Join")).isVisible();
        Axe.check(ada, "phone join");
        join(ada, code, "Ada");
        bob.navigate(harness.base + "/play?code=" + code);
        assertThat(bob.locator("html")).hasAttribute("dir", "rtl");
        Axe.check(bob, "Arabic phone join");
        bob.locator("#nickname").fill("Bob");
        bob.locator(".join-form button[type=submit]").click();
        assertThat(bob.locator(".wait-name")).hasText("Bob");
        Axe.check(host, "host lobby");
        Axe.check(ada, "phone lobby");
        Axe.check(bob, "Arabic phone lobby");
        button(host, "Start").click();

        List<KindPlay> plays = KindPlay.ALL;
        for (int i = 0; i < plays.size(); i++) {
            KindPlay play = plays.get(i);
            assertThat(heading(host, play.text())).isVisible();
            assertThat(heading(ada, play.text())).isVisible();
            Axe.check(host, "host question: " + play.kind());
            Axe.check(ada, "phone question: " + play.kind());
            assertThat(bob.locator(".pq")).isVisible();
            Axe.check(bob, "Arabic phone question: " + play.kind());
            play.answer(ada);
            assertThat(ada.locator(".pq-locked:not([hidden])")).isVisible();
            Axe.check(ada, "phone answered: " + play.kind());
            play.answerInAnyLanguage(bob);

            assertThat(button(host, "Leaderboard")).isVisible();
            assertThat(ada.locator(".presult")).isVisible();
            Axe.check(host, "host reveal: " + play.kind());
            Axe.check(ada, "phone result: " + play.kind());
            assertThat(bob.locator(".presult")).isVisible();
            Axe.check(bob, "Arabic phone result: " + play.kind());
            button(host, "Leaderboard").click();
            boolean last = i == plays.size() - 1;
            assertThat(button(host, last ? "Final results" : "Next question")).isVisible();
            if (i == 0 || last) {
                assertThat(ada.locator(".pstand")).isVisible();
                Axe.check(host, "host standings");
                Axe.check(ada, "phone standings");
                assertThat(bob.locator(".pstand")).isVisible();
                Axe.check(bob, "Arabic phone standings");
            }
            button(host, last ? "Final results" : "Next question").click();
        }

        assertThat(host.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Podium"))).isVisible();
        assertThat(button(ada, "My answers")).isVisible();
        host.waitForTimeout(3500); // the podium's places rise one after another
        Axe.check(host, "host podium");
        Axe.check(ada, "phone finished");
        Axe.check(bob, "Arabic phone finished");
        button(ada, "My answers").click();
        assertThat(ada.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My answers"))).isVisible();
        Axe.check(ada, "phone recap");
        button(bob, "إجاباتي").click(); // "My answers"
        assertThat(bob.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("إجاباتي"))).isVisible();
        Axe.check(bob, "Arabic phone recap");

        button(host, "Report").click();
        assertThat(host.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hardest questions"))).isVisible();
        Axe.check(host, "host report");
        button(host, "Back to the podium").click();
        button(host, "New game").click();
        button(host, "Past games").click();
        assertThat(host.locator(".past-row").first()).isVisible();
        Axe.check(host, "host past games");

        host.navigate(harness.base + "/");
        button(host, "My quizzes").click();
        assertThat(host.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My quizzes"))).isVisible();
        Axe.check(host, "editor: quiz list");
        button(host, "New quiz").click();
        assertThat(host.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Title").setExact(true))).isVisible();
        Axe.check(host, "editor: a new quiz");
        assertThat(harness.problems).isEmpty();
    }

    @Test
    void theProjectorsRevealOfASliderAnOrderAndAWordCloud_readInArabic_hasNoSeriousOrCriticalAxeViolation() throws Exception {
        Page host = track(harness.hostPage(1280, 720, "ar-EG"));
        Page ada = track(harness.phonePage(390, 844, "axe Arabic reveals ada"));
        host.navigate(harness.base + "/");
        assertThat(host.locator("html")).hasAttribute("dir", "rtl");
        host.locator("#quiz-file").setInputFiles(java.nio.file.Path.of(getClass().getResource("/browser/" + QUIZ).toURI()));
        assertThat(host.locator(".upload-quiz-title")).hasText("Browser test: every kind");
        host.locator(".form-actions button[type=submit]").click();
        Locator pin = host.locator(".join-pin");
        assertThat(pin).hasText(Pattern.compile("\\d{3} \\d{3}"));
        join(ada, pin.textContent().replace(" ", ""), "Ada");
        host.locator(".lobby-actions .btn-primary").click();

        List<String> scanned = List.of("order", "slider", "wordcloud");
        for (KindPlay play : KindPlay.ALL) {
            assertThat(heading(host, play.text())).isVisible();
            play.answer(ada);
            assertThat(host.locator(".hr")).isVisible();
            if (scanned.contains(play.kind())) {
                host.waitForTimeout(300); // the reveal's bars and words settle
                BrowserHarness.shot(host, "a11y-ar-reveal-" + play.kind() + "-host-1280x720");
                Axe.check(host, "Arabic host reveal: " + play.kind());
            }
            if (play.kind().equals("wordcloud")) {
                break;
            }
            host.locator("body").press(" ");
            assertThat(host.locator(".hs")).isVisible();
            host.locator("body").press(" ");
        }
        assertThat(harness.problems).isEmpty();
    }

    @Test
    void theAxeHelper_failsOnAnUnnamedButton_namingTheRuleTheElementAndTheHelpPage() {
        Page page = track(harness.phonePage(390, 844, "axe self-test"));
        page.navigate(harness.base + "/play");
        page.evaluate("() => { const b = document.createElement('button'); b.id = 'nameless'; document.body.append(b); }");
        assertThat(Axe.seriousViolations(page)).singleElement().asString()
                .startsWith("button-name (critical): ").contains("https://dequeuniversity.com/rules/axe/").contains("#nameless");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Axe.check(page, "a page with a nameless button"))
                .hasMessageContaining("on \"a page with a nameless button\"").hasMessageContaining("button-name");
    }

    @Test
    void theHostsPhoneRemote_inTheLobbyAndDuringAQuestion_hasNoSeriousOrCriticalAxeViolation() throws Exception {
        Page host = track(harness.hostPage(1280, 720));
        Page remote = track(harness.phonePage(390, 844, "axe remote"));
        Page ada = track(harness.phonePage(390, 844, "axe remote-test ada"));
        String code = createRoom(host, QUIZ, READY);
        Matcher m = REMOTE_TOKEN.matcher(host.getByRole(AriaRole.IMG,
                new Page.GetByRoleOptions().setName("QR code: scan with your phone to control this room")).getAttribute("src"));
        assertThat(m.find()).isTrue();
        join(ada, code, "Ada");
        remote.navigate(harness.base + "/remote.html#" + code + "." + m.group(1));
        assertThat(remote.getByText("Lobby · 1 player", new Page.GetByTextOptions().setExact(true))).isVisible();
        Axe.check(remote, "remote lobby");
        button(remote, "Start").click();
        assertThat(remote.getByText("Question 1 of 9", new Page.GetByTextOptions().setExact(true))).isVisible();
        Axe.check(remote, "remote question");
        button(remote, "Pause").click();
        assertThat(button(remote, "Resume")).isVisible();
        Axe.check(remote, "remote paused");
        Axe.check(ada, "phone question, paused");
        assertThat(harness.problems).isEmpty();
    }
}
