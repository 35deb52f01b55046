package id.cermin.sales;

import id.cermin.testing.CartForm;
import id.cermin.testing.ItServer;
import id.cermin.testing.ShopSetup;
import id.cermin.testing.WebSession;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Selling the way a toko bangunan sells, over HTTP against a running store: units with
 * their own prices and barcodes moving stock in base units, price levels and quantity
 * breaks, discounts within and beyond the cashier's limit, split payments with change from
 * cash only, bons within and beyond the customer's limit, and profit after every discount.
 */
class SellingHttpIT {

    private static WebSession owner;
    private static WebSession kasir;
    private static ShopSetup shop;
    private static String semen;
    private static String semenSak;
    private static String kabel;
    private static String kabelRoll;

    @BeforeAll
    static void shop() throws SQLException {
        String base = ItServer.baseUrl();
        owner = WebSession.loggedIn(base, "admin", "admin123");
        kasir = WebSession.loggedIn(base, "kasir", "kasir123");
        shop = new ShopSetup(owner);
        semenSak = ShopSetup.barcode();
        kabelRoll = ShopSetup.barcode();
        semen = shop.semen(semenSak);
        kabel = shop.kabel(kabelRoll);
        kasir.get("/kasir");
    }

    @Test
    void unitsMoveStockInBaseUnitsWithExactDecimalsAndTheReceiptNamesTheUnitSold() throws SQLException {
        BigDecimal before = stock(kabel);
        HttpResponse<String> sold = sell(kasir, CartForm.fresh().line(kabel, "roll", "2", "")
                .line(kabel, "meter", "2,5", "").cash("800.000"));
        String sale = saleId(sold);
        assertEquals(0, before.subtract(new BigDecimal("102.5")).compareTo(stock(kabel)), "2 x 50 m + 2,5 m");
        assertEquals("50.000|375000", row("SELECT CONCAT(unit_factor, '|', unit_price) FROM sale_line WHERE sale_id = '"
                + sale + "' AND line_no = 1"));
        assertEquals("1.000|8000|2.500", row("SELECT CONCAT(unit_factor, '|', unit_price, '|', quantity) FROM sale_line"
                + " WHERE sale_id = '" + sale + "' AND line_no = 2"));
        assertEquals(String.valueOf(2 * 375_000 + 20_000), row("SELECT total FROM sale WHERE id = '" + sale + "'"));
        assertEquals("-102.500", row("SELECT SUM(delta) FROM stock_movement WHERE source_id = '" + sale + "'"));
        String receipt = kasir.get("/kasir/nota?id=" + sale).body();
        assertTrue(receipt.contains("2 roll × Rp 375.000") && receipt.contains("2,5 meter × Rp 8.000"), receipt);
        assertTrue(owner.get("/laporan/keluar/detail?id=" + sale).body().contains("= 100 dalam satuan dasar"),
                "the report shows the quantity in base units too");

        String scanned = kasir.get("/kasir/cari?q=" + kabelRoll).body();
        assertTrue(scanned.contains("\"unit\":\"roll\"") && scanned.contains("\"price\":375000"),
                "a unit's barcode picks that unit: " + scanned);

        HttpResponse<String> halfRoll = sell(kasir, CartForm.fresh().line(kabel, "roll", "0,5", "").cash("500000"));
        assertEquals(422, halfRoll.statusCode());
        assertTrue(error(halfRoll).contains("harus bilangan bulat"), error(halfRoll));
    }

    @Test
    void goodsReceivedBySakAddFortyKiloEachAndTheCostPerKiloFollows() throws SQLException {
        BigDecimal before = stock(semen);
        owner.get("/barang-masuk");
        HttpResponse<String> received = owner.postForm("/barang-masuk/simpan", "key=" + UUID.randomUUID()
                + "&supplier=Uji&updateCost=1&productId=" + semen + "&unit=sak&qty=3&cost=52.000");
        assertEquals(302, received.statusCode(), received.body());
        assertEquals(0, before.add(new BigDecimal("120")).compareTo(stock(semen)));
        assertEquals("1300", row("SELECT cost_price FROM product WHERE id = '" + semen + "'"), "52.000 / 40 kg");
    }

    @Test
    void thePriceLevelFollowsTheCustomersTypeAndTheQuantityBreakItsQuantity() throws SQLException {
        String kontraktor = shop.customer("CV Harga", "KONTRAKTOR", "0");
        String grosir = shop.customer("Toko Harga", "GROSIR", "0");
        assertEquals("58000", priceOfOneLine(CartForm.fresh().line(semen, "sak", "1", "").cash("1000000")));
        assertEquals("56500", priceOfOneLine(CartForm.fresh().customer(kontraktor).line(semen, "sak", "1", "")
                .cash("1000000")));
        assertEquals("57000", priceOfOneLine(CartForm.fresh().customer(grosir).line(semen, "sak", "1", "")
                .cash("1000000")));
        assertEquals("56000", priceOfOneLine(CartForm.fresh().line(semen, "sak", "10", "").cash("1000000")),
                "from 10 sak");
        assertEquals("56000", priceOfOneLine(CartForm.fresh().customer(kontraktor).line(semen, "sak", "12", "")
                .cash("1000000")), "the lowest price that applies");
        assertEquals("1600", priceOfOneLine(CartForm.fresh().customer(kontraktor).line(semen, "kg", "2,5", "")
                .cash("1000000")), "per kilo it has one price");
    }

    @Test
    void aDiscountWithinTheCashiersLimitPassesAndBeyondItNeedsTheOwner() throws SQLException {
        String within = saleId(sell(kasir, CartForm.fresh().line(semen, "sak", "2", "5%").cash("200000")));
        assertEquals("5800|110200", row("SELECT CONCAT(discount, '|', line_total) FROM sale_line WHERE sale_id = '"
                + within + "'"));

        long sales = count("sale");
        HttpResponse<String> beyond = sell(kasir, CartForm.fresh().line(semen, "sak", "2", "10%").cash("200000"));
        assertEquals(422, beyond.statusCode());
        assertTrue(error(beyond).contains("melebihi batas Anda (5%)"), error(beyond));
        assertTrue(beyond.body().contains("data-approval=\"needed\""), "the counter asks for the owner");
        HttpResponse<String> wrongPassword = sell(kasir, CartForm.fresh().line(semen, "sak", "2", "10%")
                .cash("200000").approval("admin", "salah-sekali"));
        assertEquals(422, wrongPassword.statusCode());
        assertTrue(error(wrongPassword).contains("ditolak"), error(wrongPassword));
        HttpResponse<String> byTheSaleToo = sell(kasir, CartForm.fresh().line(semen, "sak", "2", "").saleDiscount("7.000")
                .cash("200000"));
        assertEquals(422, byTheSaleToo.statusCode(), "a sale discount counts against the same limit");
        assertEquals(sales, count("sale"), "nothing was sold");

        String approved = saleId(sell(kasir, CartForm.fresh().line(semen, "sak", "2", "10%").cash("200000")
                .approval("admin", "admin123")));
        assertEquals("104400", row("SELECT total FROM sale WHERE id = '" + approved + "'"));
        String audit = row("SELECT CONCAT(username, ': ', detail) FROM audit_log WHERE action = 'DISCOUNT_OVERRIDE'"
                + " AND entity_id = '" + approved + "'");
        assertNotNull(audit, "the override is in the audit log");
        assertTrue(audit.startsWith("kasir: ") && audit.endsWith("disetujui admin"), audit);

        String ownersOwn = saleId(sell(owner, CartForm.fresh().line(semen, "sak", "1", "20%").cash("100000")));
        assertEquals("46400", row("SELECT total FROM sale WHERE id = '" + ownersOwn + "'"), "the owner has no limit");
    }

    @Test
    void aSplitPaymentGivesChangeFromCashOnly() throws SQLException {
        String sale = saleId(sell(kasir, CartForm.fresh().line(semen, "sak", "1", "").pay("QRIS", "40.000", "QR-881")
                .cash("20.000")));
        assertEquals("58000|60000|40000|2000|0", row("SELECT CONCAT(total, '|', paid, '|', non_cash, '|', change_due,"
                + " '|', credit) FROM sale WHERE id = '" + sale + "'"));
        assertEquals("QRIS|40000|QR-881", row("SELECT CONCAT(method, '|', amount, '|', reference) FROM sale_payment"
                + " WHERE sale_id = '" + sale + "'"));
        String receipt = kasir.get("/kasir/nota?id=" + sale).body();
        assertTrue(receipt.contains("QR-881") && receipt.contains("Rp 2.000"), receipt);

        HttpResponse<String> changeFromQris = sell(kasir, CartForm.fresh().line(semen, "sak", "1", "")
                .pay("QRIS", "60.000", "").cash("0"));
        assertEquals(422, changeFromQris.statusCode());
        assertTrue(error(changeFromQris).contains("kembalian hanya dari uang tunai"), error(changeFromQris));
        HttpResponse<String> transferAndCard = sell(kasir, CartForm.fresh().line(semen, "sak", "1", "")
                .pay("TRANSFER", "30.000", "BCA 12").pay("KARTU", "28.000", ""));
        assertEquals("58000|0", row("SELECT CONCAT(non_cash, '|', change_due) FROM sale WHERE id = '"
                + saleId(transferAndCard) + "'"), "nothing in cash, no change");

        Document dashboard = WebSession.html(owner.get("/"));
        assertTrue(rupiah(dashboard.getElementById("takings-QRIS").select("td").last().text()) >= 40_000);
        assertTrue(rupiah(dashboard.getElementById("takings-KARTU").select("td").last().text()) >= 28_000);
    }

    @Test
    void aBonWithinTheLimitPassesAndBeyondItNeedsTheOwner() throws SQLException {
        String customer = shop.customer("CV Limit", "ECERAN", "2.000.000");
        String first = saleId(sell(kasir, CartForm.fresh().customer(customer).line(kabel, "roll", "4", "")
                .pay("BON", "1.500.000", "")));
        assertEquals("1500000|0", row("SELECT CONCAT(credit, '|', paid) FROM sale WHERE id = '" + first + "'"));

        HttpResponse<String> over = sell(kasir, CartForm.fresh().customer(customer).line(kabel, "roll", "2", "")
                .pay("BON", "750.000", ""));
        assertEquals(422, over.statusCode());
        assertTrue(error(over).contains("melebihi limit pelanggan (sisa limit Rp 500.000)"), error(over));
        HttpResponse<String> noCustomer = sell(kasir, CartForm.fresh().line(kabel, "roll", "1", "")
                .pay("BON", "375.000", ""));
        assertEquals(422, noCustomer.statusCode());
        assertTrue(error(noCustomer).contains("Bon hanya untuk pelanggan"), error(noCustomer));

        String approved = saleId(sell(kasir, CartForm.fresh().customer(customer).line(kabel, "roll", "2", "")
                .pay("BON", "750.000", "").approval("admin", "admin123")));
        assertEquals("750000", row("SELECT credit FROM sale WHERE id = '" + approved + "'"));
        String audit = row("SELECT detail FROM audit_log WHERE action = 'CREDIT_OVERRIDE' AND entity_id = '"
                + customer + "'");
        assertTrue(audit != null && audit.contains("bon 750000, sudah 1500000, limit 2000000, disetujui admin"), audit);
        assertTrue(kasir.get("/kasir/nota?id=" + approved).body().contains("Rp 2.250.000"),
                "the receipt says what the customer owes here now");
    }

    @Test
    void profitAfterLineAndSaleDiscountsEqualsAHandCalculation() throws SQLException {
        // 2 sak at 58.000 less 5% (5.800) = 110.200; 1 roll at 375.000 less 25.000 = 350.000;
        // less 10.000 on the sale = 450.200. Cost: 80 kg x 1.300 + 50 m x 6.700 = 439.000.
        String sale = saleId(sell(owner, CartForm.fresh().line(semen, "sak", "2", "5%").line(kabel, "roll", "1", "25.000")
                .saleDiscount("10.000").cash("500.000")));
        assertEquals("450200|10000", row("SELECT CONCAT(total, '|', discount) FROM sale WHERE id = '" + sale + "'"));
        Element line = WebSession.html(owner.get("/laporan/keluar")).selectFirst("#sales-report a[href*=" + sale + "]")
                .closest("tr");
        assertTrue(line.text().contains("Rp 450.200") && line.text().contains("Rp 11.200"), line.text());
        assertNull(row("SELECT id FROM sale_void WHERE sale_id = '" + sale + "'"));
    }

    private static String priceOfOneLine(CartForm cart) throws SQLException {
        return row("SELECT unit_price FROM sale_line WHERE sale_id = '" + saleId(sell(kasir, cart)) + "'");
    }

    static HttpResponse<String> sell(WebSession session, CartForm cart) {
        session.get("/kasir");
        return session.postForm("/kasir/bayar", cart.encoded());
    }

    static String saleId(HttpResponse<String> response) {
        assertEquals(302, response.statusCode(), () -> error(response));
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf("id=") + 3);
    }

    private static String error(HttpResponse<String> response) {
        return WebSession.html(response).select("#checkout-error").text();
    }

    private static String row(String sql) throws SQLException {
        return ItServer.query(sql);
    }

    private static long count(String table) throws SQLException {
        return Long.parseLong(ItServer.query("SELECT COUNT(*) FROM " + table));
    }

    private static BigDecimal stock(String productId) throws SQLException {
        return new BigDecimal(ItServer.query("SELECT stock FROM product WHERE id = '" + productId + "'"));
    }

    private static long rupiah(String text) {
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }
}
