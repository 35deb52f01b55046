package id.cermin.testing;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Chromium from the system's packages, driven by its own chromedriver: nothing
 * is downloaded at run time. On a machine without them the browser tests are skipped;
 * CI installs both. Every browser test ends with {@link #close}, which fails the test
 * when the page wrote an error to the console (a script error, a refused script or style,
 * a resource that did not load).
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of(System.getProperty("cermin.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("cermin.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    /** Whether Chromium and its driver are installed (tests that only add a picture check this first). */
    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    }

    /** A browser window of 1366 × 900 pixels, the counter PC's usual screen. */
    public static ChromeDriver start() {
        return start(1366, 900);
    }

    public static ChromeDriver start(int width, int height) {
        assumeTrue(available(),
                "Chromium and chromedriver are needed (bash .ci/run installs them)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + width + "," + height, "--lang=id-ID", "--hide-scrollbars");
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString())).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        return driver;
    }

    /** Makes the page's viewport (not the window) the given size, as a screen of that width shows it. */
    public static void viewport(ChromeDriver driver, int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        Number innerWidth = (Number) driver.executeScript("return window.innerWidth");
        Number innerHeight = (Number) driver.executeScript("return window.innerHeight");
        driver.manage().window().setSize(new Dimension(2 * width - innerWidth.intValue(),
                2 * height - innerHeight.intValue()));
    }

    /** The console's errors since the last call (each entry is read once). */
    public static List<String> consoleErrors(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .collect(Collectors.toList());
    }

    /** Fails when the console has an error since the last check. */
    public static void assertNoConsoleErrors(ChromeDriver driver) {
        List<String> errors = consoleErrors(driver);
        if (!errors.isEmpty()) {
            throw new AssertionError("JavaScript console errors:\n" + String.join("\n", errors));
        }
    }

    /** Writes what the browser shows now as a PNG. */
    public static void screenshot(ChromeDriver driver, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Ends a browser test: keeps a screenshot of the last page under the test work folder,
     * quits the browser, then fails if the console had an error.
     */
    public static void close(ChromeDriver driver, String lastScreenshotName) {
        if (driver == null) {
            return;
        }
        List<String> errors;
        try {
            screenshot(driver, Path.of(System.getProperty("cermin.workDir", "target/it"), lastScreenshotName));
            errors = consoleErrors(driver);
        } finally {
            driver.quit();
        }
        if (!errors.isEmpty()) {
            throw new AssertionError("JavaScript console errors:\n" + String.join("\n", errors));
        }
    }
}
