package quiznight.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static quiznight.browser.BrowserHarness.shot;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The web client in real headless Chromium against a real server: a host page and player pages play whole games
 * by clicking and typing as people would. Screenshots of every phase on both screens go to target/screenshots/.
 */
class WebClientBrowserTest extends SharedServerBrowserTest {
    static final String XSS_NAME = "<img src=x onerror=alert(1)>";

    // ---- steps shared by the tests ----------------------------------------------------------------------------

    /** The host picks a quiz and creates the room; returns the 6-digit code shown on the lobby. */
    static String createRoom(Page host, String quizId, String setupShot) {
        return createRoom(host, quizId, setupShot, p -> { });
    }

    static String createRoom(Page host, String quizId, String setupShot, Consumer<Page> options) {
        host.navigate(harness.base + "/");
        if (setupShot != null) {
            assertThat(host.locator("label.quiz-card").first().locator("input")).isChecked(); // the default quiz
            shot(host, setupShot + "-default-quiz");
        }
        Locator card = host.locator("label.quiz-card[data-id='" + quizId + "']");
        card.click();
        assertThat(card.locator("input")).isChecked();
        options.accept(host);
        if (setupShot != null) {
            shot(host, setupShot);
        }
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create room")).click();
        Locator pin = host.locator(".join-pin");
        assertThat(pin).hasText(Pattern.compile("\\d{3} \\d{3}"));
        String code = pin.textContent().replace(" ", "");
        assertThat(host.locator("img.qr")).isVisible();
        return code;
    }

    /** A player opens the join link (code pre-filled), types a nickname and joins. */
    static void join(Page player, String code, String name) {
        player.navigate(harness.base + "/play?code=" + code);
        assertThat(player.locator("#pin")).hasValue(code);
        player.locator("#nickname").fill(name);
        player.locator(".join-form button[type=submit]").click();
        assertThat(player.locator(".wait-name")).hasText(name);
    }

    /** After answering: "answer locked in", or already the result when this was the last answer. */
    static void assertAnswered(Page player) {
        assertThat(player.locator(".pq-locked:not([hidden]) .locked-title, .presult .verdict-title").first())
                .hasText(Pattern.compile("Answer locked in|Correct!|Not quite"));
    }

    static void answerChoice(Page player, int index) {
        player.locator(".answer-btn[data-index='" + index + "']").click();
        assertAnswered(player);
    }

    static void answerChoices(Page player, int... indexes) {
        for (int i : indexes) {
            player.locator(".answer-btn[data-index='" + i + "']").click();
            assertThat(player.locator(".answer-btn[data-index='" + i + "']")).hasAttribute("aria-pressed", "true");
        }
        player.locator(".submit-multi").click();
        assertAnswered(player);
    }

    static void answerTyped(Page player, String text) {
        player.locator("#typed-answer").fill(text);
        player.locator(".pq-typed button[type=submit]").click();
        assertAnswered(player);
    }

    static void hostNext(Page host, String buttonText) {
        host.locator(".hq-actions button", new Page.LocatorOptions().setHasText(buttonText)).click();
    }

    static int score(Page player) {
        return Integer.parseInt(player.locator(".pt-score").textContent().replaceAll("[^0-9]", ""));
    }

    /** Shots of the host at 1920×1080 and 1280×720. */
    static void hostShots(Page host, String name) {
        host.waitForTimeout(300); // let the bars of a reveal start from their final height
        shot(host, name + "-host-1920x1080");
        host.setViewportSize(1280, 720);
        host.waitForTimeout(150);
        shot(host, name + "-host-1280x720");
        host.setViewportSize(1920, 1080);
    }

    /**
     * The layout a browser zoomed to 200% gets: half the CSS pixels each way (here rendered at 1 device pixel per CSS
     * pixel). Nothing may stick out sideways: the page reflows instead.
     */
    static void zoomShot(Page page, String name, int width, int height) {
        var before = page.viewportSize();
        page.setViewportSize(width / 2, height / 2);
        page.waitForTimeout(150);
        shot(page, name);
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as(name + ": horizontal overflow at 200%% zoom").isLessThanOrEqualTo(0);
        page.setViewportSize(before.width, before.height);
    }

    /** Nothing went wrong in any page: no console error, no script error, no dialog (an alert would be XSS). */
    static void assertNoProblems() {
        assertThat(harness.problems).isEmpty();
    }

    // ---- the tests ---------------------------------------------------------------------------------------------

    @Test
    void hostAndThreePlayers_playAMixedGame_throughEveryPhase_byClicking() throws Exception {
        Page host = track(harness.hostPage(1920, 1080));
        Page ada = track(harness.phonePage(390, 844, "phone 390x844"));
        Page grace = track(harness.desktopPlayerPage(1280, 800, "laptop player"));
        Page linus = track(harness.phonePage(412, 915, "phone 412x915"));

        String code = createRoom(host, TestQuizzes.MIXED_ID, "game-01-setup-host");
        assertThat(host.locator(".lobby-quiz-title")).hasText(TestQuizzes.MIXED_TITLE);

        // The phone joins with a random fun name from the dice.
        ada.navigate(harness.base + "/play?code=" + code);
        assertThat(ada.locator("#pin")).hasValue(code);
        ada.locator("#nickname").fill("");
        ada.locator(".btn-dice").click();
        String adaName = ada.locator("#nickname").inputValue();
        assertThat(adaName).matches("[A-Z][a-z]+ [A-Z][a-z]+");
        ada.locator(".btn-dice").click();
        assertThat(ada.locator("#nickname")).not().hasValue(adaName);
        adaName = ada.locator("#nickname").inputValue();
        shot(ada, "game-02-join-player-390x844");
        ada.locator(".join-form button[type=submit]").click();
        assertThat(ada.locator(".wait-name")).hasText(adaName);

        // Clear messages for a refused name and a taken name.
        grace.navigate(harness.base + "/play?code=" + code);
        grace.locator("#nickname").fill("shit");
        grace.locator(".join-form button[type=submit]").click();
        assertThat(grace.locator("#join-error")).containsText("not allowed");
        grace.locator("#nickname").fill(adaName.toUpperCase());
        grace.locator(".join-form button[type=submit]").click();
        assertThat(grace.locator("#join-error")).containsText("already has that nickname");
        shot(grace, "game-03-join-error-name-taken-player-1280x800");
        grace.locator("#nickname").fill("Grace");
        grace.locator(".join-form button[type=submit]").click();
        assertThat(grace.locator(".wait-name")).hasText("Grace");

        // A wrong PIN, then (keyboard: L) a locked room, each with its message.
        linus.navigate(harness.base + "/play");
        // `code` is the displayed PIN without its space ("123 456" -> "123456"); codes run 100000-999999.
        String wrongPin = "100000".equals(code) ? "999999" : "100000";
        linus.locator("#pin").fill(wrongPin);
        linus.locator("#nickname").fill("Linus");
        linus.locator(".join-form button[type=submit]").click();
        assertThat(linus.locator("#join-error")).containsText("no game with that PIN");
        shot(linus, "game-04-join-error-wrong-pin-player-412x915");
        host.locator("body").press("l");
        assertThat(host.locator(".lobby-actions button[aria-pressed]")).hasAttribute("aria-pressed", "true");
        linus.locator("#pin").fill(code);
        linus.locator(".join-form button[type=submit]").click();
        assertThat(linus.locator("#join-error")).containsText("locked");
        host.locator("body").press("l");
        assertThat(host.locator(".lobby-actions button[aria-pressed]")).hasAttribute("aria-pressed", "false");
        linus.locator(".join-form button[type=submit]").click();
        assertThat(linus.locator(".wait-name")).hasText("Linus");

        // A fourth player joins and the host removes them by clicking their name.
        Page mallory = track(harness.phonePage(390, 844, "kicked phone"));
        join(mallory, code, "Mallory");
        assertThat(host.locator(".lobby-count-num")).hasText("4");
        host.locator(".player-chip[aria-label='Remove Mallory']").click();
        assertThat(mallory.locator("#msg-title")).hasText("You were removed from the game");
        shot(mallory, "game-05-kicked-player-390x844");

        // Lobby: the host sees all three, with the count.
        assertThat(host.locator(".lobby-count-num")).hasText("3");
        assertThat(host.locator(".player-list .player-name")).hasText(new String[] {adaName, "Grace", "Linus"});
        assertThat(ada.locator(".wait-count")).hasText("3 players in the game");
        hostShots(host, "game-05-lobby");
        zoomShot(host, "game-05-lobby-host-1280x720-zoom200", 1280, 720);
        shot(ada, "game-05-lobby-player-390x844");

        // Question 1 (single, with code): started with the Start button.
        host.locator(".lobby-actions button", new Page.LocatorOptions().setHasText("Start")).click();
        assertThat(host.locator(".hq-text")).hasText("What does this print?");
        assertThat(host.locator(".code-host")).containsText("print(xs[-1])");
        assertThat(host.locator(".host-choices .choice")).hasCount(4);
        assertThat(ada.locator(".pq-text")).hasText("What does this print?");
        assertThat(ada.locator(".answer-btn")).hasCount(4);
        hostShots(host, "game-06-question1");
        shot(ada, "game-06-question1-player-390x844");
        zoomShot(host, "game-06-question1-host-1280x720-zoom200", 1280, 720);
        zoomShot(ada, "game-06-question1-player-390x844-zoom200", 390, 844);
        answerChoice(ada, 1);
        assertThat(ada.locator(".pq-locked .locked-title")).hasText("Answer locked in");
        assertThat(ada.locator(".my-answer")).containsText("3");
        assertThat(host.locator(".answered-num")).hasText("1");
        shot(ada, "game-07-question1-locked-in-player-390x844");
        answerChoice(grace, 0);
        linus.keyboard().press("b"); // keyboard play: letters (or digits) pick a choice
        assertAnswered(linus);

        // Everyone answered: the question closes by itself into the reveal.
        assertThat(host.locator(".hr")).isVisible();
        assertThat(host.locator(".bar-col.is-right .bar-count")).hasText("2");
        assertThat(host.locator(".explanation-text")).containsText("negative index");
        assertThat(ada.locator(".verdict-title")).hasText("Correct!");
        assertThat(grace.locator(".verdict-title")).hasText("Not quite");
        int adaAfterQ1 = score(ada);
        assertThat(adaAfterQ1).isBetween(500, 1000);
        hostShots(host, "game-08-reveal1");
        shot(ada, "game-08-reveal1-player-390x844");
        shot(grace, "game-08-reveal1-wrong-player-1280x800");

        // Standings, by the button.
        hostNext(host, "Leaderboard");
        assertThat(host.locator(".hs .board-row")).hasCount(3);
        assertThat(host.locator(".hs .board-row").first().locator(".board-name")).hasText(adaName);
        assertThat(ada.locator(".pstand-rank")).hasText("1st");
        hostShots(host, "game-09-standings1");
        shot(ada, "game-09-standings1-player-390x844");

        // Question 2 (multi, double points), by the keyboard: →.
        host.locator("body").press("ArrowRight");
        assertThat(host.locator(".hq-text")).hasText("Which of these are HTTP methods?");
        assertThat(host.locator(".pill-double")).isVisible();
        shot(ada, "game-10-question2-player-390x844");
        answerChoices(ada, 0, 2);
        answerChoices(grace, 2, 0);
        hostShots(host, "game-10-question2");
        answerChoices(linus, 0);
        assertThat(host.locator(".hr")).isVisible();
        assertThat(host.locator(".bar-col.is-right")).hasCount(2);
        assertThat(linus.locator(".verdict-title")).hasText("Not quite");
        assertThat(ada.locator(".streak")).containsText("2 in a row");
        hostShots(host, "game-11-reveal2");
        zoomShot(host, "game-11-reveal2-host-1920x1080-zoom200", 1920, 1080);
        shot(ada, "game-11-reveal2-player-390x844");
        shot(linus, "game-11-reveal2-wrong-player-412x915");

        // Space: standings, then question 3 (number).
        host.locator("body").press(" ");
        assertThat(host.locator(".hs")).isVisible();
        host.locator("body").press(" ");
        assertThat(host.locator(".hq-text")).hasText("How many bits are in a byte?");
        assertThat(host.locator(".type-answer")).isVisible();
        answerTyped(ada, "8");
        answerTyped(grace, "9");
        shot(linus, "game-12-question3-player-412x915");
        hostShots(host, "game-12-question3");
        answerTyped(linus, "8");
        assertThat(host.locator(".accepted-big")).hasText("8");
        assertThat(ada.locator(".verdict-title")).hasText("Correct!");
        hostShots(host, "game-13-reveal3");
        shot(ada, "game-13-reveal3-player-390x844");

        hostNext(host, "Leaderboard");
        assertThat(host.locator(".hs .hq-actions button")).containsText("Final results");
        hostNext(host, "Final results");

        // The podium, the standings and the downloads.
        assertThat(host.locator(".hf .podium-step")).hasCount(3);
        assertThat(host.locator(".podium-step.place-1 .podium-name")).hasText(adaName);
        assertThat(ada.locator(".pfinal .pstand-rank")).hasText("1st place");
        assertThat(ada.locator(".pfinal .podium-name")).hasCount(3);
        hostShots(host, "game-14-finished");
        zoomShot(host, "game-14-finished-host-1280x720-zoom200", 1280, 720);
        zoomShot(ada, "game-14-finished-player-390x844-zoom200", 390, 844);
        shot(ada, "game-14-finished-player-390x844");
        shot(linus, "game-14-finished-player-412x915");

        Download csv = host.waitForDownload(() -> host.locator(".hf-actions button", new Page.LocatorOptions().setHasText("CSV")).click());
        assertThat(csv.suggestedFilename()).isEqualTo("quiznight-" + code + ".csv");
        String csvText = Files.readString(csv.path());
        assertThat(csvText).startsWith("rank,name,score").contains(adaName).contains("Grace").contains("Linus");
        Download json = host.waitForDownload(() -> host.locator(".hf-actions button", new Page.LocatorOptions().setHasText("JSON")).click());
        assertThat(json.suggestedFilename()).isEqualTo("quiznight-" + code + ".json");
        assertThat(Files.readString(json.path())).contains("\"code\":\"" + code + "\"");

        assertNoProblems();
    }

    @Test
    void aPlayerWhoReloadsMidQuestion_comesBackWithTheSameScore_andTheHostGetsTheRoomBack() {
        Page host = track(harness.hostPage(1280, 720));
        Page reloader = track(harness.phonePage(390, 844, "reloading phone"));
        Page steady = track(harness.phonePage(390, 844, "steady phone"));
        String code = createRoom(host, TestQuizzes.TYPED_ID, null);
        join(reloader, code, "Reloader");
        join(steady, code, "Steady");
        host.locator(".lobby-actions button", new Page.LocatorOptions().setHasText("Start")).click();

        // Question 1 (true/false): the reloader scores.
        assertThat(reloader.locator(".answer-btn")).hasCount(2);
        answerChoice(reloader, 0);
        answerChoice(steady, 1);
        assertThat(reloader.locator(".verdict-title")).hasText("Correct!");
        int before = score(reloader);
        assertThat(before).isPositive();
        hostNext(host, "Leaderboard");
        hostNext(host, "Next question");

        // Question 2 (text): the other phone loses the network for a moment: the indicator says so, and it is
        // back in the question when the network returns.
        assertThat(steady.locator("#typed-answer")).isVisible();
        steady.context().setOffline(true);
        assertThat(steady.locator(".conn")).hasAttribute("data-status", Pattern.compile("offline|reconnecting"));
        assertThat(steady.locator(".conn-label")).hasText(Pattern.compile("Offline|Reconnecting.*"));
        shot(steady, "reload-00-offline-player-390x844");
        steady.context().setOffline(false);
        assertThat(steady.locator(".conn")).hasAttribute("data-status", "open");
        assertThat(steady.locator("#typed-answer")).isVisible();

        // The first phone reloads before answering, and is back in the question with its score.
        assertThat(reloader.locator("#typed-answer")).isVisible();
        reloader.reload();
        assertThat(reloader.locator("#typed-answer")).isVisible();
        assertThat(reloader.locator(".pt-name")).hasText("Reloader");
        assertThat(reloader.locator(".pt-score")).hasText(Pattern.compile(String.format("%,d pts", before)));
        assertThat(score(reloader)).isEqualTo(before);
        shot(reloader, "reload-01-back-in-question-player-390x844");
        answerTyped(reloader, "  Migrate ");

        // Reloading again after answering keeps the answer locked in; the host reloads too and gets the room back.
        reloader.reload();
        assertThat(reloader.locator(".pq-locked .locked-title")).hasText("Answer locked in");
        host.reload();
        assertThat(host.locator(".hq-text")).hasText("Which manage.py command applies migrations?");
        assertThat(host.locator(".answered-num")).hasText("1");
        assertThat(host.locator(".tb-pin")).hasText(code.substring(0, 3) + " " + code.substring(3));
        shot(host, "reload-02-host-back-in-question-1280x720");

        answerTyped(steady, "makemigrations");
        assertThat(reloader.locator(".verdict-title")).hasText("Correct!");
        assertThat(score(reloader)).isGreaterThan(before);
        // Five accepted spellings: the projector lists the first three and counts the rest.
        assertThat(host.locator(".accepted-list li")).hasText(
                new String[] {"migrate", "python manage.py migrate", "python3 manage.py migrate"});
        assertThat(host.locator(".accepted-more")).hasText("and 2 other spellings");
        assertThat(reloader.locator(".right-answer-typed")).hasText("migrate");
        assertThat(reloader.locator(".right-answer-more")).hasText("(and 4 other spellings accepted)");
        shot(host, "reload-03-reveal-text-host-1280x720");
        shot(reloader, "reload-03-reveal-text-player-390x844");

        // The host ends the game early from the top bar (with a confirmation).
        host.locator(".topbar button", new Page.LocatorOptions().setHasText("End game")).click();
        host.locator("dialog button", new Page.LocatorOptions().setHasText("End game")).click();
        assertThat(host.locator(".hf")).isVisible();
        assertThat(reloader.locator(".pfinal .pstand-rank")).hasText("1st place");
        assertNoProblems();
    }

    @Test
    void aNicknameThatLooksLikeHtml_showsAsThatTextOnBothScreens() {
        Page host = track(harness.hostPage(1280, 720));
        Page player = track(harness.phonePage(390, 844, "xss phone"));
        Page other = track(harness.phonePage(390, 844, "other phone"));
        // This room hides the question on phones (a projector room): the phone shows only the answer buttons.
        String code = createRoom(host, TestQuizzes.TYPED_ID, null, p -> p.locator("#opt-hide").check());
        join(player, code, XSS_NAME);
        join(other, code, "Bob");

        assertThat(host.locator(".player-list .player-name").first()).hasText(XSS_NAME);
        assertThat(player.locator(".wait-name")).hasText(XSS_NAME);
        assertThat(player.locator(".pt-name")).hasText(XSS_NAME);
        shot(host, "xss-01-lobby-host-1280x720");
        shot(player, "xss-01-lobby-player-390x844");

        host.locator(".lobby-actions button", new Page.LocatorOptions().setHasText("Start")).click();
        assertThat(player.locator(".pq-look")).containsText("Look at the big screen");
        assertThat(player.locator(".pq-text")).hasCount(0);
        assertThat(player.locator(".answer-grid.bare .answer-btn")).hasCount(2);
        assertThat(host.locator(".hq-text")).hasText("JSON keys must be strings.");
        shot(player, "xss-02-question-text-hidden-player-390x844");
        answerChoice(player, 0);
        answerChoice(other, 1);
        hostNext(host, "Leaderboard");
        assertThat(host.locator(".hs .board-name").first()).hasText(XSS_NAME);
        shot(host, "xss-02-standings-host-1280x720");
        host.locator(".topbar button", new Page.LocatorOptions().setHasText("End game")).click();
        host.locator("dialog button", new Page.LocatorOptions().setHasText("End game")).click();
        assertThat(host.locator(".podium-step.place-1 .podium-name")).hasText(XSS_NAME);
        assertThat(player.locator(".podium-step.place-1 .podium-name")).hasText(XSS_NAME);
        shot(host, "xss-03-podium-host-1280x720");
        shot(player, "xss-03-podium-player-390x844");

        // The name never became markup: no <img src=x> anywhere, no alert.
        for (Page p : List.of(host, player, other)) {
            assertThat(p.locator("img[src='x']")).hasCount(0);
            assertThat((Boolean) p.evaluate("() => document.body.innerHTML.includes('<img src=x')")).isFalse();
        }
        assertNoProblems();
    }

    /** A test file under src/test/resources/browser/. */
    static Path resource(String name) throws Exception {
        return Path.of(WebClientBrowserTest.class.getResource("/browser/" + name).toURI());
    }

    @Test
    void theHostUploadsAGiftFile_seesItsErrorsByLine_thenPlaysItAtOnce() throws Exception {
        Page host = track(harness.hostPage(1280, 720));
        Page player = track(harness.phonePage(390, 844, "upload phone"));
        host.navigate(harness.base + "/");
        assertThat(host.locator("label.quiz-card").first().locator("input")).isChecked();
        assertThat(host.locator(".upload-zone")).containsText("Drop a quiz file here");
        shot(host, "upload-01-setup-host-1280x720");

        // Too large: refused before sending, with the limit.
        host.locator("#quiz-file").setInputFiles(new FilePayload("huge.gift", "text/plain", new byte[1024 * 1024 + 1]));
        assertThat(host.locator(".upload-result.is-error .upload-error"))
                .hasText("huge.gift is too large (1 MB): quiz files may be at most 1 MB.");

        // "Choose a file" is the next stop after the quiz list from the keyboard, with a visible focus ring.
        host.locator("label.quiz-card input:checked").focus();
        host.keyboard().press("Tab");
        assertThat(host.locator(".btn-upload")).isFocused();
        // A broken file, picked with the button: the server's error, with its line, said from its code.
        FileChooser chooser = host.waitForFileChooser(() -> host.locator(".btn-upload").click());
        chooser.setFiles(resource("broken.gift"));
        Locator error = host.locator(".upload-result.is-error .upload-error");
        assertThat(error).hasText(Pattern.compile("^Line 6: Expected “\\}” closing the answers.*"));
        assertThat(host.locator(".upload-result-head")).hasText("Could not use broken.gift");
        assertThat(host.locator("label.quiz-card[data-id='broken']")).hasCount(0);
        assertThat(host.locator(".btn-upload")).isEnabled();
        shot(host, "upload-02-error-by-line-host-1280x720");
        // Chromium logs the refused request (400) as a console error: expected here.
        harness.problems.removeIf(p -> p.contains("status of 400"));

        // Tries again with a good file: it is added to the picker, selected, and described.
        host.locator("#quiz-file").setInputFiles(resource("Pets.gift"));
        assertThat(host.locator(".upload-result.is-ok .upload-quiz-title")).hasText("Pets");
        assertThat(host.locator(".upload-quiz-meta")).hasText("3 questions · Moodle GIFT");
        assertThat(host.locator(".upload-warnings li")).hasCount(1);
        assertThat(host.locator(".upload-warnings li")).hasText("Line 8: An essay question (empty { }) was skipped: QuizNight has "
                + "no essay questions.");
        assertThat(host.locator(".upload-status")).hasText("Pets is ready: 3 questions · Moodle GIFT.");
        assertThat(host.locator(".upload-result.is-error")).hasCount(0);
        Locator card = host.locator("label.quiz-card[data-id='pets']");
        assertThat(card.locator("input")).isChecked();
        assertThat(card.locator(".quiz-card-title")).hasText("Pets");
        assertThat(host.locator("#opt-count")).hasValue("3");
        shot(host, "upload-03-uploaded-host-1280x720");
        host.setViewportSize(1920, 1080);
        shot(host, "upload-03-uploaded-host-1920x1080");
        zoomShot(host, "upload-03-uploaded-host-1280x720-zoom200", 1280, 720);

        // It is playable at once.
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create room")).click();
        Locator pin = host.locator(".join-pin");
        assertThat(pin).hasText(Pattern.compile("\\d{3} \\d{3}"));
        String code = pin.textContent().replace(" ", "");
        assertThat(host.locator(".lobby-quiz-title")).hasText("Pets");
        join(player, code, "Uploader");
        host.locator(".lobby-actions button", new Page.LocatorOptions().setHasText("Start")).click();
        assertThat(host.locator(".hq-text")).hasText("Which animal purrs?");
        assertThat(host.locator(".host-choices .choice")).hasCount(3);
        assertThat(player.locator(".answer-btn")).hasCount(3);
        answerChoice(player, 0);
        assertThat(host.locator(".hr")).isVisible();
        assertThat(host.locator(".bar-col.is-right .bar-count")).hasText("1");
        assertThat(host.locator(".hr")).containsText("A cat");
        assertThat(player.locator(".verdict-title")).hasText("Correct!");
        assertThat(score(player)).isPositive();
        hostShots(host, "upload-04-reveal");
        shot(player, "upload-04-reveal-player-390x844");
        assertNoProblems();
    }

    @Test
    void aQuizWithOnlyOneQuestionInASection_offersAllFive_andTheOthersCanBePlayedAlone() {
        Page host = track(harness.hostPage(1280, 720));
        host.navigate(harness.base + "/");
        host.locator("label.quiz-card[data-id='" + TestQuizzes.PARTLY_ID + "']").click();
        assertThat(host.locator("#opt-count")).hasValue("5");
        Locator groups = host.locator(".section-item");
        assertThat(groups).hasCount(2);
        assertThat(groups.nth(0)).containsText("Models");
        assertThat(groups.nth(1)).containsText("Questions without a section");
        groups.nth(0).locator("input").uncheck();
        assertThat(host.locator("#opt-count")).hasValue("4");
        BrowserHarness.shot(host, "sections-01-unsectioned-setup-host-1280x720");
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create room")).click();
        assertThat(host.locator(".lobby-quiz .muted")).hasText("4 questions");
        assertNoProblems();
    }
}
