package id.cermin.sales;

import id.cermin.testing.ItDatabase;
import id.cermin.testing.ItServer;
import id.cermin.testing.WebSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checkout over HTTP against a running store: one transaction for sale, lines and stock
 * movements, prices from the database only, a cart sent twice makes one sale, bad
 * carts change nothing, and concurrent cashiers leave stock exactly right.
 */
class CheckoutHttpIT {

    private static final String SEMEN = "semen-tiga-roda-40";
    private static String base;
    private static WebSession kasir;
    private static String semenId;
    private static String kabelId;

    @BeforeAll
    static void counter() throws SQLException {
        base = ItServer.baseUrl();
        kasir = WebSession.loggedIn(base, "kasir", "kasir123");
        kasir.get("/kasir");
        semenId = productId("Semen Tiga Roda PCC 40 kg");
        kabelId = ItServer.query("SELECT p.id FROM product p WHERE p.unit_code = 'meter' ORDER BY p.name LIMIT 1");
    }

    @Test
    void aSaleWritesLinesWithSnapshotsAndMovesStockInOneGo() throws SQLException {
        BigDecimal semenBefore = stock(semenId);
        BigDecimal kabelBefore = stock(kabelId);
        long kabelPrice = Long.parseLong(ItServer.query("SELECT sell_price FROM product WHERE id = '" + kabelId + "'"));
        String key = UUID.randomUUID().toString();
        HttpResponse<String> response = pay(kasir, key, List.of(semenId, kabelId), List.of("2", "2,5"), "1.000.000",
                Map.of("price", "1", "unitPrice", "1", "total", "1"));
        assertEquals(302, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/kasir/nota?id="));
        String saleId = location.substring(location.indexOf("id=") + 3);

        long expectedTotal = 2 * 58_000 + new BigDecimal("2.5").multiply(BigDecimal.valueOf(kabelPrice)).longValueExact();
        assertEquals(String.valueOf(expectedTotal), ItServer.query("SELECT total FROM sale WHERE id = '" + saleId + "'"),
                "prices come from the database, never from the form");
        assertEquals(String.valueOf(1_000_000 - expectedTotal), ItServer.query("SELECT change_due FROM sale WHERE id = '" + saleId + "'"));
        assertEquals("58000", ItServer.query("SELECT unit_price FROM sale_line WHERE sale_id = '" + saleId + "' AND line_no = 1"));
        assertEquals("52000", ItServer.query("SELECT unit_cost FROM sale_line WHERE sale_id = '" + saleId + "' AND line_no = 1"));
        assertEquals("2", ItServer.query("SELECT COUNT(*) FROM stock_movement WHERE source_id = '" + saleId + "' AND kind = 'SALE'"));
        assertEquals(0, semenBefore.subtract(new BigDecimal("2")).compareTo(stock(semenId)));
        assertEquals(0, kabelBefore.subtract(new BigDecimal("2.5")).compareTo(stock(kabelId)));
        assertTrue(ItServer.query("SELECT receipt_no FROM sale WHERE id = '" + saleId + "'").matches("S9-\\d{8}-\\d{4}"));

        HttpResponse<String> receipt = kasir.get(location.substring(location.indexOf("/kasir")));
        assertEquals(200, receipt.statusCode());
        assertTrue(receipt.body().contains("2,5 meter"), receipt.body());
        assertTrue(receipt.body().contains("Rp 1.000.000"));
        assertTrue(receipt.body().contains("Kasir Depan"));
    }

    @Test
    void theReceiptShowsTheStoreDetailsTheOwnerSet() throws SQLException {
        WebSession owner = WebSession.loggedIn(base, "admin", "admin123");
        owner.get("/pengaturan");
        assertEquals(302, owner.post("/pengaturan", Map.of("name", "TB Sumber Rezeki", "address",
                "Jl. Tuanku Tambusai No. 8, Pasir Pengaraian", "phone", "0762-91234", "footer", "Barang yang sudah dibeli <b>tidak</b> dapat ditukar", "timeZone", "Asia/Jakarta"))
                .statusCode());
        HttpResponse<String> sale = pay(kasir, UUID.randomUUID().toString(), List.of(semenId), List.of("1"), "60000", Map.of());
        String location = sale.headers().firstValue("Location").orElseThrow();
        String receipt = kasir.get(location.substring(location.indexOf("/kasir"))).body();
        assertTrue(receipt.contains("TB Sumber Rezeki") && receipt.contains("Pasir Pengaraian") && receipt.contains("0762-91234"));
        assertTrue(receipt.contains("&lt;b&gt;tidak&lt;/b&gt;"), "escaped");
        assertEquals(200, owner.post("/pengaturan", Map.of("name", "", "address", "", "phone", "", "footer", "")).statusCode(),
                "an empty name is refused");
        assertEquals("TB Sumber Rezeki", ItServer.query("SELECT name FROM store_profile WHERE node = 'S9'"));
    }

    @Test
    void theReceiptShowsItsTimeInTheZoneTheOwnerChose() throws SQLException {
        WebSession owner = WebSession.loggedIn(base, "admin", "admin123");
        Document settings = WebSession.html(owner.get("/pengaturan"));
        assertEquals(List.of("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"),
                settings.select("#f-timeZone option").eachAttr("value"));
        Map<String, String> form = new LinkedHashMap<>(Map.of("name", "TB Timur Jaya", "address", "", "phone", "",
                "footer", ""));
        try {
            form.put("timeZone", "Asia/Jayapura");
            assertEquals(302, owner.post("/pengaturan", form).statusCode());
            HttpResponse<String> sale = pay(kasir, UUID.randomUUID().toString(), List.of(semenId), List.of("1"),
                    "60000", Map.of());
            String location = sale.headers().firstValue("Location").orElseThrow();
            String soldAt = ItServer.query("SELECT sold_at FROM sale WHERE id = '"
                    + location.substring(location.indexOf("id=") + 3) + "'");
            String shown = LocalDateTime.parse(soldAt.replace(' ', 'T')).atOffset(ZoneOffset.UTC)
                    .atZoneSameInstant(ZoneId.of("Asia/Jayapura"))
                    .format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
            assertTrue(kasir.get(location.substring(location.indexOf("/kasir"))).body().contains(shown), shown);
            assertTrue(WebSession.html(owner.get("/pengaturan"))
                    .selectFirst("#f-timeZone option[value=Asia/Jayapura]").hasAttr("selected"), "the choice is kept");

            form.put("timeZone", "Europe/Berlin");
            HttpResponse<String> refused = owner.post("/pengaturan", form);
            assertEquals(200, refused.statusCode(), "only Indonesia's zones");
            assertTrue(WebSession.html(refused).select("#e-timeZone").text().contains("zona waktu"));
            assertEquals("Asia/Jayapura", ItServer.query("SELECT time_zone FROM store_profile WHERE node = 'S9'"));
        } finally {
            form.put("timeZone", "Asia/Jakarta");
            assertEquals(302, owner.post("/pengaturan", form).statusCode());
        }
    }

    @Test
    void theSameCartSentTwiceMakesOneSale() throws SQLException {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = pay(kasir, key, List.of(semenId), List.of("1"), "100000", Map.of());
        HttpResponse<String> second = pay(kasir, key, List.of(semenId), List.of("1"), "100000", Map.of());
        assertEquals(302, first.statusCode());
        assertEquals(first.headers().firstValue("Location"), second.headers().firstValue("Location"));
        assertEquals("1", ItServer.query("SELECT COUNT(*) FROM sale WHERE idempotency_key = '" + key + "'"));
    }

    @Test
    void theSameCartSentFromFourTabsAtOnceMakesOneSale() throws Exception {
        String key = UUID.randomUUID().toString();
        BigDecimal before = stock(semenId);
        List<Callable<Integer>> tabs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tabs.add(() -> pay(kasir, key, List.of(semenId), List.of("1"), "100000", Map.of()).statusCode());
        }
        for (int status : runTogether(tabs)) {
            assertEquals(302, status);
        }
        assertEquals("1", ItServer.query("SELECT COUNT(*) FROM sale WHERE idempotency_key = '" + key + "'"));
        assertEquals(0, before.subtract(BigDecimal.ONE).compareTo(stock(semenId)));
    }

    @Test
    void eightCashiersSellingTheSameProductAtOnceLeaveExactStock() throws Exception {
        BigDecimal before = stock(semenId);
        long salesBefore = Long.parseLong(ItServer.query("SELECT COUNT(*) FROM sale"));
        List<WebSession> cashiers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            WebSession session = WebSession.loggedIn(base, "kasir", "kasir123");
            session.get("/kasir");
            cashiers.add(session);
        }
        List<Callable<Integer>> sales = new ArrayList<>();
        for (WebSession cashier : cashiers) {
            sales.add(() -> {
                HttpResponse<String> r = pay(cashier, UUID.randomUUID().toString(), List.of(semenId, semenId),
                        List.of("2", "1"), "500000", Map.of());
                assertEquals(302, r.statusCode(), "session " + cashier.sessionId() + ": "
                        + WebSession.html(r).select("h1, .alert").text());
                return r.statusCode();
            });
        }
        for (int status : runTogether(sales)) {
            assertEquals(302, status);
        }
        assertEquals(0, before.subtract(new BigDecimal("24")).compareTo(stock(semenId)), "initial - 8 x 3");
        assertEquals(salesBefore + 8, Long.parseLong(ItServer.query("SELECT COUNT(*) FROM sale")));
        assertEquals(0, stock(semenId).compareTo(ledgerSum(semenId)), "cache equals the ledger");
        Set<String> receipts = new HashSet<>();
        try (Connection c = ItDatabase.connect(ItServer.DATABASE);
             ResultSet rs = c.createStatement().executeQuery("SELECT receipt_no FROM sale")) {
            while (rs.next()) {
                assertTrue(receipts.add(rs.getString(1)), "receipt numbers are unique");
            }
        }
    }

    @Test
    void sellingMoreThanTheRecordedStockIsAllowedAndGoesNegative() throws SQLException {
        String gerobak = productId("Gerobak Sorong Artco 1 Roda");
        BigDecimal before = stock(gerobak);
        HttpResponse<String> response = pay(kasir, UUID.randomUUID().toString(), List.of(gerobak), List.of("1"),
                "500000", Map.of());
        assertEquals(302, response.statusCode());
        assertEquals(0, before.subtract(BigDecimal.ONE).compareTo(stock(gerobak)));
        assertTrue(stock(gerobak).signum() < 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "empty cart|||100000|Keranjang masih kosong",
            "quantity 0|SEMEN|0|100000|harus lebih dari 0",
            "negative quantity|SEMEN|-1|100000|harus lebih dari 0",
            "quantity 1e9|SEMEN|1e9|100000|harus lebih dari 0",
            "quantity abc|SEMEN|abc|100000|harus lebih dari 0",
            "quantity too large|SEMEN|1000000|99999999999|harus lebih dari 0",
            "half a sack|SEMEN|1,5|100000|harus bilangan bulat",
            "unknown product|NONE|1|100000|tidak ditemukan",
            "paid less than total|SEMEN|2|100000|kurang dari total Rp 116.000",
            "paid with letters|SEMEN|1|seratus ribu|Masukkan jumlah dibayarkan",
    })
    void aBadCartIsRefusedAndChangesNothing(String name, String product, String qty, String paid, String message)
            throws SQLException {
        long sales = Long.parseLong(ItServer.query("SELECT COUNT(*) FROM sale"));
        long movements = Long.parseLong(ItServer.query("SELECT COUNT(*) FROM stock_movement"));
        BigDecimal before = stock(semenId);
        List<String> ids = product == null ? List.of() : List.of("SEMEN".equals(product) ? semenId : UUID.randomUUID().toString());
        List<String> quantities = product == null ? List.of() : List.of(qty);
        HttpResponse<String> response = pay(kasir, UUID.randomUUID().toString(), ids, quantities, paid, Map.of());
        assertEquals(422, response.statusCode(), name);
        assertTrue(WebSession.html(response).select("#checkout-error").text().contains(message),
                name + ": " + WebSession.html(response).select("#checkout-error").text());
        assertEquals(sales, Long.parseLong(ItServer.query("SELECT COUNT(*) FROM sale")));
        assertEquals(movements, Long.parseLong(ItServer.query("SELECT COUNT(*) FROM stock_movement")));
        assertEquals(0, before.compareTo(stock(semenId)));
    }

    @Test
    void checkoutWithoutCsrfTokenIsRefused() throws SQLException {
        long sales = Long.parseLong(ItServer.query("SELECT COUNT(*) FROM sale"));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("key", UUID.randomUUID().toString());
        fields.put("productId", semenId);
        fields.put("qty", "1");
        fields.put("paid", "100000");
        assertEquals(403, kasir.postRaw("/kasir/bayar", fields).statusCode());
        assertEquals(sales, Long.parseLong(ItServer.query("SELECT COUNT(*) FROM sale")));
    }

    @Test
    void lookupFindsByExactBarcodeOrByWordsOfTheName() {
        String byBarcode = kasir.get("/kasir/cari?q=8991011000016").body();
        assertTrue(byBarcode.startsWith("[{") && byBarcode.contains("\"price\":58000"), byBarcode);
        String byName = kasir.get("/kasir/cari?q=" + URLEncoder.encode("semen 40", StandardCharsets.UTF_8)).body();
        assertTrue(byName.contains("Semen Gresik PCC 40 kg"), byName);
        assertEquals("[]", kasir.get("/kasir/cari?q=tidak-ada-barang-ini").body());
    }

    @Test
    void lookupOfLettersBeyondAsciiAnswersInsteadOfFailing() {
        HttpResponse<String> response = kasir.get("/kasir/cari?q=%C3%A9");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(kasir.get("/kasir/cari?q=e").body(), response.body(), "names are found without minding accents");
        assertEquals(kasir.get("/kasir/cari?q=semen").body(),
                kasir.get("/kasir/cari?q=" + URLEncoder.encode("sémen", StandardCharsets.UTF_8)).body());
    }

    /** Posts a cart the way the counter page does: repeated productId and qty fields. */
    private static HttpResponse<String> pay(WebSession session, String key, List<String> ids, List<String> quantities,
                                            String paid, Map<String, String> extra) {
        return session.postRepeated("/kasir/bayar", key, ids, quantities, paid, extra);
    }

    private static List<Integer> runTogether(List<Callable<Integer>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String productId(String name) throws SQLException {
        try (Connection c = ItDatabase.connect(ItServer.DATABASE);
             PreparedStatement ps = c.prepareStatement("SELECT id FROM product WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static BigDecimal stock(String productId) throws SQLException {
        return new BigDecimal(ItServer.query("SELECT stock FROM product WHERE id = '" + productId + "'"));
    }

    private static BigDecimal ledgerSum(String productId) throws SQLException {
        return new BigDecimal(ItServer.query("SELECT COALESCE(SUM(delta), 0) FROM stock_movement WHERE product_id = '" + productId + "'"));
    }

}
