package id.cermin.sales;

import id.cermin.testing.Browser;
import id.cermin.testing.ItServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.sql.SQLException;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The counter as a cashier uses it, in a real browser with the keyboard only: scan a
 * barcode, find a meter-priced item by name, type 2,5 meters, pay, get the receipt.
 */
class KasirBrowserIT {

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void open() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void close() {
        Browser.close(browser, "kasir-browser-last.png");
    }

    @Test
    void aSaleByBarcodeWithAMeterLineIsDoneWithTheKeyboardOnly() throws SQLException {
        String base = ItServer.baseUrl();
        browser.get(base + "/login");
        keys("kasir", Keys.TAB, "kasir123", Keys.ENTER);
        wait.until(ExpectedConditions.urlToBe(base + "/"));
        browser.get(base + "/kasir");
        assertEquals("scan", focusedId(), "the barcode field has focus");

        keys("8991011000016", Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector("#cart-lines tr")).size() == 1);
        keys("8991011000016", Keys.ENTER);
        wait.until(d -> "2".equals(d.findElement(By.cssSelector("#cart-lines tr .line-qty")).getAttribute("value")));

        browser.navigate().refresh();
        wait.until(d -> d.findElements(By.cssSelector("#cart-lines tr")).size() == 1);
        assertEquals("scan", focusedId(), "the cart survived the reload");

        keys("kabel serabut");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#suggestions li.selected")));
        keys(Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector("#cart-lines tr")).size() == 2);
        assertTrue(browser.switchTo().activeElement().getAttribute("class").contains("line-qty"),
                "a meter item asks for its length");
        keys("2,5", Keys.ENTER);
        assertEquals("scan", focusedId());
        keys(Keys.ENTER);
        assertEquals("paid", focusedId(), "Enter on an empty scan field moves to payment");
        String total = browser.findElement(By.id("total")).getText();
        keys("100000");
        assertTrue(browser.findElement(By.id("pay-message")).isDisplayed() == isLess(total, 100_000));
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
        keys("500000", Keys.ENTER);

        wait.until(ExpectedConditions.urlContains("/kasir/nota?id="));
        WebElement receipt = browser.findElement(By.id("receipt"));
        assertTrue(receipt.getText().contains("2,5 meter"), receipt.getText());
        assertTrue(receipt.getText().contains(total), "receipt total " + total);
        assertTrue(receipt.getText().contains("Rp 500.000"));
        assertEquals("new-sale", focusedId());
        assertNull(browser.executeScript("return localStorage.getItem('cermin.cart')"), "the paid cart is gone");
        String pageRule = (String) browser.executeScript(
                "return document.adoptedStyleSheets.map(s => s.cssRules[0].cssText).join()");
        assertTrue(pageRule.contains("58mm"), "prints on 58 mm paper: " + pageRule);

        String saleId = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("id=") + 3);
        assertEquals("2", ItServer.query("SELECT COUNT(*) FROM sale_line WHERE sale_id = '" + saleId + "'"));
        assertEquals("2.500", ItServer.query("SELECT quantity FROM sale_line WHERE sale_id = '" + saleId + "' AND line_no = 2"));

        keys(Keys.ENTER);
        wait.until(ExpectedConditions.urlToBe(base + "/kasir"));
        assertEquals(0, browser.findElements(By.cssSelector("#cart-lines tr")).size(), "a new, empty counter");
        assertEquals("scan", focusedId());
    }

    private void keys(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private String focusedId() {
        return browser.switchTo().activeElement().getAttribute("id");
    }

    private static boolean isLess(String rupiahText, long amount) {
        return amount < Long.parseLong(rupiahText.replaceAll("[^0-9]", ""));
    }

}
