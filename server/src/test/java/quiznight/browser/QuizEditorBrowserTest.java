package quiznight.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static quiznight.browser.BrowserHarness.shot;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.awt.Color;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * "My quizzes" (issue 15): an organiser writes a quiz in the browser, sees a problem appear and clear as they type,
 * gives a question a picture and one answer a picture of its own, finds everything after a reload, is refused a stale
 * save from a second tab, deletes and undoes, and hosts it for two phones, the pictures on every screen. Screenshots: target/screenshots/editor-*.png.
 */
class QuizEditorBrowserTest extends SharedServerBrowserTest {
    private static Locator box(Page page, String name) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator text(Page page, String text) {
        return page.getByText(text, new Page.GetByTextOptions().setExact(true));
    }

    private static void saved(Page page) {
        assertThat(page.locator(".save-status")).hasText("All changes saved");
    }

    private static void shots(Page page, String name) {
        page.waitForTimeout(250);
        shot(page, name + "-1280x720");
        page.setViewportSize(1920, 1080);
        page.waitForTimeout(250);
        shot(page, name + "-1920x1080");
        page.setViewportSize(1280, 720);
    }

    private static void addQuestion(Page page, String kindLabel) {
        page.getByLabel("Kind of question", new Page.GetByLabelOptions().setExact(true)).selectOption(
                new com.microsoft.playwright.options.SelectOption().setLabel(kindLabel));
        button(page, "Add a question").click();
    }

    @Test
    void anOrganiserWritesAQuizOfFourKindsWithPicturesAndCode_seesAProblemComeAndGo_keepsItAcrossAReload_isRefusedAStaleSave_andHostsItForTwoPhones()
            throws Exception {
        Page page = track(harness.hostPage(1280, 720));
        page.navigate(harness.base + "/");
        button(page, "My quizzes").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My quizzes"))).isVisible();
        assertThat(text(page, "Bundled quizzes (read-only)")).isVisible();
        shots(page, "editor-01-list");

        // A new quiz: its title, then a single-choice question (the blank one it starts with).
        button(page, "New quiz").click();
        Locator title = box(page, "Title");
        assertThat(title).hasValue("Untitled quiz");
        title.fill("Editor test quiz");
        // A minute per question: two phones load pictures on a box that may be busy.
        page.getByRole(AriaRole.SPINBUTTON, new Page.GetByRoleOptions().setName("Seconds per question")).fill("60");
        assertThat(page.locator(".other-problems")).containsText("Questions: the quiz needs at least one question.");
        addQuestion(page, "Single choice");
        box(page, "Question").fill("Which planet is the largest?");
        box(page, "Answer A").fill("Jupiter");
        box(page, "Answer B").fill("Mars");
        // A picture for the question (with its alt text) and one for answer B, uploaded from the form.
        page.getByLabel("Choose a picture", new Page.GetByLabelOptions().setExact(true)).setInputFiles(
                new FilePayload("planets.png", "image/png", PicturesBrowserTest.drawn(new Color(20, 30, 90), new Color(230, 120, 40), "Planets")));
        assertThat(page.locator(".sf-type-image .sf-thumb")).isVisible();
        Locator alt = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("What the picture shows (alt text)"));
        alt.fill("Two planets on a dark sky");
        page.getByLabel("Picture for answer B", new Page.GetByLabelOptions().setExact(true)).setInputFiles(
                new FilePayload("mars.png", "image/png", PicturesBrowserTest.drawn(new Color(120, 30, 20), new Color(220, 90, 60), "Mars")));
        assertThat(page.locator(".choice-1 .sf-thumb")).isVisible();
        assertThat(page.locator(".choice-0 .sf-thumb")).isHidden();
        assertThat(page.locator(".preview-projector .picture-host img")).hasAttribute("alt", "Two planets on a dark sky");
        assertThat(page.locator(".preview-phone img.choice-picture")).hasCount(1);
        saved(page);

        // A typed answer, a number, and a true/false question with a code snippet.
        addQuestion(page, "Typed answer");
        box(page, "Question").fill("Which command applies Django migrations?");
        box(page, "Accepted answers 1").fill("migrate");
        addQuestion(page, "Number");
        box(page, "Question").fill("How many bits in a byte?");
        page.getByRole(AriaRole.SPINBUTTON, new Page.GetByRoleOptions().setName("Right number")).fill("8");
        addQuestion(page, "True or false");
        box(page, "Question").fill("This prints 3.");
        box(page, "Code snippet (optional)").fill("print(1 + 2)");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Right answer A")).check();
        saved(page);
        assertThat(page.locator(".problem-summary")).hasText("No problems: ready to host");
        assertThat(page.locator(".q-item")).hasCount(4);
        assertThat(page.locator(".preview-projector .hq-text")).hasText("This prints 3.");
        assertThat(page.locator(".preview-phone .pq-text")).hasText("This prints 3.");
        shots(page, "editor-02-edit-form");

        // A problem appears next to its field as the text is emptied, and Host is disabled with the reason.
        Locator q4 = box(page, "Question");
        q4.fill("");
        assertThat(page.locator(".problem-summary")).hasText("1 problem to fix before hosting");
        assertThat(q4).hasAttribute("aria-invalid", "true");
        assertThat(page.locator(".sf-problems:not([hidden]) li")).hasText("Question must not be empty.");
        assertThat(button(page, "Host this quiz")).isDisabled();
        assertThat(page.locator("#host-reason")).containsText("Fix the problem first");
        shots(page, "editor-03-problem");
        q4.fill("This prints 3.");
        assertThat(page.locator(".problem-summary")).hasText("No problems: ready to host");
        assertThat(q4).not().hasAttribute("aria-invalid", "true");
        saved(page);

        // Reordering by keyboard: question 4 moves up, announced.
        button(page, "Move question 4 up").click();
        assertThat(page.locator(".q-item").nth(2)).containsText("This prints 3.");
        saved(page);

        // After a reload everything is there.
        page.reload();
        assertThat(page.locator(".q-item")).hasCount(4);
        assertThat(box(page, "Title")).hasValue("Editor test quiz");
        assertThat(page.locator(".q-item").nth(0)).containsText("Which planet is the largest?");
        assertThat(page.locator(".q-item").nth(2)).containsText("This prints 3.");
        page.locator(".q-item").nth(0).getByRole(AriaRole.BUTTON).first().click();
        assertThat(box(page, "Answer A")).hasValue("Jupiter");
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Right answer A"))).isChecked();
        assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("What the picture shows (alt text)")))
                .hasValue("Two planets on a dark sky");
        assertThat(page.locator(".choice-1 .sf-thumb")).isVisible();
        shots(page, "editor-04-preview");

        // A second tab saves first; this tab's next save is refused as changed elsewhere, never overwriting.
        Page other = track(harness.hostPage(1280, 720));
        other.navigate(page.url());
        box(other, "Title").fill("Changed in the other tab");
        saved(other);
        box(page, "Title").fill("Changed in this tab");
        assertThat(page.getByText(Pattern.compile("changed elsewhere")).first()).isVisible();
        button(page, "Load the latest").click();
        assertThat(box(page, "Title")).hasValue("Changed in the other tab");
        other.close();

        // Versions: the list, newest first.
        button(page, "Versions").click();
        assertThat(page.getByRole(AriaRole.DIALOG)).isVisible();
        assertThat(page.locator(".version-row").first()).containsText("Changed in the other tab");
        shots(page, "editor-05-versions");
        button(page, "Close").click();

        // The list: delete, then undo.
        button(page, "My quizzes").click();
        Locator row = page.locator(".studio-row", new Page.LocatorOptions().setHasText("Changed in the other tab"));
        assertThat(row).hasCount(1);
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete Changed in the other tab")).click();
        assertThat(row).hasCount(0);
        button(page, "Undo").click();
        assertThat(row).hasCount(1);

        // Host it, and a phone plays the first question.
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit Changed in the other tab")).click();
        button(page, "Host this quiz").click();
        Locator pin = page.locator(".join-pin");
        assertThat(pin).hasText(Pattern.compile("\\d{3} \\d{3}"));
        String code = pin.textContent().replace(" ", "");
        Page ada = track(harness.phonePage(390, 844, "editor phone ada"));
        Page bob = track(harness.phonePage(390, 844, "editor phone bob"));
        join(ada, code, "Ada");
        join(bob, code, "Bob");
        button(page, "Start").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Which planet is the largest?"))).isVisible();
        List<Locator> pictures = List.of(page.locator(".picture-host img"), ada.locator(".picture-player img"),
                bob.locator(".picture-player img"), page.locator(".host-choices img.choice-picture"),
                ada.locator(".answer-btn img.choice-picture"));
        for (Locator img : pictures) {
            assertThat(img).isVisible();
            img.page().waitForCondition(() -> ((Number) img.evaluate("i => i.complete ? i.naturalWidth : 0")).intValue() > 0);
        }
        assertThat(ada.locator(".picture-player img")).hasAttribute("alt", "Two planets on a dark sky");
        shot(page, "editor-06-hosted-host-1280x720");
        shot(ada, "editor-06-hosted-phone-390x844");
        ada.locator(".answer-btn[data-index='0']").click();
        bob.locator(".answer-btn[data-index='1']").click();
        assertThat(text(ada, "Correct!")).isVisible();
        assertThat(text(bob, "Correct!")).not().isVisible();
    }
}
