package id.cermin.dashboard;

import id.cermin.testing.Browser;
import id.cermin.testing.ItServer;
import id.cermin.testing.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The dashboard's cards with the largest figures a store reaches and a long name typed at
 * the login among the owner's failed logins (amounts up to
 * -Rp 99.999.999.999, counts up to 9.999.999) on a 1024 px laptop and on 1280 to 1920 px
 * screens: no card's text runs out of its box, and the page does not scroll sideways.
 * The figures are written into the rendered page, so every card holds its widest value.
 */
class DashboardFitBrowserIT {

    private static final String WIDEST = """
            document.querySelectorAll('.stat-value').forEach(function (v) {
              v.textContent = v.classList.contains('money') ? '-Rp 99.999.999.999' : '9.999.999';
            });
            """;

    /** Every element of a card whose content is wider than its box, and the page if it scrolls sideways. */
    private static final String OVERFLOWING = """
            var out = [];
            document.querySelectorAll('.card, .card *').forEach(function (e) {
              var style = getComputedStyle(e);
              if (style.display === 'inline' || e.closest('svg') || e.closest('table')) { return; }
              if (e.scrollWidth > e.clientWidth + 1) {
                out.push((e.id || e.className || e.tagName) + ': ' + e.scrollWidth + ' > ' + e.clientWidth
                  + ' "' + e.textContent.trim().slice(0, 40) + '"');
              }
            });
            if (document.documentElement.scrollWidth > window.innerWidth) {
              out.push('page: ' + document.documentElement.scrollWidth + ' > ' + window.innerWidth);
            }
            return out;
            """;

    private ChromeDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.start();
    }

    @AfterEach
    void close() {
        Browser.close(browser, "dashboard-fit-last.png");
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1024, 1280, 1366, 1920})
    void theLargestFiguresFitTheirCards(int width) {
        String base = ItServer.baseUrl();
        // The owner's card of failed logins shows whatever was typed as a username: a long one.
        new WebSession(base).from("198.51.100.77")
                .login("penebak-dengan-nama-yang-panjang-sekali-tanpa-spasi-" + "x".repeat(60), "salah-sekali");
        Browser.viewport(browser, width, 900);
        browser.get(base + "/login");
        new Actions(browser).sendKeys("admin", Keys.TAB, "admin123", Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlToBe(base + "/"));
        browser.executeScript(WIDEST);
        Browser.screenshot(browser, Path.of(System.getProperty("cermin.workDir", "target/it"), "dashboard-" + width + ".png"));
        assertEquals(List.of(), browser.executeScript(OVERFLOWING), "at " + width + " px");
    }
}
