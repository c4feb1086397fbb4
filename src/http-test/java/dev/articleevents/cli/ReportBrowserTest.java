package dev.articleevents.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.articleevents.browser.HeadlessChromium;
import dev.articleevents.core.json.AnalysisJson;
import dev.articleevents.testing.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * report.html as ./analyze writes it for ../shared/eval, opened from disk in headless Chromium: every event of
 * the JSON documents is one table row and, when it has coordinates, one map marker at them; sorting, filtering
 * and the article view work; nothing is fetched from the network.
 */
class ReportBrowserTest {
    private static final double W = 960, H = 480;
    private static WebDriver browser;
    private static Path out;
    private static final Map<String, JsonNode> EVENTS = new HashMap<>();

    @BeforeAll
    static void analyseTheTuningSetAndOpenItsReport() throws IOException {
        out = Files.createTempDirectory("report-test");
        Path eval = TestFiles.shared().resolve("eval");
        assertEquals(0, BatchAnalyzeCommand.run(new BatchAnalyzeCommand.Options(eval, out, null, null, null, false)));
        try (Stream<Path> s = Files.list(out)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".json")).toList()) {
                String id = p.getFileName().toString().replace(".json", "");
                JsonNode events = AnalysisJson.mapper().readTree(p.toFile()).get("events");
                for (int i = 0; i < events.size(); i++) {
                    EVENTS.put(id + "#" + (i + 1), events.get(i));
                }
            }
        }
        assertTrue(EVENTS.size() > 50, "the tuning set yields events: " + EVENTS.size());
        browser = HeadlessChromium.start();
        browser.get(out.resolve("report.html").toUri().toString());
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d ->
                "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-state")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<List<Object>> js(String script) {
        return (List<List<Object>>) ((JavascriptExecutor) browser).executeScript(script);
    }

    @Test
    void everyEventIsOneRowAndEveryPlacedEventOneMarkerAtItsCoordinates() {
        List<List<Object>> rows = js("return [...document.querySelectorAll('table.r-table tbody tr')].map(tr =>"
                + " [tr.dataset.doc + '#' + tr.dataset.event, tr.cells[0].textContent, tr.cells[1].textContent, tr.cells[3].textContent])");
        assertEquals(EVENTS.size(), rows.size());
        assertEquals(EVENTS.size(), rows.stream().map(r -> r.get(0)).distinct().count());
        for (List<Object> r : rows) {
            JsonNode e = EVENTS.get((String) r.get(0));
            assertTrue(e != null, "a row for no event: " + r);
            assertEquals(e.path("date").asText(""), r.get(1), r.toString());
            assertEquals(e.get("eventType").asText(), r.get(2), r.toString());
            assertEquals(e.get("location").path("name").asText(""), r.get(3), r.toString());
        }
        List<List<Object>> markers = js("return [...document.querySelectorAll('circle.marker')].map(c =>"
                + " [c.dataset.doc + '#' + c.dataset.event, +c.getAttribute('cx'), +c.getAttribute('cy')])");
        long placed = EVENTS.values().stream().filter(e -> !e.get("location").path("lat").isNull()
                && e.get("location").has("lat")).count();
        assertTrue(placed > 50, "events with coordinates: " + placed);
        assertEquals(placed, markers.size());
        for (List<Object> m : markers) {
            JsonNode loc = EVENTS.get((String) m.get(0)).get("location");
            assertEquals((loc.get("lon").asDouble() + 180) / 360 * W, ((Number) m.get(1)).doubleValue(), 0.06, m.toString());
            assertEquals((90 - loc.get("lat").asDouble()) / 180 * H, ((Number) m.get(2)).doubleValue(), 0.06, m.toString());
        }
        assertTrue(browser.findElements(By.cssSelector("#map path.country")).size() > 100, "country outlines drawn");
        HeadlessChromium.screenshot(browser, "report.png");
    }

    @Test
    void theTableSortsAndFilters() {
        browser.findElement(By.cssSelector("th[data-column='5']")).click(); // Killed, ascending
        browser.findElement(By.cssSelector("th[data-column='5']")).click(); // descending
        int most = EVENTS.values().stream().mapToInt(e -> e.path("fatalities").asInt(0)).max().orElseThrow();
        assertEquals(String.valueOf(most), browser.findElement(By.cssSelector("table.r-table tbody tr td:nth-child(6)")).getText());

        new Select(browser.findElement(By.id("type-filter"))).selectByValue("Protests");
        long protests = EVENTS.values().stream().filter(e -> e.get("eventType").asText().equals("Protests")).count();
        assertEquals(protests, browser.findElements(By.cssSelector("table.r-table tbody tr")).size());
        new Select(browser.findElement(By.id("type-filter"))).selectByValue("");
        assertEquals(EVENTS.size(), browser.findElements(By.cssSelector("table.r-table tbody tr")).size());
    }

    @Test
    void aRowOpensItsArticleWithTheEvidenceHighlighted() {
        String key = EVENTS.keySet().stream().sorted().filter(k -> k.startsWith("ar-")).findFirst().orElseThrow();
        String doc = key.substring(0, key.indexOf('#'));
        browser.findElement(By.cssSelector("tr[data-doc='" + doc + "'] a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#article .av-text")).isEmpty());
        long events = EVENTS.keySet().stream().filter(k -> k.startsWith(doc + "#")).count();
        assertEquals(events, browser.findElements(By.cssSelector("#article .av-card")).size());
        assertEquals("rtl", browser.findElement(By.cssSelector("#article .av-text")).getCssValue("direction"));
        assertTrue(!browser.findElements(By.cssSelector("#article .av-text mark")).isEmpty());
        assertEquals(doc + ".json", browser.findElement(By.cssSelector("#article a.av-json")).getDomAttribute("href"));
    }

    @Test
    void clickingAnywhereInARowOpensItsArticle() {
        String key = EVENTS.keySet().stream().sorted().filter(k -> k.startsWith("en-")).findFirst().orElseThrow();
        String doc = key.substring(0, key.indexOf('#'));
        // a cell that is not the id link: the digest
        WebElement cell = browser.findElements(By.cssSelector("tr[data-doc='" + doc + "'] td")).get(2);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", cell); // not under the sticky header
        cell.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("doc=" + doc));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#article .av-text")).isEmpty());
    }

    @Test
    void nothingIsFetchedFromTheNetwork() {
        List<List<Object>> fetched = js("return performance.getEntriesByType('resource').map(r => [r.name])");
        assertTrue(fetched.stream().noneMatch(r -> ((String) r.get(0)).startsWith("http")), fetched.toString());
        assertTrue(Files.exists(out.resolve("report.html")));
    }
}
