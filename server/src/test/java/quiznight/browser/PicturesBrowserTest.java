package quiznight.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static quiznight.browser.BrowserHarness.shot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import quiznight.testing.TestServer;

/**
 * Pictures in play (issue 15): pictures uploaded through POST /api/media, a quiz whose questions use them (a question
 * picture, choice pictures, a named code language), played with a phone. Both screens show the loaded pictures with
 * their alt text, and the phone fetches the next question's picture while the standings are shown, before that
 * question opens. Screenshots: pictures-*.png.
 */
class PicturesBrowserTest extends SharedServerBrowserTest {
    static final ObjectMapper JSON = new ObjectMapper();

    /** A 1600×900 picture: a colour field, a circle and a big label, drawn here so nothing binary is committed. */
    static byte[] drawn(Color background, Color shape, String label) throws Exception {
        BufferedImage img = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(background);
        g.fillRect(0, 0, 1600, 900);
        g.setColor(shape);
        g.fillOval(500, 150, 600, 600);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 160));
        g.drawString(label, 800 - g.getFontMetrics().stringWidth(label) / 2, 510);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private String upload(Page page, byte[] png) throws Exception {
        APIResponse r = page.context().request().post(harness.base + "/api/media", RequestOptions.create()
                .setHeader("X-Organiser-Key", TestServer.ORGANISER_KEY).setHeader("Content-Type", "image/png").setData(png));
        assertThat(r.status()).as(r.text()).isIn(200, 201);
        return JSON.readTree(r.text()).get("projector").asText();
    }

    @Test
    void bothScreensShowThePictures_withAltText_andThePhoneFetchesTheNextPictureBeforeItsQuestionOpens() throws Exception {
        Page host = harness.hostPage(1920, 1080);
        Page phone = harness.phonePage(390, 844, "pictures phone");
        pages.add(host);
        pages.add(phone);
        String planet = upload(host, drawn(new Color(0x1d3557), new Color(0xe76f51), "MARS"));
        String moon = upload(host, drawn(new Color(0x2a9d8f), new Color(0xe9c46a), "MOON"));
        String sun = upload(host, drawn(new Color(0x6a040f), new Color(0xffba08), "SUN"));
        Path quiz = Files.createTempDirectory("pictures").resolve("pictures.json");
        Files.writeString(quiz, ("{'title':'Browser test: pictures','questions':["
                + "{'kind':'single','text':'Which planet is shown?','image':'" + planet + "',"
                + "'imageAlt':'A red-orange planet on a dark blue sky','choices':['Mars','The Moon','Venus','Jupiter'],"
                + "'choiceImages':[null,'" + moon + "',null,null],'correct':[0],"
                + "'code':'planets = [\\\"Mars\\\", \\\"Venus\\\"]','codeLanguage':'python'},"
                + "{'kind':'truefalse','text':'Is this the Sun?','image':'" + sun + "','imageAlt':'A yellow disc on dark red',"
                + "'correct':[0],'points':0}]}").replace('\'', '"'), StandardCharsets.UTF_8);

        List<String> phoneRequests = new CopyOnWriteArrayList<>();
        phone.onRequest(r -> phoneRequests.add(r.url()));
        host.navigate(harness.base + "/");
        host.locator("#quiz-file").setInputFiles(quiz);
        assertThat(host.getByText("Browser test: pictures is ready: 2 questions")).isVisible();
        button(host, "Create room").click();
        Locator pin = host.locator(".join-pin");
        assertThat(pin).hasText(Pattern.compile("\\d{3} \\d{3}"));
        phone.navigate(harness.base + "/play?code=" + pin.textContent().replace(" ", ""));
        phone.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Nickname").setExact(true)).fill("Ada");
        button(phone, "Join").click();
        assertThat(phone.getByText("Ada", new Page.GetByTextOptions().setExact(true)).first()).isVisible();
        String planetPhone = planet.replace("-p.", "-m.");
        String sunPhone = sun.replace("-p.", "-m.");
        String moonPhone = moon.replace("-p.", "-m.");
        // The lobby announced the first question's pictures: fetched before Start.
        phone.waitForCondition(() -> phoneRequests.stream().anyMatch(u -> u.endsWith(planetPhone))
                && phoneRequests.stream().anyMatch(u -> u.endsWith(moonPhone)));
        button(host, "Start").click();

        Locator hostPicture = host.locator(".picture-host img");
        Locator phonePicture = phone.locator(".picture-player img");
        assertThat(hostPicture).hasAttribute("alt", "A red-orange planet on a dark blue sky");
        assertThat(phonePicture).hasAttribute("alt", "A red-orange planet on a dark blue sky");
        assertThat(hostPicture).hasAttribute("src", Pattern.compile(planet.replace(".", "\\.") + "$"));
        assertThat(phonePicture).hasAttribute("src", Pattern.compile(planetPhone.replace(".", "\\.") + "$"));
        assertThat(host.locator(".host-choices img.choice-picture")).hasAttribute("alt", "The Moon");
        assertThat(phone.locator(".answer-btn img.choice-picture")).hasAttribute("alt", "The Moon");
        for (Locator img : List.of(hostPicture, phonePicture, host.locator("img.choice-picture"),
                phone.locator("img.choice-picture"))) {
            img.page().waitForCondition(() -> ((Number) img.evaluate("i => i.complete ? i.naturalWidth : 0")).intValue() > 0);
        }
        assertThat(host.locator("img:not([alt])")).hasCount(0);
        assertThat(phone.locator("img:not([alt])")).hasCount(0);
        // The named language: Python's strings highlighted as such.
        assertThat(host.locator("pre.code code .hljs-string").first()).hasText("\"Mars\"");
        // Four answers and the picture fit the phone without scrolling.
        assertThat(((Number) phone.evaluate("() => document.documentElement.scrollHeight")).intValue()).isLessThanOrEqualTo(844);
        WebClientBrowserTest.hostShots(host, "pictures-01-question");
        shot(phone, "pictures-01-question-player-390x844");

        phone.locator(".answer-btn[data-index='0']").click();
        Locator revealPicture = host.locator(".picture-reveal img");
        assertThat(revealPicture).hasAttribute("alt", "A red-orange planet on a dark blue sky");
        WebClientBrowserTest.hostShots(host, "pictures-02-reveal");
        shot(phone, "pictures-02-reveal-player-390x844");

        button(host, "Leaderboard").click();
        phone.waitForCondition(() -> phoneRequests.stream().anyMatch(u -> u.endsWith(sunPhone)));
        assertThat(phone.locator(".pq")).hasCount(0);
        List<String> beforeQuestion2 = List.copyOf(phoneRequests);
        button(host, "Next question").click();
        assertThat(phone.locator(".picture-player img")).hasAttribute("alt", "A yellow disc on dark red");
        assertThat(beforeQuestion2).as("the sun was fetched while the standings were shown")
                .anySatisfy(u -> assertThat(u).endsWith(sunPhone));
        assertThat(phoneRequests.stream().filter(u -> u.endsWith(sunPhone)).count()).as("once").isEqualTo(1);
        assertThat(phone.getByText("No points")).isVisible();
        shot(phone, "pictures-03-no-points-player-390x844");
        WebClientBrowserTest.hostShots(host, "pictures-03-no-points");
        assertThat(harness.problems).isEmpty();
    }
}
