package id.cermin.backoffice;

import com.google.zxing.NotFoundException;
import id.cermin.testing.BackOffice;
import id.cermin.testing.BarcodeReader;
import id.cermin.testing.Browser;
import id.cermin.testing.ItServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The back office in a real browser, as the owner uses it with a scanner (the keyboard):
 * an opname counted by scanning, a till opened, sold from and closed, and a sheet of
 * labels whose barcodes, as Chromium draws them, read back with ZXing. The pages are
 * saved as screenshots (target/it/screenshots) for the README.
 */
class BackOfficeBrowserIT {

    private static final Path SHOTS = Path.of(System.getProperty("cermin.workDir", "target/it"), "screenshots");
    private ChromeDriver browser;
    private WebDriverWait wait;
    private String base;

    @BeforeEach
    void open() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        base = ItServer.baseUrl();
        browser.get(base + "/login");
        keys("admin", Keys.TAB, "admin123", Keys.ENTER);
        wait.until(ExpectedConditions.urlToBe(base + "/"));
    }

    @AfterEach
    void close() {
        Browser.close(browser, "backoffice-last.png");
    }

    @Test
    void anOpnameIsCountedWithTheScanner() throws SQLException, IOException {
        browser.get(base + "/stok/opname");
        new Select(browser.findElement(By.id("f-categoryId")))
                .selectByVisibleText("Semen & Mortar");
        browser.findElement(By.cssSelector("#start-count button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/stok/opname/hitung?id="));
        String stock = ItServer.query("SELECT stock + 0 FROM product WHERE barcode = '8991011000023'");
        countByScanner("8991011000023", Integer.toString(Integer.parseInt(stock.replaceAll("\\..*", "")) - 2));
        countByScanner("8991022000012", "118");
        countByScanner("8991033000018", ItServer.query("SELECT FLOOR(stock) FROM product WHERE barcode = '8991033000018'"));
        assertEquals("3 / " + ItServer.query("SELECT COUNT(*) FROM product p JOIN category c ON c.id = p.category_id"
                + " WHERE c.name = 'Semen & Mortar' AND p.archived_at IS NULL"), text("counted-lines"));
        assertEquals("scan", browser.switchTo().activeElement().getAttribute("id"), "ready for the next scan");
        browser.manage().window().setSize(new Dimension(1366, 1500));
        shot("opname");
    }

    @Test
    void aShiftIsOpenedSoldFromAndClosed() throws IOException {
        BackOffice.newCashier("kasirlayar");
        browser.manage().deleteAllCookies();
        browser.get(base + "/login");
        keys("kasirlayar", Keys.TAB, "rahasia12345", Keys.ENTER);
        wait.until(ExpectedConditions.urlToBe(base + "/"));
        browser.get(base + "/kasir/shift");
        browser.findElement(By.id("f-openingCash")).sendKeys("300000", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("close-shift")));
        browser.get(base + "/kasir");
        keys("8991011000016", Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector("#cart-lines tr")).size() == 1);
        keys(Keys.ENTER, "100000", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/kasir/nota?id="));
        browser.get(base + "/kasir/shift");
        new Select(browser.findElement(By.id("f-direction"))).selectByValue("OUT");
        browser.findElement(By.id("f-amount")).sendKeys("25000");
        browser.findElement(By.id("f-reason")).sendKeys("Ongkos bongkar semen", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert"), "Kas tercatat"));
        String expected = text("expected-cash");
        browser.findElement(By.id("f-countedCash")).sendKeys("332000", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/kasir/shift/laporan?id="));
        assertEquals(expected, text("report-expected"));
        new Select(browser.findElement(By.id("paper"))).selectByValue("paper-80");
        shot("shift-report");
    }

    @Test
    void aLabelSheetPrintsBarcodesThatReadBack() throws SQLException, IOException, NotFoundException {
        browser.get(base + "/label?q=semen");
        List<WebElement> copies = browser.findElements(By.cssSelector("#label-products input[name=copies]"));
        for (int i = 0; i < Math.min(4, copies.size()); i++) {
            copies.get(i).sendKeys("3");
        }
        browser.findElement(By.id("print-labels")).click();
        wait.until(ExpectedConditions.urlContains("/label/lembar"));
        wait.until(d -> (Boolean) ((ChromeDriver) d).executeScript(
                "return Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)"));
        browser.manage().window().setSize(new Dimension(1000, 1100));
        BufferedImage page = BarcodeReader.image(browser.getScreenshotAs(OutputType.BYTES));
        List<String> read = BarcodeReader.readBands(page, 140);
        String first = ItServer.query("SELECT barcode FROM product WHERE archived_at IS NULL AND LOWER(name) LIKE '%semen%'"
                + " ORDER BY name, id LIMIT 1");
        assertTrue(read.contains(first), "read from Chromium's page: " + read);
        browser.manage().window().setSize(new Dimension(1366, 900));
        shot("label-sheet");
    }

    private void countByScanner(String barcode, String counted) {
        WebElement scan = browser.findElement(By.id("scan"));
        scan.sendKeys(barcode, Keys.ENTER);
        wait.until(d -> "f-counted".equals(d.switchTo().activeElement().getAttribute("id")));
        keys(counted, Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert"), "Tercatat"));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private void keys(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private void shot(String name) throws IOException {
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
