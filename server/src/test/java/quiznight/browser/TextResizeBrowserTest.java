package quiznight.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static quiznight.browser.BrowserHarness.shot;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text resized to 200 % on a 390×844 phone (WCAG 1.4.4, issue 18): the root font size set to 200 % (every rem doubles,
 * as with a phone's text size setting), the phone plays every kind; on each screen the text really is twice as big, nothing scrolls sideways,
 * no text is cut off inside a box that hides its overflow, and every control the kind needs can be scrolled to and
 * used. Colour is never the only carrier: every answer tile keeps its letter and its shape. Screenshots:
 * target/screenshots/a11y-text200-*.png.
 */
class TextResizeBrowserTest extends A11yBrowserTest {
    /**
     * Sets the root font size to 200 % of the browser's default (through the CSSOM, which the page's CSP allows): every
     * rem-sized text doubles, as with a phone's text size setting. Returns the root font size in px after it.
     */
    private static double doubleText(Page page) {
        page.evaluate("() => { document.documentElement.style.fontSize = '200%'; }");
        return ((Number) page.evaluate("() => parseFloat(getComputedStyle(document.documentElement).fontSize)")).doubleValue();
    }

    /** What is lost on the page now: sideways scrolling, text cut off by a box that hides its overflow, or an input's value cut off. */
    @SuppressWarnings("unchecked")
    private static List<String> losses(Page page) {
        return (List<String>) page.evaluate("""
                () => {
                  const out = [];
                  const over = document.documentElement.scrollWidth - window.innerWidth;
                  if (over > 0) out.push('the page scrolls sideways by ' + over + 'px');
                  for (const e of document.querySelectorAll('main *, header *')) {
                    if (e.closest('.sr-only, [hidden], svg') || !e.textContent.trim() || e.getClientRects().length === 0) continue;
                    const box = e.getBoundingClientRect();
                    if (box.width <= 1 && box.height <= 1) continue; // visually hidden on purpose, for screen readers

                    const s = getComputedStyle(e);
                    const hides = (v) => v === 'hidden' || v === 'clip';
                    if ((hides(s.overflowX) && e.scrollWidth > e.clientWidth + 1) || (hides(s.overflowY) && e.scrollHeight > e.clientHeight + 1)) {
                      out.push('text cut off in <' + e.tagName.toLowerCase() + ' class="' + e.className + '">: ' + e.textContent.trim().slice(0, 40));
                    }
                  }
                  for (const e of document.querySelectorAll('main input:not([type=range]):not([type=checkbox]):not([type=radio])')) {
                    if (e.value && e.scrollWidth > e.clientWidth + 1) out.push('input text cut off in #' + e.id + ': ' + e.value.slice(0, 40));
                  }
                  return out;
                }
                """);
    }

    private static void assertNothingLost(Page page, String screen) {
        assertThat(losses(page)).as(screen + " at 200 % text").isEmpty();
    }

    /** Each of {@code controls} can be scrolled into view and is then inside the viewport, enabled and not covered. */
    private static void assertReachable(Page page, Locator controls, String screen) {
        int n = controls.count();
        assertThat(n).as(screen + ": controls").isPositive();
        for (int i = 0; i < n; i++) {
            Locator c = controls.nth(i);
            c.scrollIntoViewIfNeeded();
            Object hit = c.evaluate("""
                    (e) => { const b = e.getBoundingClientRect(); const x = b.left + b.width / 2, y = b.top + b.height / 2;
                      const top = document.elementFromPoint(x, y);
                      return b.right <= window.innerWidth + 1 && b.left >= -1 && (top === e || e.contains(top)); }
                    """);
            assertThat(hit).as(screen + ": control " + i + " reachable and not covered").isEqualTo(true);
        }
    }

    @Test
    void atTwiceTheTextSize_thePhonePlaysEveryKind_withoutSidewaysScrollOrCutText_andTilesKeepLetterAndShape() throws Exception {
        Page host = track(harness.hostPage(1280, 720));
        Page ada = track(harness.phonePage(390, 844, "text 200% phone"));
        String code = createRoom(host, AccessibilityScanBrowserTest.QUIZ, AccessibilityScanBrowserTest.READY);
        ada.navigate(harness.base + "/play?code=" + code);
        assertThat(doubleText(ada)).as("root font size at 200 %% text").isGreaterThanOrEqualTo(32.0);
        assertNothingLost(ada, "join");
        shot(ada, "a11y-text200-01-join-phone-390x844");
        ada.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Nickname").setExact(true)).fill("Ada");
        button(ada, "Join").click();
        assertThat(ada.getByText("Ada", new Page.GetByTextOptions().setExact(true)).first()).isVisible();
        assertNothingLost(ada, "lobby");
        button(host, "Start").click();

        List<KindPlay> plays = KindPlay.ALL;
        for (int i = 0; i < plays.size(); i++) {
            KindPlay play = plays.get(i);
            Locator title = ada.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(play.text()).setExact(true));
            assertThat(title).isVisible();
            double size = ((Number) title.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")).doubleValue();
            assertThat(size).as(play.kind() + ": the question's text grew with the setting").isGreaterThanOrEqualTo(30.0);
            assertNothingLost(ada, "question: " + play.kind());
            Locator controls = ada.locator(".pq-answer").getByRole(AriaRole.BUTTON)
                    .or(ada.locator(".pq-answer").getByRole(AriaRole.TEXTBOX))
                    .or(ada.locator(".pq-answer").getByRole(AriaRole.SLIDER));
            assertReachable(ada, controls, "question: " + play.kind());
            Locator tiles = ada.locator(".answer-btn");
            for (int t = 0; t < tiles.count(); t++) {
                assertThat(tiles.nth(t).locator(".choice-letter")).hasText(String.valueOf((char) ('A' + t)));
                assertThat(tiles.nth(t).locator(".choice-shape")).isVisible();
            }
            if (List.of("single", "order", "slider").contains(play.kind())) {
                shot(ada, "a11y-text200-02-question-" + play.kind() + "-phone-390x844");
            }
            play.answer(ada);
            assertThat(ada.locator(".presult")).isVisible();
            assertNothingLost(ada, "result: " + play.kind());
            if (i == 0) {
                shot(ada, "a11y-text200-03-result-phone-390x844");
            }
            button(host, "Leaderboard").click();
            button(host, i == plays.size() - 1 ? "Final results" : "Next question").click();
        }
        assertThat(button(ada, "My answers")).isVisible();
        assertNothingLost(ada, "finished");
        shot(ada, "a11y-text200-04-finished-phone-390x844");
        button(ada, "My answers").click();
        assertThat(ada.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My answers"))).isVisible();
        assertNothingLost(ada, "recap");
        assertThat(harness.problems).isEmpty();
    }
}
