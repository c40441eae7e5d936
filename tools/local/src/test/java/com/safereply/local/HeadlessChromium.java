package com.safereply.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, through Debian's chromedriver (Selenium Manager cannot download drivers here, so the
 * driver is named explicitly), plus what the page tests need: waits, screenshots under target/, and axe-core run in
 * the page.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    final ChromeDriver driver;
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Where chromium and chromedriver are, or why the browser tests cannot run. */
    static Optional<String> missing() {
        if (CHROMIUM.stream().noneMatch(p -> Files.isExecutable(Path.of(p)))) {
            return Optional.of("no chromium in " + CHROMIUM + " (apt-get install chromium chromium-driver)");
        }
        if (DRIVERS.stream().noneMatch(p -> Files.isExecutable(Path.of(p)))) {
            return Optional.of("no chromedriver in " + DRIVERS + " (apt-get install chromium-driver)");
        }
        return Optional.empty();
    }

    static HeadlessChromium start() {
        String binary = CHROMIUM.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElseThrow();
        String driverPath = DRIVERS.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElseThrow();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,900", "--lang=en-US", "--no-first-run", "--disable-extensions");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(driverPath).toFile()).usingAnyFreePort().build();
        return new HeadlessChromium(new ChromeDriver(service, options));
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return labelled(() -> css + " was never shown").until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    /**
     * Clicks the element, finding it again if the page re-rendered it between finding and clicking (screens are
     * rebuilt from the API's answers, so a found node can be replaced by an identical one).
     */
    void click(String css) {
        for (int attempt = 1; ; attempt++) {
            try {
                find(css).click();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    /** Waits until {@code condition} holds; a timeout says "{@code what} never happened". */
    <T> T until(String what, ExpectedCondition<T> condition) {
        return labelled(() -> what + " never happened").until(condition);
    }

    void untilText(String css, String contains) {
        labelled(() -> css + " never contained '" + contains + "': "
                        + driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList())
                .until(d -> d.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.getText().contains(contains)));
    }

    /**
     * A wait of its own that names what it waited for: {@code withMessage} on a shared wait would stay on it and label
     * every later timeout with this one's message. Screens are rebuilt from each answer (the verdict on every check),
     * so a node found a moment ago may be gone: look again rather than fail.
     */
    private WebDriverWait labelled(java.util.function.Supplier<String> what) {
        WebDriverWait labelled = new WebDriverWait(driver, TIMEOUT);
        labelled.ignoring(org.openqa.selenium.StaleElementReferenceException.class).withMessage(what);
        return labelled;
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    Object asyncScript(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    /** Replaces the text of a field as typing would (input events), so the page's live check sees each change. */
    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** The viewport as a phone (360 px wide) or a desktop; device metrics so the layout sees exactly that width. */
    void viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", mobile));
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true));
            Files.write(file, OutputType.BYTES.convertFromBase64Png((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * axe-core's WCAG 2.1 A/AA checks on the page as it is now; the serious and critical violations, as "rule: target"
     * lines (empty when there are none).
     */
    List<String> seriousAccessibilityViolations() {
        if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object'"))) {
            script(axeSource());
        }
        Object result = asyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
        List<String> violations = new ArrayList<>();
        for (Object o : (List<?>) result) {
            violations.add(String.valueOf(o));
        }
        return violations;
    }

    private static String axeSource() {
        try (InputStream in = HeadlessChromium.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
