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
 * Maths and code in a question (issue 15): `$…$` typeset by the vendored KaTeX on the projector and the phone (with
 * MathML for screen readers), money left as text, and the code snippet highlighted by the vendored highlight.js,
 * all under the server's strict CSP (the harness fails on any console error). Screenshots: maths-code-*.png.
 */
class RichTextBrowserTest extends SharedServerBrowserTest {
    @Test
    void mathsIsTypesetAndCodeHighlighted_onTheProjectorAndThePhone_andMoneyStaysText() throws Exception {
        Page host = harness.hostPage(1280, 720);
        Page phone = harness.phonePage(390, 844, "maths phone");
        pages.add(host);
        pages.add(phone);
        join(phone, createRoom(host, "maths-code.json", "Browser test: maths and code is ready: 1 question"), "Ada");
        button(host, "Start").click();

        for (Locator title : List.of(host.locator("#hq-text"), phone.locator("#pq-title"))) {
            // "$n = 3$" is maths (KaTeX HTML plus MathML), "$5 to call" is money and stays as typed.
            assertThat(title.locator(".katex")).hasCount(1);
            assertThat(title.locator("math")).hasCount(1);
            assertThat(title).containsText("if it costs $5 to call?");
            assertThat(title).not().containsText("$n");
        }
        // The choices are typeset too: one of them displayed ($$…$$).
        assertThat(host.locator(".choice-text .katex")).hasCount(3);
        assertThat(host.locator(".choice-text .katex-display")).hasCount(1);
        // The snippet: Python keywords and the comment coloured, the text unchanged.
        Locator code = host.locator("pre.code code");
        assertThat(code.locator(".hljs-keyword").first()).hasText("def");
        assertThat(code.locator(".hljs-comment")).hasText("# the square of n");
        assertThat(code).hasText("def square(request, n):\n    # the square of n\n    return HttpResponse(str(n ** 2))");
        WebClientBrowserTest.hostShots(host, "maths-code-01-question");
        shot(phone, "maths-code-01-question-player-390x844");

        phone.locator(".answer-btn[data-index='0']").click();
        assertThat(host.locator(".explanation-text .katex")).hasCount(2);
        assertThat(phone.locator(".explanation-text .katex").first()).isVisible();
        assertThat(phone.locator(".right-answer .katex")).hasCount(1);
        assertThat(phone.locator(".right-answer")).not().containsText("$n");
        WebClientBrowserTest.hostShots(host, "maths-code-02-reveal");
        shot(phone, "maths-code-02-reveal-player-390x844");
        assertThat(harness.problems).isEmpty();
    }
}
