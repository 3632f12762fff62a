package quiznight.browser;

import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * axe-core (vendored under src/test/resources/axe/, see its README: test classpath only, never served) run on the
 * page as it is now. {@link #check} fails on any serious or critical violation of the WCAG 2.0/2.1/2.2 A and AA
 * rules, naming for each its rule id, impact, help URL and the elements (CSS targets) with what is wrong.
 * The script is evaluated through the DevTools protocol, so the page's strict CSP is left as it is.
 */
final class Axe {
    /** The rule sets run: WCAG 2.2 AA and everything below it. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final String SOURCE = load();

    /** Waits for finite animations (a screen's entrance, bars growing) so colours are measured as they end. */
    private static final String SETTLE = """
            async () => {
              const finite = document.getAnimations().filter((a) => {
                const t = a.effect?.getComputedTiming?.();
                return t && Number.isFinite(t.endTime);
              });
              await Promise.race([Promise.all(finite.map((a) => a.finished.catch(() => null))),
                new Promise((r) => setTimeout(r, 2000))]);
              await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            }
            """;

    /** Runs axe; returns one line per serious or critical violation, with its nodes indented under it. */
    private static final String RUN = """
            async (tags) => {
              const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
              return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) =>
                `${v.id} (${v.impact}): ${v.help} ${v.helpUrl}\\n` + v.nodes.slice(0, 8).map((n) =>
                  `    ${JSON.stringify(n.target)}: ${(n.failureSummary ?? '').replace(/\\s+/g, ' ')}`).join('\\n'));
            }
            """;

    private Axe() {
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The serious and critical violations on {@code page} now, one description each (empty when none). */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(Page page) {
        page.evaluate(SETTLE);
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate(SOURCE + "\n;undefined"); // a script, not a function: evaluated as it is
        }
        return (List<String>) page.evaluate(RUN, TAGS);
    }

    /** Fails, naming {@code phase}, when axe finds a serious or critical violation on {@code page}. */
    static void check(Page page, String phase) {
        List<String> found = seriousViolations(page);
        if (!found.isEmpty()) {
            fail("axe found " + found.size() + " serious/critical violation(s) on \"" + phase + "\" (" + page.url() + "):\n"
                    + String.join("\n", found));
        }
    }
}
