package id.cermin.sales;

import id.cermin.testing.BrowserSession;
import id.cermin.testing.CartForm;
import id.cermin.testing.ItServer;
import id.cermin.testing.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The selling pages as an owner and a cashier see them in a real browser: a receipt with
 * the units sold and the store's QRIS, the takings by payment method on the sales report
 * and the dashboard (each grown by exactly this sale's payments), the stock of a product
 * in its base unit and in its other units, and the warning of a
 * price below cost while receiving goods and while editing a product. Screenshots go to
 * {@code target/it/screenshots}.
 */
class SellingPagesBrowserIT {

    private static final String GRESIK_SAK = "8991022000012";
    private BrowserSession session;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void open() {
        session = BrowserSession.start();
        browser = session.driver();
        wait = session.waiting();
    }

    @AfterEach
    void close() throws IOException {
        if (session != null) {
            session.quit("selling-pages-last.png");
        }
    }

    @Test
    void receiptReportsAndWarningsShowWhatWasSoldAndHowItWasPaid() throws SQLException, IOException {
        String base = ItServer.baseUrl();
        WebSession owner = WebSession.loggedIn(base, "admin", "admin123");
        owner.get("/pengaturan");
        assertEquals(302, owner.postFile("/pengaturan/qris", "image", "qris.png", qrisPng()).statusCode());
        session.logIn(base, "admin", "admin123");
        browser.get(base + "/laporan/keluar");
        List<Long> reportBefore = takings();
        browser.get(base + "/");
        List<Long> dashboardBefore = takings();

        WebSession kasir = WebSession.loggedIn(base, "kasir", "kasir123");
        String customer = ItServer.query("SELECT id FROM customer WHERE name = 'CV Karya Bangun Mandiri'");
        String gresik = ItServer.query("SELECT id FROM product WHERE name = 'Semen Gresik PCC 40 kg'");
        String kabel = ItServer.query("SELECT id FROM product WHERE name = 'Kabel Eterna NYM 2x1.5 mm'");
        kasir.get("/kasir");
        // 12 sak at the break from 10 (Rp 54.000) = 648.000; 7,5 m at Rp 8.000 = 60.000; a roll at the
        // kontraktor price less 3% = 349.200; total 1.057.200: 400.000 cash, 200.000 QRIS, the rest on the bon.
        HttpResponse<String> sold = kasir.postForm("/kasir/bayar", CartForm.fresh().customer(customer)
                .line(gresik, "sak", "12", "").line(kabel, "meter", "7,5", "").line(kabel, "roll", "1", "3%")
                .cash("400.000").pay("QRIS", "200.000", "QR-0912").pay("BON", "457.200", "").encoded());
        assertEquals(302, sold.statusCode(), () -> WebSession.html(sold).select("#checkout-error").text());
        String location = sold.headers().firstValue("Location").orElseThrow();

        browser.get(base + location.substring(location.indexOf("/kasir")));
        String receipt = browser.findElement(By.id("receipt")).getText();
        for (String shown : List.of("12 sak × Rp 54.000", "7,5 meter × Rp 8.000", "1 roll × Rp 360.000",
                "Rp 1.057.200", "QRIS QR-0912", "Rp 457.200", "CV Karya Bangun Mandiri")) {
            assertTrue(receipt.contains(shown), shown + " is on the receipt:\n" + receipt);
        }
        WebElement qris = browser.findElement(By.cssSelector(".receipt-qris img"));
        assertTrue(((Number) browser.executeScript("return arguments[0].naturalWidth", qris)).intValue() > 0,
                "the store's QRIS is printed");
        session.screenshot("nota-satuan-qris.png");

        browser.get(base + "/laporan/keluar");
        assertEquals(List.of(400_000L, 0L, 200_000L, 0L), grown(reportBefore, takings()),
                "the report's takings grew by this sale's cash and QRIS, nothing else");
        session.screenshot("laporan-cara-bayar.png");
        browser.get(base + "/");
        assertEquals(List.of(400_000L, 0L, 200_000L, 0L), grown(dashboardBefore, takings()), "and the dashboard's");
        session.screenshot("dasbor-cara-bayar.png");

        browser.get(base + "/barang-masuk");
        session.keys(GRESIK_SAK, Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector("#cart-lines tr")).size() == 1);
        WebElement belowCost = browser.findElement(By.cssSelector("#cart-lines tr .line-below-cost"));
        assertFalse(belowCost.isDisplayed(), "a sak bought at Rp 50.400 sells above cost");
        WebElement cost = browser.findElement(By.cssSelector("#cart-lines tr .line-cost"));
        cost.sendKeys(Keys.chord(Keys.CONTROL, "a"), "60.000");
        wait.until(ExpectedConditions.visibilityOf(belowCost));
        assertTrue(belowCost.getText().contains("Rp 56.000"), "the sak's own price is said: " + belowCost.getText());
        session.screenshot("barang-masuk-di-bawah-modal.png");
        browser.findElement(By.id("clear-cart")).click();

        browser.get(base + "/barang?q=kabel+eterna+nym");
        String stock = browser.findElements(By.cssSelector("table.data tbody tr")).stream()
                .filter(row -> row.findElement(By.cssSelector("td.name")).getText().equals("Kabel Eterna NYM 2x1.5 mm"))
                .findFirst().orElseThrow().findElement(By.cssSelector("td.stock")).getText();
        java.math.BigDecimal metres = new java.math.BigDecimal(ItServer.query("SELECT stock FROM product WHERE id = '"
                + kabel + "'"));
        assertTrue(stock.contains("= " + id.cermin.web.Format.quantity(metres.divide(new java.math.BigDecimal("50"),
                java.math.RoundingMode.HALF_UP)) + " roll"), "the stock in metres and in rolls: " + stock);
        session.screenshot("barang-satuan.png");

        browser.get(base + "/barang/edit?id=" + gresik);
        WebElement box = browser.findElement(By.id("below-cost"));
        assertFalse(box.isDisplayed());
        WebElement costPrice = browser.findElement(By.name("costPrice"));
        costPrice.sendKeys(Keys.chord(Keys.CONTROL, "a"), "1.450");
        wait.until(ExpectedConditions.visibilityOf(box));
        assertTrue(box.getText().contains("sak (Kontraktor): Rp 54.500, modal Rp 58.000"), box.getText());
        browser.executeScript("arguments[0].scrollIntoView()", box);
        session.screenshot("barang-di-bawah-modal.png");
    }

    /** Each method's total in the takings table (tunai, transfer, QRIS, kartu), in rupiah. */
    private List<Long> takings() {
        return List.of("TUNAI", "TRANSFER", "QRIS", "KARTU").stream().map(method -> {
            List<WebElement> cells = browser.findElements(By.cssSelector("#takings-" + method + " td"));
            return Long.parseLong(cells.get(cells.size() - 1).getText().replaceAll("[^0-9]", ""));
        }).toList();
    }

    private static List<Long> grown(List<Long> before, List<Long> after) {
        return java.util.stream.IntStream.range(0, before.size()).mapToObj(i -> after.get(i) - before.get(i)).toList();
    }

    /** A black and white square standing for the store's QRIS sticker. */
    private static byte[] qrisPng() throws IOException {
        BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_BYTE_BINARY);
        for (int x = 0; x < 200; x++) {
            for (int y = 0; y < 200; y++) {
                image.setRGB(x, y, (x / 10 + y / 10) % 2 == 0 ? 0 : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

}
