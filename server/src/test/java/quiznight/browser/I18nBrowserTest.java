package quiznight.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static quiznight.browser.BrowserHarness.shot;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's languages in Chromium: a whole game (setup, lobby, three questions with their reveals and standings,
 * the podium) in French and in Arabic, the host and one phone picking the language from the browser's language
 * list, a second phone from an English browser switching on the join screen. Every phase is screenshotted
 * (target/screenshots/i18n-fr-*.png, i18n-ar-*.png: host 1920×1080 and 1280×720, phone 390×844), and on every
 * screen no sentence of the English catalogue that the language translates differently is left in the page's text.
 */
class I18nBrowserTest extends SharedServerBrowserTest {
    static {
        // A whole game per test on a shared machine: give each step more than the default 5 s.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    /** The English catalogue's sentences (without placeholders) still in the page, where `lang` says otherwise. */
    @SuppressWarnings("unchecked")
    private static List<String> englishLeft(Page page, String lang) {
        return (List<String>) page.evaluate("""
                async (lang) => {
                  const [en, tr] = await Promise.all(['en', lang].map((l) => fetch(new URL(`i18n/${l}.json`, document.baseURI))
                    .then((r) => r.json())));
                  // Quiz content (questions, choices, explanations, titles) is shown as written: English here.
                  let text = document.body.innerText;
                  for (const el of document.querySelectorAll('.pq-text, .hq-text, .hr-text, .choice-text, .explanation-text,'
                    + ' .order-text, .recap-question, .my-answer-text, .q-item-text, .studio-row-title, .practice-quiz')) {
                    if (el.innerText) text = text.split(el.innerText).join('\\n');
                  }
                  return Object.keys(en).filter((k) => en[k] !== tr[k] && !en[k].includes('{') && en[k].trim().includes(' ')
                    && text.includes(en[k].trim())).map((k) => `${k}: ${en[k]}`);
                }
                """, lang);
    }

    /** The text of catalogue key {@code key} in {@code lang}, as the page's own catalogue file has it. */
    static String text(Page page, String lang, String key) {
        return (String) page.evaluate("async ([lang, key]) => (await (await fetch(new URL(`i18n/${lang}.json`, document.baseURI)))"
                + ".json())[key]", List.of(lang, key));
    }

    static void noEnglish(Page page, String lang, String where) {
        assertThat(englishLeft(page, lang)).as("English left on " + where).isEmpty();
    }

    /**
     * One phase on both screens: no English left on either, the projector's and the phone's screenshots, and in
     * Arabic (right to left) axe-core's scan of both (no serious or critical violation).
     */
    private static void everyScreen(Page host, Page phone, String lang, String phase, String shotName) {
        noEnglish(host, lang, phase);
        noEnglish(phone, lang, "the phone's " + phase);
        if ("ar".equals(lang)) {
            Axe.check(host, "Arabic host: " + phase);
            Axe.check(phone, "Arabic phone: " + phase);
        }
        WebClientBrowserTest.hostShots(host, shotName);
        shot(phone, shotName + "-player-390x844");
    }

    private static void answered(Page phone) {
        assertThat(phone.locator(".pq-locked:not([hidden]), .presult").first()).isVisible();
    }

    private void playAWholeGame(String locale, String lang, String prefix, String locked, String correct) {
        boolean rtl = "ar".equals(lang);
        Page host = track(harness.hostPage(1920, 1080, locale));
        Page ada = track(harness.phonePage(390, 844, prefix + " phone ada", locale));
        Page bob = track(harness.phonePage(390, 844, prefix + " phone bob (English browser)", "en-US"));

        // Setup: the host page speaks the browser's language; the quiz is picked and the room created.
        host.navigate(harness.base + "/");
        assertThat(host.locator("html")).hasAttribute("lang", lang);
        assertThat(host.locator("html")).hasAttribute("dir", rtl ? "rtl" : "ltr");
        Locator card = host.locator("label.quiz-card[data-id='" + TestQuizzes.MIXED_ID + "']");
        card.click();
        assertThat(card.locator("input")).isChecked();
        noEnglish(host, lang, "setup");
        if (rtl) {
            Axe.check(host, "Arabic host setup");
        }
        WebClientBrowserTest.hostShots(host, prefix + "-01-setup");
        host.locator(".form-actions button[type=submit]").click();
        Locator pin = host.locator(".join-pin");
        assertThat(pin).hasText(Pattern.compile("\\d{3} \\d{3}"));
        String code = pin.textContent().replace(" ", "");

        // Ada's phone speaks her browser's language from the start.
        ada.navigate(harness.base + "/play?code=" + code);
        assertThat(ada.locator("html")).hasAttribute("lang", lang);
        assertThat(ada.locator("#pin")).hasValue(code);
        noEnglish(ada, lang, "the join screen");
        if (rtl) {
            Axe.check(ada, "Arabic phone join");
        }
        shot(ada, prefix + "-02-join-player-390x844");
        ada.locator("#nickname").fill("Ada");
        ada.locator(".join-form button[type=submit]").click();
        assertThat(ada.locator(".wait-name")).hasText("Ada");

        // Bob's browser is English: he switches on the join screen, the page reloads in his pick and keeps it.
        bob.navigate(harness.base + "/play?code=" + code);
        assertThat(bob.locator("html")).hasAttribute("lang", "en");
        bob.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Language")).first().selectOption(lang);
        assertThat(bob.locator("html")).hasAttribute("lang", lang);
        assertThat(bob.locator("#pin")).hasValue(code);
        bob.locator("#nickname").fill("Bob");
        bob.locator(".join-form button[type=submit]").click();
        assertThat(bob.locator(".wait-name")).hasText("Bob");

        assertThat(host.locator(".lobby-count-num")).hasText("2");
        everyScreen(host, ada, lang, "the lobby", prefix + "-03-lobby");

        // Question 1 (single choice with code).
        host.locator(".lobby-actions .btn-primary").click();
        assertThat(host.locator(".hq-text")).hasText("What does this print?");
        assertThat(ada.locator(".answer-btn")).hasCount(4);
        if (rtl) {
            // Mirrored: the brand sits at the right end of both top bars.
            double hostBrand = host.locator(".topbar .tb-brand").boundingBox().x;
            double phoneBrand = ada.locator(".topbar .tb-brand").boundingBox().x;
            assertThat(hostBrand).as("the projector's brand, right to left").isGreaterThan(960);
            assertThat(phoneBrand).as("the phone's brand, right to left").isGreaterThan(195);
        }
        everyScreen(host, ada, lang, "question 1", prefix + "-04-question1");
        ada.locator(".answer-btn[data-index='1']").click();
        assertThat(ada.locator(".pq-locked .locked-title")).hasText(locked);
        noEnglish(ada, lang, "the phone's locked-in answer");
        if (rtl) {
            Axe.check(ada, "Arabic phone: answer locked in");
        }
        shot(ada, prefix + "-05-question1-locked-in-player-390x844");
        bob.locator(".answer-btn[data-index='0']").click();
        answered(bob);

        // Reveal 1: the phones' verdicts, the projector's chart.
        assertThat(host.locator(".hr")).isVisible();
        assertThat(ada.locator(".verdict-title")).hasText(correct);
        everyScreen(host, ada, lang, "reveal 1", prefix + "-06-reveal1");
        noEnglish(bob, lang, "the wrong phone's reveal 1");
        shot(bob, prefix + "-06-reveal1-wrong-player-390x844");

        // Standings.
        host.locator(".hr button[data-next]").click();
        assertThat(host.locator(".hs .board-row")).hasCount(2);
        everyScreen(host, ada, lang, "standings 1", prefix + "-07-standings1");

        // Question 2 (multi, double points).
        host.locator("body").press("ArrowRight");
        assertThat(host.locator(".hq-text")).hasText("Which of these are HTTP methods?");
        assertThat(host.locator(".pill-double")).isVisible();
        everyScreen(host, ada, lang, "question 2", prefix + "-08-question2");
        for (int i : new int[] {0, 2}) {
            ada.locator(".answer-btn[data-index='" + i + "']").click();
        }
        shot(ada, prefix + "-08-question2-picked-player-390x844");
        ada.locator(".submit-multi").click();
        answered(ada);
        bob.locator(".answer-btn[data-index='0']").click();
        bob.locator(".submit-multi").click();
        assertThat(host.locator(".hr")).isVisible();
        everyScreen(host, ada, lang, "reveal 2", prefix + "-09-reveal2");

        // Space: standings, then question 3 (a typed number).
        host.locator("body").press(" ");
        assertThat(host.locator(".hs")).isVisible();
        host.locator("body").press(" ");
        assertThat(host.locator(".hq-text")).hasText("How many bits are in a byte?");
        everyScreen(host, ada, lang, "question 3", prefix + "-10-question3");
        ada.locator("#typed-answer").fill("8");
        ada.locator(".pq-typed button[type=submit]").click();
        answered(ada);
        bob.locator("#typed-answer").fill("9");
        bob.locator(".pq-typed button[type=submit]").click();
        assertThat(host.locator(".accepted-big")).hasText("8");
        everyScreen(host, ada, lang, "reveal 3", prefix + "-11-reveal3");

        // The last standings, then the podium.
        host.locator("body").press(" ");
        assertThat(host.locator(".hs")).isVisible();
        noEnglish(host, lang, "the last standings");
        host.locator("body").press(" ");
        assertThat(host.locator(".hf .podium-step")).hasCount(2);
        assertThat(host.locator(".podium-step.place-1 .podium-name")).hasText("Ada");
        assertThat(ada.locator(".pfinal .podium-name")).hasCount(2);
        everyScreen(host, ada, lang, "the podium", prefix + "-12-finished");
        noEnglish(bob, lang, "the second phone's podium");
        shot(bob, prefix + "-12-finished-second-player-390x844");

        // Past games: the game just ended, its figures and buttons in the language.
        button(host, text(host, lang, "finished.new-game")).click();
        button(host, text(host, lang, "setup.past-games")).click();
        assertThat(host.locator(".past-row").first()).isVisible();
        // "2 players · 50% average accuracy" in the language: the sentence around the figures is the catalogue's.
        assertThat(host.locator(".past-row .past-figures").first()).containsText(text(host, lang, "past.figures")
                .replaceAll("\\{\\w+\\}", "").replace(" · ", "").trim());
        noEnglish(host, lang, "past games");
        if (rtl) {
            Axe.check(host, "Arabic host: past games");
        }
        WebClientBrowserTest.hostShots(host, prefix + "-13-past-games");
        WebClientBrowserTest.assertNoProblems();
    }

    @Test
    void aWholeGameInFrench_onTheProjectorAndThePhones_withNoEnglishLeft() {
        playAWholeGame("fr-FR", "fr", "i18n-fr", "Réponse enregistrée", "Bonne réponse\u00a0!");
    }

    @Test
    void aWholeGameInArabic_readsRightToLeft_withNoEnglishLeft() {
        playAWholeGame("ar-EG", "ar", "i18n-ar", "تم تسجيل الإجابة", "صحيح!");
    }
}
