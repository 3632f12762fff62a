package quiznight.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static quiznight.browser.BrowserHarness.shot;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 in Chromium, by roles and names: the projector's sound control (no audio before a gesture, the lobby loop
 * synthesised after one, mute remembered across a reload), the host granting Ada extra time from the lobby and only
 * her phone showing the longer timer, and reduced motion stopping the tiles' entrance. Screenshots go to
 * target/screenshots/sound-*.png and extra-time-*.png.
 */
class SoundAndExtraTimeBrowserTest extends SharedServerBrowserTest {
    /** Counts the audio contexts and oscillators the page makes (the page's own code is unchanged). */
    private static final String COUNT_AUDIO = """
            window.__audio = { contexts: 0, oscillators: 0 };
            const Real = window.AudioContext;
            window.AudioContext = class extends Real {
              constructor(...a) { super(...a); window.__audio.contexts++; }
              createOscillator() { window.__audio.oscillators++; return super.createOscillator(); }
            };
            """;

    private static int audio(Page page, String what) {
        return ((Number) page.evaluate("w => window.__audio[w]", what)).intValue();
    }

    private static Locator named(Page page, AriaRole role, String name) {
        return page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void theProjectorPlaysOnlyAfterAGesture_remembersMute_andAdaAloneSeesHerDoubleTime() {
        Page host = track(harness.hostPage(1920, 1080));
        host.addInitScript(COUNT_AUDIO);
        Page ada = track(harness.phonePage(390, 844, "extra-time phone ada"));
        Page bob = track(harness.phonePage(390, 844, "extra-time phone bob"));

        host.navigate(harness.base + "/");
        Locator sound = named(host, AriaRole.BUTTON, "Sound (starts after your first click)");
        assertThat(sound).hasAttribute("aria-pressed", "true", new LocatorAssertions.HasAttributeOptions().setTimeout(15_000));
        assertThat(named(host, AriaRole.SLIDER, "Volume")).hasValue("60");
        assertThat(audio(host, "contexts")).isZero();

        String code = WebClientBrowserTest.createRoom(host, TestQuizzes.MIXED_ID, null);
        // The click on "Create room" was the gesture: the lobby loop is being synthesised.
        assertThat(named(host, AriaRole.BUTTON, "Sound")).hasAttribute("aria-pressed", "true");
        host.waitForFunction("() => window.__audio.oscillators > 20");
        assertThat(audio(host, "contexts")).isEqualTo(1);

        WebClientBrowserTest.join(ada, code, "Ada");
        WebClientBrowserTest.join(bob, code, "Bob");
        named(host, AriaRole.BUTTON, "Ada has the normal time. Press for ×1.5 time.").click();
        named(host, AriaRole.BUTTON, "Ada has ×1.5 time. Press for ×2 time.").click();
        assertThat(named(host, AriaRole.BUTTON, "Ada has ×2 time. Press for the normal time.")).isVisible();
        assertThat(named(host, AriaRole.BUTTON, "Bob has the normal time. Press for ×1.5 time.")).isVisible();
        WebClientBrowserTest.hostShots(host, "sound-01-lobby-extra-time");

        // Mute, reload: still muted (remembered), and the control says so.
        named(host, AriaRole.BUTTON, "Sound").click();
        assertThat(named(host, AriaRole.BUTTON, "Sound")).hasAttribute("aria-pressed", "false");
        host.reload();
        assertThat(named(host, AriaRole.BUTTON, "Sound"))
                .hasAttribute("aria-pressed", "false", new LocatorAssertions.HasAttributeOptions().setTimeout(15_000));
        assertThat(host.locator(".join-pin")).hasText(Pattern.compile("\\d{3} \\d{3}"));
        named(host, AriaRole.BUTTON, "Sound").click();
        assertThat(named(host, AriaRole.BUTTON, "Sound")).hasAttribute("aria-pressed", "true");
        named(host, AriaRole.SLIDER, "Volume").fill("40");
        assertThat(named(host, AriaRole.SLIDER, "Volume")).hasAttribute("aria-valuetext", "40 %");

        button(host, "Start").click();
        // Ada's phone: her own 120 s (x2 of 60 s), said in words; Bob's: the shared 60 s, no such line.
        assertThat(ada.getByText("You have extra time: 120 seconds")).isVisible();
        assertThat(ada.getByRole(AriaRole.TIMER)).hasAttribute("aria-label", Pattern.compile("(1[01]\\d|120) seconds left"));
        assertThat(bob.getByRole(AriaRole.TIMER)).hasAttribute("aria-label", Pattern.compile("(5\\d|60) seconds left"));
        assertThat(bob.getByText("You have extra time", new Page.GetByTextOptions().setExact(false))).hasCount(0);
        assertThat(host.getByText("You have extra time", new Page.GetByTextOptions().setExact(false))).hasCount(0);
        shot(ada, "extra-time-01-question-player-390x844");
        shot(bob, "extra-time-01-question-other-player-390x844");
        WebClientBrowserTest.hostShots(host, "sound-02-question");

        // Reduced motion: the tiles appear without their entrance animation.
        host.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
        Object duration = host.evaluate("() => getComputedStyle(document.querySelector('.choice')).animationDuration");
        assertThat(duration).isEqualTo("0.001s");
        host.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.NO_PREFERENCE));
        assertThat(host.evaluate("() => getComputedStyle(document.querySelector('.choice')).animationDuration"))
                .isNotEqualTo("0.001s");

        WebClientBrowserTest.answerChoice(bob, 1);
        WebClientBrowserTest.answerChoice(ada, 1);
        assertThat(ada.getByText("Correct!", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(harness.problems).isEmpty();
    }
}
