package quiznight.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static quiznight.browser.BrowserHarness.shot;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A player with a screen reader plays a whole game of the nine kinds (issue 18) on a phone only through roles,
 * accessible names and the keyboard ({@link KindPlay}): focus lands on each new question's heading; the phone's live
 * regions say the question's number, time, hint and choices, the time left at 10 s (the first question has 16 s), that
 * the answer is locked in, the result (right or not, points, rank and score), the place at the standings and at the
 * end. Bob plays along on a second phone so each answer is seen locked in before the question closes.
 */
class ScreenReaderPlayBrowserTest extends A11yBrowserTest {
    private static final LocatorAssertions.HasTextOptions SLOW = new LocatorAssertions.HasTextOptions().setTimeout(25_000);

    /** The live region the phone announces the game through: a status whose text matches {@code text}. */
    private static Locator announced(Page page, Pattern text) {
        return page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText(text));
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void aScreenReaderUser_playsEveryKind_byRolesNamesAndKeys_andHearsTheQuestionTimeAnswerAndResult() throws Exception {
        // The all-kinds quiz with a short first question, so the 10 s announcement comes soon.
        String quiz = new String(getClass().getResourceAsStream("/browser/" + AccessibilityScanBrowserTest.QUIZ).readAllBytes(),
                StandardCharsets.UTF_8)
                .replace("browser-a11y-all-kinds", "browser-a11y-screen-reader")
                .replace("{\"kind\": \"single\", \"text\": \"Which planet is the largest?\",",
                        "{\"kind\": \"single\", \"timeLimitSec\": 16, \"text\": \"Which planet is the largest?\",");
        Path file = Files.writeString(Files.createDirectories(tmp.resolve("sr")).resolve("screen-reader.json"), quiz);

        Page host = track(harness.hostPage(1280, 720));
        Page ada = track(harness.phonePage(390, 844, "screen reader phone ada"));
        Page bob = track(harness.phonePage(390, 844, "screen reader phone bob"));
        host.navigate(harness.base + "/");
        host.locator("#quiz-file").setInputFiles(file);
        assertThat(host.getByText(AccessibilityScanBrowserTest.READY)).isVisible();
        button(host, "Create room").click();
        assertThat(host.locator(".join-pin")).hasText(Pattern.compile("\\d{3} \\d{3}"));
        String code = host.locator(".join-pin").textContent().replace(" ", "");

        ada.navigate(harness.base + "/play?code=" + code);
        KindPlay.box(ada, "Nickname").fill("Ada");
        KindPlay.press(KindPlay.button(ada, "Join"), "Enter");
        assertThat(ada.getByText("Ada", new Page.GetByTextOptions().setExact(true)).first()).isVisible();
        join(bob, code, "Bob");
        button(host, "Start").click();

        List<KindPlay> plays = KindPlay.ALL;
        for (int i = 0; i < plays.size(); i++) {
            KindPlay play = plays.get(i);
            int n = i + 1;
            Locator title = heading(ada, play.text());
            assertThat(title).isFocused();
            Locator question = announced(ada, Pattern.compile("^Question " + n + " of 9, "));
            assertThat(question).hasCount(1);
            String said = question.textContent();
            assertThat(said).as("question " + n).startsWith("Question " + n + " of 9, " + (i == 0 ? "16" : "60") + " seconds. ");
            if (play.kind().equals("single")) {
                assertThat(said).endsWith("Pick one answer. Choices: A, Mars; B, Jupiter; C, Venus; D, Mercury.");
            } else if (play.kind().equals("number")) {
                assertThat(said).endsWith("Type a number.");
            }

            if (i == 0) {
                // Bob answers first; Ada hears the time at 10 s (not every second), then answers, which closes it.
                play.answer(bob);
                Locator time = ada.getByRole(AriaRole.TIMER).locator("[aria-live=polite]");
                assertThat(time).hasText("10 seconds left", SLOW);
                shot(ada, "a11y-01-question-time-announced-phone-390x844");
                play.answer(ada);
            } else {
                play.answer(ada);
                assertThat(announced(ada, Pattern.compile(play.locked()))).isVisible();
                play.answer(bob);
            }

            Locator result = announced(ada, Pattern.compile("You are (1st|2nd) of 2 with "));
            String verdict = play.kind().equals("poll") || play.kind().equals("wordcloud")
                    ? "Thanks, your answer is in\\." : "Correct! Plus [\\d,]+ points?\\.";
            assertThat(result).hasText(Pattern.compile("^" + verdict + " You are (1st|2nd) of 2 with [\\d,]+ points?\\.$"));
            assertThat(ada.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("^(Correct! Plus|Thanks for)")))).isFocused();
            if (i == 0) {
                shot(ada, "a11y-02-result-announced-phone-390x844");
            }

            boolean last = i == plays.size() - 1;
            button(host, "Leaderboard").click();
            assertThat(announced(ada, Pattern.compile("^You are (1st|2nd) of 2 with [\\d,]+ points?\\.$"))).hasCount(1);
            button(host, last ? "Final results" : "Next question").click();
        }
        assertThat(announced(ada, Pattern.compile("^Game over\\. You are (1st|2nd) of 2 with [\\d,]+ points?\\.$"))).hasCount(1);
        assertThat(harness.problems).isEmpty();
    }
}
