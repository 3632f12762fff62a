package quiznight.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static quiznight.browser.BrowserHarness.shot;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code order}, {@code slider} and {@code wordcloud} kinds on both screens (issue 16), by roles and visible text:
 * the host uploads src/test/resources/browser/new-kinds.json, two phones play all three. Order: Ada taps the items
 * first to last, Bob uses the Move buttons (announced) and drags; slider: both slide and submit; word cloud: the
 * projector's cloud grows, the host hides a word with one click, words stay text. Screenshots of every new screen go
 * to target/screenshots/kinds-*.png.
 */
class NewKindsBrowserTest extends SharedServerBrowserTest {
    static final List<String> RIGHT = List.of("Fortran (1957)", "Lisp (1958)", "C (1972)", "Python (1991)");

    private static Locator text(Page page, String text) {
        return page.getByText(text, new Page.GetByTextOptions().setExact(true));
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
    }

    private static int score(Page phone) {
        return Integer.parseInt(phone.locator(".pt-score").textContent().replaceAll("[^0-9]", ""));
    }

    private static List<String> phoneOrder(Page phone) {
        return phone.locator(".order-input .order-text").allTextContents();
    }

    @Test
    void twoPhonesPlayAnOrderASliderAndAWordCloud_andTheProjectorRevealsEach() throws Exception {
        Page host = track(harness.hostPage(1920, 1080));
        Page ada = track(harness.phonePage(390, 844, "kinds phone ada"));
        Page bob = track(harness.phonePage(390, 844, "kinds phone bob"));
        String code = createRoom(host, "new-kinds.json", "Browser test: order, slider and word cloud is ready: 3 questions");
        join(ada, code, "Ada");
        join(bob, code, "Bob");
        button(host, "Start").click();

        // ---- order: the items come shuffled, never in the right order.
        assertThat(heading(host, "Put these languages in order of appearance, oldest first")).isVisible();
        assertThat(text(host, "Put them in order")).isVisible();
        assertThat(host.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Answers")).getByRole(AriaRole.LISTITEM)).hasCount(4);
        assertThat(ada.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Your order, first to last")).getByRole(AriaRole.LISTITEM))
                .hasCount(4);
        List<String> shown = phoneOrder(ada);
        assertThat(shown).containsExactlyInAnyOrderElementsOf(RIGHT).isNotEqualTo(RIGHT);
        WebClientBrowserTest.hostShots(host, "kinds-01-order-question");
        shot(ada, "kinds-01-order-question-player-390x844");

        // Ada taps them first to last (the fourth falls into place).
        for (String item : RIGHT.subList(0, 3)) {
            ada.locator(".order-tap").filter(new Locator.FilterOptions().setHasText(item)).click();
        }
        assertThat(ada.locator(".order-input .order-text")).hasText(RIGHT.toArray(String[]::new));

        // Bob moves the second item up with its button (the move is announced), then drags the first row to the end.
        String second = phoneOrder(bob).get(1);
        button(bob, "Move " + second + " up").click();
        assertThat(bob.locator(".pq-order [role=status]")).hasText(second + ": 1st of 4.");
        assertThat(bob.locator(".order-input .order-text").first()).hasText(second);
        assertThat(button(bob, "Move " + second + " up")).isDisabled();
        assertThat(button(bob, "Move " + second + " down")).isFocused();
        BoundingBox from = bob.locator(".order-input .order-grip").first().boundingBox();
        BoundingBox to = bob.locator(".order-input .order-item").last().boundingBox();
        bob.mouse().move(from.x + from.width / 2, from.y + from.height / 2);
        bob.mouse().down();
        bob.mouse().move(from.x + from.width / 2, from.y + from.height / 2 + 20, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(3));
        bob.mouse().move(from.x + from.width / 2, to.y + to.height / 2, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
        bob.mouse().up();
        assertThat(bob.locator(".order-input .order-text").last()).hasText(second);
        shot(bob, "kinds-02-order-moved-player-390x844");

        button(ada, "Lock in this order").click();
        assertThat(text(ada, "Order locked in")).isVisible();
        button(bob, "Lock in this order").click();

        // The reveal: the right order, how many put each item in its place, how many got it exactly.
        assertThat(text(host, "The right order")).isVisible();
        assertThat(host.locator(".order-right .order-text")).hasText(RIGHT.toArray(String[]::new));
        assertThat(host.locator(".pill-stat")).hasText("1 of 2 answers in the exact order");
        assertThat(text(ada, "Correct!")).isVisible();
        assertThat(text(bob, "Not quite")).isVisible();
        assertThat(bob.locator(".order-right-phone .order-text")).hasText(RIGHT.toArray(String[]::new));
        int adaScore = score(ada);
        assertThat(adaScore).isPositive();
        WebClientBrowserTest.hostShots(host, "kinds-03-order-reveal");
        shot(bob, "kinds-03-order-reveal-player-390x844");
        button(host, "Leaderboard").click();
        button(host, "Next question").click();

        // ---- slider: the range goes out, not the value.
        assertThat(heading(host, "What share of the top million web servers runs Linux?")).isVisible();
        assertThat(text(host, "Slide to your answer on your phone")).isVisible();
        Locator slider = ada.getByRole(AriaRole.SLIDER, new Page.GetByRoleOptions().setName("Your answer"));
        assertThat(slider).isVisible();
        assertThat(ada.locator(".slider-readout")).hasText("50 %");
        WebClientBrowserTest.hostShots(host, "kinds-04-slider-question");
        slider.fill("80");
        assertThat(ada.locator(".slider-readout")).hasText("80 %");
        shot(ada, "kinds-04-slider-question-player-390x844");
        button(ada, "Submit 80 %").click();
        assertThat(text(ada, "Answer locked in")).isVisible();
        Locator bobSlider = bob.getByRole(AriaRole.SLIDER, new Page.GetByRoleOptions().setName("Your answer"));
        bobSlider.focus();
        bob.keyboard().press("ArrowLeft");
        bob.keyboard().press("ArrowLeft");
        assertThat(bob.locator(".slider-readout")).hasText("40 %");
        button(bob, "Submit 40 %").click();

        assertThat(host.locator(".slider-reveal .accepted-big")).hasText("80 % (± 5 %)");
        Locator strip = host.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                .setName("Right answer 80 %, plus or minus 5 %. 1 answer at 40 %, 1 answer at 80 %."));
        assertThat(strip).isVisible();
        assertThat(host.locator(".slider-bar.is-right")).hasCount(3);
        assertThat(text(ada, "Correct!")).isVisible();
        assertThat(text(bob, "Not quite")).isVisible();
        assertThat(bob.locator(".right-answer-typed")).hasText("80 % (± 5 %)");
        int afterSlider = score(ada);
        assertThat(afterSlider).isGreaterThan(adaScore);
        WebClientBrowserTest.hostShots(host, "kinds-05-slider-reveal");
        shot(bob, "kinds-05-slider-reveal-player-390x844");
        button(host, "Leaderboard").click();
        button(host, "Next question").click();

        // ---- word cloud: Ada sends words; the projector's cloud grows; the host hides one with a click.
        assertThat(heading(host, "One word for Python?")).isVisible();
        assertThat(text(host, "Words appear here as they come in")).isVisible();
        assertThat(text(ada, "Send up to 3 words")).isVisible();
        ada.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Word 1 of 3")).fill("Django");
        ada.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Word 2 of 3 (optional)")).fill("<b>fast</b>");
        ada.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Word 3 of 3 (optional)")).fill("Snakes");
        shot(ada, "kinds-06-wordcloud-question-player-390x844");
        button(ada, "Send").click();
        assertThat(text(ada, "Words sent")).isVisible();
        Locator cloud = host.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Word cloud: 3 words"));
        assertThat(cloud).isVisible();
        assertThat(cloud.getByRole(AriaRole.LISTITEM)).hasCount(3);
        assertThat(cloud.getByText("<b>fast</b>", new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(host.locator(".cloud b")).hasCount(0);
        WebClientBrowserTest.hostShots(host, "kinds-06-wordcloud-question");
        cloud.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("snakes, 1. Hide")).click();
        assertThat(host.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Word cloud: 2 words"))).isVisible();
        assertThat(button(host, "snakes: show again")).isVisible();

        bob.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Word 1 of 3")).fill("django");
        bob.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Word 2 of 3 (optional)")).fill("x".repeat(25));
        button(bob, "Send").click();

        // The reveal keeps the cloud (django twice, so biggest), the hidden word stays hidden; nobody scores.
        assertThat(host.locator(".pill-stat")).hasText("2 players sent words");
        Locator final_ = host.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Word cloud: 3 words"));
        assertThat(final_).isVisible();
        assertThat(final_.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("django, 2. Hide"))).isVisible();
        double big = Double.parseDouble(final_.locator(".cloud-word").filter(new Locator.FilterOptions().setHasText("django"))
                .evaluate("e => getComputedStyle(e).fontSize").toString().replace("px", ""));
        double small = Double.parseDouble(final_.locator(".cloud-word").filter(new Locator.FilterOptions().setHasText("fast"))
                .evaluate("e => getComputedStyle(e).fontSize").toString().replace("px", ""));
        assertThat(big).isGreaterThan(small);
        assertThat(button(host, "snakes: show again")).isVisible();
        for (Page phone : List.of(ada, bob)) {
            assertThat(text(phone, "Thanks for your words")).isVisible();
            assertThat(phone.locator(".verdict-points")).hasCount(0);
        }
        assertThat(score(ada)).as("a word cloud scores nothing").isEqualTo(afterSlider);
        WebClientBrowserTest.hostShots(host, "kinds-07-wordcloud-reveal");
        shot(ada, "kinds-07-wordcloud-reveal-player-390x844");
        assertThat(harness.problems).isEmpty();
    }
}
