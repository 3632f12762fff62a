package quiznight.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static quiznight.browser.BrowserHarness.shot;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.WebSocketRoute;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A server newer than the page: a question of a kind the web client does not know (here the server's
 * {@code truefalse}, renamed {@code essay} on its way to the pages) shows "This question type needs a newer page:
 * reload" on the phone and the projector, at the question and at the reveal, and nothing breaks.
 */
class UnknownKindBrowserTest extends SharedServerBrowserTest {
    static final String NOTICE = "This question type needs a newer page: reload";
    static final Page.GetByTextOptions EXACT = new Page.GetByTextOptions().setExact(true);
    static final Locator.GetByTextOptions EXACT_IN = new Locator.GetByTextOptions().setExact(true);

    /** Passes the page's WebSocket through, renaming the kind {@code truefalse} to {@code essay} in what the server sends. */
    private Page renamingTrueFalse(Page page) {
        pages.add(page);
        page.routeWebSocket(Pattern.compile(".*/ws(\\?.*)?$"), ws -> {
            WebSocketRoute server = ws.connectToServer();
            ws.onMessage(frame -> server.send(frame.text()));
            server.onMessage(frame -> ws.send(frame.text().replace("\"kind\":\"truefalse\"", "\"kind\":\"essay\"")));
        });
        return page;
    }

    @Test
    void aQuestionOfAKindThePageDoesNotKnow_saysToReload_onThePhoneAndTheProjector_andNothingBreaks() {
        Page host = renamingTrueFalse(harness.hostPage(1280, 720));
        Page phone = renamingTrueFalse(harness.phonePage(390, 844, "phone"));
        host.navigate(harness.base + "/");
        host.locator("label.quiz-card[data-id='" + TestQuizzes.TYPED_ID + "']").click();
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create room")).click();
        assertThat(host.locator(".join-pin")).hasText(Pattern.compile("\\d{3} \\d{3}"));
        String code = host.locator(".join-pin").textContent().replace(" ", "");
        phone.navigate(harness.base + "/play?code=" + code);
        phone.locator("#nickname").fill("Newton");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join").setExact(true)).click();
        assertThat(phone.locator(".wait-name")).hasText("Newton");
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true)).click();

        // The question (a true/false the pages see as "essay"): its text, and the notice instead of an input.
        assertThat(host.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("JSON keys must be strings."))).isVisible();
        assertThat(host.getByText(NOTICE, EXACT)).isVisible();
        assertThat(phone.getByText(NOTICE, EXACT)).isVisible();
        assertThat(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reload").setExact(true))).isVisible();
        assertThat(phone.locator(".answer-btn")).hasCount(0);
        shot(host, "unknown-kind-01-question-host-1280x720");
        shot(phone, "unknown-kind-01-question-player-390x844");

        // The host can still move on: the reveal says the same, and so does the phone.
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the answer")).click();
        assertThat(host.locator(".hr")).isVisible();
        assertThat(host.locator(".hr-body").getByText(NOTICE, EXACT_IN)).isVisible();
        assertThat(phone.locator(".presult").getByText(NOTICE, EXACT_IN)).isVisible();
        shot(host, "unknown-kind-02-reveal-host-1280x720");
        shot(phone, "unknown-kind-02-reveal-player-390x844");

        // The next question is a known kind again and plays as usual.
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leaderboard")).click();
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next question")).click();
        assertThat(phone.locator("#typed-answer")).isVisible();
        assertThat(harness.problems).isEmpty();
    }
}
