package jp.bansou.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven through the system's chromedriver (nothing is downloaded), with Japanese as the
 * browser's language and Asia/Tokyo as its time zone, for tests of the Camunda webapps served by a test's
 * random port. Without Chromium the test is skipped (a JUnit assumption naming the packages to install).
 * Use with try-with-resources; each instance has its own fresh profile.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getProperty("bansou.browser.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("bansou.browser.chromedriver",
            "/usr/bin/chromedriver"));
    public static final Path SCREENSHOTS = Path.of("src/docs/screenshots");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;
    private final WebDriverWait wait;

    private Browser(int port, String language) {
        try {
            profile = Files.createTempDirectory("bansou-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--lang=" + language, "--window-size=1400,900");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of("TZ", "Asia/Tokyo"))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1400, 900));
        base = "http://localhost:" + port;
        wait = new WebDriverWait(driver, WAIT);
    }

    /** A browser whose first language is Japanese; the test is skipped when Chromium is not installed. */
    public static Browser japanese(int port) {
        return open(port, "ja");
    }

    public static Browser open(int port, String language) {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: Chromium not found at " + CHROMIUM + " / " + CHROMEDRIVER
                        + " (apt-get install chromium chromium-driver fonts-ipafont-gothic)");
        return new Browser(port, language);
    }

    /** A label of the service's Japanese locale of {@code app} (its {@code locales/ja.json}), for assertions. */
    public static String japaneseLabel(String app, String key) {
        String path = "META-INF/resources/webjars/camunda/app/" + app + "/locales/ja.json";
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new AssertionError(path + " is missing: the " + app + " webapp has no Japanese locale");
            }
            JsonNode label = new ObjectMapper().readTree(in).path("labels").path(key);
            if (label.isMissingNode()) {
                throw new AssertionError(path + " has no label " + key);
            }
            return label.asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The gap in pixels between the header's bottom and the page's top: 0 when no room is kept for the
     * "migrate to Camunda 8" banner.
     */
    public long gapUnderHeader() {
        Object gap = script("const header = document.querySelector('[cam-widget-header]').getBoundingClientRect();"
                + "const page = document.querySelector('.page-wrap, .ctn-main');"
                + "return Math.round(page.getBoundingClientRect().top - header.bottom);");
        return ((Number) gap).longValue();
    }

    /** Whether the CE end-of-life banner is visible anywhere. */
    public boolean migrationBannerShown() {
        return all(By.cssSelector(".ce-eol-banner")).stream().anyMatch(WebElement::isDisplayed);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens {@code /camunda/app/<app>/}, signs in as {@code user} and waits for the app's header. */
    public Browser login(String app, String user, String password) {
        driver.get(base + "/camunda/app/" + app + "/");
        WebElement name = waitFor(By.cssSelector("input[ng-model='username']"));
        name.sendKeys(user);
        driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='password']")));
        waitFor(By.cssSelector("[cam-widget-header] .brand-name"));
        return this;
    }

    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    /** The element once it is visible. */
    public WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until the page's visible text contains {@code text}. */
    public void waitForText(String text) {
        wait.until(d -> bodyText().contains(text));
    }

    public String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public List<WebElement> all(By locator) {
        return driver.findElements(locator);
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    public WebDriverWait until() {
        return wait;
    }

    /** Saves the viewport as {@code src/docs/screenshots/<name>.png} (the README shows them). */
    public Path screenshot(String name) {
        // The pointer and the focus are where the last click left them: the pointer is moved off the page's content
        // so that no hover tooltip covers what the README shows, and a clicked link loses its focus ring.
        new Actions(driver).moveToLocation(0, 0).perform();
        driver.executeScript("if (document.activeElement instanceof HTMLAnchorElement) document.activeElement.blur();");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".tooltip")));
        Path target = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Runs the steps; when one fails, saves the page as {@code target/browser-failure.png} before rethrowing. */
    public void onFailureScreenshot(Runnable steps) {
        try {
            steps.run();
        } catch (RuntimeException | AssertionError e) {
            try {
                Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target/browser-failure.png"),
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | RuntimeException ignored) {
                e.addSuppressed(ignored);
            }
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a left-over temporary profile is harmless
        }
    }
}
