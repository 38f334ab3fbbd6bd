package id.go.bpjsketenagakerjaan.pmi.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import id.go.bpjsketenagakerjaan.pmi.demo.DemoDataLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian chromium driving the real pages, for one scenario: logs in, clicks, waits for PrimeFaces'
 * AJAX to settle, saves a screenshot per step under {@code target/screenshots/<scenario>/} and runs axe-core in the
 * page. Each screenshot step also fails on an untranslated message key ({@code ???key???}).
 */
final class Screen implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("pmi.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("pmi.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final URL base;
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path shots;
    private final Path profile;
    private final Path downloads;
    private int step;

    Screen(URL base, String scenario) {
        this.base = base;
        requireInstalled(CHROMIUM, "chromium");
        requireInstalled(CHROMEDRIVER, "chromium-driver");
        try {
            profile = Files.createTempDirectory("pmi-chromium-");
            shots = Files.createDirectories(SCREENSHOTS.resolve(scenario));
            downloads = Files.createDirectories(Path.of("target", "downloads", scenario));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1366,768", "--lang=id-ID", "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        // the driver is named explicitly: Selenium Manager never runs (and could not download anything here)
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 768));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90));
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    private static void requireInstalled(Path executable, String debianPackage) {
        if (!Files.isExecutable(executable)) {
            fail(executable + " is missing: the browser tests need Debian's " + debianPackage
                    + " (apt-get install -y chromium chromium-driver; .ci/run installs them)");
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    Path downloads() {
        return downloads;
    }

    /** Opens a page by its path under the application, e.g. {@code "workbench.xhtml"}. */
    Screen open(String path) {
        driver.get(base.toExternalForm() + path);
        settle();
        return this;
    }

    Screen login(String username) {
        if (!path().endsWith("/login.xhtml")) {
            open("login.xhtml");
        }
        type(By.id("login:username"), username);
        type(By.id("login:password"), DemoDataLoader.DEMO_PASSWORD);
        go(By.id("login:submit"));
        return this;
    }

    void logout() {
        go(By.id("menuForm:logout"));
    }

    /** The path of the current address, e.g. {@code /pmi-claims/workbench.xhtml}. */
    String path() {
        try {
            return new java.net.URI(driver.getCurrentUrl()).getPath();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** Makes the page's viewport exactly this size (the window's frame, if any, is added). */
    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        long frameWidth = width - ((Number) driver.executeScript("return window.innerWidth")).longValue();
        long frameHeight = height - ((Number) driver.executeScript("return window.innerHeight")).longValue();
        if (frameWidth != 0 || frameHeight != 0) {
            driver.manage().window().setSize(new Dimension(width + (int) frameWidth, height + (int) frameHeight));
        }
        settle();
    }

    /**
     * How the header is laid out: the number of rows the top menu items sit in, the heights of one item, of the item
     * list and of the whole header bar, how far brand, items and the user's box reach over each other, whether the
     * menu button is shown, and by how many pixels the page is wider than the window (0 or less: no sideways scrolling).
     */
    @SuppressWarnings("unchecked")
    Map<String, Number> headerLayout() {
        settle();
        return (Map<String, Number>) driver.executeScript("""
                const r = e => e.getBoundingClientRect();
                const bar = document.querySelector('.pmi-header .ui-menubar');
                const items = [...bar.querySelectorAll(':scope > .ui-menu-list > .ui-menuitem:not(.ui-menubar-start)')]
                    .filter(i => r(i).height > 0);
                // pieces of the header side by side: how far one reaches over the next (more than 0: they overlap)
                const pieces = [bar.querySelector('.pmi-brand'), ...items.map(i => i.querySelector('.ui-menuitem-link')),
                    document.querySelector('.pmi-header-end')];
                const brand = pieces[0];
                let overlap = brand.scrollWidth - brand.clientWidth; // the brand's text running out of its box
                for (let k = 1; k < pieces.length && items.length; k++) {
                  if (Math.round(r(pieces[k]).top) < r(pieces[k - 1]).bottom) {
                    overlap = Math.max(overlap, r(pieces[k - 1]).right - r(pieces[k]).left);
                  }
                }
                return {
                  overlap: overlap,
                  items: items.length,
                  rows: new Set(items.map(i => Math.round(r(i).top))).size,
                  itemHeight: Math.max(0, ...items.map(i => r(i).height)),
                  listHeight: r(bar.querySelector(':scope > .ui-menu-list')).height,
                  headerHeight: r(document.querySelector('.pmi-header-bar')).height,
                  toggleShown: getComputedStyle(document.getElementById('menuToggle')).display === 'none' ? 0 : 1,
                  overflow: document.documentElement.scrollWidth - window.innerWidth,
                  width: window.innerWidth
                };""");
    }

    /** The labels of the main menu, in order. */
    List<String> menu() {
        return driver.findElements(By.cssSelector(".pmi-header .ui-menubar .ui-menuitem-text")).stream()
                .map(e -> e.getAttribute("textContent").strip()).toList();
    }

    String heading() {
        return text(By.cssSelector("main h1"));
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    boolean present(By by) {
        return !driver.findElements(by).isEmpty();
    }

    String text(By by) {
        return find(by).getText().strip();
    }

    Screen type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Clicks once the element can take the click, then waits for the page or the AJAX update to settle. */
    Screen click(By by) {
        for (int attempt = 0; ; attempt++) {
            try {
                wait.until(ExpectedConditions.elementToBeClickable(by)).click();
                break;
            } catch (StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e; // an update kept replacing it
                }
            }
        }
        settle();
        return this;
    }

    /**
     * Clicks something that loads a new page (a link, a non-AJAX button) and waits for the new page: until then
     * the old one still reads as loaded.
     */
    Screen go(By by) {
        return go(wait.until(ExpectedConditions.elementToBeClickable(by)));
    }

    Screen go(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(page));
        settle();
        return this;
    }

    /** Presses a key on an element that loads a new page by it (Enter on a link) and waits for the new page. */
    Screen press(WebElement element, CharSequence key) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.sendKeys(key);
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(page));
        settle();
        return this;
    }

    Screen click(WebElement element) {
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
        settle();
        return this;
    }

    /** Waits until the document is loaded, no PrimeFaces/jQuery AJAX request is open and no animation runs. */
    void settle() {
        // a script can fail while the page is being replaced by the next one: then it is simply not settled yet
        wait.ignoring(org.openqa.selenium.JavascriptException.class).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (!window.jQuery || (jQuery.active === 0 && jQuery(':animated').length === 0))"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /** Waits until the condition holds, settling after each look (AJAX updates replace elements). */
    void until(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(what).until(d -> {
            settle();
            try {
                return condition.getAsBoolean();
            } catch (StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return false;
            }
        });
    }

    /** Saves the page as the scenario's next screenshot (the whole page, 1366 px wide) and checks its labels. */
    Path shot(String name) {
        settle();
        Path file = shots.resolve(String.format("%02d-%s.png", ++step, name));
        try {
            byte[] png;
            try {
                Map<String, Object> full = driver.executeCdpCommand("Page.captureScreenshot",
                        Map.of("format", "png", "captureBeyondViewport", true));
                png = Base64.getDecoder().decode((String) full.get("data"));
            } catch (RuntimeException cdpUnavailable) {
                png = driver.getScreenshotAs(OutputType.BYTES);
            }
            Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String body = driver.findElement(By.tagName("body")).getText();
        assertFalse(body.contains("???"), "an untranslated message key on " + url() + " (see " + file + "): "
                + excerptAround(body, "???"));
        return file;
    }

    private static String excerptAround(String text, String needle) {
        int at = text.indexOf(needle);
        return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 80));
    }

    /**
     * Runs axe-core in the page and returns the serious and critical violations, one line per rule with the
     * elements it found.
     */
    @SuppressWarnings("unchecked")
    List<String> seriousAccessibilityViolations() {
        settle();
        driver.executeScript(AXE_SOURCE);
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact || '', help: v.help,
                      nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\\s+/g, ' '))}))))
                  .catch(e => done('axe failed: ' + e));
                """);
        if (result instanceof String error) {
            throw new IllegalStateException(error);
        }
        List<String> found = new ArrayList<>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) result) {
            String impact = String.valueOf(violation.get("impact"));
            if (impact.equals("serious") || impact.equals("critical")) {
                StringBuilder line = new StringBuilder(path() + " [" + impact + "] " + violation.get("id") + ": "
                        + violation.get("help"));
                for (Object node : (List<Object>) violation.get("nodes")) {
                    line.append("\n      ").append(node);
                }
                found.add(line.toString());
            }
        }
        return found;
    }

    /** The one file the browser downloaded into this scenario's folder, once it is complete. */
    Path downloaded() {
        until("a finished download in " + downloads, () -> {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> all = files.toList();
                return !all.isEmpty() && all.stream().noneMatch(p -> p.getFileName().toString().endsWith(".crdownload"));
            } catch (IOException e) {
                return false;
            }
        });
        try (Stream<Path> files = Files.list(downloads)) {
            return files.max(Comparator.comparing(p -> p.toFile().lastModified())).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            // the state the scenario ended in, whether it passed or not: the first thing to look at after a failure
            Files.write(shots.resolve(String.format("%02d-last.png", ++step)), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            // the browser is already gone: nothing to show
        }
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }

    /** axe-core's script, as published on npm (axe.min.js, packaged by Deque in com.deque.html.axe-core:selenium). */
    private static final String AXE_SOURCE = readAxe();

    private static String readAxe() {
        try (InputStream in = Screen.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
