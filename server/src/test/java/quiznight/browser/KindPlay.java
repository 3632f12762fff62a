package quiznight.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * One question of src/test/resources/browser/a11y-all-kinds.json and how a player answers it right (a poll: Vim; a
 * word cloud: one word), and the status line the phone shows once the server has it ({@code locked}), using only roles, accessible names and the keyboard: each control is found by its name
 * ({@code getByRole}) and pressed with Enter, Space or the arrow keys, never clicked by position or CSS class.
 */
record KindPlay(String kind, String text, String locked, Consumer<Page> answerer) {
    static final List<String> RIGHT_ORDER = List.of("Fortran (1957)", "Lisp (1958)", "C (1972)", "Python (1991)");

    static final List<KindPlay> ALL = List.of(
            new KindPlay("single", "Which planet is the largest?", "Answer locked in", p -> press(button(p, "B: Jupiter"), "Enter")),
            new KindPlay("multi", "Which of these are HTTP methods?", "Answer locked in", p -> {
                press(button(p, "A: GET"), "Space");
                press(button(p, "C: POST"), "Space");
                press(button(p, "Submit 2 answers"), "Enter");
            }),
            new KindPlay("truefalse", "JSON keys must be strings.", "Answer locked in", p -> press(button(p, "A: True"), "Enter")),
            new KindPlay("text", "Which manage.py command applies migrations?", "Answer locked in", p -> {
                box(p, "Your answer").fill("migrate");
                press(box(p, "Your answer"), "Enter");
            }),
            new KindPlay("number", "How many bits are in a byte?", "Answer locked in", p -> {
                box(p, "Your number").fill("8");
                press(box(p, "Your number"), "Enter");
            }),
            new KindPlay("poll", "Which editor do you use most?", "Vote in", p -> press(button(p, "C: Vim"), "Enter")),
            new KindPlay("order", "Put these languages in order of appearance, oldest first", "Order locked in", p -> {
                // Place them first to last with the item buttons ("Fortran (1957), 3rd: tap to place next").
                for (String item : RIGHT_ORDER.subList(0, 3)) {
                    press(p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                            .setName(Pattern.compile("^" + item.replaceAll("[()]", "\\\\$0") + "\\s?, \\d+(st|nd|rd|th): tap to place next$"))), "Enter");
                }
                press(button(p, "Lock in this order"), "Enter");
            }),
            new KindPlay("slider", "What share of the top million web servers runs Linux?", "Answer locked in", p -> {
                Locator slider = p.getByRole(AriaRole.SLIDER, new Page.GetByRoleOptions().setName("Your answer").setExact(true));
                press(slider, "End");
                for (int i = 0; i < 4; i++) {
                    press(slider, "ArrowLeft");
                }
                press(button(p, "Submit 80 %"), "Enter");
            }),
            new KindPlay("wordcloud", "One word for Python?", "Words sent", p -> {
                box(p, "Word 1 of 3").fill("Readable");
                press(button(p, "Send"), "Enter");
            }));

    void answer(Page page) {
        answerer.accept(page);
    }

    /**
     * The same right answer on a phone in any language: by the quiz's own words (choices, items) and the inputs'
     * places, not by the interface's translated names (an Arabic phone's buttons are not "Submit").
     */
    void answerInAnyLanguage(Page p) {
        Locator pq = p.locator(".pq");
        switch (kind) {
            case "single" -> choice(p, "Jupiter").click();
            case "multi" -> {
                choice(p, "GET").click();
                choice(p, "POST").click();
                p.locator(".submit-multi").click();
            }
            case "truefalse" -> choice(p, "True").click();
            case "poll" -> choice(p, "Vim").click();
            case "text", "number" -> {
                p.locator("#typed-answer").fill("text".equals(kind) ? "migrate" : "8");
                p.locator("#typed-answer").press("Enter");
            }
            case "order" -> {
                for (String item : RIGHT_ORDER.subList(0, 3)) {
                    p.locator(".order-tap").filter(new Locator.FilterOptions().setHasText(item)).click();
                }
                pq.locator("button[type=submit]").click();
            }
            case "slider" -> {
                Locator slider = p.locator("#slider-answer");
                press(slider, "End");
                for (int i = 0; i < 4; i++) {
                    press(slider, "ArrowLeft");
                }
                pq.locator(".pq-slider button[type=submit]").click();
            }
            case "wordcloud" -> {
                p.locator("#word-0").fill("Readable");
                pq.locator(".pq-words button[type=submit]").click();
            }
            default -> throw new IllegalStateException("no answer for kind " + kind);
        }
    }

    private static Locator choice(Page p, String text) {
        return p.locator(".answer-btn").filter(new Locator.FilterOptions().setHasText(Pattern.compile("\\b" + text + "\\b")));
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator box(Page page, String name) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Focuses {@code target} and presses {@code key} on it, as a keyboard does. */
    static void press(Locator target, String key) {
        target.focus();
        target.press(key);
    }
}
