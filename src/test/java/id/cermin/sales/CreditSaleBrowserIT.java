package id.cermin.sales;

import id.cermin.testing.BrowserSession;
import id.cermin.testing.ItDatabase;
import id.cermin.testing.ItServer;
import id.cermin.testing.ShopSetup;
import id.cermin.web.Format;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.SQLException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A contractor buying on credit, at the counter in a real browser with the keyboard only:
 * F2 picks the customer (kontraktor prices), a sak barcode picks the sak, F3 turns metres
 * of iron bar into batang, F4 gives a line discount, F8 leaves the sale on the account.
 * Then a partial payment, the statement, and the aging report with older bons from the
 * paper nota book in each of its columns. The statement prints on one A4 page. Screenshots
 * of the counter, the statement (on screen and as printed) and the aging report go to
 * {@code target/it/screenshots} (the README's).
 */
class CreditSaleBrowserIT {

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
            session.quit("credit-sale-last.png");
        }
    }

    @Test
    void aContractorsCreditSaleIsDoneWithTheKeyboardOnly() throws SQLException, IOException {
        String base = ItServer.baseUrl();
        String customer = ItServer.query("SELECT id FROM customer WHERE name = 'CV Karya Bangun Mandiri'");
        String besi = ItServer.query("SELECT id FROM product WHERE name = 'Besi Beton Ulir 10 mm SNI 12 m'");
        BigDecimal besiBefore = new BigDecimal(ItServer.query("SELECT stock FROM product WHERE id = '" + besi + "'"));
        long owedBefore = owed(customer);
        session.logIn(base, "kasir", "kasir123");
        browser.get(base + "/kasir");
        assertEquals("scan", session.focusedId());

        session.keys(Keys.F2);
        assertEquals("customer-q", session.focusedId(), "F2 asks for the customer");
        session.keys("karya");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#customer-suggestions li.selected")));
        session.keys(Keys.ENTER);
        wait.until(d -> d.findElement(By.id("customer-name")).getText().equals("CV Karya Bangun Mandiri"));
        assertEquals("Kontraktor", browser.findElement(By.id("customer-level")).getText());
        assertEquals("scan", session.focusedId());

        session.keys(GRESIK_SAK, Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector("#cart-lines tr")).size() == 1);
        session.keys(GRESIK_SAK, Keys.ENTER);
        wait.until(d -> "2".equals(d.findElement(By.cssSelector("#cart-lines tr .line-qty")).getAttribute("value")));
        assertEquals("sak", selectedUnit(0), "the sak's barcode picks the sak");
        assertEquals("Rp 54.500", cell(0, ".line-price"), "the kontraktor price of a sak");

        session.keys("besi ulir 10");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#suggestions li.selected")));
        session.keys(Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector("#cart-lines tr")).size() == 2);
        assertTrue(browser.switchTo().activeElement().getAttribute("class").contains("line-qty"), "metres ask for a length");
        session.keys("10", Keys.F3);
        wait.until(d -> "batang".equals(selectedUnit(1)));
        assertEquals("10", browser.findElements(By.cssSelector("#cart-lines tr .line-qty")).get(1).getAttribute("value"));
        assertEquals("Rp 81.000", cell(1, ".line-price"), "F3 made it 10 batang at the kontraktor price");
        session.keys(Keys.ENTER);
        assertEquals("scan", session.focusedId());
        session.keys(Keys.F4);
        assertTrue(browser.switchTo().activeElement().getAttribute("class").contains("line-disc"), "F4: the line's discount");
        session.keys("2%", Keys.ENTER);
        assertEquals("scan", session.focusedId());
        session.keys(Keys.ENTER);
        assertEquals("paid", session.focusedId(), "Enter on the empty scan field moves to payment");
        session.keys(Keys.F8);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("method-menu")));
        session.keys("4");
        wait.until(d -> d.findElements(By.cssSelector("#payments .pay-row[data-method=BON]")).size() == 1);
        // 2 x 54.500 + 10 x 81.000 less 2% (16.200) = 902.800, all on the account.
        assertEquals("Rp 902.800", browser.findElement(By.id("total")).getText());
        assertEquals("902.800", browser.switchTo().activeElement().getAttribute("value"), "the bon takes what is due");
        session.screenshot("kasir-pelanggan-satuan.png");
        session.keys(Keys.ENTER);

        wait.until(ExpectedConditions.urlContains("/kasir/nota?id="));
        String receipt = browser.findElement(By.id("receipt")).getText();
        assertTrue(receipt.contains("CV Karya Bangun Mandiri") && receipt.contains("2 sak × Rp 54.500")
                && receipt.contains("10 batang × Rp 81.000"), receipt);
        assertTrue(browser.findElement(By.id("receipt-bon")).getText().contains("Rp 902.800"));
        String saleId = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("id=") + 3);
        assertEquals("902800|" + customer, ItServer.query("SELECT CONCAT(credit, '|', customer_id) FROM sale WHERE id = '"
                + saleId + "'"));
        assertEquals(owedBefore + 902_800, owed(customer));
        assertEquals(0, besiBefore.subtract(new BigDecimal("120")).compareTo(
                new BigDecimal(ItServer.query("SELECT stock FROM product WHERE id = '" + besi + "'"))), "10 x 12 m");

        browser.get(base + "/pelanggan/bayar?id=" + customer);
        assertEquals("f-amount", session.focusedId());
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
        session.keys("300.000", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/pelanggan/kuitansi?id="));
        assertEquals(owedBefore + 602_800, owed(customer));
        session.keys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/pelanggan/rekening?id="));
        assertTrue(browser.findElement(By.id("statement-closing")).getText().contains(rupiah(owedBefore + 602_800)));
        session.screenshot("rekening.png");
        statementPrintsOnOneA4Page();

        // Bons from the paper nota book, weeks and months old, put straight into the store's database.
        bonGivenDaysAgo("TB Maju Jaya", 45, 1_250_000);
        bonGivenDaysAgo("Pak Budi Santoso", 75, 860_000);
        bonGivenDaysAgo("Ibu Sari Wulandari", 120, 415_000);
        session.logIn(base, "admin", "admin123");
        browser.get(base + "/laporan/piutang");
        assertEquals(rupiah(owedBefore + 602_800), agingRow("CV Karya Bangun Mandiri").get(0), "0–30 days");
        assertEquals(List.of("", "Rp 1.250.000", "", ""), agingRow("TB Maju Jaya"), "31–60 days");
        assertEquals(List.of("", "", "Rp 860.000", ""), agingRow("Pak Budi Santoso"), "61–90 days");
        assertEquals(List.of("", "", "", "Rp 415.000"), agingRow("Ibu Sari Wulandari"), "over 90 days");
        session.screenshot("umur-piutang.png");
    }

    /**
     * The statement as Chromium prints it, at the page size the page asks for: one A4 page
     * (595 x 842 points), with none of the app's menus; its look in print goes to
     * {@code rekening-cetak.png}.
     */
    private void statementPrintsOnOneA4Page() throws IOException {
        Map<String, Object> printed = browser.executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", false));
        String pdf = new String(Base64.getDecoder().decode((String) printed.get("data")), StandardCharsets.ISO_8859_1);
        Matcher pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(pdf);
        int count = 0;
        while (pages.find()) {
            count++;
        }
        assertEquals(1, count, "the statement fits one page");
        Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0 0 ([\\d.]+) ([\\d.]+)").matcher(pdf);
        assertTrue(box.find(), "the PDF names its page size");
        assertEquals(595, Math.round(Double.parseDouble(box.group(1))), "A4 is 210 mm wide: " + box.group());
        assertEquals(842, Math.round(Double.parseDouble(box.group(2))), "and 297 mm high: " + box.group());
        Files.write(BrowserSession.screenshots().resolve("rekening.pdf"), Base64.getDecoder().decode((String) printed.get("data")));

        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertTrue(browser.findElements(By.cssSelector("nav.mainnav")).stream().noneMatch(WebElement::isDisplayed),
                "no menu on paper");
        Dimension screen = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(794, 1123));
        session.screenshot("rekening-cetak.png");
        browser.manage().window().setSize(screen);
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    /** The four age columns of a customer's row in the aging report. */
    private List<String> agingRow(String customer) {
        return browser.findElements(By.cssSelector("#aging-report tbody tr")).stream()
                .filter(row -> row.findElement(By.cssSelector("td.name")).getText().equals(customer)).findFirst()
                .orElseThrow(() -> new AssertionError(customer + " is not in the aging report"))
                .findElements(By.cssSelector("td.num")).subList(0, 4).stream().map(WebElement::getText).toList();
    }

    private static void bonGivenDaysAgo(String customer, int days, long amount) throws SQLException {
        try (Connection c = ItDatabase.connect(ItServer.DATABASE); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO sale (id, receipt_no, cashier_id, customer_id, sold_at, total, paid, change_due, credit,"
                        + " item_count, idempotency_key, origin_node) SELECT ?, ?, u.id, c.id, ?, ?, 0, 0, ?, 1, ?, 'S9'"
                        + " FROM app_user u, customer c WHERE u.username = 'kasir' AND c.name = ?")) {
            LocalDateTime soldAt = LocalDateTime.now(ZoneOffset.UTC).minusDays(days);
            ps.setString(1, UUID.randomUUID().toString());
            ps.setString(2, "S9-" + soldAt.format(DateTimeFormatter.BASIC_ISO_DATE) + "-9" + (100 + days));
            ps.setObject(3, soldAt);
            ps.setLong(4, amount);
            ps.setLong(5, amount);
            ps.setString(6, UUID.randomUUID().toString());
            ps.setString(7, customer);
            assertEquals(1, ps.executeUpdate());
        }
    }

    private static long owed(String customer) throws SQLException {
        return ShopSetup.owed(ItServer.DATABASE, customer);
    }

    private static String rupiah(long amount) {
        return Format.rupiah(amount);
    }

    private String selectedUnit(int line) {
        return browser.findElements(By.cssSelector("#cart-lines tr .line-unit")).get(line).getAttribute("value");
    }

    private String cell(int line, String selector) {
        return browser.findElements(By.cssSelector("#cart-lines tr")).get(line).findElement(By.cssSelector(selector))
                .getText();
    }

}
