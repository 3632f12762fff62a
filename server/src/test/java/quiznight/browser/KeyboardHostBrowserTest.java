package quiznight.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static quiznight.browser.BrowserHarness.shot;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The host runs a game from setup to podium with the keyboard alone (issue 18): Tab to the quiz and the arrow keys to
 * pick it, Tab and Enter on Create room and Start, then the documented shortcuts (Space or → next, P pause) and Tab
 * with Enter on the screens' buttons. Every element Tab lands on shows a visible focus indicator (an outline or a
 * ring, under :focus-visible). A phone plays along by clicking; only the host is under test.
 */
class KeyboardHostBrowserTest extends A11yBrowserTest {
    /** Whether the focused element matches :focus-visible and it (or the label around it) draws a visible ring. */
    private static final String FOCUS_SHOWN = """
            () => {
              const e = document.activeElement;
              if (!e || e === document.body || !e.matches(':focus-visible')) return 'no visible focus on ' + (e?.outerHTML ?? 'nothing').slice(0, 120);
              const drawn = (x) => {
                if (!x) return false;
                const s = getComputedStyle(x);
                return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none');
              };
              return drawn(e) || drawn(e.closest('label')) ? 'ok' : 'focus not drawn on ' + e.outerHTML.slice(0, 120);
            }
            """;

    /** The focused element's accessible-ish name: aria-label, or its text (its label's for a radio, "radio: " first). */
    private static final String FOCUSED_NAME = """
            () => { const e = document.activeElement; return (e?.type === 'radio' ? 'radio: ' : '') + (e?.getAttribute('aria-label') || e?.closest('label')?.textContent || e?.textContent || '').replace(/\\s+/g, ' ').trim(); }
            """;

    /** Presses Tab until the focused element's name matches {@code name} (at most 60 times), checking each stop's focus ring. */
    private static void tabTo(Page page, Pattern name) {
        for (int i = 0; i < 60; i++) {
            page.keyboard().press("Tab");
            assertThat(page.evaluate(FOCUS_SHOWN)).as("after Tab #" + (i + 1)).isEqualTo("ok");
            if (name.matcher((String) page.evaluate(FOCUSED_NAME)).find()) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + name);
    }

    @Test
    void theHostRunsAGameFromSetupToPodium_withTheKeyboardOnly_andFocusIsAlwaysVisible() throws Exception {
        Page host = track(harness.hostPage(1280, 720));
        Page ada = track(harness.phonePage(390, 844, "keyboard-test phone"));
        host.navigate(harness.base + "/");
        assertThat(button(host, "Create room")).isVisible();

        // Tab into the quiz list and pick the typed quiz with the arrow keys.
        tabTo(host, Pattern.compile("^radio: "));
        for (int i = 0; i < 20 && !host.locator("label.quiz-card[data-id='" + TestQuizzes.TYPED_ID + "'] input").isChecked(); i++) {
            host.keyboard().press("ArrowDown");
        }
        assertThat(host.locator("label.quiz-card[data-id='" + TestQuizzes.TYPED_ID + "'] input")).isChecked();
        assertThat(host.evaluate(FOCUS_SHOWN)).isEqualTo("ok");
        shot(host, "a11y-03-keyboard-quiz-picked-host-1280x720");
        tabTo(host, Pattern.compile("^Create room$"));
        host.keyboard().press("Enter");
        Locator pin = host.locator(".join-pin");
        assertThat(pin).hasText(Pattern.compile("\\d{3} \\d{3}"));
        join(ada, pin.textContent().replace(" ", ""), "Ada");

        tabTo(host, Pattern.compile("^Start$"));
        shot(host, "a11y-04-keyboard-start-focused-host-1280x720");
        host.keyboard().press("Enter");

        // Question 1: P pauses and resumes; Space closes it (the reveal); Tab + Enter on Leaderboard; → next question.
        assertThat(host.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("JSON keys must be strings."))).isVisible();
        host.keyboard().press("p");
        assertThat(button(host, "Resume")).isVisible();
        host.keyboard().press("p");
        assertThat(button(host, "Pause")).isVisible();
        host.keyboard().press("Space");
        assertThat(button(host, "Leaderboard")).isVisible();
        tabTo(host, Pattern.compile("^Leaderboard$"));
        shot(host, "a11y-05-keyboard-leaderboard-focused-host-1280x720");
        host.keyboard().press("Enter");
        assertThat(button(host, "Next question")).isVisible();
        host.keyboard().press("ArrowRight");

        // Questions 2 and 3 by shortcuts alone: Space to the reveal, Space to the standings, Space on.
        assertThat(host.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Which manage.py command applies migrations?"))).isVisible();
        host.keyboard().press("Space");
        assertThat(button(host, "Leaderboard")).isVisible();
        host.keyboard().press("Space");
        assertThat(button(host, "Next question")).isVisible();
        host.keyboard().press("Space");
        assertThat(host.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Which port does runserver use by default?"))).isVisible();
        host.keyboard().press("Space");
        assertThat(button(host, "Leaderboard")).isVisible();
        host.keyboard().press("Space");
        assertThat(button(host, "Final results")).isVisible(); // the standings are up before Tab moves on
        tabTo(host, Pattern.compile("^Final results$"));
        host.keyboard().press("Enter");
        assertThat(host.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Podium"))).isVisible();
        tabTo(host, Pattern.compile("^Report$"));
        shot(host, "a11y-06-keyboard-podium-report-focused-host-1280x720");
        assertThat(harness.problems).isEmpty();
    }
}
