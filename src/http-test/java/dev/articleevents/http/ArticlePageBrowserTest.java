package dev.articleevents.http;

import dev.articleevents.browser.HeadlessChromium;
import dev.articleevents.testing.TestFiles;
import io.restassured.RestAssured;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The article page at GET / in a real browser (headless Chromium) against the running HTTP flavour: what a desk
 * editor does with it — choose the seed file, set its date, press Analyse — and what they must see.
 */
@QuarkusTest
class ArticlePageBrowserTest {
    private static WebDriver browser;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void analyse(Runnable fillIn) {
        // the port RestAssured is pointed at: in test mode the Lambda flavour answers HTTP through Quarkus' mock
        // event server, which turns each request into an API Gateway event as in production
        browser.get("http://localhost:" + RestAssured.port + "/");
        fillIn.run();
        browser.findElement(By.id("analyse")).click();
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d ->
                "done".equals(d.findElement(By.id("result")).getAttribute("data-state"))
                        || d.findElement(By.id("status")).getAttribute("class").contains("error"));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    @Test
    void theSeedsBenghaziEventShowsItsFiguresBySourceAndItsEvidence() {
        Path seed = TestFiles.events("articles/" + TestFiles.SEED_NAME).toAbsolutePath();
        analyse(() -> {
            browser.findElement(By.id("article-file")).sendKeys(seed.toString());
            js("arguments[0].value = '2016-08-02'", browser.findElement(By.id("published-at")));
        });
        assertFalse(browser.findElement(By.id("status")).getAttribute("class").contains("error"),
                browser.findElement(By.id("status")).getText());

        WebElement card = browser.findElements(By.cssSelector(".av-card")).stream()
                .filter(c -> c.findElement(By.cssSelector(".digest")).getText().contains("Benghazi")).findFirst()
                .orElseThrow(() -> new AssertionError("no Benghazi event card"));
        assertTrue(card.getText().contains("23"), card.getText());
        List<WebElement> reports = card.findElements(By.cssSelector("table.av-reports tr[data-source]"));
        assertEquals("23", reports.stream().filter(r -> "AP".equals(r.getAttribute("data-source"))).findFirst()
                .orElseThrow(() -> new AssertionError("no AP row: " + card.getText()))
                .findElement(By.cssSelector("td.killed")).getText());
        assertTrue(reports.stream().anyMatch(r -> "AFP".equals(r.getAttribute("data-source"))), card.getText());

        // its evidence is highlighted: the figure, the place and the words of the event, each naming its field
        String event = card.getAttribute("data-event");
        List<WebElement> marks = browser.findElements(By.cssSelector(".av-text mark")).stream()
                .filter(m -> (" " + m.getAttribute("data-events") + " ").contains(" " + event + " ")).toList();
        assertTrue(marks.stream().anyMatch(m -> m.getText().contains("23") && "figure".equals(m.getAttribute("data-kind"))
                && m.getAttribute("title").contains("fatalities")), "no highlighted figure 23 for the Benghazi event");
        assertTrue(marks.stream().anyMatch(m -> m.getText().equals("بنغازي") && "place".equals(m.getAttribute("data-kind"))));
        assertTrue(marks.stream().anyMatch(m -> "event".equals(m.getAttribute("data-kind"))));
        assertTrue(marks.stream().anyMatch(m -> "source".equals(m.getAttribute("data-kind"))));

        // captions are shown greyed, as the engine saw them, and nothing in them is highlighted
        List<WebElement> captions = browser.findElements(By.cssSelector(".av-block.k-caption"));
        assertTrue(captions.size() >= 2, "the seed's photo captions are shown as captions");
        assertTrue(captions.stream().anyMatch(c -> c.getText().contains("بنغازي")), "a caption names Benghazi too");
        assertEquals(0, browser.findElements(By.cssSelector(".av-block.k-caption mark, .av-block.k-source-line mark")).size());

        // Arabic reads right to left
        WebElement text = browser.findElement(By.cssSelector(".av-text"));
        assertEquals("rtl", text.getCssValue("direction"));

        // hovering the card outlines its evidence
        new Actions(browser).moveToElement(card).perform();
        assertTrue(marks.get(0).getAttribute("class").contains("av-focus"));
        // and so does focusing it from the keyboard
        new Actions(browser).moveToElement(browser.findElement(By.id("status"))).perform();
        assertFalse(marks.get(0).getAttribute("class").contains("av-focus"));
        js("arguments[0].focus()", card);
        assertTrue(marks.get(0).getAttribute("class").contains("av-focus"));
        assertTrue(browser.findElement(By.cssSelector("a.av-json")).getAttribute("href").startsWith("blob:"));
        HeadlessChromium.screenshot(browser, "article-page.png");
    }

    @Test
    void aServerErrorAnsweredAsJsonIsShownNotRendered() {
        // a 500 whose body is JSON but not an analysis (a framework's or a proxy's error page): the page must say so
        analyse(() -> {
            js("window.fetch = function () { return Promise.resolve(new Response("
                    + "JSON.stringify({details: 'Error id 1234', stack: ''}), {status: 500, headers: {'Content-Type': 'application/json'}})); };");
            browser.findElement(By.id("article-text")).sendKeys("A car bomb killed 3 people in Mosul on Monday.");
        });
        WebElement status = browser.findElement(By.id("status"));
        assertTrue(status.getAttribute("class").contains("error"), status.getText());
        assertTrue(status.getText().contains("HTTP 500"), status.getText());
        assertFalse("done".equals(browser.findElement(By.id("result")).getAttribute("data-state")));
    }

    @Test
    void markupInAnArticleIsShownNotRun() {
        String article = "Fighting broke out on Monday between the army and rebels near Kidal, officials said. "
                + "<script>window.__ran = 'script'</script> <img src=x onerror=\"window.__ran = 'onerror'\"> "
                + "Two soldiers were killed in the clashes, the army said.";
        analyse(() -> js("arguments[0].value = arguments[1]", browser.findElement(By.id("article-text")), article));
        assertNull(js("return window.__ran === undefined ? null : window.__ran"));
        assertEquals(0, browser.findElements(By.cssSelector("#result img, #result script")).size());
        String shown = browser.findElement(By.cssSelector(".av-text")).getText();
        assertTrue(shown.contains("onerror=") && shown.contains("<script>"), shown);
    }

    @Test
    void aOneMegabyteArticleIsAnalysedAndStaysUsable() {
        String paragraph = "Fighting broke out on Monday between the army and rebels near Kidal, officials said. "
                + "Two soldiers were killed and five wounded in the clashes, the army said in a statement.\n";
        StringBuilder big = new StringBuilder("Clashes in northern Mali\n");
        while (big.length() < 1_000_000) {
            big.append(paragraph);
        }
        analyse(() -> js("arguments[0].value = arguments[1]", browser.findElement(By.id("article-text")), big.toString()));
        assertFalse(browser.findElement(By.id("status")).getAttribute("class").contains("error"),
                browser.findElement(By.id("status")).getText());
        long blocks = (Long) js("return document.querySelectorAll('.av-block').length");
        assertTrue(blocks > 5000, "every line of the article is shown: " + blocks);
        // the page still answers: hovering an event card outlines its evidence
        WebElement card = browser.findElement(By.cssSelector(".av-card"));
        new Actions(browser).moveToElement(card).perform();
        assertTrue((Long) js("return document.querySelectorAll('mark.av-focus').length") > 0);
    }
}
