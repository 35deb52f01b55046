package id.cermin.web;

import id.cermin.testing.Browser;
import id.cermin.testing.Crawl;
import id.cermin.testing.ItServer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page a person reaches by following links, opened in Chromium as the owner and as
 * the cashier: none writes an error to the console (a script error, a script or style the
 * page's policy refuses, an image or file that does not load).
 */
class ConsoleBrowserIT {

    private static final int MAX_PAGES = 120;

    private ChromeDriver browser;
    private String base;

    @BeforeEach
    void open() {
        base = ItServer.baseUrl();
        browser = Browser.start();
    }

    @AfterEach
    void close() {
        Browser.close(browser, "console-last.png");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"admin, admin123", "kasir, kasir123"})
    void noPageWritesAnErrorToTheConsole(String user, String password) {
        browser.get(base + "/login");
        new Actions(browser).sendKeys(user, Keys.TAB, password, Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlToBe(base + "/"));
        List<String> problems = new ArrayList<>();
        Set<String> seen = Crawl.pages(List.of("/", "/kasir"), MAX_PAGES, path -> {
            browser.get(base + path);
            if (browser.findElements(By.tagName("body")).isEmpty()) {
                return Optional.empty();
            }
            Browser.consoleErrors(browser).forEach(error -> problems.add(path + ": " + error));
            return Optional.of(Jsoup.parse(browser.getPageSource(), base));
        });
        assertTrue(seen.size() >= (user.equals("kasir") ? 3 : 30), "pages opened: " + seen);
        assertEquals(List.of(), problems);
    }
}
