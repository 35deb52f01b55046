package id.cermin.testing;

import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One browser test's Chromium: signing in with the keyboard as a user does, keys typed
 * wherever the focus is, and screenshots in {@code target/it/screenshots} (a last one when
 * the test ends, to see where a failing test stopped).
 */
public final class BrowserSession {

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private BrowserSession(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
    }

    public static BrowserSession start() {
        return new BrowserSession(Browser.start());
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Waits up to 15 seconds, through pages redrawn meanwhile. */
    public WebDriverWait waiting() {
        return wait;
    }

    /** Signs in on the login page with the keyboard; ends on the dashboard. */
    public void logIn(String base, String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get(base + "/login");
        keys(username, Keys.TAB, password, Keys.ENTER);
        wait.until(ExpectedConditions.urlToBe(base + "/"));
    }

    public void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    public String focusedId() {
        return driver.switchTo().activeElement().getAttribute("id");
    }

    public void screenshot(String name) throws IOException {
        Files.write(screenshots().resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }

    public static Path screenshots() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("cermin.workDir", "target/it"), "screenshots"));
    }

    /** Takes a last screenshot under {@code name}, then closes the browser. */
    public void quit(String name) throws IOException {
        try {
            screenshot(name);
        } finally {
            driver.quit();
        }
    }
}
