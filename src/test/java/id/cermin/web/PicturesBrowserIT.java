package id.cermin.web;

import id.cermin.testing.Browser;
import id.cermin.testing.ItServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages README shows, as the owner and the cashier see them at 1366 × 900, saved as
 * pictures ({@code cermin.picturesDir}, by default {@code target/it/pictures};
 * {@code -Dcermin.picturesDir=docs/img} refreshes README's): login, the counter with a
 * cart, the receipt on 58 mm paper, the dashboard, the sales report and Sinkronisasi.
 * On the way it checks what only a browser shows: voiding asks "Yakin?" first and nothing
 * happens when the answer is no; the language link keeps the report's dates.
 */
class PicturesBrowserIT {

    private static final Path PICTURES = Path.of(System.getProperty("cermin.picturesDir",
            System.getProperty("cermin.workDir", "target/it") + "/pictures"));

    private ChromeDriver browser;
    private WebDriverWait wait;
    private String base;

    @BeforeEach
    void open() {
        base = ItServer.baseUrl();
        browser = Browser.start();
        Browser.viewport(browser, 1366, 900);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void close() {
        Browser.close(browser, "pictures-last.png");
    }

    @Test
    void whatReadmeShows() throws SQLException {
        assertEquals("Semen Tiga Roda PCC 50 kg", ItServer.query("SELECT name FROM product WHERE barcode = '8991011000023'"));
        browser.get(base + "/login?lang=id");
        picture("login");
        logIn("kasir", "kasir123");
        browser.get(base + "/kasir");
        scan("8991011000016");
        scan("8991011000016");
        keys("kabel serabut");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#suggestions li.selected")));
        keys(Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector("#cart-lines tr")).size() == 2);
        keys("12,5", Keys.ENTER);
        scan("8991011000023");
        keys(Keys.ENTER);
        keys("1000000");
        picture("kasir");
        keys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/kasir/nota?id="));
        WebElement receipt = browser.findElement(By.id("receipt"));
        assertTrue(receipt.getAttribute("class").contains("paper-58"));
        picture("receipt-58mm");
        String receiptNo = browser.findElement(By.cssSelector("#receipt .receipt-meta")).getText();

        browser.manage().deleteAllCookies();
        browser.get(base + "/login");
        logIn("admin", "admin123");
        picture("dashboard");
        browser.get(base + "/laporan/keluar");
        picture("laporan");
        WebElement voidForm = browser.findElement(By.cssSelector("form.void-form"));
        String saleId = voidForm.findElement(By.name("id")).getAttribute("value");
        voidForm.findElement(By.name("reason")).sendKeys("Salah input");
        voidForm.findElement(By.tagName("button")).click();
        Alert question = wait.until(ExpectedConditions.alertIsPresent());
        assertTrue(question.getText().startsWith("Yakin membatalkan transaksi "), question.getText());
        question.dismiss();
        assertEquals("0", ItServer.query("SELECT COUNT(*) FROM sale_void WHERE sale_id = '" + saleId + "'"),
                "answered no: nothing voided");
        String from = browser.findElement(By.name("dari")).getAttribute("value");
        browser.findElement(By.id("lang-switch")).click();
        wait.until(ExpectedConditions.urlContains("lang=en"));
        assertTrue(browser.getCurrentUrl().contains("/laporan/keluar?"), browser.getCurrentUrl());
        assertEquals(from, browser.findElement(By.name("dari")).getAttribute("value"));
        browser.get(base + "/sinkronisasi?lang=id");
        picture("sinkronisasi");
        assertTrue(receiptNo.length() > 0);
    }

    private void logIn(String user, String password) {
        keys(user, Keys.TAB, password, Keys.ENTER);
        wait.until(ExpectedConditions.urlToBe(base + "/"));
    }

    private void scan(String barcode) {
        int before = browser.findElements(By.cssSelector("#cart-lines tr")).size();
        String qty = before == 0 ? "" : browser.findElements(By.cssSelector("#cart-lines .line-qty")).stream()
                .map(e -> e.getAttribute("value")).reduce("", String::concat);
        keys(barcode, Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector("#cart-lines tr")).size() > before
                || !qty.equals(d.findElements(By.cssSelector("#cart-lines .line-qty")).stream()
                .map(e -> e.getAttribute("value")).reduce("", String::concat)));
    }

    private void keys(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private void picture(String name) {
        Browser.screenshot(browser, PICTURES.resolve(name + ".png"));
    }
}
