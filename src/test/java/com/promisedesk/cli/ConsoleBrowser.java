package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real Chromium for the web console's tests: Debian's {@code chromium} driven by Debian's
 * {@code chromedriver}, both named by path, so Selenium never looks for (or downloads) a
 * driver or a browser of its own. Headless, with a fresh profile; one per test class.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENS = Path.of("target", "console-screens");
    static final int[][] SIZES = {{1280, 800}, {390, 844}};

    private final ChromeDriver driver;
    private final String base;
    private String scrollTo;

    private ConsoleBrowser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** A browser with a fresh profile in {@code profile}; fails (never skips) when Chromium is missing. */
    static ConsoleBrowser start(Path profile) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new AssertionError("The web console's browser tests need Debian's Chromium and its driver ("
                    + CHROMIUM + ", " + CHROMEDRIVER + "); install them with: apt-get install -y chromium chromium-driver"
                    + " (.ci/run does)");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,800");
        return new ConsoleBrowser(new ChromeDriver(service, options), null);
    }

    /** The same browser, its addresses relative to {@code url} (a central store's). */
    ConsoleBrowser at(String url) {
        return new ConsoleBrowser(driver, url.replaceAll("/$", ""));
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** Signs in with {@code token} on the sign-in page, starting with no session. */
    void signIn(String token) {
        driver.manage().deleteAllCookies();
        open("/console");
        assertThat(path()).startsWith("/console/sign-in");
        driver.findElement(By.id("token")).sendKeys(token);
        submit(driver.findElement(By.cssSelector("form[action='/console/sign-in'] button[type=submit]")));
    }

    void signOut() {
        submit(driver.findElement(By.cssSelector("form.sign-out button")));
        assertThat(path()).startsWith("/console/sign-in");
    }

    /** Presses a form's button and waits until the page it leads to has replaced this one (at most 10 s). */
    void submit(WebElement button) {
        WebElement old = driver.findElement(By.tagName("html"));
        button.click();
        long until = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < until) {
            try {
                old.isEnabled();
            } catch (StaleElementReferenceException gone) {
                return;
            } catch (org.openqa.selenium.WebDriverException e) {
                // Chromium at times names a replaced page's node this way rather than as stale.
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return;
                }
                throw e;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("the page did not change within 10 s of pressing \"" + button.getText() + "\"");
    }

    /** The session cookie, for a request sent past the browser's forms. */
    String sessionCookie() {
        Cookie cookie = driver.manage().getCookieNamed("pd_console");
        assertThat(cookie).as("the console's session cookie").isNotNull();
        return cookie.getValue();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text() {
        return find("body").getText();
    }

    /** Sets the page's viewport to exactly {@code width} × {@code height} CSS pixels (a laptop, a phone). */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Whether the page is no wider than the viewport (nothing pushes it sideways). */
    boolean fitsTheWidth() {
        Object fits = driver.executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth");
        return Boolean.TRUE.equals(fits);
    }

    boolean alertOpen() {
        try {
            driver.switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }

    /** As {@link #screens(String)}, with the element {@code css} names scrolled into view at each size. */
    void screens(String name, String css) {
        scrollTo = css;
        try {
            screens(name);
        } finally {
            scrollTo = null;
        }
    }

    /** Screenshots of the page as it is, at each of {@link #SIZES}: target/console-screens/NAME-WxH.png. */
    void screens(String name) {
        try {
            Files.createDirectories(SCREENS);
            for (int[] size : SIZES) {
                viewport(size[0], size[1]);
                if (scrollTo != null) {
                    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", find(scrollTo));
                }
                byte[] png = driver.getScreenshotAs(OutputType.BYTES);
                Files.write(SCREENS.resolve(name + "-" + size[0] + "x" + size[1] + ".png"), png);
                assertThat(fitsTheWidth()).as("%s at %dx%d is no wider than the screen", name, size[0], size[1]).isTrue();
            }
            viewport(SIZES[0][0], SIZES[0][1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
