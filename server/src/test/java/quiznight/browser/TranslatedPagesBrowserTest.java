package quiznight.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static quiznight.browser.BrowserHarness.shot;
import static quiznight.browser.I18nBrowserTest.noEnglish;
import static quiznight.browser.I18nBrowserTest.text;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pages issue 18 translated last, in French and in Arabic (right to left): the quiz editor ("My quizzes", an
 * imported file's warnings, a new quiz with a question and its problems), solo practice from its first screen to its
 * summary, and homework (the organiser's form, link and progress; the student's intro, question, verdict and
 * result). On each screen no English sentence of the
 * catalogue is left, and in Arabic axe-core finds no serious or critical violation. Screenshots
 * target/screenshots/pages-{fr,ar}-*.png: host screens at 1920×1080 and 1280×720, phones at 390×844.
 */
class TranslatedPagesBrowserTest extends A11yBrowserTest {

    private static void check(Page page, String lang, String where) {
        noEnglish(page, lang, where);
        if ("ar".equals(lang)) {
            Axe.check(page, "Arabic " + where);
        }
    }

    private void editor(String locale, String lang) throws Exception {
        String prefix = "pages-" + lang + "-editor";
        Page host = track(harness.hostPage(1920, 1080, locale));
        host.navigate(harness.base + "/");
        assertThat(host.locator("html")).hasAttribute("lang", lang);
        button(host, text(host, lang, "setup.my-quizzes")).click();
        assertThat(host.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(text(host, lang, "setup.my-quizzes")))).isVisible();
        assertThat(host.locator(".studio-row").first()).isVisible();
        check(host, lang, "editor: my quizzes");
        WebClientBrowserTest.hostShots(host, prefix + "-01-list");

        // An imported file opens as a new quiz, with what the import left out said in the language, at its line.
        host.locator("#studio-import").setInputFiles(java.nio.file.Path.of(getClass().getResource("/browser/Pets.gift").toURI()));
        assertThat(host.locator(".studio-banner .import-notes li")).hasText(text(host, lang, "problem.at-line")
                .replace("{line}", "8").replace("{text}", text(host, lang, "problem.gift.essaySkipped")));
        check(host, lang, "editor: an imported quiz's warnings");
        WebClientBrowserTest.hostShots(host, prefix + "-01-import-warnings");
        button(host, text(host, lang, "setup.my-quizzes")).click();
        assertThat(host.locator(".studio-row").first()).isVisible();

        button(host, text(host, lang, "studio.new-quiz")).click();
        assertThat(host.locator("#editor-title")).hasText(text(host, lang, "upload.untitled"));
        host.locator("#add-kind").selectOption("single");
        host.locator(".add-question button").click();
        host.locator(".question-fields textarea").first().fill("Which planet is the largest?");
        host.locator(".choice-edit input[type=text]").first().fill("Jupiter");
        assertThat(host.locator(".save-status")).hasText(text(host, lang, "studio.save.saved"));
        check(host, lang, "editor: a single-choice question");
        WebClientBrowserTest.hostShots(host, prefix + "-02-single");
        host.locator("#add-kind").selectOption("slider");
        host.locator(".add-question button").click();
        assertThat(host.locator(".q-item")).hasCount(2);
        assertThat(host.locator("#question-kind")).hasValue("slider");
        // Its empty text is a problem, said from the server's code in the language, the field by its label.
        assertThat(host.locator(".sf-problems:not([hidden]) li").first()).hasText(text(host, lang, "problem.field.empty")
                .replace("{field}", text(host, lang, "studio.field.text")));
        check(host, lang, "editor: a slider question with its problems");
        WebClientBrowserTest.hostShots(host, prefix + "-03-slider");
        button(host, text(host, lang, "studio.versions")).click();
        assertThat(host.locator(".versions-dialog .version-row").first()).isVisible();
        check(host, lang, "editor: versions");
        WebClientBrowserTest.hostShots(host, prefix + "-04-versions");
        WebClientBrowserTest.assertNoProblems();
    }

    private void practice(String locale, String lang) {
        String prefix = "pages-" + lang + "-practice";
        Page phone = track(harness.phonePage(390, 844, "practice " + lang, locale));
        phone.navigate(harness.base + "/practice");
        assertThat(phone.locator("html")).hasAttribute("dir", "ar".equals(lang) ? "rtl" : "ltr");
        phone.locator("#practice-quiz").selectOption("django");
        phone.getByLabel("Django Basics (5)").check();
        check(phone, lang, "practice: pick");
        shot(phone, prefix + "-01-pick-390x844");
        phone.locator(".practice-form button[type=submit]").click();
        for (int i = 0; i < 5; i++) {
            assertThat(phone.locator(".practice-q")).isVisible();
            if (i == 0) {
                check(phone, lang, "practice: a question");
                shot(phone, prefix + "-02-question-390x844");
            }
            if (phone.locator(".answer-btn").count() > 0) {
                phone.locator(".answer-btn").nth(i == 0 ? 2 : 0).click();
            } else {
                phone.locator("#typed-answer").fill("1");
                phone.locator("#typed-answer").press("Enter");
            }
            assertThat(phone.locator(".practice-answer")).isVisible();
            if (i == 0) {
                check(phone, lang, "practice: an answer");
                shot(phone, prefix + "-03-answer-390x844");
            }
            phone.locator(".practice-next").click();
        }
        assertThat(phone.locator(".practice-summary")).isVisible();
        check(phone, lang, "practice: the summary");
        shot(phone, prefix + "-04-summary-390x844");
        WebClientBrowserTest.assertNoProblems();
    }

    private void homework(String locale, String lang) {
        String prefix = "pages-" + lang + "-homework";
        Page host = track(harness.hostPage(1920, 1080, locale));
        host.navigate(harness.base + "/");
        button(host, text(host, lang, "setup.homework")).click();
        host.locator("#hw-quiz").selectOption("browser-typed");
        host.locator("#hw-title-input").fill("Django 1");
        check(host, lang, "homework: the form");
        WebClientBrowserTest.hostShots(host, prefix + "-01-new");
        host.locator(".hw-form button[type=submit]").click();
        Locator link = host.locator(".hw-link");
        assertThat(link).hasText(Pattern.compile("/homework\\.html#[A-Za-z0-9_-]{12}$"));
        String url = link.textContent();

        Page ada = track(harness.phonePage(390, 844, "homework " + lang, locale));
        ada.navigate(url);
        assertThat(ada.locator("#hw-name")).isVisible();
        check(ada, lang, "homework: the student's intro");
        shot(ada, prefix + "-02-intro-390x844");
        ada.locator("#hw-name").fill("Ada");
        ada.locator(".hw-join button[type=submit]").click();
        assertThat(ada.locator(".answer-btn").first()).isVisible();
        check(ada, lang, "homework: a question");
        shot(ada, prefix + "-03-question-390x844");
        ada.locator(".answer-btn[data-index='0']").click();
        assertThat(ada.locator(".hw-verdict.is-right")).isVisible();
        check(ada, lang, "homework: a right answer");
        shot(ada, prefix + "-04-right-390x844");
        ada.locator(".hw .btn-primary").click();
        ada.locator("#typed-answer").fill("migrate");
        ada.locator("#typed-answer").press("Enter");
        assertThat(ada.locator(".hw-verdict")).isVisible();
        ada.locator(".hw .btn-primary").click();
        ada.locator(".answer-btn[data-index='2']").click();
        assertThat(ada.locator(".hw-verdict.is-wrong")).isVisible();
        ada.locator(".hw .btn-primary").click();
        assertThat(ada.locator(".hw-final")).isVisible();
        ada.locator(".hw .btn-secondary").click();
        assertThat(ada.locator(".recap-item")).hasCount(3);
        check(ada, lang, "homework: done, with the answers");
        shot(ada, prefix + "-05-done-390x844");

        assertThat(host.locator(".hw-figures")).containsText(Pattern.compile("1\\s*" + text(host, lang, "hwhost.finished").replaceAll("[()]", ".")));
        check(host, lang, "homework: the progress");
        WebClientBrowserTest.hostShots(host, prefix + "-06-progress");
        WebClientBrowserTest.assertNoProblems();
    }

    @Test
    void theEditorInFrenchAndInArabic_hasNoEnglishLeft_andArabicPassesAxe() throws Exception {
        editor("fr-FR", "fr");
        editor("ar-EG", "ar");
    }

    @Test
    void practiceInFrenchAndInArabic_fromTheFirstScreenToTheSummary_hasNoEnglishLeft_andArabicPassesAxe() {
        practice("fr-FR", "fr");
        practice("ar-EG", "ar");
    }

    @Test
    void homeworkInFrenchAndInArabic_onTheHostAndTheStudentsPhone_hasNoEnglishLeft_andArabicPassesAxe() {
        homework("fr-FR", "fr");
        homework("ar-EG", "ar");
    }
}
