package quiznight.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static quiznight.browser.BrowserHarness.shot;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Solo practice in a browser (issue 17): the five "Django Basics" questions of the Django pack, alone, on a phone and
 * on a laptop; one answered wrong, a reload in the middle resumes the run, and "Retry the ones I got wrong" plays the
 * missed one again. Screenshots practice-*.png.
 */
class PracticeBrowserTest extends SharedServerBrowserTest {

    private static void pick(Page page, String letter) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^" + letter + ": "))).click();
    }

    private static void heading(Page page, String text) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(text)))
                .isVisible();
    }

    private void practise(Page page, String label) {
        page.setDefaultTimeout(15_000);
        assertThat(page.getByText("Your best score here")).not().isVisible();
        page.getByLabel("Quiz", new Page.GetByLabelOptions().setExact(true)).selectOption("django");
        page.getByLabel("Django Basics (5)").check();
        shot(page, "practice-" + label + "-pick");
        button(page, "Start practising").click();

        heading(page, "Which description fits Django?");
        assertThat(page.getByRole(AriaRole.TIMER)).isVisible();
        assertThat(page.getByText("1 / 5")).isVisible();
        shot(page, "practice-" + label + "-question");
        pick(page, "C");
        assertThat(page.getByText("Correct!", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("docs\\.djangoproject\\.com"))))
                .isVisible();
        shot(page, "practice-" + label + "-answer");
        button(page, "Next question").click();

        heading(page, "MTV");
        pick(page, "A");
        assertThat(page.getByText("Correct!", new Page.GetByTextOptions().setExact(true))).isVisible();
        button(page, "Next question").click();

        // A reload in the middle resumes the run at the same question.
        heading(page, "QuerySets and the ORM");
        page.reload();
        heading(page, "QuerySets and the ORM");
        assertThat(page.getByText("3 / 5")).isVisible();
        page.getByLabel("Your number").fill("1");
        button(page, "Submit").click();
        assertThat(page.getByText("Correct!", new Page.GetByTextOptions().setExact(true))).isVisible();
        button(page, "Next question").click();

        heading(page, "In which order does a request travel");
        pick(page, "B");
        assertThat(page.getByText("Not quite", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByText("+ 0")).isVisible();
        shot(page, "practice-" + label + "-wrong");
        button(page, "Next question").click();

        heading(page, "class-based views");
        pick(page, "D");
        assertThat(page.getByText("Correct!", new Page.GetByTextOptions().setExact(true))).isVisible();
        button(page, "See my summary").click();

        heading(page, "Practice done");
        assertThat(page.getByText("4 of 5")).isVisible();
        shot(page, "practice-" + label + "-summary");
        button(page, "Retry the one I got wrong (1)").click();

        heading(page, "In which order does a request travel");
        assertThat(page.getByText("1 / 1")).isVisible();
        pick(page, "A");
        assertThat(page.getByText("Correct!", new Page.GetByTextOptions().setExact(true))).isVisible();
        button(page, "See my summary").click();
        assertThat(page.getByText("You got every one right!")).isVisible();
        shot(page, "practice-" + label + "-retried");
        button(page, "Practise another quiz").click();
        assertThat(page.getByText("Your best score here")).isVisible();
        assertThat(harness.problems).isEmpty();
    }

    @Test
    void onAPhone_theJoinPageLeadsToPractice_fiveDjangoQuestionsOneWrong_thenRetryingItGetsEveryOneRight() {
        Page page = track(harness.phonePage(390, 844, "phone"));
        page.navigate(harness.base + "/play");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("No game on? Practise a quiz alone")).click();
        practise(page, "phone");
    }

    @Test
    void onALaptop_fiveDjangoQuestionsOneWrong_thenRetryingItGetsEveryOneRight() {
        Page page = track(harness.desktopPlayerPage(1280, 720, "laptop"));
        page.navigate(harness.base + "/practice");
        practise(page, "laptop");
        // The same page on a big screen (a classroom projector), back at the start with the best score.
        page.setViewportSize(1920, 1080);
        assertThat(page.getByText("Your best score here: ")).isVisible();
        shot(page, "practice-projector-pick");
    }
}
