package dev.articleevents.browser;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The operating system's Chromium and chromedriver (Debian packages chromium and chromium-driver; .ci/run
 * installs them), driven headless. Both paths are given, so Selenium Manager never looks for a driver on the
 * network. A missing browser fails the test with what to install: a browser test that cannot run is not passed.
 */
public final class HeadlessChromium {
    private HeadlessChromium() {
    }

    public static WebDriver start() {
        String browser = setting("chrome.binary", "CHROME_BIN", "/usr/bin/chromium");
        String driver = setting("webdriver.chrome.driver", "CHROMEDRIVER", "/usr/bin/chromedriver");
        for (String p : new String[] {browser, driver}) {
            if (!Files.isExecutable(Path.of(p))) {
                throw new IllegalStateException(p + " not found: install Chromium and its driver (Debian: apt-get install"
                        + " chromium chromium-driver) or set CHROME_BIN and CHROMEDRIVER");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1800", "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return chrome;
    }

    /** Writes a PNG of the window to target/screenshots/NAME and returns its path. */
    public static Path screenshot(WebDriver driver, String name) {
        Path dir = Path.of(System.getProperty("user.dir"), "target", "screenshots");
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name);
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String setting(String property, String env, String fallback) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? fallback : v;
    }
}
