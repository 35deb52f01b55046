package id.cermin.sales;

import id.cermin.testing.Browser;
import id.cermin.testing.ItDatabase;
import id.cermin.testing.ItServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The counter's own copy of the catalogue, in a real browser: a scanned barcode becomes a
 * line before any request is made, the server then tells the line's stock, and what
 * changed on the server after the page opened (a price, an archived product) is put right
 * on the page before the cashier pays.
 */
class CounterCatalogueBrowserIT {

    private static final String SEMEN = "8991011000016";
    /** Demo products no other test sells or prices: changed here and put back. */
    private static final String WEATHERBOND = "8991101000254";
    private static final String NO_DROP = "8991112000045";

    /** Notes, at each change of the cart's lines, how many lookups the page had asked for by then. */
    private static final String WATCH = """
            window.benchLookups = [];
            new MutationObserver(function () {
              window.benchLookups.push(performance.getEntriesByType('resource')
                .filter(function (r) { return r.name.indexOf('/kasir/cari') >= 0; }).length);
            }).observe(document.getElementById('cart-lines'), { childList: true });
            """;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void open() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        String base = ItServer.baseUrl();
        browser.get(base + "/login");
        keys("kasir", Keys.TAB, "kasir123", Keys.ENTER);
        wait.until(ExpectedConditions.urlToBe(base + "/"));
        browser.executeScript("localStorage.removeItem('cermin.cart')");
    }

    @AfterEach
    void close() {
        Browser.close(browser, "counter-catalogue-last.png");
    }

    @Test
    void aScannedBarcodeIsALineBeforeAnyRequestAndTheServerThenTellsItsStock() throws SQLException {
        openCounter();
        browser.executeScript(WATCH);
        keys(SEMEN, Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector("#cart-lines tr")).size() == 1);
        assertEquals(0L, ((List<?>) browser.executeScript("return window.benchLookups")).get(0),
                "the line was drawn before the page asked the server anything");
        String stock = ItServer.query("SELECT stock FROM product WHERE barcode = '" + SEMEN + "'");
        wait.until(d -> stock.equals(cartLine(0).get("stock")));

        // More than the shelf holds: the counter warns, as it does for a line found by the server.
        WebDriverWait quick = new WebDriverWait(browser, Duration.ofSeconds(5));
        browser.findElement(By.cssSelector("#cart-lines tr .line-qty")).clear();
        browser.findElement(By.cssSelector("#cart-lines tr .line-qty"))
                .sendKeys(new java.math.BigDecimal(stock).add(java.math.BigDecimal.ONE).toBigInteger().toString());
        quick.until(d -> d.findElement(By.cssSelector("#cart-lines tr .line-warn")).isDisplayed());
        Browser.assertNoConsoleErrors(browser);
    }

    @Test
    void aPriceChangedAfterThePageOpenedIsPutRightBeforePaying() throws SQLException {
        String price = ItServer.query("SELECT sell_price FROM product WHERE barcode = '" + WEATHERBOND + "'");
        openCounter();
        try {
            update("UPDATE product SET sell_price = sell_price + 5000 WHERE barcode = ?", WEATHERBOND);
            keys(WEATHERBOND, Keys.ENTER);
            long raised = Long.parseLong(price) + 5000;
            wait.until(d -> rupiah(d.findElement(By.cssSelector("#cart-lines tr .line-price")).getText()) == raised);
            assertEquals(raised, rupiah(browser.findElement(By.id("total")).getText()));

            // The next page opened knows the new price itself.
            openCounter();
            Object known = browser.executeScript("return CerminCatalogue.find(arguments[0]).price", WEATHERBOND);
            assertEquals(raised, ((Number) known).longValue());
        } finally {
            update("UPDATE product SET sell_price = " + Long.parseLong(price) + " WHERE barcode = ?", WEATHERBOND);
        }
        Browser.assertNoConsoleErrors(browser);
    }

    @Test
    void aProductArchivedAfterThePageOpenedLeavesTheCartWithAMessage() throws SQLException {
        openCounter();
        try {
            update("UPDATE product SET archived_at = UTC_TIMESTAMP(6) WHERE barcode = ?", NO_DROP);
            keys(SEMEN, Keys.ENTER);
            wait.until(d -> d.findElements(By.cssSelector("#cart-lines tr")).size() == 1);
            keys(NO_DROP, Keys.ENTER);
            wait.until(d -> d.findElement(By.id("scan-message")).isDisplayed());
            assertTrue(browser.findElement(By.id("scan-message")).getText().contains(NO_DROP),
                    browser.findElement(By.id("scan-message")).getText());
            wait.until(d -> d.findElements(By.cssSelector("#cart-lines tr")).size() == 1);
            assertTrue(browser.findElement(By.cssSelector("#cart-lines tr .line-name")).getText().startsWith("Semen"));
        } finally {
            update("UPDATE product SET archived_at = NULL WHERE barcode = ?", NO_DROP);
        }
        Browser.assertNoConsoleErrors(browser);
    }

    /** Opens the counter and waits until its copy of the catalogue is there, as a cashier's first scan would. */
    private void openCounter() {
        browser.get(ItServer.baseUrl() + "/kasir");
        wait.until(d -> Boolean.TRUE.equals(browser.executeScript(
                "return performance.getEntriesByName('cermin-catalogue-ready').length > 0")));
    }

    private Map<?, ?> cartLine(int index) {
        return (Map<?, ?>) browser.executeScript(
                "return JSON.parse(localStorage.getItem('cermin.cart')).lines[arguments[0]]", index);
    }

    private static void update(String sql, String barcode) throws SQLException {
        try (Connection c = ItDatabase.connect(ItServer.DATABASE); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, barcode);
            assertEquals(1, ps.executeUpdate(), sql);
        }
    }

    private static long rupiah(String text) {
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    private void keys(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }
}
